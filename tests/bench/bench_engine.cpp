// bench_engine: the engine figures of the national-size project (default 5,000 tenants ×
// 60 monthly periods): `optimal` end to end (YAML read, run, results JSON written),
// against LEMON's network simplex on the flat tenant × pool graph (single thread, one
// solve per period), `nearest` end to end, peak memory, and growth with size.
// Built, not registered with ctest (timings do not belong in tests).
//
//   bench_engine [tenants] [periods] [threads]

#include "nationalgen.h"

#include "engine/transport.h"    // engine-internal: eligibility and costs for the flat graph, runs
#include "engine/scheduler.h"
#include "interchange/yaml.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
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

/**
 * LEMON on the flat graph: a node per tenant with demand and per pool, an arc per
 * eligible pair and an unserved arc per tenant; flows and costs on the same integer
 * grids as the engine (LEMON's network simplex needs integer data).
 */
double flatLemonObjective(const engine::Instance &in, int t)
{
    using G = lemon::SmartDigraph;
    using Units = long long;
    G g;
    const auto &D = in.demand[t];
    const auto &C = in.capacity[t];
    double volume = 0;
    for (double d : D)
        volume += d;
    for (double c : C)
        volume += c;
    const double flowScale = engine::gridScale(volume, 50);
    const auto units = [&](double x) { return static_cast<Units>(std::floor(x * flowScale)); };
    G::Node sink = g.addNode();
    std::vector<G::Node> pool;
    for (std::size_t q = 0; q < in.pools.size(); ++q)
        pool.push_back(g.addNode());
    std::vector<Units> upperOf;
    std::vector<double> costOf;  // by arc id
    auto arc = [&](G::Node a, G::Node b, Units cap, double c) {
        g.addArc(a, b);
        upperOf.push_back(cap);
        costOf.push_back(c);
    };
    G::NodeMap<Units> supply(g, 0);
    Units total = 0;
    for (std::size_t j = 0; j < in.tenants.size(); ++j) {
        const Units d = units(D[j]);
        if (d == 0)
            continue;
        const G::Node n = g.addNode();
        supply.set(n, d);
        total += d;
        arc(n, sink, d, in.tenants[j].value);  // unserved
        const auto &grp = in.groups[static_cast<std::size_t>(in.tenants[j].group)];
        for (const engine::Arc &a : in.tenants[static_cast<std::size_t>(grp.representative)].arcs)  // the tenant's
            arc(n, pool[a.pool], d, a.cost);
    }
    supply.set(sink, -total);
    for (std::size_t q = 0; q < in.pools.size(); ++q)
        arc(pool[q], sink, units(C[q]), 0);
    if (costOf.empty())
        return 0;
    const double costScale = engine::gridScale(*std::max_element(costOf.begin(), costOf.end()), 36);
    G::ArcMap<Units> upper(g), cost(g);
    for (G::ArcIt e(g); e != lemon::INVALID; ++e) {
        upper[e] = upperOf[g.id(e)];
        cost[e] = std::llround(costOf[g.id(e)] * costScale);
    }
    lemon::NetworkSimplex<G, Units, Units> ns(g);
    ns.upperMap(upper).costMap(cost).supplyMap(supply);
    if (ns.run() != decltype(ns)::OPTIMAL)
        return NAN;
    double objective = 0;  // with the true costs; demand rounded off the grid is unserved
    for (G::ArcIt e(g); e != lemon::INVALID; ++e)
        objective += costOf[g.id(e)] * (static_cast<double>(ns.flow(e)) / flowScale);
    for (std::size_t j = 0; j < in.tenants.size(); ++j)
        objective += in.tenants[j].value * (D[j] - static_cast<double>(units(D[j])) / flowScale);
    return in.project.periods.hours(t) * objective;
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
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they are measured
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
        flatArcs += in.tenants[static_cast<std::size_t>(in.groups[static_cast<std::size_t>(ti.group)].representative)].arcs.size();
    start = Clock::now();
    double lemonObjective = 0;
    for (int t = 0; t < in.periodCount; ++t)
        lemonObjective += flatLemonObjective(in, t);
    const double lemonS = since(start);
    const double diff = std::abs(lemonObjective - use.totals.objective) / std::max(1.0, std::abs(lemonObjective));

    // (c) nearest end to end (read, run, write).
    start = Clock::now();
    const auto readNear = readYaml(yamlPath);
    const double nearReadS = since(start);
    ScenarioResult near;
    const double nearRunS = runSeconds(*readNear, "near", threads, &near);
    wstart = Clock::now();
    {
        std::ofstream(jsonPath) << resultToJson(near, *readNear);
    }
    const double nearWriteS = since(wstart);
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
    row("(c) nearest: read YAML (interchange)", nearReadS, "s", "", true);
    row("(c) nearest: runScenario", nearRunS, "s", "", true);
    row("(c) nearest: write results JSON", nearWriteS, "s", "", true);
    row("(c) nearest run + write (engine's part)", nearRunS + nearWriteS, "s", "<= 1 s", nearRunS + nearWriteS <= 1.0);
    row("(c) nearest end to end", nearS, "s", "<= 1 s", nearS <= 1.0);
    row("(c) peak memory so far", peakMb(), "MB", "<= 1024 MB", peakMb() <= 1024);

    // (d) growth: optimal runScenario time at 1×, 2×, 4× tenants, then periods. Each time is
    // the best of five runs: runs of a fraction of a second vary by ±20 % on a shared
    // machine, and the interference only ever adds time.
    std::printf("\n(d) growth of optimal runScenario time (best of 5 runs)\n");
    // Like for like: the 1× and 2× projects are the first tenants (periods) of the 4× one,
    // so the centres, chips and every kept tenant are the same at each size.
    const int factors[] = {1, 2, 4};
    const auto bestRun = [&](const Project &p) {
        double best = 1e300;
        for (int run = 0; run < 5; ++run)
            best = std::min(best, runSeconds(p, "use", threads));
        return best;
    };
    // Beside it, for reference, what the same projects cost solved one period at a time
    // with no warm start (each period a run of one: LEMON from nothing; one thread, one
    // run): how much harder the problem itself gets, whatever the solver.
    const auto coldSeconds = [](const Project &p) {
        const engine::Instance in(p, *p.scenario("use"));
        const auto start = Clock::now();
        for (int t = 0; t < in.periodCount; ++t)
            engine::solveTransport(in, t);
        return since(start);
    };
    std::printf("    %-44s %10s %32s   %s\n", "", "runScenario", "", "each period cold (1 thread)");
    const auto growth = [&](const char *what, const std::function<Project(int)> &make) {
        double base = 0, coldBase = 0;
        for (int f : factors) {
            const Project p = make(f);
            const double s = bestRun(p);
            const double cold = coldSeconds(p);
            if (f == 1) {
                base = s;
                coldBase = cold;
            }
            std::printf("    %-9s x%d (%6zu tenants, %3d periods) %8.3f s   growth %5.2f (linear %d) %-12s %7.2f s   growth %5.2f\n",
                        what, f, p.tenants.size(), p.periods.count, s, s / base, f,
                        s / base <= f ? "ok" : "ABOVE LINEAR", cold, cold / coldBase);
        }
    };
    const Project moreTenants = bench::makeNational(tenants * 4, periods);
    growth("tenants", [&](int f) {
        Project p = moreTenants;
        p.tenants.resize(size_t(tenants * f));
        return p;
    });
    // The same tenants, each with 1/f of its demand: the total stays that of the 1× project,
    // so this is the cost of the number of tenants alone. (Above, f× the tenants on the same
    // capacity is also f× the load: later periods become saturated, harder problems.)
    growth("spread", [&](int f) {
        Project p = moreTenants;
        p.tenants.resize(size_t(tenants * f));
        for (Tenant &t : p.tenants)
            t.demand.base /= f;
        return p;
    });
    // A longer horizon: demand keeps compounding (up to 3 % a month), so later periods are
    // larger, more saturated problems than the first ones.
    const Project morePeriods = bench::makeNational(tenants, periods * 4);
    growth("periods", [&](int f) {
        Project p = morePeriods;
        p.periods.count = periods * f;
        return p;
    });
    // The same with steady demand and inventory (no growth, nothing starting later): every
    // period is the same problem, so this is the cost of the number of periods alone.
    Project steady = morePeriods;
    for (Tenant &t : steady.tenants) {
        t.demand.growth = 0;
        t.demand.from.reset();
    }
    for (Inventory &i : steady.inventory) {
        i.from.reset();
        i.until.reset();
    }
    growth("steady", [&](int f) {
        Project p = steady;
        p.periods.count = periods * f;
        return p;
    });
    // (e) why the compounding horizon grows faster: one period's solve time against its load.
    std::printf("\n(e) one optimal period of the 4x horizon: solve time against demand / capacity (best of 3)\n");
    {
        const engine::Instance longer(morePeriods, *morePeriods.scenario("use"));
        for (int t = 0; t < longer.periodCount; t += std::max(1, longer.periodCount / 8)) {
            double demand = 0, capacity = 0;
            for (double d : longer.demand[t])
                demand += d;
            for (double c : longer.capacity[t])
                capacity += c;
            double best = 1e300, warm = 1e300;
            std::int64_t pivots = 0;
            for (int rep = 0; rep < 3; ++rep) {
                const auto s = Clock::now();
                engine::solveTransport(longer, t);
                best = std::min(best, since(s));
                if (t > 0) {  // the same period from period t - 1's basis, as in a run
                    engine::TransportChain chain(longer, t - 1, t + 1);
                    chain.solve(t - 1);
                    const std::int64_t before = chain.pivots();
                    const auto w = Clock::now();
                    chain.solve(t);
                    warm = std::min(warm, since(w));
                    pivots = chain.pivots() - before;
                }
            }
            char fromLast[48] = "-";
            if (t > 0)
                std::snprintf(fromLast, sizeof fromLast, "%.1f ms (%lld pivots)", warm * 1000, static_cast<long long>(pivots));
            std::printf("    period %3d   demand / capacity %6.2f   a run of one %7.1f ms   from the last basis %s\n", t,
                        capacity > 0 ? demand / capacity : 0.0, best * 1000, fromLast);
        }
    }
    row("peak memory", peakMb(), "MB", "<= 1024 MB", peakMb() <= 1024);
    std::filesystem::remove_all(dir);
    return 0;
}
