// bench_engine: the engine figures of the national-size project (default 5,000 tenants ×
// 60 monthly periods): `optimal` end to end (YAML read, run, results JSON written),
// against LEMON's network simplex on the flat tenant × pool graph (single thread, one
// solve per period), `nearest` end to end, peak memory, and growth with size.
// Built, not registered with ctest (timings do not belong in tests).
//
//   bench_engine [tenants] [periods] [threads]

#include "nationalgen.h"

#include "engine/instance.h"     // engine-internal: eligibility and costs for the flat graph
#include "engine/scheduler.h"
#include "interchange/yaml.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <string>

#include <sys/resource.h>
#include <unistd.h>

using namespace atlas;

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0;  // kilobytes on Linux
}

/** LEMON on the flat graph: a node per tenant and per pool, an arc per eligible pair. */
double flatLemonObjective(const engine::Instance &in, int t)
{
    using G = lemon::SmartDigraph;
    G g;
    const auto &D = in.demand[t];
    const auto &C = in.capacity[t];
    G::Node source = g.addNode(), sink = g.addNode();
    std::vector<G::Node> pool;
    for (std::size_t q = 0; q < in.pools.size(); ++q)
        pool.push_back(g.addNode());
    G::ArcMap<double> upper(g), cost(g);
    auto arc = [&](G::Node a, G::Node b, double cap, double c) {
        const G::Arc e = g.addArc(a, b);
        upper.set(e, cap);
        cost.set(e, c);
    };
    double total = 0, maxValue = 0;
    for (std::size_t j = 0; j < in.tenants.size(); ++j) {
        if (!(D[j] > 0))
            continue;
        const G::Node n = g.addNode();
        arc(source, n, D[j], 0);
        arc(n, sink, D[j], in.tenants[j].value);  // unserved
        for (const engine::Arc &a : in.tenants[j].arcs)
            arc(n, pool[a.pool], D[j], a.cost);
        total += D[j];
        maxValue = std::max(maxValue, in.tenants[j].value);
    }
    for (std::size_t q = 0; q < in.pools.size(); ++q)
        arc(pool[q], sink, C[q], 0);
    arc(source, sink, total, 2 * maxValue + 1);  // balance slack, as in the engine
    G::NodeMap<double> supply(g, 0.0);
    supply[source] = total;
    supply[sink] = -total;
    lemon::NetworkSimplex<G, double, double> ns(g);
    ns.upperMap(upper).costMap(cost).supplyMap(supply);
    if (ns.run() != decltype(ns)::OPTIMAL)
        return NAN;
    return in.project.periods.hours(t) * ns.totalCost<double>();
}

double runSeconds(const Project &p, const std::string &scenario, int threads, ScenarioResult *out = nullptr)
{
    RunOptions options;
    options.threads = threads;
    const auto start = Clock::now();
    auto r = runScenario(p, scenario, options);
    const double s = since(start);
    if (!r) {
        std::fprintf(stderr, "run of %s failed\n", scenario.c_str());
        std::exit(1);
    }
    if (out)
        *out = std::move(*r);
    return s;
}

void row(const char *what, double value, const char *unit, const char *target, bool ok)
{
    std::printf("%-44s %10.3f %-3s  target %-12s %s\n", what, value, unit, target, ok ? "ok" : "MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    const int tenants = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int periods = argc > 2 ? std::atoi(argv[2]) : 60;
    const int threads = argc > 3 ? std::atoi(argv[3]) : 0;
    std::printf("national instance: %d tenants, %d periods, threads %s (hardware %u)\n\n", tenants, periods,
                threads > 0 ? std::to_string(threads).c_str() : "all", std::thread::hardware_concurrency());

    const Project generated = bench::makeNational(tenants, periods);
    const auto dir = std::filesystem::temp_directory_path() / ("bench_engine_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const std::string yamlPath = (dir / "national.yaml").string();
    const std::string jsonPath = (dir / "use.json").string();
    if (!saveYaml(generated, yamlPath)) {
        std::fprintf(stderr, "saveYaml failed\n");
        return 1;
    }

    // (a) optimal end to end: read the YAML, run, write the results JSON.
    auto start = Clock::now();
    const auto read = readYaml(yamlPath);
    if (!read) {
        std::fprintf(stderr, "readYaml failed\n");
        return 1;
    }
    const double readS = since(start);
    ScenarioResult use;
    const double runS = runSeconds(*read, "use", threads, &use);
    auto wstart = Clock::now();
    {
        std::ofstream(jsonPath) << resultToJson(use, *read);
    }
    const double writeS = since(wstart);
    const double endToEnd = since(start);

    // (b) LEMON on the flat graph, one solve per period, one thread (graph building counted).
    const engine::Instance in(*read, *read->scenario("use"));
    std::size_t flatArcs = 0;
    for (const auto &ti : in.tenants)
        flatArcs += ti.arcs.size();
    start = Clock::now();
    double lemonObjective = 0;
    for (int t = 0; t < in.periodCount; ++t)
        lemonObjective += flatLemonObjective(in, t);
    const double lemonS = since(start);
    const double diff = std::abs(lemonObjective - use.totals.objective) / std::max(1.0, std::abs(lemonObjective));

    // (c) nearest end to end (read, run, write).
    start = Clock::now();
    const auto readNear = readYaml(yamlPath);
    ScenarioResult near;
    runSeconds(*readNear, "near", threads, &near);
    {
        std::ofstream(jsonPath) << resultToJson(near, *readNear);
    }
    const double nearS = since(start);

    std::printf("%-44s %10zu\n", "pools", in.pools.size());
    std::printf("%-44s %10zu\n", "tenant groups (solver nodes)", in.groups.size());
    std::printf("%-44s %10zu\n", "eligible tenant x pool pairs (flat arcs)", flatArcs);
    std::printf("%-44s %10zu\n\n", "flows in the optimal schedule", use.flows.size());
    row("(a) optimal: read YAML", readS, "s", "", true);
    row("(a) optimal: runScenario", runS, "s", "", true);
    row("(a) optimal: write results JSON", writeS, "s", "", true);
    row("(a) optimal end to end", endToEnd, "s", "", true);
    row("(b) LEMON flat graph, 1 thread, solve only", lemonS, "s", "", true);
    row("    ratio runScenario / LEMON flat", runS / lemonS, "", "<= 0.5 (0.25)", runS / lemonS <= 0.5);
    row("    ratio end to end / LEMON flat", endToEnd / lemonS, "", "<= 0.5 (0.25)", endToEnd / lemonS <= 0.5);
    std::printf("%-44s %10.3e      target %-12s %s\n", "    objectives agree (relative difference)", diff, "<= 1e-6",
                diff <= 1e-6 ? "ok" : "MISSED");
    row("(c) nearest end to end", nearS, "s", "<= 1 s", nearS <= 1.0);
    row("(c) peak memory so far", peakMb(), "MB", "<= 1024 MB", peakMb() <= 1024);

    // (d) growth: optimal runScenario time at 1×, 2×, 4× tenants, then periods.
    std::printf("\n(d) growth of optimal runScenario time\n");
    const int factors[] = {1, 2, 4};
    double base = 0;
    for (int f : factors) {
        const Project p = bench::makeNational(tenants * f, periods);
        const double s = runSeconds(p, "use", threads);
        if (f == 1)
            base = s;
        std::printf("    tenants x%d (%6d, %3d periods) %8.3f s   growth %5.2f (linear %d)\n", f, tenants * f, periods, s,
                    s / base, f);
    }
    for (int f : factors) {
        const Project p = bench::makeNational(tenants, periods * f);
        const double s = runSeconds(p, "use", threads);
        if (f == 1)
            base = s;
        std::printf("    periods x%d (%6d, %3d periods) %8.3f s   growth %5.2f (linear %d)\n", f, tenants, periods * f, s,
                    s / base, f);
    }
    row("peak memory", peakMb(), "MB", "<= 1024 MB", peakMb() <= 1024);
    std::filesystem::remove_all(dir);
    return 0;
}
