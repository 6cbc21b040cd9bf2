#pragma once

#include "engine/results.h"
#include "matrixmodel.h"

namespace atlas {

/** Fills result tables the results browser and the dashboards share. */
namespace resulttables {

/** One row per period: hours, capacity, demand, served, unserved, utilization, … */
void fillPeriods(MatrixModel &model, const ScenarioResult &result);

/** One row per member of a breakdown: mean capacity, mean served, utilization, then per period. */
void fillSeries(MatrixModel &model, const std::vector<Series> &series, const QString &keyTitle,
                const std::vector<PeriodResult> &periods, bool perPeriod = true);

/** One row per tenant: mean served share, then per period. */
void fillTenants(MatrixModel &model, const ScenarioResult &result);

/** Σ_t H_t × value_t over the periods (PFLOPS → PFLOPS-hours). */
double hourWeighted(const std::vector<double> &values, const std::vector<PeriodResult> &periods);

} // namespace resulttables
} // namespace atlas
