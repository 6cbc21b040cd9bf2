#include "engine/network.h"
#include "engine/scheduler.h"
#include "randomproject.h"
#include "testutil.h"

#include <QTest>

#include <cmath>

using namespace atlas;

namespace {

Center center(const std::string &id, const std::string &region, double pue, double price, double availability = 1)
{
    Center c;
    c.id = id;
    c.region = region;
    c.pue = pue;
    c.electricityPrice = price;
    c.availability = availability;
    return c;
}

Chip chip(const std::string &id, const std::string &eco, double tflops, double tdp, double idle, double price = 0)
{
    Chip k;
    k.id = id;
    k.ecosystem = eco;
    k.tflops = tflops;
    k.tdpW = tdp;
    k.idleFraction = idle;
    k.price = price;
    return k;
}

Tenant tenant(const std::string &id, const std::string &region, std::vector<std::string> ecos, double value,
              double demand, std::optional<double> maxLatency = {})
{
    Tenant t;
    t.id = id;
    t.region = region;
    t.ecosystems = std::move(ecos);
    t.value = value;
    t.demand.base = demand;
    t.maxLatencyMs = maxLatency;
    t.industry = "finance";
    return t;
}

/**
 * Two regions N, S joined by 10 ms; centres cn (N) and cs (S) with 1 ms access links.
 * Pools and capacities (C = n × tflops × availability / 1000):
 *   cn/g: 4 × 500 × 1.0 / 1000 = 2.0     energy_p = 1000 × 0.8 × 1.5 × 0.5 / 500 = 1.2
 *   cs/g: 2 × 500 × 0.5 / 1000 = 0.5     energy_p = 1000 × 0.8 × 1.0 × 0.2 / 500 = 0.32
 *   cs/h: 8 × 250 × 0.5 / 1000 = 1.0     energy_p =  500 × 0.6 × 1.0 × 0.2 / 250 = 0.24
 * transfer_cost 0.01 per ms, migration_cost 0.5. Tenants, c_jp (value − c_jp):
 *   t1 N [cuda] value 5, D 1.5:        cn/g 1.21 (3.79), cs/g 0.43 (4.57)
 *   t2 S [cann, cuda] value 2, D 2.0:  cs/h 0.25 (1.75), cs/g 0.83 (1.17), cn/g 1.81 (0.19)
 *   t3 N [cuda] ≤ 5 ms, value 1, D 1:  cn/g 1.21 (−0.21): never worth serving
 * The scenario adds chips h at cn from 2026-03 (outside the one-month horizon) and a
 * new centre: capex = 10 × 50 + 1000 = 1500.
 */
Project handProject(Policy policy)
{
    Project p;
    p.periods = Periods{Month{2026, 1}, 1, PeriodLength::Month};
    p.parameters.transferCost = 0.01;
    p.parameters.migrationCost = 0.5;
    p.regions = {{"N", "", 0, 0}, {"S", "", 0, 0}};
    p.centers = {center("cn", "N", 1.5, 0.5), center("cs", "S", 1.0, 0.2, 0.5)};
    p.chips = {chip("g", "cuda", 500, 1000, 0.2, 100), chip("h", "cann", 250, 500, 0.4, 50)};
    p.inventory = {{"cn", "g", 4, {}, {}}, {"cs", "h", 8, {}, {}}, {"cs", "g", 2, {}, {}}};
    p.links = {{"N", "S", 10, {}}};
    p.tenants = {tenant("t1", "N", {"cuda"}, 5, 1.5), tenant("t2", "S", {"cann", "cuda"}, 2, 2.0),
                 tenant("t3", "N", {"cuda"}, 1, 1.0, 5.0)};
    p.tenants[1].industry = "media";
    Scenario s;
    s.id = "s";
    s.policy = policy;
    s.addInventory = {{"cn", "h", 10, Month{2026, 3}, {}}};
    Center added = center("cn2", "N", 1.2, 0.4);
    added.buildCost = 1000;
    s.addCenters = {added};
    p.scenarios = {s};
    return p;
}

double flowOf(const ScenarioResult &r, const std::string &tenant, const std::string &pool)
{
    double x = 0;
    for (const Flow &f : r.flows)
        if (r.tenantOf(f) == tenant && r.centerOf(f) + "/" + r.chipOf(f) == pool)
            x += f.pflops;
    return x;
}

const Series &member(const std::vector<Series> &list, const std::string &key)
{
    static const Series none;
    for (const Series &s : list)
        if (s.key == key)
            return s;
    return none;
}

bool finite(const ScenarioResult &r)
{
    bool ok = std::isfinite(r.totals.utilization) && std::isfinite(r.totals.objective);
    for (const PeriodResult &p : r.periods)
        for (double v : {p.capacityPflops, p.demandPflops, p.servedPflops, p.unservedPflops, p.utilization,
                         p.strandedPflops, p.crossRegionShare, p.energyMwh, p.energyCost, p.objective})
            ok = ok && std::isfinite(v);
    for (const auto *list : {&r.pools, &r.centers, &r.regions, &r.chips, &r.ecosystems})
        for (const Series &s : *list)
            for (double u : s.utilization)
                ok = ok && std::isfinite(u);
    for (const auto &[id, share] : r.tenantServedShare)
        for (double v : share)
            ok = ok && std::isfinite(v);
    return ok;
}

} // namespace

class TstScheduler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handComputedOptimal();
    void handComputedLocal();
    void nestedLatencyCaps();
    void expensivePoolsComeIn();
    void nearestRule_data();
    void nearestRule();
    void degenerate_data();
    void degenerate();
    void unknownScenario();
    void threadCountDoesNotMatter();
    void cancellation();
    void cancellationWithThreads();
    void progressReportsEveryPeriod_data();
    void progressReportsEveryPeriod();
};

void TstScheduler::handComputedOptimal()
{
    const auto r = runScenario(handProject(Policy::Optimal), "s");
    QVERIFY(r.ok());
    QCOMPARE(int(r->periods.size()), 1);
    const PeriodResult &p = r->periods[0];
    QCOMPARE(QString::fromStdString(p.period), QStringLiteral("2026-01"));
    QCOMPARE(p.hours, 744.0);
    // Giving cs/g to t2 (1.17 − 0.19 = 0.98 over its fallback cn/g) beats giving it to
    // t1 (4.57 − 3.79 = 0.78): t1 1.5 on cn/g; t2 1 on cs/h, 0.5 on cs/g, 0.5 on cn/g.
    QVERIFY(test::fuzzyEqual(flowOf(*r, "t1", "cn/g"), 1.5));
    QVERIFY(test::fuzzyEqual(flowOf(*r, "t2", "cs/h"), 1.0));
    QVERIFY(test::fuzzyEqual(flowOf(*r, "t2", "cs/g"), 0.5));
    QVERIFY(test::fuzzyEqual(flowOf(*r, "t2", "cn/g"), 0.5));
    QCOMPARE(flowOf(*r, "t3", "cn/g"), 0.0);
    QVERIFY(test::fuzzyEqual(p.capacityPflops, 3.5));  // 2 + 0.5 + 1 (+ 0: cn/h not yet in service)
    QVERIFY(test::fuzzyEqual(p.demandPflops, 4.5));
    QVERIFY(test::fuzzyEqual(p.servedPflops, 3.5));
    QVERIFY(test::fuzzyEqual(p.unservedPflops, 1.0));
    QVERIFY(test::fuzzyEqual(p.utilization, 1.0));
    QVERIFY(test::fuzzyEqual(p.strandedPflops, 0.0));
    QVERIFY(test::fuzzyEqual(p.crossRegionShare, 0.5 / 3.5));  // t2 on cn/g
    // Σ c x = 1.5×1.21 + 1×0.25 + 0.5×0.83 + 0.5×1.81 = 3.385; Σ value u = 1 × 1.
    QVERIFY(test::fuzzyEqual(p.objective, 744 * 4.385));
    // Power: cn/g 1.5 × 1000 × (4×0.2 + 4 busy×0.8) = 6000 W;
    //        cs/g 1.0 × 1000 × (2×0.2 + 1 busy×0.8) = 1200 W;
    //        cs/h 1.0 ×  500 × (8×0.4 + 4 busy×0.6) = 2800 W.  10 kW × 744 h = 7.44 MWh.
    QVERIFY(test::fuzzyEqual(p.energyMwh, 7.44));
    // Cost: 744 × (6000 × 0.5 + 4000 × 0.2) × 1000 / 1e6 = 744 × 3.8.
    QVERIFY(test::fuzzyEqual(p.energyCost, 744 * 3.8));
    QVERIFY(test::fuzzyEqual(r->totals.demandPflopsHours, 744 * 4.5));
    QVERIFY(test::fuzzyEqual(r->totals.servedPflopsHours, 744 * 3.5));
    QVERIFY(test::fuzzyEqual(r->totals.unservedPflopsHours, 744 * 1.0));
    QVERIFY(test::fuzzyEqual(r->totals.utilization, 1.0));
    QVERIFY(test::fuzzyEqual(r->totals.objective, 744 * 4.385));
    QVERIFY(test::fuzzyEqual(r->totals.energyMwh, 7.44));
    QCOMPARE(r->totals.capex, 1500.0);
    // Breakdowns.
    QCOMPARE(int(r->pools.size()), 4);  // cn/g, cn/h, cs/g, cs/h
    QCOMPARE(member(r->pools, "cn/h").capacity[0], 0.0);
    QCOMPARE(member(r->pools, "cn/h").utilization[0], 0.0);
    QVERIFY(test::fuzzyEqual(member(r->centers, "cs").capacity[0], 1.5));
    QVERIFY(test::fuzzyEqual(member(r->regions, "N").served[0], 2.0));
    QVERIFY(test::fuzzyEqual(member(r->chips, "g").served[0], 2.5));
    QVERIFY(test::fuzzyEqual(member(r->ecosystems, "cann").utilization[0], 1.0));
    QVERIFY(test::fuzzyEqual(member(r->industries, "finance").served[0], 1.5));  // t1 (t3 unserved)
    QVERIFY(test::fuzzyEqual(member(r->industries, "media").served[0], 2.0));
    QVERIFY(test::fuzzyEqual(r->offNativePflops[0], 1.0));  // t2 on cuda
    QCOMPARE(int(r->tenantServedShare.size()), 3);
    QVERIFY(test::fuzzyEqual(r->tenantServedShare[0].second[0], 1.0));
    QCOMPARE(r->tenantServedShare[2].second[0], 0.0);
    QVERIFY(finite(*r));
}

void TstScheduler::handComputedLocal()
{
    // Every region serves itself: t1 1.5 on cn/g (1.21); t2 1 on cs/h (0.25) and 0.5 on
    // cs/g (0.83), 0.5 unserved at 2; t3 unserved at 1.
    const auto r = runScenario(handProject(Policy::Local), "s");
    QVERIFY(r.ok());
    const PeriodResult &p = r->periods[0];
    QVERIFY(test::fuzzyEqual(flowOf(*r, "t2", "cn/g"), 0.0));
    QVERIFY(test::fuzzyEqual(p.servedPflops, 3.0));
    QVERIFY(test::fuzzyEqual(p.unservedPflops, 1.5));
    QCOMPARE(p.crossRegionShare, 0.0);
    QVERIFY(test::fuzzyEqual(p.utilization, 3.0 / 3.5));
    QVERIFY(test::fuzzyEqual(p.objective, 744 * (1.815 + 0.25 + 0.415 + 1.0 + 1.0)));
}

void TstScheduler::nestedLatencyCaps()
{
    // Three N tenants on cuda that differ only in the cap: a reaches cn/g (1 ms, c 1.21,
    // C 2.0) only, b and c also cs/g (11 ms, c 0.43, C 0.5). The solver nests a's group
    // under b and c's, so what b takes from cn/g passes through a's hub. Demand a/b/c:
    //   period 0: 1.5 / 1.0 / 0.8  a 1.5 on cn/g; b 0.5 on cs/g and 0.5 on cn/g; c none
    //   period 1: 0   / 1.0 / 0.8  everything served, cs/g full
    //   period 2: 2.0 / 1.0 / 0.8  a all of cn/g (worth 2.79 to a, 1.79 to b); b 0.5 on cs/g
    Project p = handProject(Policy::Optimal);
    p.periods.count = 3;
    p.inventory = {{"cn", "g", 4, {}, {}}, {"cs", "g", 2, {}, {}}};
    p.tenants = {tenant("a", "N", {"cuda"}, 4, 0, 5.0), tenant("b", "N", {"cuda"}, 3, 0),
                 tenant("c", "N", {"cuda"}, 2, 0)};
    const double series[3][3] = {{1.5, 0, 2.0}, {1.0, 1.0, 1.0}, {0.8, 0.8, 0.8}};
    for (int j = 0; j < 3; ++j) {
        p.tenants[j].demand.explicitSeries = true;
        p.tenants[j].demand.series.assign(series[j], series[j] + 3);
    }
    p.scenarios.front().addInventory.clear();
    p.scenarios.front().addCenters.clear();
    const auto r = runScenario(p, "s");
    QVERIFY(r.ok());
    const auto at = [&](int t, const std::string &tenant, const std::string &pool) {
        double x = 0;
        for (const Flow &f : r->flows)
            if (f.period == t && r->tenantOf(f) == tenant && r->centerOf(f) + "/" + r->chipOf(f) == pool)
                x += f.pflops;
        return x;
    };
    QVERIFY(test::fuzzyEqual(at(0, "a", "cn/g"), 1.5));
    QVERIFY(test::fuzzyEqual(at(0, "b", "cs/g"), 0.5));
    QVERIFY(test::fuzzyEqual(at(0, "b", "cn/g"), 0.5));
    QVERIFY(test::fuzzyEqual(at(0, "c", "cn/g") + at(0, "c", "cs/g"), 0.0));
    QVERIFY(test::fuzzyEqual(r->periods[0].objective, 744 * (1.5 * 1.21 + 0.5 * 0.43 + 0.5 * 1.21 + 0.8 * 2)));
    QVERIFY(test::fuzzyEqual(r->periods[1].servedPflops, 1.8));
    QVERIFY(test::fuzzyEqual(at(1, "b", "cs/g") + at(1, "c", "cs/g"), 0.5));
    QVERIFY(test::fuzzyEqual(r->periods[1].objective, 672 * (0.5 * 0.43 + 1.3 * 1.21)));
    QVERIFY(test::fuzzyEqual(at(2, "a", "cn/g"), 2.0));
    QVERIFY(test::fuzzyEqual(at(2, "b", "cs/g"), 0.5));
    QVERIFY(test::fuzzyEqual(at(2, "b", "cn/g") + at(2, "c", "cn/g") + at(2, "c", "cs/g"), 0.0));
    QVERIFY(test::fuzzyEqual(r->periods[2].objective, 744 * (2.0 * 1.21 + 0.5 * 0.43 + 0.5 * 3 + 0.8 * 2)));
}

void TstScheduler::expensivePoolsComeIn()
{
    // One tenant (value 10) and twelve pools in its region, each costing its centre's
    // electricity price: c01..c08 (0.01..0.08) hold 0.1 PFLOPS each, c09..c12 (0.09..0.12)
    // 1 PFLOPS each. A run's first basis sees only each band's eight cheapest pool arcs
    // (docs/engine.md), so the dearer pools must come in after it. Demand 2.5, then 3:
    //   period 0: 0.8 on c01..c08 (Σ c x = 0.036), 1 on c09 (0.09), 0.7 on c10 (0.07)
    //   period 1: the same and c10 full (0.10), 0.2 on c11 (0.022)
    Project p;
    p.periods = Periods{Month{2026, 1}, 2, PeriodLength::Month};
    p.parameters.transferCost = 0;
    p.regions = {{"R", "", 0, 0}};
    p.chips = {chip("k", "e", 100, 100, 0)};  // energy_p = the centre's price
    for (int i = 1; i <= 12; ++i) {
        const std::string id = (i < 10 ? "c0" : "c") + std::to_string(i);
        p.centers.push_back(center(id, "R", 1, 0.01 * i));
        p.inventory.push_back({id, "k", i <= 8 ? 1 : 10, {}, {}});
    }
    p.tenants = {tenant("t", "R", {"e"}, 10, 2.5)};
    p.tenants[0].demand.growth = 0.2;
    Scenario s;
    s.id = "s";
    s.policy = Policy::Optimal;
    p.scenarios = {s};
    const auto r = runScenario(p, "s");
    QVERIFY(r.ok());
    const auto on = [&](int t, const std::string &centre) {
        double x = 0;
        for (const Flow &f : r->flows)
            if (f.period == t && r->centerOf(f) == centre)
                x += f.pflops;
        return x;
    };
    for (int t = 0; t < 2; ++t)
        for (int i = 1; i <= 8; ++i)
            QVERIFY(test::fuzzyEqual(on(t, "c0" + std::to_string(i)), 0.1));
    QVERIFY(test::fuzzyEqual(on(0, "c09"), 1.0));
    QVERIFY(test::fuzzyEqual(on(0, "c10"), 0.7));
    QCOMPARE(on(0, "c11"), 0.0);
    QVERIFY(test::fuzzyEqual(r->periods[0].unservedPflops, 0.0));
    QVERIFY(test::fuzzyEqual(r->periods[0].objective, 744 * (0.036 + 0.09 + 0.07)));
    QVERIFY(test::fuzzyEqual(on(1, "c10"), 1.0));
    QVERIFY(test::fuzzyEqual(on(1, "c11"), 0.2));
    QVERIFY(test::fuzzyEqual(r->periods[1].objective, 672 * (0.036 + 0.09 + 0.10 + 0.022)));
}

void TstScheduler::nearestRule_data()
{
    // Each row: region R with centres (and a far region F); tenants in R.
    // Expected allocation as sorted "tenant:centre/chip=pflops".
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("expected");
    QTest::newRow("value desc, then id asc") << 0 << "a:c1/k1=1 b:c1/k1=0.5";  // z: nothing left
    QTest::newRow("latency before cost") << 1 << "a:c1/k1=1.5 a:c2/k1=0.5";
    QTest::newRow("cost breaks a latency tie") << 2 << "a:c1/k1=1 a:c1/k2=0.5";
    QTest::newRow("centre id, then chip id break full ties") << 3 << "a:c1/k1=1 a:c1/k2=0.5";
    QTest::newRow("serves even below cost") << 4 << "a:c1/k1=2";
}

void TstScheduler::nearestRule()
{
    QFETCH(int, variant);
    QFETCH(QString, expected);
    Project p;
    p.periods = Periods{Month{2026, 1}, 1, PeriodLength::Month};
    p.regions = {{"R", "", 0, 0}, {"F", "", 0, 0}};
    p.parameters.transferCost = 0.01;
    Scenario s;
    s.id = "s";
    s.policy = Policy::Nearest;
    p.scenarios = {s};
    switch (variant) {
    case 0:  // b and a tie on value 3: a (id first) fills up, b gets the rest; z (value 1) nothing
        p.centers = {center("c1", "R", 1, 0.1)};
        p.chips = {chip("k1", "e", 100, 100, 0)};
        p.inventory = {{"c1", "k1", 15, {}, {}}};  // 1.5 PFLOPS
        p.tenants = {tenant("z", "R", {"e"}, 1, 1), tenant("b", "R", {"e"}, 3, 1), tenant("a", "R", {"e"}, 3, 1)};
        break;
    case 1:  // c1 is 1 ms away but dear, c2 11 ms away and cheap: nearest first
        p.links = {{"R", "F", 10, {}}};
        p.centers = {center("c2", "F", 1, 0.01), center("c1", "R", 2, 1.0)};
        p.chips = {chip("k1", "e", 100, 100, 0)};
        p.inventory = {{"c1", "k1", 15, {}, {}}, {"c2", "k1", 10, {}, {}}};
        p.tenants = {tenant("a", "R", {"e"}, 50, 2)};
        break;
    case 2:  // same centre, k2 dearer per PFLOPS than k1
        p.centers = {center("c1", "R", 1, 0.5)};
        p.chips = {chip("k2", "e", 100, 400, 0), chip("k1", "e", 100, 100, 0)};
        p.inventory = {{"c1", "k2", 10, {}, {}}, {"c1", "k1", 10, {}, {}}};
        p.tenants = {tenant("a", "R", {"e"}, 50, 1.5)};
        break;
    case 3:  // identical centres c2, c1 and identical chips k2, k1: c1 before c2, k1 before k2
        p.centers = {center("c2", "R", 1, 0.5), center("c1", "R", 1, 0.5)};
        p.chips = {chip("k2", "e", 100, 100, 0), chip("k1", "e", 100, 100, 0)};
        p.inventory = {{"c2", "k1", 10, {}, {}}, {"c1", "k2", 10, {}, {}}, {"c1", "k1", 10, {}, {}}};
        p.tenants = {tenant("a", "R", {"e"}, 50, 1.5)};
        break;
    case 4:  // value 0.01 < c = 100 × 1 × 1 × 1 / 100 + 0.01 = 1.01, still served
        p.centers = {center("c1", "R", 1, 1)};
        p.chips = {chip("k1", "e", 100, 100, 0)};
        p.inventory = {{"c1", "k1", 30, {}, {}}};
        p.tenants = {tenant("a", "R", {"e"}, 0.01, 2)};
        break;
    }
    const auto r = runScenario(p, "s");
    QVERIFY(r.ok());
    QStringList got;
    for (const Flow &f : r->flows)
        got << QStringLiteral("%1:%2/%3=%4").arg(QString::fromStdString(r->tenantOf(f)), QString::fromStdString(r->centerOf(f)),
                                                  QString::fromStdString(r->chipOf(f))).arg(f.pflops);
    got.sort();
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

void TstScheduler::degenerate_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<int>("policy");
    const char *names[] = {"no inventory", "no eligible pool", "zero demand", "unreachable region",
                           "zero periods", "chip with 0 tflops", "no tenants"};
    for (int v = 0; v < 7; ++v)
        for (int pol = 0; pol < 3; ++pol)
            QTest::newRow(qPrintable(QStringLiteral("%1 / %2").arg(QLatin1String(names[v]),
                                     QString::fromStdString(toString(Policy(pol))))))
                << v << pol;
}

void TstScheduler::degenerate()
{
    QFETCH(int, variant);
    QFETCH(int, policy);
    Project p = handProject(Policy(policy));
    double servedExpected = -1;
    switch (variant) {
    case 0: p.inventory.clear(); p.scenarios[0].addInventory.clear(); servedExpected = 0; break;
    case 1: for (auto &t : p.tenants) t.ecosystems = {"none"}; servedExpected = 0; break;
    case 2: for (auto &t : p.tenants) t.demand.base = 0; servedExpected = 0; break;
    case 3: p.regions.push_back({"Z", "", 0, 0}); for (auto &t : p.tenants) t.region = "Z"; servedExpected = 0; break;
    case 4: p.periods.count = 0; break;
    case 5: for (auto &k : p.chips) k.tflops = 0; servedExpected = 0; break;
    case 6: p.tenants.clear(); servedExpected = 0; break;
    }
    const auto r = runScenario(p, "s");
    QVERIFY(r.ok());
    QVERIFY(finite(*r));
    QCOMPARE(int(r->periods.size()), p.periods.count);
    if (variant == 4) {
        QCOMPARE(r->totals.objective, 0.0);
        QCOMPARE(r->totals.utilization, 0.0);
        QVERIFY(r->flows.empty());
        return;
    }
    const PeriodResult &pr = r->periods[0];
    QCOMPARE(pr.servedPflops, servedExpected);
    QVERIFY(r->flows.empty());
    QCOMPARE(pr.crossRegionShare, 0.0);
    QVERIFY(test::fuzzyEqual(pr.unservedPflops, pr.demandPflops));
    // Unserved demand costs its value: Σ value × D.
    double unservedCost = 0;
    for (const auto &t : p.tenants)
        unservedCost += t.value * t.demand.base;
    QVERIFY(test::fuzzyEqual(pr.objective, 744 * unservedCost));
    if (variant == 5) {
        QCOMPARE(pr.capacityPflops, 0.0);
        QCOMPARE(pr.utilization, 0.0);
    }
}

void TstScheduler::unknownScenario()
{
    const auto r = runScenario(handProject(Policy::Optimal), "nope");
    QVERIFY(!r.ok());
    QCOMPARE(int(r.problems.size()), 1);
    QVERIFY(r.problems[0].code == Code::UnknownScenario);
}

void TstScheduler::threadCountDoesNotMatter()
{
    for (int seed = 1; seed <= 12; ++seed) {
        std::mt19937 rng(seed);
        Project p = test::randomProject(rng, 30, 24);
        p.periods.count = 24;
        for (int pol = 0; pol < 3; ++pol) {
            p.scenarios[0].policy = Policy(pol);
            RunOptions one;
            one.threads = 1;
            const auto a = runScenario(p, "s", one);
            QVERIFY(a.ok());
            const std::string expected = resultToJson(*a, p);
            // Each count hands the runs out differently (how many copies wait for a thread).
            for (const int threads : {2, 3, 4, 8}) {
                RunOptions many;
                many.threads = threads;
                const auto b = runScenario(p, "s", many);
                QVERIFY(b.ok());
                QCOMPARE(resultToJson(*b, p), expected);  // bit for bit
            }
        }
    }
}

void TstScheduler::cancellation()
{
    std::mt19937 rng(7);
    Project p = test::randomProject(rng, 10, 10);
    p.periods.count = 10;
    std::atomic<bool> cancel{true};
    RunOptions options;
    options.cancel = &cancel;
    auto r = runScenario(p, "s", options);
    QVERIFY(!r.ok());
    QVERIFY(r.problems.at(0).code == Code::Cancelled);

    // Cancelled while running (after the first period): still no partial result.
    cancel = false;
    options.threads = 1;
    int calls = 0;
    options.progress = [&](int, int) {
        ++calls;
        cancel = true;
    };
    r = runScenario(p, "s", options);
    QVERIFY(!r.ok());
    QVERIFY(r.problems.at(0).code == Code::Cancelled);
    QCOMPARE(calls, 1);
}

void TstScheduler::cancellationWithThreads()
{
    // Cancelled while several threads run and wait: every thread stops, no result.
    std::mt19937 rng(11);
    Project p = test::randomProject(rng, 30, 40);
    p.periods.count = 40;
    for (const int threads : {2, 3, 8}) {
        for (const int after : {1, 5, 20}) {
            std::atomic<bool> cancel{false};
            std::atomic<int> calls{0};
            RunOptions options;
            options.threads = threads;
            options.cancel = &cancel;
            options.progress = [&](int, int) {
                if (calls.fetch_add(1) + 1 == after)
                    cancel = true;
            };
            const auto r = runScenario(p, "s", options);
            QVERIFY(!r.ok());
            QVERIFY(r.problems.at(0).code == Code::Cancelled);
            QVERIFY(calls.load() < p.periods.count);
        }
    }
}

void TstScheduler::progressReportsEveryPeriod_data()
{
    QTest::addColumn<Policy>("policy");
    QTest::newRow("optimal") << Policy::Optimal;
    QTest::newRow("local") << Policy::Local;
    QTest::newRow("nearest") << Policy::Nearest;
}

void TstScheduler::progressReportsEveryPeriod()
{
    QFETCH(Policy, policy);
    std::mt19937 rng(3);
    Project p = test::randomProject(rng, 10, 10);
    p.periods.count = 9;
    p.scenarios.front().policy = policy;
    RunOptions options;
    options.threads = 3;
    std::atomic<int> calls{0}, last{0};
    std::atomic<bool> wrongTotal{false};
    options.progress = [&](int done, int total) {  // from worker threads: no QTest here
        ++calls;
        if (total != 9)
            wrongTotal = true;
        int seen = last.load();
        while (done > seen && !last.compare_exchange_weak(seen, done)) {}
    };
    QVERIFY(runScenario(p, "s", options).ok());
    QCOMPARE(calls.load(), 9);
    QCOMPARE(last.load(), 9);
    QVERIFY(!wrongTotal);
}

QTEST_GUILESS_MAIN(TstScheduler)
#include "tst_scheduler.moc"
