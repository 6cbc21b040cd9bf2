#include "planvsactual.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace atlas {

namespace {

using PoolKey = std::pair<std::string, std::string>;  // centre, chip

double at(const std::vector<double> &series, int t)
{
    return t >= 0 && t < static_cast<int>(series.size()) ? series[static_cast<size_t>(t)] : 0.0;
}

/**
 * Splits a results pool key "center/chip". Ids may themselves hold '/': the split that
 * names a centre and a chip of the project wins, else the first '/'.
 */
PoolKey splitPoolKey(const std::string &key, const std::set<std::string> &centers, const std::set<std::string> &chips)
{
    for (size_t slash = key.find('/'); slash != std::string::npos; slash = key.find('/', slash + 1)) {
        std::string center = key.substr(0, slash);
        std::string chip = key.substr(slash + 1);
        if (centers.count(center) && chips.count(chip))
            return {std::move(center), std::move(chip)};
    }
    const size_t slash = key.find('/');
    if (slash == std::string::npos)
        return {key, {}};
    return {key.substr(0, slash), key.substr(slash + 1)};
}

/** The scenario's demand_scale as the engine applies it (engine/instance.cpp). */
double demandScale(const Project &project, const std::string &scenarioId)
{
    const Scenario *scenario = project.scenario(scenarioId);
    const double scale = scenario ? scenario->demandScale.value_or(1.0) : 1.0;
    return std::isfinite(scale) ? std::max(0.0, scale) : 0.0;
}

/** D_jt of the plan: MODEL.md's demand (model demandAt) times the scale, as the engine clamps it. */
double plannedDemand(const Tenant &tenant, const Periods &periods, int t, double scale)
{
    const double d = demandAt(tenant, periods, t) * scale;
    return std::isfinite(d) && d > 0 ? d : 0.0;
}

void comparePools(const Project &project, const ScenarioResult &plan, const Actuals &actuals, int periods,
                  PlanVsActual &out)
{
    const Scenario *scenario = project.scenario(plan.scenario);
    const Project effective = scenario ? applyScenario(project, *scenario) : project;
    std::set<std::string> centerIds, chipIds;
    for (const auto &c : effective.centers)
        centerIds.insert(c.id);
    for (const auto &c : effective.chips)
        chipIds.insert(c.id);

    // Pools with planned capacity in some period, then any pool with actuals.
    std::map<PoolKey, const Series *> pools;
    for (const auto &series : plan.pools) {
        const bool hasCapacity = std::any_of(series.capacity.begin(), series.capacity.end(),
                                             [](double c) { return c > 0; });
        if (hasCapacity)
            pools.emplace(splitPoolKey(series.key, centerIds, chipIds), &series);
    }
    std::map<std::pair<int, PoolKey>, const PoolActual *> actual;
    for (const auto &a : actuals.pools) {
        if (a.period < 0 || a.period >= periods)
            continue;
        actual.emplace(std::make_pair(a.period, PoolKey{a.center, a.chip}), &a);
        pools.emplace(PoolKey{a.center, a.chip}, nullptr);
    }

    for (int t = 0; t < periods; ++t) {
        PeriodComparison total;
        total.period = t;
        for (const auto &[key, series] : pools) {
            PoolComparison c;
            c.period = t;
            c.center = key.first;
            c.chip = key.second;
            double served = 0;
            if (series) {
                c.capacityPflops = at(series->capacity, t);
                served = at(series->served, t);
                c.planUtilization = at(series->utilization, t);
            }
            if (const auto it = actual.find({t, key}); it != actual.end()) {
                c.actualUtilization = it->second->utilization;
                c.coverage = it->second->coverage;
                total.capacityPflops += c.capacityPflops;
                total.planUsedPflops += served;
                total.actualUsedPflops += *c.actualUtilization * c.capacityPflops;
                ++total.poolsWithActuals;
            }
            out.pools.push_back(std::move(c));
        }
        out.periods.push_back(total);
    }
}

void compareTenants(const Project &project, const ScenarioResult &plan, const Actuals &actuals, int periods,
                    PlanVsActual &out)
{
    const double scale = demandScale(project, plan.scenario);
    std::map<std::string, const std::vector<double> *> shares;
    for (const auto &[id, share] : plan.tenantServedShare)
        shares.emplace(id, &share);
    std::map<std::pair<int, std::string>, double> actual;
    std::set<std::string> known, unknown;
    for (const auto &t : project.tenants)
        known.insert(t.id);
    for (const auto &a : actuals.tenants) {
        if (a.period < 0 || a.period >= periods)
            continue;
        actual.emplace(std::make_pair(a.period, a.tenant), a.pflops);
        if (!known.count(a.tenant))
            unknown.insert(a.tenant);
    }

    for (int t = 0; t < periods; ++t) {
        auto add = [&](const std::string &id, double demand) {
            TenantComparison c;
            c.period = t;
            c.tenant = id;
            c.planDemandPflops = demand;
            if (const auto it = shares.find(id); it != shares.end())
                c.planServedPflops = at(*it->second, t) * demand;
            if (const auto it = actual.find({t, id}); it != actual.end())
                c.actualPflops = it->second;
            out.tenants.push_back(std::move(c));
        };
        for (const auto &tenant : project.tenants)
            add(tenant.id, plannedDemand(tenant, project.periods, t, scale));
        for (const auto &id : unknown)  // actuals of tenants no longer in the project: no plan
            add(id, 0.0);
    }
}

int kindOrder(AlertKind kind)
{
    return static_cast<int>(kind);
}

} // namespace

PlanVsActual comparePlan(const Project &project, const ScenarioResult &plan, const Actuals &actuals)
{
    PlanVsActual out;
    out.scenario = plan.scenario;
    const int periods = std::max(0, project.periods.count);
    comparePools(project, plan, actuals, periods, out);
    compareTenants(project, plan, actuals, periods, out);
    return out;
}

std::vector<Alert> findAlerts(const PlanVsActual &comparison, const AlertThresholds &thresholds)
{
    std::vector<Alert> alerts;
    for (const auto &p : comparison.pools) {
        if (!p.actualUtilization)
            continue;
        const double u = *p.actualUtilization;
        if (u < thresholds.lowUtilization)
            alerts.push_back({AlertKind::LowUtilization, p.period, p.center, p.chip, {}, u, thresholds.lowUtilization});
        else if (u > thresholds.highUtilization)
            alerts.push_back({AlertKind::HighUtilization, p.period, p.center, p.chip, {}, u, thresholds.highUtilization});
    }
    for (const auto &t : comparison.tenants) {
        if (!t.actualPflops)
            continue;
        const double limit = (1.0 + thresholds.tenantOverPlan) * t.planDemandPflops;
        if (*t.actualPflops > limit)
            alerts.push_back({AlertKind::TenantOverPlan, t.period, {}, {}, t.tenant, *t.actualPflops, limit});
    }
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        const int ka = kindOrder(a.kind);
        const int kb = kindOrder(b.kind);
        return std::tie(a.period, ka, a.center, a.chip, a.tenant) < std::tie(b.period, kb, b.center, b.chip, b.tenant);
    });
    return alerts;
}

} // namespace atlas
