#pragma once

#include "charts/chartdata.h"
#include "document.h"

#include <vector>

namespace atlas::dashboardcharts {

/** Figures of one scenario the KPI cards show (the same computation for scenario and baseline). */
struct Figures {
    double endCapacity = 0, addedCapacity = 0, capex = 0, peakPower = 0;
    int overLimit = 0;
    double utilization = 0, served = 0, unserved = 0, stranded = 0, crossRegion = 0, energy = 0, cost = 0;
    double offNativeShare = 0;
};

Figures figures(const Project &base, const ScenarioResult &r);

/** Installed capacity (PFLOPS) per period stacked by centre, chip or ecosystem. */
ChartData capacityStacked(const ScenarioResult &result, const Project &project, Breakdown by);

/** The stored, readable results of every scenario of the document, in scenario order. */
std::vector<ScenarioResult> allResults(const Document &doc);

/** The project a scenario's charts name things in: the base with the scenario applied. */
Project effectiveProject(const Project &base, const std::string &scenario);

} // namespace atlas::dashboardcharts
