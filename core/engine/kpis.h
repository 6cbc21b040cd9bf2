#pragma once

// Engine-internal: MODEL.md "Results" from the per-period schedules.

#include "engine/results.h"
#include "instance.h"

namespace atlas::engine {

/** Every KPI and breakdown of a run; solutions hold one schedule per period, in order. */
ScenarioResult buildResult(const Instance &in, const std::vector<PeriodSolution> &solutions,
                           const std::string &scenarioId, double capex);

/** served / capacity, 0 when capacity is 0 (never NaN). */
inline double ratio(double num, double den)
{
    return den > 0 ? num / den : 0.0;
}

} // namespace atlas::engine
