// The exact per-period transportation problem (policies optimal and local) as a
// minimum-cost flow, solved by LEMON's network simplex in doubles on a reduced graph:
// one node per tenant group (tenants that share region, eligible pools and costs),
// one node per pool with capacity, one sink. Unserved demand leaves a group on one arc
// per distinct tenant value (cost value_j), so the objective is MODEL.md's exactly.
#include "instance.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>

namespace atlas::engine {

namespace {

using Graph = lemon::SmartDigraph;
using Simplex = lemon::NetworkSimplex<Graph, double, double>;

struct GroupArcs {
    int group = 0;
    double cheapest = 0;  // tenants worth no more than this stay unserved
    std::vector<std::pair<int, Graph::Arc>> pools; // (arc index in representative, lemon arc)
};

} // namespace

PeriodSolution solveTransport(const Instance &in, int t)
{
    PeriodSolution sol;
    const std::vector<double> &D = in.demand[t];
    const std::vector<double> &C = in.capacity[t];
    double total = 0;

    Graph g;
    std::vector<GroupArcs> used;
    // Supplies sit on a source and a sink only (+X and −X: their sum is exactly 0 in
    // doubles, which LEMON's balance check needs); the source feeds each group its demand.
    Graph::Node source = g.addNode();
    Graph::Node sink = g.addNode();
    std::vector<int> poolNode(in.pools.size(), -1);
    std::vector<Graph::Node> poolNodes;
    std::vector<double> upper, cost;
    std::vector<int> poolOfNode;
    double maxValueAll = 0;
    // Upper bounds and costs are collected by arc id.
    auto addArc = [&](Graph::Node a, Graph::Node b, double cap, double c) {
        Graph::Arc arc = g.addArc(a, b);
        upper.push_back(cap);
        cost.push_back(c);
        return arc;
    };

    for (int gi = 0; gi < static_cast<int>(in.groups.size()); ++gi) {
        const Group &grp = in.groups[gi];
        const std::vector<Arc> &arcs = in.tenants[grp.representative].arcs;
        if (arcs.empty())
            continue;
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
        double supplyG = 0, maxValue = 0;
        bool profitable = false;
        for (int j : grp.tenants)
            if (D[j] > 0 && in.tenants[j].value > cheapest) {
                supplyG += D[j];
                maxValue = profitable ? std::max(maxValue, in.tenants[j].value) : in.tenants[j].value;
                profitable = true;
            }
        if (!profitable)
            continue;
        Graph::Node gn = g.addNode();
        addArc(source, gn, supplyG, 0.0);
        total += supplyG;
        maxValueAll = std::max(maxValueAll, maxValue);
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
                poolOfNode.push_back(a.pool);
            }
            ga.pools.emplace_back(k, addArc(gn, poolNodes[poolNode[a.pool]], supplyG, a.cost));
        }
        // Unserved demand: one arc per distinct value (tenants are sorted by value).
        double lastValue = 0, lastCap = 0;
        bool open = false;
        for (int j : grp.tenants) {
            if (!(D[j] > 0) || !(in.tenants[j].value > cheapest))
                continue;
            if (open && in.tenants[j].value == lastValue) {
                lastCap += D[j];
                continue;
            }
            if (open)
                addArc(gn, sink, lastCap, lastValue);
            lastValue = in.tenants[j].value;
            lastCap = D[j];
            open = true;
        }
        addArc(gn, sink, lastCap, lastValue);
        used.push_back(std::move(ga));
    }
    if (used.empty())
        return sol;
    for (std::size_t k = 0; k < poolNodes.size(); ++k)
        addArc(poolNodes[k], sink, C[poolOfNode[k]], 0.0);
    // Rounding in Σ D_G may leave the source a few ulps it cannot place through the
    // groups: a bypass dearer than any real path takes them and nothing else.
    addArc(source, sink, total, 2 * maxValueAll + 1);

    Graph::ArcMap<double> upperMap(g), costMap(g);
    for (Graph::ArcIt a(g); a != lemon::INVALID; ++a) {
        upperMap[a] = upper[g.id(a)];
        costMap[a] = cost[g.id(a)];
    }
    Graph::NodeMap<double> supplyMap(g, 0.0);
    supplyMap[source] = total;
    supplyMap[sink] = -total;
    Simplex ns(g);
    ns.upperMap(upperMap).costMap(costMap).supplyMap(supplyMap);
    if (ns.run() != Simplex::OPTIMAL)
        return sol; // cannot happen: every group can leave its demand unserved

    // Hand each group's served PFLOPS to its tenants by value (then id), filling the
    // group's pools in pool order: all of them cost the same for every tenant.
    for (const GroupArcs &ga : used) {
        const Group &grp = in.groups[ga.group];
        const std::vector<Arc> &arcs = in.tenants[grp.representative].arcs;
        std::vector<std::pair<int, double>> served; // (arc index, PFLOPS)
        double groupDemand = 0;
        for (int j : grp.tenants)
            groupDemand += D[j];
        for (const auto &[k, arc] : ga.pools) {
            const double f = ns.flow(arc);
            if (f > 1e-12 * groupDemand)
                served.emplace_back(k, f);
        }
        std::size_t k = 0;
        double left = served.empty() ? 0.0 : served[0].second;
        std::vector<Assignment> groupFlows;
        for (int j : grp.tenants) {
            if (!(in.tenants[j].value > ga.cheapest))
                break;
            double need = D[j];
            while (need > 0 && k < served.size()) {
                const double x = std::min(need, left);
                if (x > 0)
                    groupFlows.push_back({j, arcs[served[k].first].pool, x, arcs[served[k].first].cost});
                need -= x;
                left -= x;
                if (left <= 0 && ++k < served.size())
                    left = served[k].second;
            }
            if (k >= served.size())
                break;
        }
        sol.flows.insert(sol.flows.end(), groupFlows.begin(), groupFlows.end());
    }
    std::sort(sol.flows.begin(), sol.flows.end(), [](const Assignment &a, const Assignment &b) {
        return a.tenant != b.tenant ? a.tenant < b.tenant : a.pool < b.pool;
    });
    return sol;
}

} // namespace atlas::engine
