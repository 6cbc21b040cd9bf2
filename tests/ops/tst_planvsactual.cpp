#include "testutil.h"

#include "engine/scheduler.h"
#include "interchange/yaml.h"
#include "ops/planvsactual.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace atlas;
using namespace atlas::test;

namespace {

// A hand-made plan: 3 monthly periods, pools A/k1, B/k2 and B/k1 (never any capacity),
// tenants t1 (series 10, 20, 30) and t2 (5 doubling from 2026-02), scenario "s" with
// demand_scale 2. Actuals on A/k1, B/k2, C/k1 (a pool the plan does not have), t1, t2
// and "gone" (a tenant no longer in the project).
Project handProject()
{
    Project p;
    p.name = "hand";
    p.periods = Periods{Month{2026, 1}, 3, PeriodLength::Month};
    p.regions = {{"R", "R", 0, 0}};
    p.centers = {{"A", "A", "R", 0, 0, 1.2, std::nullopt, 0.5, 1, std::nullopt},
                 {"B", "B", "R", 0, 0, 1.2, std::nullopt, 0.5, 1, std::nullopt}};
    p.chips = {{"k1", "v", "K1", "cuda", 1000, 80, 700, 0.3, 1}, {"k2", "v", "K2", "cann", 1000, 64, 400, 0.3, 1}};
    Tenant t1;
    t1.id = "t1";
    t1.region = "R";
    t1.ecosystems = {"cuda"};
    t1.demand = Demand{true, {10, 20, 30}, 0, 0, std::nullopt};
    Tenant t2 = t1;
    t2.id = "t2";
    t2.demand = Demand{false, {}, 5, 1.0, Month{2026, 2}};
    p.tenants = {t1, t2};
    Scenario s;
    s.id = "s";
    s.demandScale = 2.0;
    p.scenarios = {s};
    return p;
}

ScenarioResult handPlan()
{
    ScenarioResult r;
    r.scenario = "s";
    r.pools = {{"A/k1", {100, 100, 0}, {50, 80, 0}, {0.5, 0.8, 0}},
               {"B/k1", {0, 0, 0}, {0, 0, 0}, {0, 0, 0}},
               {"B/k2", {200, 200, 200}, {20, 20, 20}, {0.1, 0.1, 0.1}}};
    r.tenantServedShare = {{"t1", {1.0, 0.5, 0.0}}, {"t2", {0.0, 1.0, 0.25}}};
    return r;
}

Actuals handActuals()
{
    Actuals a;
    a.imports = {{"import-1", ActualSourceKind::Csv, "/data/util.csv", "", "2026-04-01T00:00:00Z"}};
    a.pools = {{0, "A", "k1", 0.6, 0.9, "import-1"},
               {1, "A", "k1", 0.9, 1.0, "import-1"},
               {1, "B", "k2", 0.2, 1.0, "import-1"},
               {0, "C", "k1", 0.95, 1.0, "import-1"},
               {5, "A", "k1", 0.5, 1.0, "import-1"}};  // past the horizon: ignored
    a.tenants = {{0, "t1", 25, 0, "import-1"},
                 {1, "t2", 12, 0, "import-1"},
                 {2, "t1", 60, 0, "import-1"},
                 {1, "gone", 3, 0, "import-1"}};
    return a;
}

const PoolComparison *findPool(const PlanVsActual &c, int period, const std::string &center, const std::string &chip)
{
    for (const auto &p : c.pools)
        if (p.period == period && p.center == center && p.chip == chip)
            return &p;
    return nullptr;
}

const TenantComparison *findTenant(const PlanVsActual &c, int period, const std::string &tenant)
{
    for (const auto &t : c.tenants)
        if (t.period == period && t.tenant == tenant)
            return &t;
    return nullptr;
}

QString describe(const Alert &a)
{
    static const char *kinds[] = {"low", "high", "over"};
    const std::string id = a.kind == AlertKind::TenantOverPlan ? a.tenant : a.center + "/" + a.chip;
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(a.period)
        .arg(QLatin1String(kinds[static_cast<int>(a.kind)]), QString::fromStdString(id))
        .arg(a.value)
        .arg(a.threshold);
}

} // namespace

class TestPlanVsActual : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pools_data();
    void pools();
    void poolSetAndOrder();
    void periodTotals_data();
    void periodTotals();
    void tenants_data();
    void tenants();
    void alerts_data();
    void alerts();
    void alertBoundariesDoNotFire();
    void matchesTheEngine_data();
    void matchesTheEngine();
};

void TestPlanVsActual::pools_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<double>("capacity");
    QTest::addColumn<double>("planUtilization");
    QTest::addColumn<double>("actual");    // -1: absent
    QTest::addColumn<double>("coverage");
    QTest::addColumn<double>("deviation"); // ignored when actual is absent
    QTest::newRow("0 A/k1 both") << 0 << "A/k1" << 100.0 << 0.5 << 0.6 << 0.9 << 0.1;
    QTest::newRow("0 B/k2 plan only") << 0 << "B/k2" << 200.0 << 0.1 << -1.0 << 0.0 << 0.0;
    QTest::newRow("0 C/k1 actual without plan") << 0 << "C/k1" << 0.0 << 0.0 << 0.95 << 1.0 << 0.95;
    QTest::newRow("1 A/k1 both") << 1 << "A/k1" << 100.0 << 0.8 << 0.9 << 1.0 << 0.1;
    QTest::newRow("1 B/k2 below plan") << 1 << "B/k2" << 200.0 << 0.1 << 0.2 << 1.0 << 0.1;
    QTest::newRow("1 C/k1 no actual this period") << 1 << "C/k1" << 0.0 << 0.0 << -1.0 << 0.0 << 0.0;
    QTest::newRow("2 A/k1 capacity gone") << 2 << "A/k1" << 0.0 << 0.0 << -1.0 << 0.0 << 0.0;
    QTest::newRow("2 B/k2 plan only") << 2 << "B/k2" << 200.0 << 0.1 << -1.0 << 0.0 << 0.0;
}

void TestPlanVsActual::pools()
{
    QFETCH(int, period);
    QFETCH(QString, pool);
    QFETCH(double, capacity);
    QFETCH(double, planUtilization);
    QFETCH(double, actual);
    QFETCH(double, coverage);
    QFETCH(double, deviation);
    const auto c = comparePlan(handProject(), handPlan(), handActuals());
    const QStringList parts = pool.split(QLatin1Char('/'));
    const PoolComparison *p = findPool(c, period, parts[0].toStdString(), parts[1].toStdString());
    QVERIFY(p);
    QCOMPARE(p->capacityPflops, capacity);
    QCOMPARE(p->planUtilization, planUtilization);
    QCOMPARE(p->actualUtilization.has_value(), actual >= 0);
    QCOMPARE(p->coverage, coverage);
    if (actual >= 0) {
        QCOMPARE(*p->actualUtilization, actual);
        QVERIFY(fuzzyEqual(*p->deviation(), actual - planUtilization));
        QVERIFY(fuzzyEqual(*p->deviation(), deviation));
    } else {
        QVERIFY(!p->deviation());
    }
}

void TestPlanVsActual::poolSetAndOrder()
{
    // B/k1 never has capacity nor actuals: left out. The period-5 actual is past the horizon.
    const auto c = comparePlan(handProject(), handPlan(), handActuals());
    QStringList got;
    for (const auto &p : c.pools)
        got << QStringLiteral("%1 %2/%3").arg(p.period).arg(QString::fromStdString(p.center), QString::fromStdString(p.chip));
    const QStringList expected = {QStringLiteral("0 A/k1"), QStringLiteral("0 B/k2"), QStringLiteral("0 C/k1"),
                                  QStringLiteral("1 A/k1"), QStringLiteral("1 B/k2"), QStringLiteral("1 C/k1"),
                                  QStringLiteral("2 A/k1"), QStringLiteral("2 B/k2"), QStringLiteral("2 C/k1")};
    QCOMPARE(got, expected);
    QCOMPARE(c.scenario, std::string("s"));
    QCOMPARE(c.periods.size(), size_t(3));
}

void TestPlanVsActual::periodTotals_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<double>("capacity");
    QTest::addColumn<double>("planUsed");
    QTest::addColumn<double>("actualUsed");
    QTest::addColumn<int>("pools");
    QTest::addColumn<double>("planUtilization");
    QTest::addColumn<double>("actualUtilization");
    // Period 0: A/k1 (100 PFLOPS, plan 50, actual 0.6 × 100) and C/k1 (no capacity).
    QTest::newRow("0") << 0 << 100.0 << 50.0 << 60.0 << 2 << 0.5 << 0.6;
    // Period 1: A/k1 0.9 × 100 + B/k2 0.2 × 200 = 130 of 300 (not the plain mean 0.55).
    QTest::newRow("1 capacity-weighted") << 1 << 300.0 << 100.0 << 130.0 << 2 << 100.0 / 300.0 << 130.0 / 300.0;
    QTest::newRow("2 no actuals") << 2 << 0.0 << 0.0 << 0.0 << 0 << 0.0 << 0.0;
}

void TestPlanVsActual::periodTotals()
{
    QFETCH(int, period);
    QFETCH(double, capacity);
    QFETCH(double, planUsed);
    QFETCH(double, actualUsed);
    QFETCH(int, pools);
    QFETCH(double, planUtilization);
    QFETCH(double, actualUtilization);
    const auto c = comparePlan(handProject(), handPlan(), handActuals());
    const PeriodComparison &p = c.periods.at(static_cast<size_t>(period));
    QCOMPARE(p.period, period);
    QVERIFY(fuzzyEqual(p.capacityPflops, capacity));
    QVERIFY(fuzzyEqual(p.planUsedPflops, planUsed));
    QVERIFY(fuzzyEqual(p.actualUsedPflops, actualUsed));
    QCOMPARE(p.poolsWithActuals, pools);
    QVERIFY(fuzzyEqual(p.planUtilization(), planUtilization));
    QVERIFY(fuzzyEqual(p.actualUtilization(), actualUtilization));
}

void TestPlanVsActual::tenants_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<double>("demand");
    QTest::addColumn<double>("served");
    QTest::addColumn<double>("actual"); // -1: absent
    // t1: series × demand_scale 2 = 20, 40, 60; served share 1, 0.5, 0.
    QTest::newRow("0 t1") << 0 << "t1" << 20.0 << 20.0 << 25.0;
    QTest::newRow("1 t1") << 1 << "t1" << 40.0 << 20.0 << -1.0;
    QTest::newRow("2 t1") << 2 << "t1" << 60.0 << 0.0 << 60.0;
    // t2: 5 × 2^(t − 1) from period 1, × 2 = 0, 10, 20; served share 0, 1, 0.25.
    QTest::newRow("0 t2 before its start") << 0 << "t2" << 0.0 << 0.0 << -1.0;
    QTest::newRow("1 t2") << 1 << "t2" << 10.0 << 10.0 << 12.0;
    QTest::newRow("2 t2 grown") << 2 << "t2" << 20.0 << 5.0 << -1.0;
    // A tenant with actuals but no longer in the project: listed without a plan.
    QTest::newRow("1 gone") << 1 << "gone" << 0.0 << 0.0 << 3.0;
    QTest::newRow("2 gone") << 2 << "gone" << 0.0 << 0.0 << -1.0;
}

void TestPlanVsActual::tenants()
{
    QFETCH(int, period);
    QFETCH(QString, tenant);
    QFETCH(double, demand);
    QFETCH(double, served);
    QFETCH(double, actual);
    const auto c = comparePlan(handProject(), handPlan(), handActuals());
    QCOMPARE(c.tenants.size(), size_t(9)); // three tenants, three periods
    const TenantComparison *t = findTenant(c, period, tenant.toStdString());
    QVERIFY(t);
    QVERIFY(fuzzyEqual(t->planDemandPflops, demand));
    QVERIFY(fuzzyEqual(t->planServedPflops, served));
    QCOMPARE(t->actualPflops.has_value(), actual >= 0);
    if (actual >= 0)
        QCOMPARE(*t->actualPflops, actual);
}

void TestPlanVsActual::alerts_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("over");
    QTest::addColumn<QStringList>("expected"); // "period kind id value threshold", in order
    // Defaults: C/k1 0.95 > 0.9; B/k2 0.2 < 0.3; t1 25 > 1.1 × 20; t2 12 > 1.1 × 10; gone 3 > 0.
    // A/k1 at exactly 0.9 in period 1 is not above 0.9.
    QTest::newRow("defaults") << 0.3 << 0.9 << 0.1
                              << QStringList{QStringLiteral("0 high C/k1 0.95 0.9"), QStringLiteral("0 over t1 25 22"),
                                             QStringLiteral("1 low B/k2 0.2 0.3"), QStringLiteral("1 over gone 3 0"),
                                             QStringLiteral("1 over t2 12 11")};
    QTest::newRow("lenient") << 0.1 << 1.0 << 0.5 << QStringList{QStringLiteral("1 over gone 3 0")};
    // Strict: every pool below 0.95 is idle (C/k1 at exactly 0.95 is not); any excess over plan counts.
    QTest::newRow("strict") << 0.95 << 0.99 << 0.0
                            << QStringList{QStringLiteral("0 low A/k1 0.6 0.95"), QStringLiteral("0 over t1 25 20"),
                                           QStringLiteral("1 low A/k1 0.9 0.95"), QStringLiteral("1 low B/k2 0.2 0.95"),
                                           QStringLiteral("1 over gone 3 0"), QStringLiteral("1 over t2 12 10")};
}

void TestPlanVsActual::alerts()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, over);
    QFETCH(QStringList, expected);
    const AlertThresholds thresholds{low, high, over};
    const auto alerts = findAlerts(comparePlan(handProject(), handPlan(), handActuals()), thresholds);
    QStringList got;
    for (const auto &a : alerts)
        got << describe(a);
    QCOMPARE(got, expected);
}

void TestPlanVsActual::alertBoundariesDoNotFire()
{
    // Values exactly at a threshold raise nothing; one step past it does.
    PlanVsActual c;
    PoolComparison atLow;
    atLow.center = "A";
    atLow.chip = "k1";
    atLow.actualUtilization = 0.3;
    PoolComparison atHigh = atLow;
    atHigh.chip = "k2";
    atHigh.actualUtilization = 0.9;
    TenantComparison atPlan;
    atPlan.tenant = "t";
    atPlan.planDemandPflops = 100;
    atPlan.actualPflops = 110;
    c.pools = {atLow, atHigh};
    c.tenants = {atPlan};
    QVERIFY(findAlerts(c, AlertThresholds{0.3, 0.9, 0.1}).empty());
    c.pools[0].actualUtilization = std::nextafter(0.3, 0.0);
    c.pools[1].actualUtilization = std::nextafter(0.9, 1.0);
    c.tenants[0].actualPflops = 110.001;
    QCOMPARE(findAlerts(c, AlertThresholds{0.3, 0.9, 0.1}).size(), size_t(3));
}

void TestPlanVsActual::matchesTheEngine_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("growth (demand_scale 1.25)") << "growth";
    QTest::newRow("build (added centres)") << "build";
    QTest::newRow("today (local)") << "today";
}

void TestPlanVsActual::matchesTheEngine()
{
    // With actuals equal to the plan on every pool, the comparison's sums are the
    // engine's own period figures: the plan side is read the way the engine computed it.
    QFETCH(QString, scenario);
    const auto project = readYaml(sourcePath("resources/demo/demo.yaml"));
    QVERIFY(project.ok());
    const auto result = runScenario(*project, scenario.toStdString());
    QVERIFY(result.ok());
    Actuals actuals;
    actuals.imports = {{"import-1", ActualSourceKind::Prometheus, "http://127.0.0.1:9090", "", ""}};
    const auto planOnly = comparePlan(*project, *result, actuals);
    for (const auto &p : planOnly.pools)
        actuals.pools.push_back({p.period, p.center, p.chip, p.planUtilization, 1.0, "import-1"});
    const auto c = comparePlan(*project, *result, actuals);
    QCOMPARE(c.periods.size(), result->periods.size());
    QVERIFY(!c.pools.empty());
    for (size_t t = 0; t < c.periods.size(); ++t) {
        const PeriodResult &plan = result->periods[t];
        const PeriodComparison &got = c.periods[t];
        QVERIFY(fuzzyEqual(got.capacityPflops, plan.capacityPflops, 1e-9));
        QVERIFY(fuzzyEqual(got.planUsedPflops, plan.servedPflops, 1e-9));
        QVERIFY(fuzzyEqual(got.actualUsedPflops, plan.servedPflops, 1e-9));
        double demand = 0, served = 0;
        for (const auto &tc : c.tenants)
            if (tc.period == static_cast<int>(t)) {
                demand += tc.planDemandPflops;
                served += tc.planServedPflops;
            }
        QVERIFY2(fuzzyEqual(demand, plan.demandPflops, 1e-9), qPrintable(QString::number(demand)));
        QVERIFY(fuzzyEqual(served, plan.servedPflops, 1e-9));
    }
    QVERIFY(findAlerts(c, AlertThresholds{0.0, 1.0, 0.0}).empty());
}

QTEST_GUILESS_MAIN(TestPlanVsActual)
#include "tst_planvsactual.moc"
