#pragma once

#include "engine/results.h"
#include "matrixmodel.h"

#include <functional>

namespace atlas {

/** Fills result tables the results browser and the dashboards share. */
namespace resulttables {

/** One row per period: hours, capacity, demand, served, unserved, utilization, … */
void fillPeriods(MatrixModel &model, const ScenarioResult &result);

/** How a row's key is shown (a name for an id); null shows the key itself. */
using KeyLabel = std::function<QString(const std::string &key)>;

/** One row per member of a breakdown: mean capacity, mean served, utilization, then per period. */
void fillSeries(MatrixModel &model, const std::vector<Series> &series, const QString &keyTitle,
                const std::vector<PeriodResult> &periods, bool perPeriod = true, const KeyLabel &label = {});

/** One row per tenant: mean served share, then per period. */
void fillTenants(MatrixModel &model, const ScenarioResult &result, const KeyLabel &label = {});

/** Σ_t H_t × value_t over the periods (PFLOPS → PFLOPS-hours). */
double hourWeighted(const std::vector<double> &values, const std::vector<PeriodResult> &periods);

} // namespace resulttables
} // namespace atlas
