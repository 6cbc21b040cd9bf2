#include "mapdata.h"

#include "engine/network.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace atlas {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

double at(const std::vector<double> &v, int t) { return t >= 0 && t < int(v.size()) ? v[t] : 0.0; }

} // namespace

MapData MapData::build(const Project &p, const ScenarioResult *result)
{
    MapData d;
    const int T = std::max(0, p.periods.count);
    d.periodCount = T;
    for (int t = 0; t < T; ++t)
        d.periodLabels.append(q(p.periods.label(t)));
    d.hasResult = result != nullptr;

    double scale = 1.0;
    if (result) {
        if (const Scenario *s = p.scenario(result->scenario); s && s->demandScale)
            scale = std::max(0.0, *s->demandScale);
    }

    std::unordered_map<std::string, int> regionIdx, centerIdx, chipIdx;
    std::unordered_map<std::string, QPointF> nodeGeo;
    for (const Region &r : p.regions) {
        regionIdx.emplace(r.id, int(d.regions.size()));
        nodeGeo.emplace(r.id, QPointF(r.lon, r.lat));
        d.regions.append({q(r.id), q(r.name), QPointF(r.lon, r.lat),
                          std::vector<double>(T, 0.0), {}});
    }
    std::set<std::string> ecos;
    for (const Chip &c : p.chips)
        ecos.insert(c.ecosystem);
    for (const std::string &e : ecos)
        d.ecosystems.append(q(e));
    std::unordered_map<std::string, const Chip *> chips;
    for (const Chip &c : p.chips)
        chips.emplace(c.id, &c);

    for (const Center &c : p.centers) {
        centerIdx.emplace(c.id, int(d.centers.size()));
        nodeGeo.emplace(c.id, QPointF(c.lon, c.lat));
        CenterInfo ci{q(c.id), q(c.name), q(c.region), QPointF(c.lon, c.lat),
                      std::vector<double>(T, 0.0),
                      std::vector<std::vector<double>>(T, std::vector<double>(d.ecosystems.size(), 0.0)),
                      {}};
        d.centers.append(ci);
    }
    for (const Inventory &inv : p.inventory) {
        const auto ci = centerIdx.find(inv.center);
        const auto chip = chips.find(inv.chip);
        if (ci == centerIdx.end() || chip == chips.end())
            continue;
        const Center &c = p.centers[ci->second];
        const int eco = int(d.ecosystems.indexOf(q(chip->second->ecosystem)));
        const double perChip = chip->second->tflops * c.availability / 1000.0;
        CenterInfo &info = d.centers[ci->second];
        for (int t = 0; t < T; ++t) {
            if (!inv.inService(p.periods.firstMonth(t)))
                continue;
            const double cap = double(inv.count) * perChip;
            info.capacity[t] += cap;
            if (eco >= 0)
                info.ecoCapacity[t][eco] += cap;
        }
    }

    std::unordered_map<std::string, int> tenantRegion;
    for (const Tenant &tn : p.tenants) {
        const auto ri = regionIdx.find(tn.region);
        if (ri == regionIdx.end())
            continue;
        tenantRegion.emplace(tn.id, ri->second);
        for (int t = 0; t < T; ++t)
            d.regions[ri->second].demand[t] += demandAt(tn, p.periods, t) * scale;
    }

    for (const Link &l : p.links) {
        const auto a = nodeGeo.find(l.from), b = nodeGeo.find(l.to);
        if (a == nodeGeo.end() || b == nodeGeo.end())
            continue;
        d.links.append({q(l.from), q(l.to), a->second, b->second, l.latencyMs, l.bandwidthGbps,
                        std::vector<double>(T, 0.0)});
    }

    if (result) {
        for (const Series &s : result->centers) {
            const auto ci = centerIdx.find(s.key);
            if (ci != centerIdx.end())
                d.centers[ci->second].utilization = s.utilization;
        }
        for (RegionInfo &r : d.regions)
            r.served.assign(T, 0.0);
        // Aggregate tenants' flows per (region, centre).
        // The result's tenants and pools once each: their region and centre (-1: not here).
        std::vector<int> regionOf, centerOfPool;
        for (const std::string &id : result->flowTenants) {
            const auto ri = tenantRegion.find(id);
            regionOf.push_back(ri == tenantRegion.end() ? -1 : ri->second);
        }
        for (const FlowPool &q : result->flowPools) {
            const auto ci = centerIdx.find(q.center);
            centerOfPool.push_back(ci == centerIdx.end() ? -1 : ci->second);
        }
        std::map<std::pair<int, int>, int> pairIdx;
        for (const Flow &f : result->flows) {
            if (f.tenant < 0 || f.tenant >= int(regionOf.size()) || f.pool < 0 || f.pool >= int(centerOfPool.size()))
                continue;  // not from this result's tables
            const int region = regionOf[std::size_t(f.tenant)], centre = centerOfPool[std::size_t(f.pool)];
            if (region < 0 || centre < 0 || f.period < 0 || f.period >= T)
                continue;
            d.regions[region].served[f.period] += f.pflops;
            auto [it, fresh] = pairIdx.emplace(std::make_pair(region, centre), int(d.flows.size()));
            if (fresh)
                d.flows.append({region, centre, {}, std::vector<double>(T, 0.0)});
            d.flows[it->second].pflops[f.period] += f.pflops;
        }
        // Routes, and what each explicit link carries.
        std::map<std::pair<std::string, std::string>, int> linkIdx;
        for (int i = 0; i < d.links.size(); ++i) {
            const std::string a = d.links[i].from.toStdString(), b = d.links[i].to.toStdString();
            linkIdx.emplace(std::minmax(a, b), i);
        }
        const Network net(p);
        for (FlowInfo &f : d.flows) {
            const std::vector<std::string> route = net.route(p.regions[f.region].id, p.centers[f.center].id);
            for (const std::string &node : route)
                f.route.append(nodeGeo.at(node));
            if (f.route.isEmpty())
                f.route = {d.regions[f.region].geo, d.centers[f.center].geo};
            for (std::size_t k = 1; k < route.size(); ++k) {
                const auto li = linkIdx.find(std::minmax(route[k - 1], route[k]));
                if (li == linkIdx.end())
                    continue;
                for (int t = 0; t < T; ++t)
                    d.links[li->second].carried[t] += f.pflops[t];
            }
        }
    }

    for (const RegionInfo &r : d.regions)
        for (double v : r.demand)
            d.maxDemand = std::max(d.maxDemand, v);
    for (const CenterInfo &c : d.centers)
        for (double v : c.capacity)
            d.maxCapacity = std::max(d.maxCapacity, v);
    for (const LinkInfo &l : d.links) {
        for (double v : l.carried) {
            d.maxCarried = std::max(d.maxCarried, v);
            if (l.bandwidthGbps && *l.bandwidthGbps > 0)
                d.maxLoadRatio = std::max(d.maxLoadRatio, v / *l.bandwidthGbps);
        }
    }
    for (const FlowInfo &f : d.flows)
        for (double v : f.pflops)
            d.maxFlow = std::max(d.maxFlow, v);
    return d;
}

double MapData::servedShare(int region, int t) const
{
    const RegionInfo &r = regions.at(region);
    if (r.served.empty())
        return -1.0;
    const double dem = at(r.demand, t);
    return dem > 0 ? std::clamp(at(r.served, t) / dem, 0.0, 1.0) : 1.0;
}

double MapData::linkLoad(int link, int t) const
{
    const LinkInfo &l = links.at(link);
    if (!l.bandwidthGbps || *l.bandwidthGbps <= 0 || maxLoadRatio <= 0)
        return -1.0;
    return std::clamp(at(l.carried, t) / *l.bandwidthGbps / maxLoadRatio, 0.0, 1.0);
}

int MapData::regionIndex(const QString &id) const
{
    for (int i = 0; i < regions.size(); ++i)
        if (regions[i].id == id)
            return i;
    return -1;
}

int MapData::centerIndex(const QString &id) const
{
    for (int i = 0; i < centers.size(); ++i)
        if (centers[i].id == id)
            return i;
    return -1;
}

} // namespace atlas
