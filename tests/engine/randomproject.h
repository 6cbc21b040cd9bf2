#pragma once

// Small random projects for the engine tests: a few regions, centres, chips and
// tenants, random links (some regions unreachable), inventory that enters and leaves
// service, latency caps, overrides and ties (values drawn from a short list on purpose).

#include "model/model.h"

#include <random>
#include <string>

namespace atlas::test {

inline Project randomProject(std::mt19937 &rng, int maxTenants = 6, int maxPeriods = 3)
{
    auto uni = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    auto coarse = [&](double hi) { return pick(2) ? uni(0, hi) : double(pick(int(hi) + 1)); };
    static const char *ecos[] = {"cuda", "cann", "dtk"};

    Project p;
    p.periods = Periods{Month{2026, 1 + pick(12)}, 1 + pick(maxPeriods), PeriodLength(pick(3))};
    p.parameters.accessLatencyMs = coarse(3);
    p.parameters.transferCost = pick(3) ? uni(0, 0.05) : 0.0;
    p.parameters.migrationCost = coarse(2);
    const int nr = 1 + pick(3);
    for (int i = 0; i < nr; ++i)
        p.regions.push_back(Region{"r" + std::to_string(i), "", 0, 0});
    const int nc = 1 + pick(4);
    for (int i = 0; i < nc; ++i) {
        Center c;
        c.id = "c" + std::to_string(i);
        c.region = p.regions[pick(nr)].id;
        c.pue = 1 + coarse(1);
        c.electricityPrice = uni(0.1, 1.0);
        c.availability = pick(2) ? 1.0 : uni(0.5, 1.0);
        p.centers.push_back(c);
    }
    const int nk = 1 + pick(3);
    for (int i = 0; i < nk; ++i) {
        Chip k;
        k.id = "k" + std::to_string(i);
        k.ecosystem = ecos[pick(3)];
        k.tflops = 50 + pick(8) * 50;
        k.tdpW = 200 + pick(10) * 50;
        k.idleFraction = pick(2) ? 0.3 : uni(0, 0.6);
        k.price = 1000 * (1 + pick(9));
        p.chips.push_back(k);
    }
    const int ni = pick(7);
    for (int i = 0; i < ni; ++i) {
        Inventory inv;
        inv.center = p.centers[pick(nc)].id;
        inv.chip = p.chips[pick(nk)].id;
        inv.count = pick(40);
        if (pick(3) == 0)
            inv.from = p.periods.start.plus(pick(6));
        if (pick(4) == 0)
            inv.until = p.periods.start.plus(pick(8));
        p.inventory.push_back(inv);
    }
    const int nl = pick(5);
    for (int i = 0; i < nl; ++i) {
        const bool toCenter = pick(3) == 0;
        Link l;
        l.from = p.regions[pick(nr)].id;
        l.to = toCenter ? p.centers[pick(nc)].id : p.regions[pick(nr)].id;
        if (l.from == l.to)
            continue;
        l.latencyMs = coarse(20);
        p.links.push_back(l);
    }
    const int nt = 1 + pick(maxTenants);
    for (int i = 0; i < nt; ++i) {
        Tenant t;
        t.id = "t" + std::to_string(pick(100));  // duplicates are fine for the engine
        t.id += "_" + std::to_string(i);
        t.region = p.regions[pick(nr)].id;
        t.industry = pick(2) ? "finance" : "media";
        t.workload = Workload(pick(5));
        const int first = pick(3);
        t.ecosystems.push_back(ecos[first]);
        if (pick(2))
            t.ecosystems.push_back(ecos[(first + 1 + pick(2)) % 3]);
        if (pick(2))
            t.maxLatencyMs = coarse(25);
        static const double values[] = {0.5, 1, 2, 3, 5};
        t.value = pick(3) ? values[pick(5)] : uni(0, 6);
        if (pick(4) == 0)
            t.transferCost = uni(0, 0.1);
        if (pick(4) == 0) {
            t.demand.explicitSeries = true;
            for (int k = 0; k < p.periods.count; ++k)
                t.demand.series.push_back(pick(4) ? coarse(4) : 0.0);
        } else {
            t.demand.base = coarse(4);
            t.demand.growth = pick(2) ? 0 : uni(-0.2, 0.3);
            if (pick(4) == 0)
                t.demand.from = p.periods.start.plus(pick(p.periods.count * p.periods.monthsPerPeriod()));
        }
        p.tenants.push_back(t);
    }
    Scenario s;
    s.id = "s";
    s.policy = Policy(pick(2));  // optimal or local
    if (pick(3) == 0)
        s.demandScale = uni(0.5, 2);
    if (pick(3) == 0) {
        Inventory inv;
        inv.center = p.centers[pick(nc)].id;
        inv.chip = p.chips[pick(nk)].id;
        inv.count = 1 + pick(20);
        s.addInventory.push_back(inv);
    }
    p.scenarios.push_back(s);
    return p;
}

} // namespace atlas::test
