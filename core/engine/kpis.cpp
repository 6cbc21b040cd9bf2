#include "kpis.h"

#include <algorithm>
#include <map>
#include <set>

namespace atlas::engine {

namespace {

/** A breakdown under construction: members by key, each a Series over the periods. */
class Breakdown {
public:
    Breakdown(const std::vector<std::string> &keys, int periods)
    {
        for (const auto &k : keys)
            if (mIndex.emplace(k, static_cast<int>(mSeries.size())).second)
                mSeries.push_back(Series{k, std::vector<double>(periods, 0.0),
                                         std::vector<double>(periods, 0.0), {}});
    }
    int indexOf(const std::string &key) const
    {
        const auto it = mIndex.find(key);
        return it == mIndex.end() ? -1 : it->second;
    }
    void add(int index, int t, double capacity, double served)
    {
        if (index < 0)
            return;
        mSeries[index].capacity[t] += capacity;
        mSeries[index].served[t] += served;
    }
    std::vector<Series> take()
    {
        for (Series &s : mSeries) {
            s.utilization.resize(s.capacity.size());
            for (std::size_t t = 0; t < s.capacity.size(); ++t)
                s.utilization[t] = ratio(s.served[t], s.capacity[t]);
        }
        return std::move(mSeries);
    }

private:
    std::map<std::string, int> mIndex;
    std::vector<Series> mSeries;
};

} // namespace

ScenarioResult buildResult(const Instance &in, const std::vector<PeriodSolution> &solutions,
                           const std::string &scenarioId, double capex)
{
    const Project &p = in.project;
    const int T = in.periodCount;
    const int np = static_cast<int>(in.pools.size());
    const int nt = static_cast<int>(p.tenants.size());

    ScenarioResult r;
    r.scenario = scenarioId;
    r.policy = in.policy;

    std::vector<std::string> poolKeys, centerKeys, regionKeys, chipKeys, industryKeys, workloadKeys;
    for (const PoolInfo &q : in.pools)
        poolKeys.push_back(q.center + "/" + q.chip);
    for (const Center &c : p.centers)
        centerKeys.push_back(c.id);
    for (const Region &g : p.regions)
        regionKeys.push_back(g.id);
    std::set<std::string> ecosystems, industries;
    std::set<Workload> workloads;
    for (const Chip &k : p.chips) {
        chipKeys.push_back(k.id);
        ecosystems.insert(k.ecosystem);
    }
    for (const Tenant &tn : p.tenants) {
        industries.insert(tn.industry);
        workloads.insert(tn.workload);
    }
    for (Workload w : workloads)
        workloadKeys.push_back(toString(w));
    Breakdown pools(poolKeys, T), centers(centerKeys, T), regions(regionKeys, T), chips(chipKeys, T),
        ecos({ecosystems.begin(), ecosystems.end()}, T),
        inds({industries.begin(), industries.end()}, T), works(workloadKeys, T);

    struct PoolKeys { int pool, center, region, chip, eco; };
    std::vector<PoolKeys> poolIdx;
    for (int q = 0; q < np; ++q) {
        const PoolInfo &pool = in.pools[q];
        poolIdx.push_back({pools.indexOf(poolKeys[q]), centers.indexOf(pool.center),
                           regions.indexOf(pool.region), chips.indexOf(pool.chip),
                           ecos.indexOf(pool.ecosystem)});
    }
    struct TenantKeys { int industry, workload, region, native; };  // -2: none, never a pool's
    std::vector<TenantKeys> tenantIdx;
    for (const Tenant &tn : p.tenants) {
        const int region = regions.indexOf(tn.region), native = tn.ecosystems.empty() ? -1 : ecos.indexOf(tn.ecosystems.front());
        tenantIdx.push_back({inds.indexOf(tn.industry), works.indexOf(toString(tn.workload)), region < 0 ? -2 : region,
                             native < 0 ? -2 : native});
    }

    std::vector<std::vector<double>> share(nt, std::vector<double>(T, 0.0));
    r.offNativePflops.assign(T, 0.0);
    r.periods.resize(T);

    std::size_t flowCount = 0;
    for (int t = 0; t < T; ++t)
        flowCount += solutions[t].flows.size();
    r.flows.reserve(flowCount);
    for (const Tenant &tn : p.tenants)  // flows name tenants and pools by the instance's indices
        r.flowTenants.push_back(tn.id);
    for (const PoolInfo &q : in.pools)
        r.flowPools.push_back({q.center, q.chip});

    std::vector<double> used(np), servedBy(nt);
    for (int t = 0; t < T; ++t) {
        const PeriodSolution &sol = solutions[t];
        const std::vector<double> &D = in.demand[t];
        const std::vector<double> &C = in.capacity[t];
        PeriodResult &pr = r.periods[t];
        pr.period = p.periods.label(t);
        pr.hours = p.periods.hours(t);
        pr.demandPflops = in.totalDemand[t];
        pr.capacityPflops = in.totalCapacity[t];

        std::fill(used.begin(), used.end(), 0.0);
        std::fill(servedBy.begin(), servedBy.end(), 0.0);
        double flowCost = 0, cross = 0;
        for (const Assignment &a : sol.flows) {
            const PoolKeys &q = poolIdx[a.pool];
            const TenantKeys &tn = tenantIdx[a.tenant];
            used[a.pool] += a.pflops;
            servedBy[a.tenant] += a.pflops;
            flowCost += a.cost * a.pflops;
            if (q.region != tn.region)  // ids compared as indices: a million flows at national size
                cross += a.pflops;
            if (q.eco != tn.native)
                r.offNativePflops[t] += a.pflops;
            inds.add(tn.industry, t, 0.0, a.pflops);
            works.add(tn.workload, t, 0.0, a.pflops);
            r.flows.push_back({t, a.tenant, a.pool, a.pflops});
        }

        double unservedCost = 0;
        for (int j = 0; j < nt; ++j) {
            const double u = std::max(0.0, D[j] - servedBy[j]);
            pr.unservedPflops += u;
            unservedCost += in.tenants[j].value * u;
            share[j][t] = ratio(servedBy[j], D[j]);
        }

        double power = 0, powerCost = 0;  // W and W × currency/kWh, summed over pools
        for (int q = 0; q < np; ++q) {
            const PoolInfo &pool = in.pools[q];
            pr.servedPflops += used[q];
            const double busy = ratio(1000.0 * used[q], pool.tflops);
            const double w = pool.pue * pool.tdpW
                * (static_cast<double>(in.count[t][q]) * pool.idleFraction + busy * (1.0 - pool.idleFraction));
            power += w;
            powerCost += w * pool.price * 1000.0;
            const PoolKeys &k = poolIdx[q];
            pools.add(k.pool, t, C[q], used[q]);
            centers.add(k.center, t, C[q], used[q]);
            regions.add(k.region, t, C[q], used[q]);
            chips.add(k.chip, t, C[q], used[q]);
            ecos.add(k.eco, t, C[q], used[q]);
        }
        pr.utilization = ratio(pr.servedPflops, pr.capacityPflops);
        pr.strandedPflops = std::max(0.0, pr.capacityPflops - pr.servedPflops);
        pr.crossRegionShare = ratio(cross, pr.servedPflops);
        pr.energyMwh = pr.hours * power / 1e6;
        pr.energyCost = pr.hours * powerCost / 1e6;
        pr.objective = pr.hours * (flowCost + unservedCost);

        Totals &tot = r.totals;
        tot.demandPflopsHours += pr.hours * pr.demandPflops;
        tot.servedPflopsHours += pr.hours * pr.servedPflops;
        tot.unservedPflopsHours += pr.hours * pr.unservedPflops;
        tot.capacityPflopsHours += pr.hours * pr.capacityPflops;
        tot.energyMwh += pr.energyMwh;
        tot.energyCost += pr.energyCost;
        tot.objective += pr.objective;
    }
    r.totals.utilization = ratio(r.totals.servedPflopsHours, r.totals.capacityPflopsHours);
    r.totals.capex = capex;

    r.pools = pools.take();
    r.centers = centers.take();
    r.regions = regions.take();
    r.chips = chips.take();
    r.ecosystems = ecos.take();
    r.industries = inds.take();
    r.workloads = works.take();
    for (int j = 0; j < nt; ++j)
        r.tenantServedShare.emplace_back(p.tenants[j].id, std::move(share[j]));
    return r;
}

} // namespace atlas::engine
