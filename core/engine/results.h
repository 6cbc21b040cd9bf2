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

/** One non-zero x_jp. */
struct Flow {
    int period = 0;
    std::string tenant;
    std::string center;
    std::string chip;
    double pflops = 0;
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
