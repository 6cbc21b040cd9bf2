// Consecutive periods solved from the last one's basis. The graph is built once for the
// chain and only its supplies and capacities change from period to period: group nodes
// (supply: the demand of the group's tenants worth serving), pool nodes, the sink (node
// 0); group -> pool arcs without a bound (cost c_jp), one unserved arc per distinct value
// (cost value_j, bound: that value's demand) and pool -> sink (bound C_pt). The costs are
// the same in every period, so the last optimal basis stays dual feasible and the warm
// simplex only repairs what the new demands and capacities break. The chain's first
// period is solved by LEMON on the same graph, and its optimum becomes the first basis.
// A single period on its own (solveTransport) is a chain of one.
//
// LEMON's network simplex and ours need integer data (with doubles LEMON was seen to end
// with negative flows on the national instance), so flows and costs are put on
// power-of-two grids; docs/engine.md gives the error bound:
//  - flow unit 2^-k PFLOPS with (Σ D + Σ C) / unit <= 2^50 for the chain's largest period;
//    demands and capacities are rounded DOWN, so the schedule is feasible exactly and
//    flow / 2^k is exact;
//  - cost unit with max cost / unit <= 2^36 (room for the potentials in int64).
// The reported objective is always evaluated with the true double costs.
#include "transport.h"
#include "warmsimplex.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <cmath>

namespace atlas::engine {

namespace {

using Units = WarmSimplex::Units;

/** Tenants of one value in a group (a run of Group::tenants) and their unserved arc. */
struct ValueClass {
    int arc = 0;
    int begin = 0, end = 0;  // into Group::tenants
};

struct ChainGroup {
    int group = 0;
    int node = 0;
    double cheapest = 0;                   // tenants worth no more are never served
    int included = 0;                      // tenants worth more: a prefix of Group::tenants
    std::vector<std::pair<int, int>> arcs; // (representative's arc index, simplex arc), pool order
    std::vector<ValueClass> classes;
};

} // namespace

struct TransportChain::Impl {
    const Instance &in;
    bool usable = true;    // false: a negative cost, or a solve gave up; periods go cold
    bool started = false;  // the first basis is in
    double flowScale = 1;
    std::vector<ChainGroup> groups;
    std::vector<std::pair<int, int>> poolArcs;  // (pool, simplex arc to the sink)
    WarmSimplex simplex;

    Impl(const Instance &instance, int nodes) : in(instance), simplex(nodes) {}

    Units units(double pflops) const { return static_cast<Units>(std::floor(pflops * flowScale)); }
};

namespace {

/** Pools with capacity in some period of [first, last). */
std::vector<char> chainPools(const Instance &in, int first, int last)
{
    std::vector<char> has(in.pools.size(), 0);
    for (int t = first; t < last; ++t)
        for (std::size_t p = 0; p < in.pools.size(); ++p)
            has[p] = has[p] || in.capacity[t][p] > 0;
    return has;
}

} // namespace

TransportChain::TransportChain(const Instance &in, int first, int last)
{
    const std::vector<char> hasCapacity = chainPools(in, first, last);
    // Nodes: the sink, one per group with an arc to a chain pool, one per chain pool.
    std::vector<ChainGroup> groups;
    for (int gi = 0; gi < static_cast<int>(in.groups.size()); ++gi) {
        const Group &grp = in.groups[static_cast<std::size_t>(gi)];
        ChainGroup cg;
        cg.group = gi;
        bool any = false;
        for (const Arc &a : in.tenants[grp.representative].arcs)
            if (hasCapacity[static_cast<std::size_t>(a.pool)] && (!any || a.cost < cg.cheapest)) {
                cg.cheapest = a.cost;
                any = true;
            }
        if (!any)
            continue;
        while (cg.included < static_cast<int>(grp.tenants.size())
               && in.tenants[grp.tenants[static_cast<std::size_t>(cg.included)]].value > cg.cheapest)
            ++cg.included;
        if (cg.included > 0)
            groups.push_back(std::move(cg));
    }
    std::vector<int> poolNode(in.pools.size(), -1);
    int nodes = 1 + static_cast<int>(groups.size());
    for (std::size_t p = 0; p < in.pools.size(); ++p)
        if (hasCapacity[p])
            poolNode[p] = nodes++;
    d = std::make_unique<Impl>(in, nodes);

    // One grid for the chain: the largest period's volume, the largest cost.
    double volume = 0, maxCost = 0;
    for (int t = first; t < last; ++t) {
        double v = 0;
        for (double x : in.demand[t])
            v += x;
        for (double x : in.capacity[t])
            v += x;
        volume = std::max(volume, v);
    }
    for (ChainGroup &cg : groups) {
        const Group &grp = in.groups[static_cast<std::size_t>(cg.group)];
        const double maxValue = in.tenants[grp.tenants.front()].value;  // tenants are by value
        for (int k = 0; k < cg.included; ++k)
            d->usable = d->usable && in.tenants[grp.tenants[static_cast<std::size_t>(k)]].value >= 0;
        maxCost = std::max(maxCost, maxValue);
        for (const Arc &a : in.tenants[grp.representative].arcs)
            if (hasCapacity[static_cast<std::size_t>(a.pool)] && a.cost < maxValue) {
                d->usable = d->usable && a.cost >= 0;
                maxCost = std::max(maxCost, a.cost);
            }
    }
    d->flowScale = gridScale(volume, 50);
    const double costScale = gridScale(maxCost, 36);
    const auto costUnits = [&](double c) { return static_cast<Units>(std::llround(c * costScale)); };

    WarmSimplex &ns = d->simplex;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        ChainGroup &cg = groups[i];
        cg.node = 1 + static_cast<int>(i);
        const Group &grp = in.groups[static_cast<std::size_t>(cg.group)];
        const std::vector<Arc> &arcs = in.tenants[grp.representative].arcs;
        const double maxValue = in.tenants[grp.tenants.front()].value;
        // Group -> pool arcs are not scanned: the dual phase repairs the bounds through the
        // unserved, pool and last tree arcs, and the primal phase prices the rest in
        // (docs/engine.md "Warm start" says why).
        for (int k = 0; k < static_cast<int>(arcs.size()); ++k) {
            const Arc &a = arcs[static_cast<std::size_t>(k)];
            if (poolNode[static_cast<std::size_t>(a.pool)] >= 0 && a.cost < maxValue)
                cg.arcs.emplace_back(k, ns.addArc(cg.node, poolNode[static_cast<std::size_t>(a.pool)],
                                                  costUnits(a.cost), WarmSimplex::kUnbounded, false));
        }
        for (int k = 0; k < cg.included;) {
            const double value = in.tenants[grp.tenants[static_cast<std::size_t>(k)]].value;
            ValueClass vc;
            vc.begin = k;
            while (k < cg.included && in.tenants[grp.tenants[static_cast<std::size_t>(k)]].value == value)
                ++k;
            vc.end = k;
            vc.arc = ns.addArc(cg.node, 0, costUnits(value), 0, true);
            cg.classes.push_back(vc);
        }
    }
    for (std::size_t p = 0; p < in.pools.size(); ++p)
        if (poolNode[p] >= 0)
            d->poolArcs.emplace_back(static_cast<int>(p), ns.addArc(poolNode[p], 0, 0, 0, true));
    d->groups = std::move(groups);
}

namespace {

/**
 * LEMON's network simplex on the same integer problem: the chain's first basis (from
 * nothing it is faster than the warm simplex's phases on a loaded period) and the
 * fallback. Fills the optimal flow and, when asked, the potentials.
 */
bool lemonOptimum(const WarmSimplex &ns, std::vector<Units> &flow, std::vector<Units> *potential)
{
    using Graph = lemon::SmartDigraph;
    const int arcs = ns.arcCount();
    Graph g;
    g.reserveNode(ns.nodeCount());
    g.reserveArc(arcs);
    for (int v = 0; v < ns.nodeCount(); ++v)
        g.addNode();
    for (int a = 0; a < arcs; ++a)
        g.addArc(g.nodeFromId(ns.tail(a)), g.nodeFromId(ns.head(a)));
    Graph::ArcMap<Units> upper(g), cost(g);
    for (int a = 0; a < arcs; ++a) {
        upper[g.arcFromId(a)] = ns.capacity(a);
        cost[g.arcFromId(a)] = ns.cost(a);
    }
    Graph::NodeMap<Units> supply(g);
    for (int v = 0; v < ns.nodeCount(); ++v)
        supply[g.nodeFromId(v)] = ns.supply(v);
    lemon::NetworkSimplex<Graph, Units, Units> simplex(g);
    simplex.upperMap(upper).costMap(cost).supplyMap(supply);
    if (simplex.run() != lemon::NetworkSimplex<Graph, Units, Units>::OPTIMAL)
        return false;
    flow.resize(static_cast<std::size_t>(arcs));
    for (int a = 0; a < arcs; ++a)
        flow[static_cast<std::size_t>(a)] = simplex.flow(g.arcFromId(a));
    if (potential) {
        potential->resize(static_cast<std::size_t>(ns.nodeCount()));
        for (int v = 0; v < ns.nodeCount(); ++v)
            (*potential)[static_cast<std::size_t>(v)] = simplex.potential(g.nodeFromId(v));
    }
    return true;
}

/** Puts a period's flows in the order PeriodSolution promises (tenant, then pool). */
void sortFlows(PeriodSolution &sol)
{
    std::sort(sol.flows.begin(), sol.flows.end(), [](const Assignment &a, const Assignment &b) {
        return a.tenant != b.tenant ? a.tenant < b.tenant : a.pool < b.pool;
    });
}

/**
 * Hands a group's served PFLOPS, (representative's arc index, PFLOPS) in pool order, to
 * its tenants by value then id; tenants worth no more than cheapest get none.
 */
void handOut(const Instance &in, int t, int group, double cheapest, const std::vector<std::pair<int, double>> &served,
             PeriodSolution &sol)
{
    // A group's served PFLOPS go to its tenants by value (then id), filling the group's
    // pools in the given order: all of them cost the same for every tenant.
    const Group &grp = in.groups[static_cast<std::size_t>(group)];
    const std::vector<Arc> &arcs = in.tenants[grp.representative].arcs;
    const std::vector<double> &D = in.demand[t];
    std::size_t k = 0;
    double left = served.empty() ? 0.0 : served[0].second;
    for (int j : grp.tenants) {
        if (k >= served.size() || !(in.tenants[j].value > cheapest))
            break;
        double need = D[j];
        while (need > 0 && k < served.size()) {
            const double x = std::min(need, left);
            if (x > 0)
                sol.flows.push_back({j, arcs[served[k].first].pool, x, arcs[served[k].first].cost});
            need -= x;
            left -= x;
            if (left <= 0 && ++k < served.size())
                left = served[k].second;
        }
    }
}

} // namespace

double gridScale(double maxValue, int bits)
{
    if (!(maxValue > 0))
        return 1.0;
    int exp = 0;
    std::frexp(maxValue, &exp);  // maxValue < 2^exp
    return std::ldexp(1.0, bits - exp);
}

TransportChain::~TransportChain() = default;

void TransportChain::setPivotLimit(std::int64_t pivots)
{
    d->simplex.setPivotLimit(pivots);
}

bool TransportChain::isWarm() const
{
    return d->usable;
}

PeriodSolution TransportChain::solve(int t)
{
    const Instance &in = d->in;
    WarmSimplex &ns = d->simplex;
    const std::vector<double> &D = in.demand[t];
    Units total = 0;
    for (const ChainGroup &cg : d->groups) {
        const Group &grp = in.groups[static_cast<std::size_t>(cg.group)];
        Units supply = 0;
        for (const ValueClass &vc : cg.classes) {
            Units cap = 0;
            for (int k = vc.begin; k < vc.end; ++k)
                cap += d->units(D[static_cast<std::size_t>(grp.tenants[static_cast<std::size_t>(k)])]);
            ns.setCapacity(vc.arc, cap);
            supply += cap;
        }
        ns.setSupply(cg.node, supply);
        total += supply;
    }
    ns.setSupply(0, -total);
    for (const auto &[pool, arc] : d->poolArcs)
        ns.setCapacity(arc, d->units(in.capacity[t][static_cast<std::size_t>(pool)]));

    // The warm simplex from the last basis (the first from LEMON's optimum); LEMON from
    // nothing once the warm simplex cannot be used (a negative cost) or gave up (never
    // seen; the period is still solved exactly).
    std::vector<Units> flow;
    if (d->usable && !d->started) {
        d->started = true;
        std::vector<Units> potential;
        if (lemonOptimum(ns, flow, &potential))
            ns.startFrom(flow, potential);
        else
            d->usable = false;
    }
    if (d->usable && ns.solve() != WarmSimplex::Status::Optimal)
        d->usable = false;
    if (!d->usable && !lemonOptimum(ns, flow, nullptr))
        return {};  // cannot happen: every group can leave its demand unserved
    const auto flowOf = [&](int arc) { return d->usable ? ns.flow(arc) : flow[static_cast<std::size_t>(arc)]; };

    PeriodSolution sol;
    std::vector<std::pair<int, double>> served;
    for (const ChainGroup &cg : d->groups) {
        served.clear();
        for (const auto &[k, arc] : cg.arcs)
            if (const Units f = flowOf(arc); f > 0)
                served.emplace_back(k, static_cast<double>(f) / d->flowScale);  // exact: power of two
        if (!served.empty())
            handOut(in, t, cg.group, cg.cheapest, served, sol);
    }
    sortFlows(sol);
    return sol;
}

PeriodSolution solveTransport(const Instance &in, int t)
{
    return TransportChain(in, t, t + 1).solve(t);
}

} // namespace atlas::engine
