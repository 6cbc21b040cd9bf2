#include "scheduler.h"

#include "instance.h"
#include "kpis.h"

#include <algorithm>
#include <thread>

namespace atlas {

namespace {

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

    // Periods are independent and each solve is deterministic, so the schedule does not
    // depend on how periods are shared among threads; results are reduced in period order.
    int threads = options.threads > 0 ? options.threads
                                      : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::max(1, std::min(threads, T));
    std::atomic<int> next{0}, done{0};
    const auto work = [&] {
        for (;;) {
            if (cancelled(options))
                return;
            const int t = next.fetch_add(1);
            if (t >= T)
                return;
            solutions[t] = in.policy == Policy::Nearest ? engine::solveNearest(in, t)
                                                        : engine::solveTransport(in, t);
            const int n = done.fetch_add(1) + 1;
            if (options.progress)
                options.progress(n, T);
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
