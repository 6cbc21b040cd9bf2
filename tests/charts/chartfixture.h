#pragma once

// Hand-made projects and results for the chart suites (no engine run needed).

#include "engine/results.h"
#include "model/model.h"

#include <string>
#include <vector>

namespace atlas::test {

/**
 * A project with `centers` centres in two regions, chips in two ecosystems, and a
 * result over `periods` periods whose numbers vary by period and member; `zh` uses
 * Chinese names. Capacity is 0 throughout when zeroCapacity.
 */
struct ChartFixture {
    Project project;
    ScenarioResult result;
};
ChartFixture makeChartFixture(int periods, int centers = 3, bool zh = false, bool zeroCapacity = false);

/** A result of scenario `id` with the given totals (for comparisons). */
ScenarioResult makeTotals(const std::string &id, double served, double unserved, double utilization,
                          double energy, double cost, double capex);

} // namespace atlas::test
