#pragma once

#include "model/model.h"
#include "model/problem.h"

#include <map>
#include <string>
#include <vector>

namespace atlas {

/** Results of one period (MODEL.md "Results"). */
struct PeriodResult {
    std::string period;  ///< "2026-01"
    double hours = 0;
    double capacityPflops = 0;
    double demandPflops = 0;
    double servedPflops = 0;
    double unservedPflops = 0;
    double utilization = 0;
    double strandedPflops = 0;
    double crossRegionShare = 0;
    double energyMwh = 0;
    double energyCost = 0;
    double objective = 0;
};

struct Totals {
    double demandPflopsHours = 0;
    double servedPflopsHours = 0;
    double unservedPflopsHours = 0;
    double capacityPflopsHours = 0;
    double utilization = 0;
    double energyMwh = 0;
    double energyCost = 0;
    double objective = 0;
    double capex = 0;
};

/**
 * One non-zero x_jp. The tenant and the pool are indices into the result's tables
 * (ScenarioResult::tenantOf, centerOf, chipOf): a national result holds a million flows,
 * and 24 bytes each instead of three strings is a fifth of the memory and of the time
 * to build them.
 */
struct Flow {
    int period = 0;
    int tenant = 0;  ///< into ScenarioResult::flowTenants
    int pool = 0;    ///< into ScenarioResult::flowPools
    double pflops = 0;
};

/** A pool a flow names: centre and chip ids. */
struct FlowPool {
    std::string center;
    std::string chip;
};

/** Per-period series for one member of a breakdown (a pool, centre, region, chip, …). */
struct Series {
    std::string key;                 ///< "guian/ascend-910b" for pools, the id otherwise
    std::vector<double> capacity;    ///< PFLOPS per period (0 where it does not apply)
    std::vector<double> served;      ///< PFLOPS per period
    std::vector<double> utilization; ///< served / capacity, 0 when capacity is 0
};

/** Everything one run of one scenario produced. */
struct ScenarioResult {
    std::string scenario;
    Policy policy = Policy::Optimal;
    std::vector<PeriodResult> periods;
    Totals totals;
    std::vector<Series> pools;        ///< key "center/chip"
    std::vector<Series> centers;
    std::vector<Series> regions;      ///< by the centre's region (where compute runs)
    std::vector<Series> chips;
    std::vector<Series> ecosystems;
    std::vector<Series> industries;   ///< served by tenant industry (capacity left 0)
    std::vector<Series> workloads;    ///< served by tenant workload (capacity left 0)
    /** Per tenant: served share per period (served / demand, 0 when demand is 0). */
    std::vector<std::pair<std::string, std::vector<double>>> tenantServedShare;
    /** Off-native demand: PFLOPS served on a tenant's non-first ecosystem, per period. */
    std::vector<double> offNativePflops;
    std::vector<Flow> flows;
    std::vector<std::string> flowTenants;  ///< tenant ids the flows name
    std::vector<FlowPool> flowPools;       ///< pools the flows name

    const std::string &tenantOf(const Flow &f) const { return flowTenants[static_cast<std::size_t>(f.tenant)]; }
    const std::string &centerOf(const Flow &f) const { return flowPools[static_cast<std::size_t>(f.pool)].center; }
    const std::string &chipOf(const Flow &f) const { return flowPools[static_cast<std::size_t>(f.pool)].chip; }
};

/** Adds flows to a result by ids (a reader, a test), each tenant and pool named once. */
class FlowBuilder {
public:
    explicit FlowBuilder(ScenarioResult &result);
    void add(int period, const std::string &tenant, const std::string &center, const std::string &chip, double pflops);

private:
    ScenarioResult &mResult;
    std::map<std::string, int> mTenants;
    std::map<std::pair<std::string, std::string>, int> mPools;
};

/** CLI.md's computeatlas-result/1 JSON. withFlows=false leaves "flows" out. */
std::string resultToJson(const ScenarioResult &result, const Project &project, bool withFlows = true);
Result<ScenarioResult> resultFromJson(const std::string &json);

/**
 * A fingerprint of everything a scenario's results depend on (the base model and the
 * scenario's overlay): stored results whose fingerprint differs are stale.
 */
std::string inputFingerprint(const Project &project, const std::string &scenarioId);

} // namespace atlas
