#include "scheduler.h"

#include "transport.h"
#include "kpis.h"

#include <algorithm>
#include <optional>
#include <thread>

namespace atlas {

namespace {

/**
 * The horizon is cut into this many runs of consecutive periods, each solved from the
 * last period's basis: enough runs for 8 cores, few enough cold starts (docs/engine.md
 * "Warm start"). A constant, so that the schedule never depends on the thread count.
 */
constexpr int kChains = 8;

bool cancelled(const RunOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

} // namespace

Result<ScenarioResult> runScenario(const Project &project, const std::string &scenarioId,
                                   const RunOptions &options)
{
    Result<ScenarioResult> result;
    const Scenario *scenario = project.scenario(scenarioId);
    if (!scenario) {
        result.problems.push_back(error(Code::UnknownScenario, "scenarios", {scenarioId}));
        return result;
    }
    const auto cancelledResult = [&] {
        Result<ScenarioResult> r;
        r.problems.push_back(error(Code::Cancelled, {}));
        return r;
    };
    if (cancelled(options))
        return cancelledResult();

    const engine::Instance in(project, *scenario);
    const int T = in.periodCount;
    std::vector<engine::PeriodSolution> solutions(T);

    // Periods are shared among threads in kChains fixed runs of consecutive periods. Within
    // a run each optimal solve starts from the last one's basis (TransportChain); the runs
    // do not depend on the thread count, so neither does the schedule. Results are reduced
    // in period order.
    const int chains = std::min(T, kChains);
    int threads = options.threads > 0 ? options.threads
                                      : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::max(1, std::min(threads, chains));
    std::atomic<int> next{0}, done{0};
    const auto work = [&] {
        for (;;) {
            const int chain = next.fetch_add(1);
            if (chain >= chains || cancelled(options))
                return;
            const int first = static_cast<int>(static_cast<long>(T) * chain / chains);
            const int last = static_cast<int>(static_cast<long>(T) * (chain + 1) / chains);
            std::optional<engine::TransportChain> transport;
            if (in.policy != Policy::Nearest)
                transport.emplace(in, first, last);
            for (int t = first; t < last; ++t) {
                if (cancelled(options))
                    return;
                solutions[t] = transport ? transport->solve(t) : engine::solveNearest(in, t);
                const int n = done.fetch_add(1) + 1;
                if (options.progress)
                    options.progress(n, T);
            }
        }
    };
    if (threads <= 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        for (int i = 0; i < threads; ++i)
            pool.emplace_back(work);
        for (auto &th : pool)
            th.join();
    }
    if (cancelled(options))
        return cancelledResult();

    result.value = engine::buildResult(in, solutions, scenario->id, scenarioCapex(project, *scenario));
    return result;
}

} // namespace atlas
