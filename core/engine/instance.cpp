#include "instance.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <unordered_map>

namespace atlas::engine {

namespace {

double finiteOr0(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

/** Energy cost of one PFLOPS-hour on a busy chip over an idle one (MODEL.md energy_p). */
double energyUnit(const Chip &k, const Center &c)
{
    if (!(k.tflops > 0))
        return 0.0;
    return finiteOr0(k.tdpW * (1.0 - k.idleFraction) * c.pue * c.electricityPrice / k.tflops);
}

void appendBytes(std::string &key, const void *data, std::size_t n)
{
    key.append(static_cast<const char *>(data), n);
}

} // namespace

Instance::Instance(const Project &base, const Scenario &scenario)
    : project(applyScenario(base, scenario))
    , policy(scenario.policy)
    , demandScale(scenario.demandScale.value_or(1.0))
    , network(project)
{
    const Project &p = project;
    periodCount = std::max(0, p.periods.count);

    std::unordered_map<std::string, int> centerIndex, chipIndex;
    for (int i = 0; i < static_cast<int>(p.centers.size()); ++i)
        centerIndex.emplace(p.centers[i].id, i);
    for (int i = 0; i < static_cast<int>(p.chips.size()); ++i)
        chipIndex.emplace(p.chips[i].id, i);

    // Pools: every (centre, chip) with inventory, ordered by centre id then chip id.
    std::map<std::pair<std::string, std::string>, std::vector<const Inventory *>> byPool;
    for (const auto &inv : p.inventory)
        if (centerIndex.count(inv.center) && chipIndex.count(inv.chip))
            byPool[{inv.center, inv.chip}].push_back(&inv);
    std::vector<std::vector<const Inventory *>> poolInventory;
    for (const auto &[key, invs] : byPool) {
        const Center &c = p.centers[centerIndex.at(key.first)];
        const Chip &k = p.chips[chipIndex.at(key.second)];
        PoolInfo info;
        info.center = c.id;
        info.chip = k.id;
        info.region = c.region;
        info.ecosystem = k.ecosystem;
        info.centerIndex = centerIndex.at(key.first);
        info.chipIndex = chipIndex.at(key.second);
        info.tflops = std::max(0.0, finiteOr0(k.tflops));
        info.tdpW = finiteOr0(k.tdpW);
        info.idleFraction = finiteOr0(k.idleFraction);
        info.pue = finiteOr0(c.pue);
        info.price = finiteOr0(c.electricityPrice);
        info.availability = std::max(0.0, finiteOr0(c.availability));
        info.energyUnit = energyUnit(k, c);
        info.centerNode = network.nodeIndex(c.id);
        pools.push_back(std::move(info));
        poolInventory.push_back(invs);
    }

    const int np = static_cast<int>(pools.size());
    count.assign(periodCount, std::vector<std::int64_t>(np, 0));
    capacity.assign(periodCount, std::vector<double>(np, 0.0));
    for (int t = 0; t < periodCount; ++t) {
        const Month first = p.periods.firstMonth(t);
        for (int q = 0; q < np; ++q) {
            std::int64_t n = 0;
            for (const Inventory *inv : poolInventory[q])
                if (inv->inService(first))
                    n += std::max<std::int64_t>(0, inv->count);
            count[t][q] = n;
            capacity[t][q] = static_cast<double>(n) * pools[q].tflops * pools[q].availability / 1000.0;
        }
    }

    const int nt = static_cast<int>(p.tenants.size());
    const double scale = std::isfinite(demandScale) ? std::max(0.0, demandScale) : 0.0;
    demand.assign(periodCount, std::vector<double>(nt, 0.0));
    for (int t = 0; t < periodCount; ++t)
        for (int j = 0; j < nt; ++j) {
            const double d = demandAt(p.tenants[j], p.periods, t) * scale;
            demand[t][j] = std::isfinite(d) && d > 0 ? d : 0.0;
        }
    totalCapacity.assign(periodCount, 0.0);
    totalDemand.assign(periodCount, 0.0);
    for (int t = 0; t < periodCount; ++t) {
        for (double c : capacity[t])
            totalCapacity[t] += c;
        for (double d : demand[t])
            totalDemand[t] += d;
    }

    // Eligible arcs and unit costs; ecosystems compared as small integers.
    std::unordered_map<std::string, int> ecoId;
    std::vector<int> poolEco(np);
    for (int q = 0; q < np; ++q)
        poolEco[q] = ecoId.emplace(pools[q].ecosystem, static_cast<int>(ecoId.size())).first->second;
    // Families: tenants whose arcs differ only by the cap (the region, the transfer cost and
    // the ranks of the ecosystems decide the rest). A family's arcs without a cap are
    // found once, by latency; a tenant's are the first of them, up to its cap. So a group
    // is a family and how many of its arcs the cap keeps, and only a group's
    // representative holds its arcs (by pool).
    std::unordered_map<std::string, int> familyOf;
    std::map<std::pair<int, std::size_t>, int> groupOf;
    std::vector<int> rank;  // per ecosystem id: position in the tenant's list, -1 when absent
    std::string key;
    tenants.resize(nt);
    for (int j = 0; j < nt; ++j) {
        const Tenant &tn = p.tenants[j];
        TenantInfo &ti = tenants[j];
        ti.index = j;
        ti.value = finiteOr0(tn.value);
        const int from = network.nodeIndex(tn.region);
        ti.knownRegion = from >= 0;
        const double transfer = finiteOr0(tn.transferCost.value_or(p.parameters.transferCost));
        const double migration = finiteOr0(p.parameters.migrationCost);
        rank.assign(ecoId.size(), -1);
        for (int e = static_cast<int>(tn.ecosystems.size()) - 1; e >= 0; --e)
            if (const auto it = ecoId.find(tn.ecosystems[e]); it != ecoId.end())
                rank[it->second] = e;
        key = tn.region;
        key.push_back('\0');
        appendBytes(key, &transfer, sizeof transfer);
        appendBytes(key, rank.data(), rank.size() * sizeof(int));
        const auto [fit, newFamily] = familyOf.emplace(key, static_cast<int>(families.size()));
        if (newFamily) {
            Family f;
            for (int q = 0; q < np; ++q) {
                const PoolInfo &pool = pools[q];
                const int eco = rank[poolEco[q]];
                if (eco < 0)
                    continue;
                if (policy == Policy::Local && pool.region != tn.region)
                    continue;
                const double lat = network.latency(from, pool.centerNode);
                if (lat < 0)
                    continue;
                Arc arc;
                arc.pool = q;
                arc.latency = lat;
                arc.native = eco == 0;
                arc.cost = pool.energyUnit + transfer * lat + (arc.native ? 0.0 : migration);
                f.byLatency.push_back(arc);
            }
            std::stable_sort(f.byLatency.begin(), f.byLatency.end(),
                             [](const Arc &a, const Arc &b) { return a.latency < b.latency; });
            families.push_back(std::move(f));
        }
        const int family = fit->second;
        const std::vector<Arc> &byLatency = families[family].byLatency;
        // Arcs of latency above the cap are left out (a NaN cap keeps all).
        const std::size_t kept = tn.maxLatencyMs
            ? static_cast<std::size_t>(std::upper_bound(byLatency.begin(), byLatency.end(), *tn.maxLatencyMs,
                                                        [](double cap, const Arc &a) { return cap < a.latency; })
                                       - byLatency.begin())
            : byLatency.size();
        const auto [git, newGroup] = groupOf.emplace(std::make_pair(family, kept), static_cast<int>(groups.size()));
        if (newGroup) {
            Group g;
            g.representative = j;
            ti.arcs.assign(byLatency.begin(), byLatency.begin() + static_cast<std::ptrdiff_t>(kept));
            std::sort(ti.arcs.begin(), ti.arcs.end(), [](const Arc &a, const Arc &b) { return a.pool < b.pool; });
            if (kept > 0) {  // a group without arcs is in no family
                g.family = family;
                g.reach = byLatency[kept - 1].latency;
                families[family].groups.push_back(static_cast<int>(groups.size()));
            }
            groups.push_back(std::move(g));
        }
        groups[git->second].tenants.push_back(j);
        ti.group = git->second;
    }
    // A family's groups by reach: ties in latency fall on the same side of every cap, so
    // no two of them have the same reach.
    for (Family &f : families)
        std::sort(f.groups.begin(), f.groups.end(), [&](int a, int b) { return groups[a].reach < groups[b].reach; });
    const auto byValueThenId = [&](int a, int b) {
        if (tenants[a].value != tenants[b].value)
            return tenants[a].value > tenants[b].value;
        return p.tenants[a].id < p.tenants[b].id;
    };
    for (Group &g : groups)
        std::sort(g.tenants.begin(), g.tenants.end(), byValueThenId);
    byValue.resize(nt);
    for (int j = 0; j < nt; ++j)
        byValue[j] = j;
    std::sort(byValue.begin(), byValue.end(), byValueThenId);

    if (policy != Policy::Nearest)
        return;
    for (Group &grp : groups) {
        const TenantInfo &ti = tenants[grp.representative];
        grp.nearestOrder.resize(ti.arcs.size());
        for (std::size_t k = 0; k < ti.arcs.size(); ++k)
            grp.nearestOrder[k] = static_cast<int>(k);
        // Arcs are in pool order, and pools are sorted by (centre id, chip id): a stable
        // sort by (latency, cost) gives MODEL.md's full order.
        std::stable_sort(grp.nearestOrder.begin(), grp.nearestOrder.end(), [&](int x, int y) {
            const Arc &a = ti.arcs[x];
            const Arc &b = ti.arcs[y];
            return a.latency != b.latency ? a.latency < b.latency : a.cost < b.cost;
        });
    }
}

} // namespace atlas::engine
