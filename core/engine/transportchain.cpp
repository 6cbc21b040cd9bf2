// Consecutive periods solved from the last one's basis. The graph is built once for the
// chain and only its supplies and capacities change from period to period: group nodes
// (supply: the demand of the group's tenants worth serving), pool nodes, the sink (node
// 0); pool arcs without a bound (cost c_jp), one unserved arc per distinct value (cost
// value_j, bound: that value's demand) and pool -> sink (bound C_pt). Groups that differ
// only in their latency caps share their pool arcs through a chain (ChainFamily).
// The costs are the same in every period, so the last optimal basis stays dual feasible
// and the warm simplex only repairs what the new demands and capacities break. The
// chain's first period is solved by LEMON on the same graph with each band's cheapest
// pool arcs only; its optimum becomes the first basis, and the warm simplex's primal
// phase prices in the arcs left out. A single period on its own (solveTransport) is a
// chain of one.
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
#include <limits>

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
    int included = 0;  // its tenants worth more than its cheapest arc: a prefix of Group::tenants
    Units supply = 0;  // this period's
    std::vector<ValueClass> classes;
};

/** A pool arc of a family: from the member whose band it belongs to. */
struct BandArc {
    int pool = 0;
    int arc = 0;     // simplex arc
    double cost = 0; // c_jp, the same for every member
};

/** PFLOPS a group is served on one pool. */
struct Served {
    int pool = 0;
    double cost = 0;
    double pflops = 0;
};

/**
 * Groups of one family, nested by latency (docs/engine.md "Nested latency caps"): the
 * i-th member reaches the pool arcs of bands 0..i. Each member's node feeds the next
 * lower one at no cost, and each band's pool arcs leave its member's node. A family of
 * one is a group with its pool arcs.
 */
struct ChainFamily {
    std::vector<int> members;     // into Impl::groups, by reach ascending
    std::vector<BandArc> arcs;    // band by band
    std::vector<int> bandEnd;     // per member: where its band ends in arcs
};

} // namespace

struct TransportChain::Impl {
    const Instance &in;
    bool usable = true;    // false: a negative cost, or a solve gave up; periods go cold
    bool started = false;  // the first basis is in
    double flowScale = 1;
    std::vector<ChainGroup> groups;
    std::vector<ChainFamily> families;
    std::vector<std::pair<int, int>> poolArcs;  // (pool, simplex arc to the sink)
    // Each pool arc's family and place in its arcs (-1: not a pool arc), by simplex arc.
    std::vector<int> arcFamily, arcPlace;
    // Scratch for reading a period's schedule.
    std::vector<std::uint64_t> carrying;  // family << 32 | place of the pool arcs with flow
    std::vector<std::pair<int, Units>> sequence;  // a family's (place, flow) with flow, by place
    std::vector<Served> served;
    std::vector<int> flowStart;
    std::vector<Assignment> sorted;
    WarmSimplex simplex;

    Impl(const Instance &instance, int nodes) : in(instance), simplex(nodes) {}

    // Rounded down: demands and capacities are never negative, so truncation is floor.
    Units units(double pflops) const { return static_cast<Units>(pflops * flowScale); }
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
    const auto maxValueOf = [&](const ChainGroup &cg) {  // tenants are by value
        return in.tenants[in.groups[static_cast<std::size_t>(cg.group)].tenants.front()].value;
    };
    // The instance's families, each member kept when a tenant of it is worth serving on a
    // pool with capacity in the chain: a member's cheapest such arc is the least of its
    // bands', so one walk along the family's arcs by latency finds them all.
    std::vector<ChainGroup> groups;
    std::vector<ChainFamily> families;
    std::vector<const Family *> source;  // the instance's family of each chain family
    for (const Family &f : in.families) {
        ChainFamily fam;
        double cheapest = std::numeric_limits<double>::infinity();
        std::size_t k = 0;
        for (int gi : f.groups) {
            const Group &grp = in.groups[static_cast<std::size_t>(gi)];
            for (; k < f.byLatency.size() && f.byLatency[k].latency <= grp.reach; ++k)
                if (hasCapacity[static_cast<std::size_t>(f.byLatency[k].pool)])
                    cheapest = std::min(cheapest, f.byLatency[k].cost);
            if (cheapest == std::numeric_limits<double>::infinity())
                continue;
            ChainGroup cg;
            cg.group = gi;
            while (cg.included < static_cast<int>(grp.tenants.size())
                   && in.tenants[grp.tenants[static_cast<std::size_t>(cg.included)]].value > cheapest)
                ++cg.included;
            if (cg.included > 0) {
                fam.members.push_back(static_cast<int>(groups.size()));
                groups.push_back(std::move(cg));
            }
        }
        if (!fam.members.empty()) {
            families.push_back(std::move(fam));
            source.push_back(&f);
        }
    }

    // Nodes: the sink, the groups, the pools.
    int nodes = 1 + static_cast<int>(groups.size());
    for (std::size_t i = 0; i < groups.size(); ++i)
        groups[i].node = 1 + static_cast<int>(i);
    std::vector<int> poolNode(in.pools.size(), -1);
    for (std::size_t p = 0; p < in.pools.size(); ++p)
        if (hasCapacity[p])
            poolNode[p] = nodes++;
    d = std::make_unique<Impl>(in, nodes);

    // One grid for the chain: the largest period's volume, the largest cost.
    double volume = 0, maxCost = 0;
    for (int t = first; t < last; ++t)
        volume = std::max(volume, in.totalDemand[t] + in.totalCapacity[t]);
    // A band's pool arc is left out when no member that reaches it values its demand above
    // its cost.
    const auto eachArc = [&](std::size_t f, const auto &use) {  // use(member index, arc)
        const ChainFamily &fam = families[f];
        std::vector<double> reachValue(fam.members.size());
        for (std::size_t i = fam.members.size(); i-- > 0;)
            reachValue[i] = std::max(maxValueOf(groups[static_cast<std::size_t>(fam.members[i])]),
                                     i + 1 < fam.members.size() ? reachValue[i + 1] : 0.0);
        const std::vector<Arc> &arcs = source[f]->byLatency;
        std::size_t next = 0;
        for (std::size_t i = 0; i < fam.members.size(); ++i)
            for (const double reach = in.groups[static_cast<std::size_t>(groups[static_cast<std::size_t>(fam.members[i])].group)].reach;
                 next < arcs.size() && arcs[next].latency <= reach; ++next)
                if (hasCapacity[static_cast<std::size_t>(arcs[next].pool)] && arcs[next].cost < reachValue[i])
                    use(i, arcs[next]);
    };
    for (const ChainGroup &cg : groups) {
        const Group &grp = in.groups[static_cast<std::size_t>(cg.group)];
        for (int k = 0; k < cg.included; ++k)
            d->usable = d->usable && in.tenants[grp.tenants[static_cast<std::size_t>(k)]].value >= 0;
        maxCost = std::max(maxCost, maxValueOf(cg));
    }
    for (std::size_t f = 0; f < families.size(); ++f)
        eachArc(f, [&](std::size_t, const Arc &a) {
            d->usable = d->usable && a.cost >= 0;
            maxCost = std::max(maxCost, a.cost);
        });
    d->flowScale = gridScale(volume, 50);
    const double costScale = gridScale(maxCost, 36);
    const auto costUnits = [&](double c) { return static_cast<Units>(std::llround(c * costScale)); };

    // Arcs, family by family: each member's arc to the next lower one, its band's pool
    // arcs, its unserved arcs.
    WarmSimplex &ns = d->simplex;
    for (std::size_t f = 0; f < families.size(); ++f) {
        ChainFamily &fam = families[f];
        std::size_t done = 0;  // members whose chain and unserved arcs are in
        const auto memberArcs = [&](std::size_t upTo) {
            for (; done < upTo; ++done) {
                const std::size_t i = done;
                ChainGroup &cg = groups[static_cast<std::size_t>(fam.members[i])];
                if (i > 0) {
                    fam.bandEnd.push_back(static_cast<int>(fam.arcs.size()));
                    ns.addArc(cg.node, groups[static_cast<std::size_t>(fam.members[i - 1])].node, 0,
                              WarmSimplex::kUnbounded);
                }
                const Group &grp = in.groups[static_cast<std::size_t>(cg.group)];
                for (int k = 0; k < cg.included;) {
                    const double value = in.tenants[grp.tenants[static_cast<std::size_t>(k)]].value;
                    ValueClass vc;
                    vc.begin = k;
                    while (k < cg.included && in.tenants[grp.tenants[static_cast<std::size_t>(k)]].value == value)
                        ++k;
                    vc.end = k;
                    vc.arc = ns.addArc(cg.node, 0, costUnits(value), 0);
                    cg.classes.push_back(vc);
                }
            }
        };
        eachArc(f, [&](std::size_t i, const Arc &a) {
            memberArcs(i + 1);
            const int from = groups[static_cast<std::size_t>(fam.members[i])].node;
            const int to = poolNode[static_cast<std::size_t>(a.pool)];
            fam.arcs.push_back({a.pool, ns.addArc(from, to, costUnits(a.cost), WarmSimplex::kUnbounded), a.cost});
        });
        memberArcs(fam.members.size());
        fam.bandEnd.push_back(static_cast<int>(fam.arcs.size()));
    }
    for (std::size_t p = 0; p < in.pools.size(); ++p)
        if (poolNode[p] >= 0)
            d->poolArcs.emplace_back(static_cast<int>(p), ns.addArc(poolNode[p], 0, 0, 0));
    d->arcFamily.assign(static_cast<std::size_t>(ns.arcCount()), -1);
    d->arcPlace.assign(static_cast<std::size_t>(ns.arcCount()), -1);
    for (std::size_t f = 0; f < families.size(); ++f)
        for (std::size_t k = 0; k < families[f].arcs.size(); ++k) {
            d->arcFamily[static_cast<std::size_t>(families[f].arcs[k].arc)] = static_cast<int>(f);
            d->arcPlace[static_cast<std::size_t>(families[f].arcs[k].arc)] = static_cast<int>(k);
        }
    d->groups = std::move(groups);
    d->families = std::move(families);
}

namespace {

/**
 * LEMON's network simplex on the same integer problem: the chain's first basis (from
 * nothing it is faster than the warm simplex's phases on a loaded period) and the
 * fallback. Fills the optimal flow and, when asked, the potentials. With keep, only the
 * arcs it marks are in LEMON's graph, and the others get no flow: the optimum of that
 * smaller problem.
 */
bool lemonOptimum(const WarmSimplex &ns, std::vector<Units> &flow, std::vector<Units> *potential,
                  const std::vector<char> *keep = nullptr)
{
    using Graph = lemon::SmartDigraph;
    const int arcs = ns.arcCount();
    std::vector<int> kept;  // LEMON's arc i is arc kept[i]
    for (int a = 0; a < arcs; ++a)
        if (!keep || (*keep)[static_cast<std::size_t>(a)])
            kept.push_back(a);
    Graph g;
    g.reserveNode(ns.nodeCount());
    g.reserveArc(static_cast<int>(kept.size()));
    for (int v = 0; v < ns.nodeCount(); ++v)
        g.addNode();
    for (int a : kept)
        g.addArc(g.nodeFromId(ns.tail(a)), g.nodeFromId(ns.head(a)));
    Graph::ArcMap<Units> upper(g), cost(g);
    for (std::size_t i = 0; i < kept.size(); ++i) {
        upper[g.arcFromId(static_cast<int>(i))] = ns.capacity(kept[i]);
        cost[g.arcFromId(static_cast<int>(i))] = ns.cost(kept[i]);
    }
    Graph::NodeMap<Units> supply(g);
    for (int v = 0; v < ns.nodeCount(); ++v)
        supply[g.nodeFromId(v)] = ns.supply(v);
    lemon::NetworkSimplex<Graph, Units, Units> simplex(g);
    simplex.upperMap(upper).costMap(cost).supplyMap(supply);
    if (simplex.run() != lemon::NetworkSimplex<Graph, Units, Units>::OPTIMAL)
        return false;
    flow.assign(static_cast<std::size_t>(arcs), 0);
    for (std::size_t i = 0; i < kept.size(); ++i)
        flow[static_cast<std::size_t>(kept[i])] = simplex.flow(g.arcFromId(static_cast<int>(i)));
    if (potential) {
        potential->resize(static_cast<std::size_t>(ns.nodeCount()));
        for (int v = 0; v < ns.nodeCount(); ++v)
            (*potential)[static_cast<std::size_t>(v)] = simplex.potential(g.nodeFromId(v));
    }
    return true;
}

/**
 * The arcs a run's first basis is found on: all but the pool arcs past each band's
 * kFirstArcs cheapest (ties by arc), marked by arc.
 */
std::vector<char> cheapestBandArcs(const std::vector<ChainFamily> &families, int arcs)
{
    constexpr std::size_t kFirstArcs = 8;
    std::vector<char> keep(static_cast<std::size_t>(arcs), 1);
    std::vector<std::pair<double, int>> band;  // (cost, arc)
    for (const ChainFamily &fam : families)
        for (std::size_t i = 0, from = 0; i < fam.members.size(); from = static_cast<std::size_t>(fam.bandEnd[i++])) {
            band.clear();
            for (std::size_t k = from; k < static_cast<std::size_t>(fam.bandEnd[i]); ++k)
                band.emplace_back(fam.arcs[k].cost, fam.arcs[k].arc);
            if (band.size() <= kFirstArcs)
                continue;
            std::nth_element(band.begin(), band.begin() + kFirstArcs, band.end());
            for (std::size_t k = kFirstArcs; k < band.size(); ++k)
                keep[static_cast<std::size_t>(band[k].second)] = 0;
        }
    return keep;
}

/**
 * Puts a period's flows in the order PeriodSolution promises (tenant, then pool): a
 * stable counting sort by tenant, as handOut gives each tenant's flows in pool order.
 */
void sortFlows(const Instance &in, PeriodSolution &sol, std::vector<int> &start, std::vector<Assignment> &sorted)
{
    start.assign(in.tenants.size() + 1, 0);
    for (const Assignment &a : sol.flows)
        ++start[static_cast<std::size_t>(a.tenant) + 1];
    for (std::size_t j = 1; j < start.size(); ++j)
        start[j] += start[j - 1];
    sorted.resize(sol.flows.size());
    for (const Assignment &a : sol.flows)
        sorted[static_cast<std::size_t>(start[static_cast<std::size_t>(a.tenant)]++)] = a;
    sol.flows.swap(sorted);
}

/**
 * Hands a group's served PFLOPS, in pool order, to its first tenants (by value then id):
 * those worth more than its cheapest arc, the only ones the chain serves.
 */
void handOut(const Instance &in, int t, int group, int included, const std::vector<Served> &served,
             PeriodSolution &sol)
{
    // A group's served PFLOPS go to its tenants by value (then id), filling the group's
    // pools in the given order: all of them cost the same for every tenant.
    const Group &grp = in.groups[static_cast<std::size_t>(group)];
    const std::vector<double> &D = in.demand[t];
    std::size_t k = 0;
    double left = served.empty() ? 0.0 : served[0].pflops;
    for (int i = 0; i < included && k < served.size(); ++i) {
        const int j = grp.tenants[static_cast<std::size_t>(i)];
        double need = D[j];
        while (need > 0 && k < served.size()) {
            const double x = std::min(need, left);
            if (x > 0)
                sol.flows.push_back({j, served[k].pool, x, served[k].cost});
            need -= x;
            left -= x;
            if (left <= 0 && ++k < served.size())
                left = served[k].pflops;
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

TransportChain::TransportChain(const TransportChain &other) : d(std::make_unique<Impl>(*other.d)) {}

void TransportChain::setPivotLimit(std::int64_t pivots)
{
    d->simplex.setPivotLimit(pivots);
}

bool TransportChain::isWarm() const
{
    return d->usable;
}

std::int64_t TransportChain::pivots() const
{
    return d->simplex.pivots();
}

PeriodSolution TransportChain::solve(int t)
{
    const Instance &in = d->in;
    WarmSimplex &ns = d->simplex;
    const std::vector<double> &D = in.demand[t];
    Units total = 0;
    for (ChainGroup &cg : d->groups) {
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
        cg.supply = supply;
        total += supply;
    }
    ns.setSupply(0, -total);
    for (const auto &[pool, arc] : d->poolArcs)
        ns.setCapacity(arc, d->units(in.capacity[t][static_cast<std::size_t>(pool)]));

    // The warm simplex from the last basis; LEMON from nothing once the warm simplex cannot
    // be used (a negative cost) or gave up (never seen; the period is still solved
    // exactly). The first basis is LEMON's optimum with only the kFirstArcs cheapest pool
    // arcs of each band: the warm simplex's primal phase then brings in every arc left
    // out that prices out negative, so the first period is exact on the whole graph (at
    // load LEMON's part is a third of its time on all arcs; docs/engine.md).
    std::vector<Units> flow;
    if (d->usable && !d->started) {
        d->started = true;
        const std::vector<char> keep = cheapestBandArcs(d->families, ns.arcCount());
        std::vector<Units> potential;
        if (lemonOptimum(ns, flow, &potential, &keep))
            ns.startFrom(flow, potential);
        else
            d->usable = false;
    }
    if (d->usable && ns.solve() != WarmSimplex::Status::Optimal)
        d->usable = false;
    if (!d->usable && !lemonOptimum(ns, flow, nullptr))
        return {};  // cannot happen: every group can leave its demand unserved
    const auto flowOf = [&](int arc) { return d->usable ? ns.flow(arc) : flow[static_cast<std::size_t>(arc)]; };

    // The pool arcs with flow: from the warm simplex, tree arcs only (out of the tree a
    // pool arc carries nothing), a few thousand instead of every arc; by family, then by
    // place in the family's arcs.
    std::vector<std::uint64_t> &carrying = d->carrying;
    carrying.clear();
    const auto carries = [&](int a) {
        if (d->arcFamily[static_cast<std::size_t>(a)] >= 0 && flowOf(a) > 0)
            carrying.push_back(std::uint64_t(d->arcFamily[static_cast<std::size_t>(a)]) << 32
                               | std::uint64_t(d->arcPlace[static_cast<std::size_t>(a)]));
    };
    if (d->usable) {
        for (int v = 1; v < ns.nodeCount(); ++v)
            if (const int a = ns.treeArc(v); a >= 0 && a < ns.arcCount())
                carries(a);
    } else {
        for (int a = 0; a < ns.arcCount(); ++a)
            carries(a);
    }
    std::sort(carrying.begin(), carrying.end());

    // Each member of a family takes its served flow from the pool arcs of its own and
    // lower bands, members by reach ascending: what the lower members leave in their
    // bands is exactly what the chain passes down, so every member finds its share.
    PeriodSolution sol;
    std::vector<Served> &served = d->served;
    std::vector<std::pair<int, Units>> &sequence = d->sequence;
    std::size_t c = 0;
    for (std::size_t f = 0; f < d->families.size(); ++f) {
        const ChainFamily &fam = d->families[f];
        sequence.clear();
        for (; c < carrying.size() && (carrying[c] >> 32) == f; ++c) {
            const int place = static_cast<int>(carrying[c] & 0xffffffffu);
            sequence.emplace_back(place, flowOf(fam.arcs[static_cast<std::size_t>(place)].arc));
        }
        std::size_t next = 0;
        Units left = sequence.empty() ? 0 : sequence[0].second;
        for (std::size_t i = 0; i < fam.members.size(); ++i) {
            const ChainGroup &cg = d->groups[static_cast<std::size_t>(fam.members[i])];
            Units need = cg.supply;
            for (const ValueClass &vc : cg.classes)
                need -= flowOf(vc.arc);
            served.clear();
            while (need > 0 && next < sequence.size() && sequence[next].first < fam.bandEnd[i]) {
                const BandArc &arc = fam.arcs[static_cast<std::size_t>(sequence[next].first)];
                const Units x = std::min(need, left);  // > 0
                served.push_back({arc.pool, arc.cost, static_cast<double>(x) / d->flowScale});  // exact: the flow scale is a power of two
                need -= x;
                left -= x;
                if (left == 0 && ++next < sequence.size())
                    left = sequence[next].second;
            }
            if (!served.empty()) {
                std::sort(served.begin(), served.end(), [](const Served &a, const Served &b) { return a.pool < b.pool; });
                handOut(in, t, cg.group, cg.included, served, sol);
            }
        }
    }
    sortFlows(in, sol, d->flowStart, d->sorted);
    return sol;
}

PeriodSolution solveTransport(const Instance &in, int t)
{
    return TransportChain(in, t, t + 1).solve(t);
}

} // namespace atlas::engine
