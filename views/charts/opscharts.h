#pragma once

#include "chartdata.h"
#include "ops/planvsactual.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace atlas::charts {

/** The periods a plan-versus-actual chart spans: from the first to the last with actuals. */
struct PeriodSpan {
    int first = -1;  ///< -1: no actuals at all
    int last = -1;
    int count() const { return first < 0 ? 0 : last - first + 1; }
    /** The chart's x index of project period t, -1 outside the span. */
    int index(int t) const { return t >= first && t <= last ? t - first : -1; }
};
/** Span of the pool actuals (tenants false) or of the tenant actuals (true). */
PeriodSpan actualsSpan(const PlanVsActual &comparison, bool tenants);

/**
 * Planned and actual utilization per period on one axis, over the pools that have
 * actuals in that period (capacity-weighted, as PeriodComparison computes them). The x
 * axis spans actualsSpan(comparison, false); a period inside it without actuals has NaN
 * in both series (a gap, not a zero).
 */
ChartData planVsActualUtilization(const PlanVsActual &comparison, const Project &project);

/**
 * Planned demand and actual use (PFLOPS) per period, summed over the tenants that have
 * actuals in that period, over actualsSpan(comparison, true); NaN where no tenant has.
 */
ChartData tenantPlanVsActual(const PlanVsActual &comparison, const Project &project);

/** Actual − plan utilization of each pool with actuals (rows) in every period (columns). */
struct DeviationTable {
    QStringList columns;                     ///< period labels
    QStringList rows;                        ///< "centre name / chip name"
    std::vector<std::string> centers;        ///< centre id of each row
    std::vector<std::string> chips;          ///< chip id of each row
    std::vector<std::vector<double>> values; ///< [row][period] deviation in shares; NaN without actuals
};
DeviationTable poolDeviations(const PlanVsActual &comparison, const Project &project);

/**
 * Deviation of each centre with actuals per period: Σ (actual − plan) × capacity over its
 * pools with actuals, divided by their capacity (a plain mean when none has capacity).
 * nullopt where the centre has no actuals in the period. Keyed by centre id.
 */
std::map<std::string, std::vector<std::optional<double>>> centerDeviations(const PlanVsActual &comparison,
                                                                           int periodCount);

} // namespace atlas::charts
