#pragma once

#include "engine/results.h"
#include "model/model.h"
#include "ops/actuals.h"

#include <optional>
#include <string>
#include <vector>

namespace atlas {

/** Plan and actual of one pool in one period. */
struct PoolComparison {
    int period = 0;
    std::string center;
    std::string chip;
    double capacityPflops = 0;               ///< the plan's capacity of the pool
    double planUtilization = 0;              ///< served / capacity in the plan
    std::optional<double> actualUtilization; ///< absent: no actuals for this pool and period
    double coverage = 0;                     ///< of the actuals, 0 when absent
    /** actual − plan, in utilization points (0.1 = 10 points); absent without actuals. */
    std::optional<double> deviation() const
    {
        if (!actualUtilization)
            return std::nullopt;
        return *actualUtilization - planUtilization;
    }
};

/** Plan and actual of one tenant in one period. */
struct TenantComparison {
    int period = 0;
    std::string tenant;
    double planDemandPflops = 0;
    double planServedPflops = 0;
    std::optional<double> actualPflops;
};

/** Totals over the pools that have actuals in one period (capacity-weighted). */
struct PeriodComparison {
    int period = 0;
    double capacityPflops = 0;         ///< of the pools with actuals
    double planUsedPflops = 0;         ///< planned served PFLOPS on those pools
    double actualUsedPflops = 0;       ///< Σ actual utilization × capacity on those pools
    int poolsWithActuals = 0;
    double planUtilization() const { return capacityPflops > 0 ? planUsedPflops / capacityPflops : 0; }
    double actualUtilization() const { return capacityPflops > 0 ? actualUsedPflops / capacityPflops : 0; }
};

/** The plan of one scenario set beside the actuals. */
struct PlanVsActual {
    std::string scenario;
    std::vector<PeriodComparison> periods;  ///< one per project period
    std::vector<PoolComparison> pools;      ///< every pool with capacity or actuals, every period
    std::vector<TenantComparison> tenants;  ///< every tenant, every period
};

/** Compares a scenario's results (the plan) with the project's actuals. */
PlanVsActual comparePlan(const Project &project, const ScenarioResult &plan, const Actuals &actuals);

enum class AlertKind { LowUtilization, HighUtilization, TenantOverPlan };

/** A threshold crossed; `value` and `threshold` are in the same unit (share, or PFLOPS). */
struct Alert {
    AlertKind kind = AlertKind::LowUtilization;
    int period = 0;
    std::string center;  ///< pool alerts
    std::string chip;    ///< pool alerts
    std::string tenant;  ///< tenant alerts
    double value = 0;
    double threshold = 0;
};

/** The alerts of a comparison, ordered by period, then kind, then id. */
std::vector<Alert> findAlerts(const PlanVsActual &comparison, const AlertThresholds &thresholds);

} // namespace atlas
