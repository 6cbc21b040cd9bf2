#include "engine/scheduler.h"
#include "randomproject.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace atlas;

namespace {

Project sample(Policy policy, int seed = 11)
{
    std::mt19937 rng(seed);
    Project p = test::randomProject(rng, 8, 4);
    p.scenarios[0].policy = policy;
    return p;
}

void compareSeries(const std::vector<Series> &a, const std::vector<Series> &b)
{
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].key, b[i].key);
        QCOMPARE(a[i].capacity, b[i].capacity);
        QCOMPARE(a[i].served, b[i].served);
        QCOMPARE(a[i].utilization, b[i].utilization);
    }
}

} // namespace

class TstResultJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keysOfCliMd();
    void roundTrip_data();
    void roundTrip();
    void withoutFlows();
    void refusesOtherText_data();
    void refusesOtherText();
    void fingerprint();
};

void TstResultJson::keysOfCliMd()
{
    // Seed chosen for a non-empty schedule; look for at least one period.
    for (int seed = 1; seed < 50; ++seed) {
        const Project p = sample(Policy::Optimal, seed);
        const auto r = runScenario(p, "s");
        QVERIFY(r.ok());
        if (r->flows.empty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(resultToJson(*r, p))).object();
        QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("computeatlas-result/1"));
        QCOMPARE(o.value(QLatin1String("scenario")).toString(), QStringLiteral("s"));
        QCOMPARE(o.value(QLatin1String("policy")).toString(), QStringLiteral("optimal"));
        const QJsonArray periods = o.value(QLatin1String("periods")).toArray();
        QCOMPARE(periods.size(), p.periods.count);
        for (const char *key : {"period", "hours", "capacity_pflops", "demand_pflops", "served_pflops",
                                "unserved_pflops", "utilization", "cross_region_share", "energy_mwh",
                                "energy_cost", "objective"})
            QVERIFY2(periods[0].toObject().contains(QLatin1String(key)), key);
        QCOMPARE(periods[0].toObject().value(QLatin1String("period")).toString(),
                 QString::fromStdString(p.periods.label(0)));
        const QJsonObject totals = o.value(QLatin1String("totals")).toObject();
        for (const char *key : {"demand_pflops_hours", "served_pflops_hours", "unserved_pflops_hours",
                                "utilization", "energy_mwh", "energy_cost", "objective", "capex"}) {
            QVERIFY2(totals.contains(QLatin1String(key)), key);
            QVERIFY(totals.value(QLatin1String(key)).isDouble());
        }
        const QJsonObject pool = o.value(QLatin1String("pools")).toArray().at(0).toObject();
        QVERIFY(pool.value(QLatin1String("center")).isString());
        QVERIFY(pool.value(QLatin1String("chip")).isString());
        QCOMPARE(pool.value(QLatin1String("utilization")).toArray().size(), p.periods.count);
        const QJsonObject tenant = o.value(QLatin1String("tenants")).toArray().at(0).toObject();
        QCOMPARE(tenant.value(QLatin1String("id")).toString(), QString::fromStdString(p.tenants[0].id));
        QCOMPARE(tenant.value(QLatin1String("served_share")).toArray().size(), p.periods.count);
        const QJsonObject flow = o.value(QLatin1String("flows")).toArray().at(0).toObject();
        for (const char *key : {"period", "tenant", "center", "chip", "pflops"})
            QVERIFY2(flow.contains(QLatin1String(key)), key);
        QVERIFY(flow.value(QLatin1String("pflops")).toDouble() > 0);
        QCOMPARE(flow.value(QLatin1String("period")).toString(),
                 QString::fromStdString(p.periods.label(r->flows[0].period)));
        return;
    }
    QFAIL("no sample with flows");
}

void TstResultJson::roundTrip_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("seed");
    for (int pol = 0; pol < 3; ++pol)
        for (int seed : {2, 5, 9})
            QTest::newRow(qPrintable(QStringLiteral("%1 seed %2").arg(QString::fromStdString(toString(Policy(pol)))).arg(seed)))
                << pol << seed;
}

void TstResultJson::roundTrip()
{
    QFETCH(int, policy);
    QFETCH(int, seed);
    const Project p = sample(Policy(policy), seed);
    const auto r = runScenario(p, "s");
    QVERIFY(r.ok());
    const std::string text = resultToJson(*r, p);
    const auto back = resultFromJson(text);
    QVERIFY(back.ok());
    QCOMPARE(back->scenario, r->scenario);
    QVERIFY(back->policy == r->policy);
    QCOMPARE(back->periods.size(), r->periods.size());
    for (std::size_t t = 0; t < r->periods.size(); ++t) {
        const PeriodResult &a = r->periods[t], &b = back->periods[t];
        QCOMPARE(b.period, a.period);
        // Doubles are written shortest-round-trip: they come back bit for bit.
        for (auto [x, y] : {std::pair{a.hours, b.hours}, {a.capacityPflops, b.capacityPflops},
                            {a.demandPflops, b.demandPflops}, {a.servedPflops, b.servedPflops},
                            {a.unservedPflops, b.unservedPflops}, {a.utilization, b.utilization},
                            {a.strandedPflops, b.strandedPflops}, {a.crossRegionShare, b.crossRegionShare},
                            {a.energyMwh, b.energyMwh}, {a.energyCost, b.energyCost}, {a.objective, b.objective}})
            QCOMPARE(y, x);
    }
    QCOMPARE(back->totals.objective, r->totals.objective);
    QCOMPARE(back->totals.capex, r->totals.capex);
    QCOMPARE(back->totals.utilization, r->totals.utilization);
    QCOMPARE(back->totals.capacityPflopsHours, r->totals.capacityPflopsHours);
    compareSeries(back->pools, r->pools);
    compareSeries(back->centers, r->centers);
    compareSeries(back->regions, r->regions);
    compareSeries(back->chips, r->chips);
    compareSeries(back->ecosystems, r->ecosystems);
    compareSeries(back->industries, r->industries);
    compareSeries(back->workloads, r->workloads);
    QCOMPARE(back->tenantServedShare, r->tenantServedShare);
    QCOMPARE(back->offNativePflops, r->offNativePflops);
    QCOMPARE(back->flows.size(), r->flows.size());
    for (std::size_t i = 0; i < r->flows.size(); ++i) {
        QCOMPARE(back->flows[i].period, r->flows[i].period);
        QCOMPARE(back->tenantOf(back->flows[i]), r->tenantOf(r->flows[i]));
        QCOMPARE(back->centerOf(back->flows[i]), r->centerOf(r->flows[i]));
        QCOMPARE(back->chipOf(back->flows[i]), r->chipOf(r->flows[i]));
        QCOMPARE(back->flows[i].pflops, r->flows[i].pflops);
    }
    QCOMPARE(resultToJson(*back, p), text);
}

void TstResultJson::withoutFlows()
{
    const Project p = sample(Policy::Optimal);
    const auto r = runScenario(p, "s");
    QVERIFY(r.ok());
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(resultToJson(*r, p, false))).object();
    QVERIFY(!o.contains(QLatin1String("flows")));
    QVERIFY(o.contains(QLatin1String("totals")));
    const auto back = resultFromJson(resultToJson(*r, p, false));
    QVERIFY(back.ok());
    QVERIFY(back->flows.empty());
}

void TstResultJson::refusesOtherText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::newRow("not JSON") << "{oops" << int(Code::ResultUnreadable);
    QTest::newRow("array") << "[1,2]" << int(Code::ResultUnreadable);
    QTest::newRow("other format") << R"({"format": "computeatlas/1"})" << int(Code::UnknownFormat);
    QTest::newRow("missing totals") << R"({"format": "computeatlas-result/1", "scenario": "s", "policy": "optimal",
        "periods": [], "pools": [], "tenants": []})" << int(Code::ResultUnreadable);
    QTest::newRow("wrong type") << R"({"format": "computeatlas-result/1", "scenario": 3, "policy": "optimal"})"
                                << int(Code::ResultUnreadable);
    QTest::newRow("unknown policy") << R"({"format": "computeatlas-result/1", "scenario": "s", "policy": "best"})"
                                    << int(Code::ResultUnreadable);
}

void TstResultJson::refusesOtherText()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    const auto r = resultFromJson(text.toStdString());
    QVERIFY(!r.ok());
    QCOMPARE(int(r.problems.at(0).code), code);
}

void TstResultJson::fingerprint()
{
    std::mt19937 rng(4);
    Project p = test::randomProject(rng, 6, 3);
    Scenario other;
    other.id = "other";
    p.scenarios.push_back(other);
    const std::string fp = inputFingerprint(p, "s");
    QCOMPARE(fp.size(), std::size_t(16));
    QCOMPARE(inputFingerprint(p, "s"), fp);  // stable
    QVERIFY(inputFingerprint(p, "other") != fp);

    const auto changed = [&](auto edit) {
        Project q = p;
        edit(q);
        return inputFingerprint(q, "s") != fp;
    };
    QVERIFY(changed([](Project &q) { q.tenants[0].value += 0.5; }));
    QVERIFY(changed([](Project &q) { q.tenants[0].demand.base += 1; }));
    QVERIFY(changed([](Project &q) { q.parameters.migrationCost += 1; }));
    QVERIFY(changed([](Project &q) { q.periods.count += 1; }));
    QVERIFY(changed([](Project &q) { q.chips[0].tflops += 1; }));
    QVERIFY(changed([](Project &q) { q.centers[0].pue += 0.1; }));
    QVERIFY(changed([](Project &q) { q.links.push_back({q.regions[0].id, q.centers[0].id, 3, {}}); }));
    QVERIFY(changed([](Project &q) { q.scenarios[0].policy = Policy::Nearest; }));
    QVERIFY(changed([](Project &q) { q.scenarios[0].demandScale = 3.0; }));
    QVERIFY(changed([](Project &q) { q.scenarios[0].addInventory.push_back({q.centers[0].id, q.chips[0].id, 1, {}, {}}); }));
    // Not relevant to this scenario's results: another scenario, display names.
    QVERIFY(!changed([](Project &q) { q.scenarios[1].policy = Policy::Nearest; }));
    QVERIFY(!changed([](Project &q) { q.scenarios[1].addInventory.push_back({q.centers[0].id, q.chips[0].id, 1, {}, {}}); }));
    QVERIFY(!changed([](Project &q) { q.name = "renamed"; }));
    QVERIFY(!changed([](Project &q) { q.tenants[0].name = "新名字"; }));
}

QTEST_GUILESS_MAIN(TstResultJson)
#include "tst_resultjson.moc"
