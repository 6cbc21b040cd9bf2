// The exact per-period transportation problem (policies optimal and local) as a
// minimum-cost flow, solved by LEMON's network simplex on a reduced graph: one node per
// tenant group (tenants that share region, eligible pools and costs), one node per pool
// with capacity, one sink. Unserved demand leaves a group on one arc per distinct
// tenant value (cost value_j), so the objective is MODEL.md's exactly.
//
// LEMON's network simplex needs integer data: with doubles it cycles or ends with
// negative flows (seen on the national instance). Flows and costs are therefore put on
// power-of-two grids (docs/engine.md gives the error bound):
//  - flow unit 2^-k PFLOPS with (Σ D + Σ C) / unit <= 2^50; demands and capacities are
//    rounded DOWN, so the schedule is feasible exactly and unit/2^k divides exactly;
//  - cost unit with max cost / unit <= 2^36 (room for LEMON's potentials in int64).
// The reported objective is always evaluated with the true double costs.
#include "transport.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <cmath>

namespace atlas::engine {

namespace {

using Graph = lemon::SmartDigraph;
using Units = long long;
using Simplex = lemon::NetworkSimplex<Graph, Units, Units>;

struct GroupArcs {
    int group = 0;
    double cheapest = 0;  // tenants worth no more than this stay unserved
    std::vector<std::pair<int, Graph::Arc>> pools; // (arc index in representative, lemon arc)
};

} // namespace

double gridScale(double maxValue, int bits)
{
    if (!(maxValue > 0))
        return 1.0;
    int exp = 0;
    std::frexp(maxValue, &exp);  // maxValue < 2^exp
    return std::ldexp(1.0, bits - exp);
}

void sortFlows(PeriodSolution &sol)
{
    std::sort(sol.flows.begin(), sol.flows.end(), [](const Assignment &a, const Assignment &b) {
        return a.tenant != b.tenant ? a.tenant < b.tenant : a.pool < b.pool;
    });
}

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

PeriodSolution solveTransport(const Instance &in, int t)
{
    PeriodSolution sol;
    const std::vector<double> &D = in.demand[t];
    const std::vector<double> &C = in.capacity[t];

    double volume = 0;
    for (double d : D)
        volume += d;
    for (double c : C)
        volume += c;
    const double flowScale = gridScale(volume, 50);
    const auto units = [&](double pflops) { return static_cast<Units>(std::floor(pflops * flowScale)); };

    // A guess at who stays unserved: in value order, the tenants after the demand that
    // already fills all capacity (eligibility ignored). It only sets where the simplex
    // starts (see addUnserved), never the optimum; in saturated periods it saves about a
    // quarter of the solve (docs/engine.md).
    std::vector<char> expectUnserved(in.tenants.size(), 0);
    {
        double capacityTotal = 0;
        for (double c : C)
            capacityTotal += c;
        double cumulative = 0;
        for (int j : in.byValue) {
            cumulative += D[j];
            expectUnserved[j] = cumulative > capacityTotal;
        }
    }

    Graph g;
    std::vector<GroupArcs> used;
    std::vector<int> poolNode(in.pools.size(), -1);
    std::vector<Graph::Node> poolNodes;
    std::vector<int> poolOfNode;
    std::vector<Units> upper, supply;  // by arc id, by node id
    std::vector<double> cost;          // by arc id
    // Room for the largest graph this period can make (a group's arcs, its unserved arcs,
    // the pools' arcs to the sink): no regrowth of the big arrays while building it.
    std::size_t arcBound = in.pools.size();
    for (const Group &grp : in.groups)
        arcBound += in.tenants[grp.representative].arcs.size() + grp.tenants.size();
    const std::size_t nodeBound = 1 + in.groups.size() + in.pools.size();
    g.reserveArc(static_cast<int>(arcBound));
    g.reserveNode(static_cast<int>(nodeBound));
    upper.reserve(arcBound);
    cost.reserve(arcBound);
    supply.reserve(nodeBound);
    supply.push_back(0);
    Graph::Node sink = g.addNode();
    auto addArc = [&](Graph::Node a, Graph::Node b, Units cap, double c) {
        Graph::Arc arc = g.addArc(a, b);
        upper.push_back(cap);
        cost.push_back(c);
        return arc;
    };

    // An unserved arc g -> sink (cost value, flow u in [0, cap]) expected to be saturated is
    // put in reversed: g ships cap to the sink up front and the arc sink -> g (cost -value,
    // flow cap - u) takes back what is served. The optimum is the same; the simplex starts
    // nearer to it.
    auto addUnserved = [&](Graph::Node gn, Units cap, double value, bool reversed) {
        if (reversed) {
            addArc(sink, gn, cap, -value);
            supply[static_cast<std::size_t>(g.id(gn))] -= cap;
            supply[0] += cap;
        } else {
            addArc(gn, sink, cap, value);
        }
    };
    for (int gi = 0; gi < static_cast<int>(in.groups.size()); ++gi) {
        const Group &grp = in.groups[gi];
        const std::vector<Arc> &arcs = in.tenants[grp.representative].arcs;
        // Cheapest arc with capacity this period: tenants worth no more than it stay unserved.
        double cheapest = 0;
        bool any = false;
        for (const Arc &a : arcs)
            if (C[a.pool] > 0 && (!any || a.cost < cheapest)) {
                cheapest = a.cost;
                any = true;
            }
        if (!any)
            continue;
        Units supplyG = 0;
        double maxValue = 0;
        for (int j : grp.tenants)
            if (in.tenants[j].value > cheapest && units(D[j]) > 0) {
                supplyG += units(D[j]);
                maxValue = std::max(maxValue, in.tenants[j].value);
            }
        if (supplyG == 0)
            continue;
        Graph::Node gn = g.addNode();
        supply.push_back(supplyG);
        supply[0] -= supplyG;
        GroupArcs ga;
        ga.group = gi;
        ga.cheapest = cheapest;
        for (int k = 0; k < static_cast<int>(arcs.size()); ++k) {
            const Arc &a = arcs[k];
            if (!(C[a.pool] > 0) || !(a.cost < maxValue))
                continue;
            if (poolNode[a.pool] < 0) {
                poolNode[a.pool] = static_cast<int>(poolNodes.size());
                poolNodes.push_back(g.addNode());
                supply.push_back(0);
                poolOfNode.push_back(a.pool);
            }
            ga.pools.emplace_back(k, addArc(gn, poolNodes[poolNode[a.pool]], supplyG, a.cost));
        }
        // Unserved demand: one arc per distinct value (tenants are sorted by value).
        double lastValue = 0;
        Units lastCap = 0;
        bool lastUnserved = true;
        for (int j : grp.tenants) {
            if (!(in.tenants[j].value > cheapest) || units(D[j]) == 0)
                continue;
            if (lastCap > 0 && in.tenants[j].value == lastValue) {
                lastCap += units(D[j]);
                lastUnserved = lastUnserved && expectUnserved[j];
                continue;
            }
            if (lastCap > 0)
                addUnserved(gn, lastCap, lastValue, lastUnserved);
            lastValue = in.tenants[j].value;
            lastCap = units(D[j]);
            lastUnserved = expectUnserved[j];
        }
        addUnserved(gn, lastCap, lastValue, lastUnserved);
        used.push_back(std::move(ga));
    }
    if (used.empty())
        return sol;
    for (std::size_t k = 0; k < poolNodes.size(); ++k)
        addArc(poolNodes[k], sink, units(C[poolOfNode[k]]), 0.0);

    double maxCost = 0;
    for (double c : cost)
        maxCost = std::max(maxCost, std::abs(c));
    const double costScale = gridScale(maxCost, 36);
    Graph::ArcMap<Units> upperMap(g), costMap(g);
    for (Graph::ArcIt a(g); a != lemon::INVALID; ++a) {
        upperMap[a] = upper[g.id(a)];
        costMap[a] = std::llround(cost[g.id(a)] * costScale);
    }
    Graph::NodeMap<Units> supplyMap(g);
    for (Graph::NodeIt n(g); n != lemon::INVALID; ++n)
        supplyMap[n] = supply[g.id(n)];
    Simplex ns(g);
    ns.upperMap(upperMap).costMap(costMap).supplyMap(supplyMap);
    if (ns.run() != Simplex::OPTIMAL)
        return sol; // cannot happen: every group can leave its demand unserved

    for (const GroupArcs &ga : used) {
        std::vector<std::pair<int, double>> served; // (arc index, PFLOPS)
        for (const auto &[k, arc] : ga.pools)
            if (const Units f = ns.flow(arc); f > 0)
                served.emplace_back(k, static_cast<double>(f) / flowScale);  // exact: power of two
        handOut(in, t, ga.group, ga.cheapest, served, sol);
    }
    sortFlows(sol);
    return sol;
}

} // namespace atlas::engine
