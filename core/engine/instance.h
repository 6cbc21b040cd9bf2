#pragma once

// Engine-internal: the scheduling problem of one scenario, built once and shared
// read-only by the per-period solves.

#include "engine/network.h"
#include "model/model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace atlas::engine {

/** A (centre, chip) pool with everything the KPIs and costs need. */
struct PoolInfo {
    std::string center;
    std::string chip;
    std::string region;      // the centre's region
    std::string ecosystem;
    int centerIndex = 0;     // into Project::centers
    int chipIndex = 0;       // into Project::chips
    int centerNode = -1;     // network node of the centre
    double tflops = 0;
    double tdpW = 0;
    double idleFraction = 0;
    double pue = 1;
    double price = 0;        // electricity, per kWh
    double availability = 1;
    double energyUnit = 0;   // energy_p, currency per PFLOPS-hour
};

/** An eligible (tenant, pool) pair: c_jp and lat(region_j, c). */
struct Arc {
    int pool = 0;
    double cost = 0;
    double latency = 0;
    bool native = true;
};

struct TenantInfo {
    int index = 0;           // into Project::tenants
    double value = 0;
    bool knownRegion = false;
    std::vector<Arc> arcs;   // by pool index ascending; a group's representative's only
    int group = -1;          // tenants of one group share region, arcs and costs
};

/**
 * Tenants of one family (below) whose caps keep the same of its arcs: so they share
 * region, eligible pools and the whole cost vector.
 */
struct Group {
    int representative = 0;      // a tenant whose arcs stand for the group
    int family = -1;             // into Instance::families; -1: no arcs
    double reach = 0;            // the largest latency of its arcs
    std::vector<int> tenants;    // value descending, then id ascending
    std::vector<int> nearestOrder; // policy nearest: arc indices by (latency, cost, centre, chip)
};

/**
 * Tenants of the same region, ecosystems in the same order and transfer cost: the same
 * arcs but for the latency cap. Each group of it (those with arcs, by reach ascending)
 * has exactly the first of byLatency, up to its reach (TransportChain nests them).
 */
struct Family {
    std::vector<int> groups;
    std::vector<Arc> byLatency;  // every arc without a cap, by (latency, pool)
};

struct Instance {
    Project project;             // the effective project (base + overlay)
    Policy policy = Policy::Optimal;
    double demandScale = 1;
    Network network;
    std::vector<PoolInfo> pools; // by (centre id, chip id)
    int periodCount = 0;
    std::vector<std::vector<std::int64_t>> count;   // [t][pool] chips in service
    std::vector<std::vector<double>> capacity;      // [t][pool] C_pt
    std::vector<std::vector<double>> demand;        // [t][tenant] D_jt
    std::vector<double> totalCapacity, totalDemand; // [t] Σ_p C_pt, Σ_j D_jt (in index order)
    std::vector<TenantInfo> tenants;                // project order
    std::vector<Group> groups;
    std::vector<Family> families;
    std::vector<int> byValue;                       // tenants by value desc, id asc

    Instance(const Project &base, const Scenario &scenario);
};

/** x_jp of one period; tenant and pool are indices into Instance. */
struct Assignment {
    int tenant = 0;
    int pool = 0;
    double pflops = 0;
    double cost = 0;         // c_jp
};

/** One period's schedule, assignments by tenant then pool. */
struct PeriodSolution {
    std::vector<Assignment> flows;
};

PeriodSolution solveNearest(const Instance &in, int t);

} // namespace atlas::engine
