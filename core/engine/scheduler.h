#pragma once

#include "engine/results.h"
#include "model/model.h"
#include "model/problem.h"

#include <atomic>
#include <functional>
#include <string>

namespace atlas {

struct RunOptions {
    int threads = 0;                       ///< 0: all cores. Results do not depend on it.
    std::atomic<bool> *cancel = nullptr;   ///< set to true to stop; the run returns Cancelled
    /** Called from worker threads with (periods done, periods in all). */
    std::function<void(int, int)> progress;
};

/**
 * Runs one scenario of the project over every period (MODEL.md): the effective
 * project (base plus overlay), the policy, per-period solves, results and KPIs.
 * An infeasible or degenerate project is not an error: its demand is unserved.
 */
Result<ScenarioResult> runScenario(const Project &project, const std::string &scenarioId,
                                   const RunOptions &options = {});

} // namespace atlas
