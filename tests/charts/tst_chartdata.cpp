// The chart builders feed each chart exactly the engine's numbers, and never NaN.
#include "charts/chartdata.h"
#include "chartfixture.h"
#include "engine/scheduler.h"

#include <QLocale>
#include <QTest>

#include <cmath>

using namespace atlas;

namespace {

std::vector<double> served(const Series &s) { return s.served; }

bool finiteEverywhere(const ChartData &d)
{
    for (const ChartSeries &s : d.series) {
        for (double v : s.values)
            if (!std::isfinite(v))
                return false;
        for (const QString &l : s.labels)
            if (l.contains(QLatin1String("nan"), Qt::CaseInsensitive) || l.contains(QLatin1String("inf")))
                return false;
    }
    return !charts::toCsv(d).contains(QLatin1String("nan"), Qt::CaseInsensitive);
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void supplyDemand_data()
    {
        QTest::addColumn<int>("periods");
        QTest::addColumn<bool>("zeroCapacity");
        QTest::newRow("five years") << 60 << false;
        QTest::newRow("single period") << 1 << false;
        QTest::newRow("zero capacity") << 12 << true;
    }
    void supplyDemand()
    {
        QFETCH(int, periods);
        QFETCH(bool, zeroCapacity);
        const auto f = test::makeChartFixture(periods, 3, false, zeroCapacity);
        const ChartData d = charts::supplyDemand(f.result, f.project);
        QVERIFY(!d.isEmpty());
        QCOMPARE(d.periodCount(), periods);
        QCOMPARE(d.xLabels.first(), QStringLiteral("2026-01"));
        QCOMPARE(int(d.series.size()), 4);
        for (int t = 0; t < periods; ++t) {
            const PeriodResult &p = f.result.periods[size_t(t)];
            QCOMPARE(d.series[size_t(d.indexOfKey(QStringLiteral("capacity")))].values[size_t(t)], p.capacityPflops);
            QCOMPARE(d.series[size_t(d.indexOfKey(QStringLiteral("demand")))].values[size_t(t)], p.demandPflops);
            QCOMPARE(d.series[size_t(d.indexOfKey(QStringLiteral("served")))].values[size_t(t)], p.servedPflops);
            QCOMPARE(d.series[size_t(d.indexOfKey(QStringLiteral("unserved")))].values[size_t(t)], p.unservedPflops);
        }
        QVERIFY(!d.yUnit.isEmpty());
        QVERIFY(finiteEverywhere(d));
    }

    void noResultsGiveEmptyStates()
    {
        const auto f = test::makeChartFixture(12);
        const ScenarioResult none;
        for (const ChartData &d : charts::dashboard(none, f.project)) {
            QVERIFY2(d.isEmpty(), qPrintable(d.title));
            QVERIFY(d.series.empty());
        }
        QVERIFY(charts::scenarioComparison({}, f.project).isEmpty());
        QVERIFY(charts::buildVersusUse({}, f.project).isEmpty());
    }

    void utilization_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << QStringList{} << QStringList{QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2")};
        QTest::newRow("picked, in pick order") << QStringList{QStringLiteral("c2"), QStringLiteral("c0")}
                                               << QStringList{QStringLiteral("c2"), QStringLiteral("c0")};
        QTest::newRow("unknown key skipped") << QStringList{QStringLiteral("nope"), QStringLiteral("c1")}
                                             << QStringList{QStringLiteral("c1")};
    }
    void utilization()
    {
        QFETCH(QStringList, keys);
        QFETCH(QStringList, expected);
        const auto f = test::makeChartFixture(12);
        const ChartData d = charts::utilization(f.result, f.project, Breakdown::Centers, keys);
        QCOMPARE(d.keyKind, KeyKind::Center);
        QCOMPARE(d.yFormat, ValueFormat::Percent);
        QCOMPARE(int(d.series.size()), expected.size());
        for (size_t i = 0; i < d.series.size(); ++i) {
            QCOMPARE(d.series[i].key, expected[qsizetype(i)]);
            const auto &engine = *std::find_if(f.result.centers.begin(), f.result.centers.end(),
                                               [&](const Series &s) { return s.key == expected[qsizetype(i)].toStdString(); });
            QCOMPARE(d.series[i].values, engine.utilization);
            QVERIFY(d.series[i].name.startsWith(QStringLiteral("Centre")));  // the name, not the id
        }
    }

    void utilizationNothingPicked()
    {
        const auto f = test::makeChartFixture(12);
        const ChartData d = charts::utilization(f.result, f.project, Breakdown::Chips, {QStringLiteral("missing")});
        QVERIFY(d.isEmpty());
        QVERIFY(d.emptyMessage.contains(QStringLiteral("chip")));
    }

    void utilizationNaNBecomesZero()
    {
        auto f = test::makeChartFixture(3);
        f.result.regions[0].utilization[1] = std::nan("");
        const ChartData d = charts::utilization(f.result, f.project, Breakdown::Regions);
        QCOMPARE(d.series[0].values[1], 0.0);
        QVERIFY(finiteEverywhere(d));
    }

    void hundredsOfSeries()
    {
        const auto f = test::makeChartFixture(24, 300);
        const ChartData d = charts::utilization(f.result, f.project, Breakdown::Centers);
        QCOMPARE(int(d.series.size()), 300);
        const ChartData h = charts::utilizationHeatmap(f.result, f.project);
        QCOMPARE(int(h.series.size()), 300);
    }

    void servedStacked_data()
    {
        QTest::addColumn<int>("by");
        QTest::newRow("ecosystem") << int(Breakdown::Ecosystems);
        QTest::newRow("industry") << int(Breakdown::Industries);
        QTest::newRow("workload") << int(Breakdown::Workloads);
    }
    void servedStacked()
    {
        QFETCH(int, by);
        const auto f = test::makeChartFixture(12);
        const ChartData d = charts::servedStacked(f.result, f.project, Breakdown(by));
        QCOMPARE(d.kind, ChartKind::Stacked);
        const std::vector<Series> &engine = by == int(Breakdown::Ecosystems) ? f.result.ecosystems
            : by == int(Breakdown::Industries) ? f.result.industries : f.result.workloads;
        int nonZero = 0;
        for (const Series &s : engine) {
            const int i = d.indexOfKey(QString::fromStdString(s.key));
            const bool any = std::any_of(s.served.begin(), s.served.end(), [](double v) { return v != 0; });
            nonZero += any;
            QCOMPARE(i >= 0, any);  // members that served nothing stay out of the legend
            if (i >= 0)
                QCOMPARE(d.series[size_t(i)].values, served(s));
        }
        QCOMPARE(int(d.series.size()), nonZero);
    }

    void workloadNamesTranslated()
    {
        const auto f = test::makeChartFixture(2);
        const ChartData d = charts::servedStacked(f.result, f.project, Breakdown::Workloads);
        QCOMPARE(d.series[0].name, QStringLiteral("Training"));
    }

    void heatmap()
    {
        auto f = test::makeChartFixture(6, 4);
        f.result.centers[2].utilization[3] = 1.25;  // overcommitted: the colour scale grows
        const ChartData d = charts::utilizationHeatmap(f.result, f.project);
        QCOMPARE(d.kind, ChartKind::Heatmap);
        QCOMPARE(int(d.series.size()), 4);
        for (size_t c = 0; c < d.series.size(); ++c)
            QCOMPARE(d.series[c].values, f.result.centers[c].utilization);
        QCOMPARE(d.colorMax, 1.25);
        f.result.centers.clear();
        QVERIFY(charts::utilizationHeatmap(f.result, f.project).isEmpty());
    }

    void energyCost()
    {
        const auto f = test::makeChartFixture(12);
        const ChartData d = charts::energyCost(f.result, f.project);
        QCOMPARE(int(d.series.size()), 2);
        QCOMPARE(d.series[0].axis, 0);
        QCOMPARE(d.series[1].axis, 1);
        QCOMPARE(d.y2Unit, QStringLiteral("CNY"));
        for (size_t t = 0; t < 12; ++t) {
            QCOMPARE(d.series[0].values[t], f.result.periods[t].energyMwh);
            QCOMPARE(d.series[1].values[t], f.result.periods[t].energyCost);
        }
    }

    void comparisonShares()
    {
        const auto f = test::makeChartFixture(1);
        const std::vector<ScenarioResult> runs{test::makeTotals("today", 100, 50, 0.5, 10, 1000, 0),
                                               test::makeTotals("build", 200, 0, 0.8, 20, 1500, 5e6)};
        const ChartData d = charts::scenarioComparison(runs, f.project);
        QCOMPARE(d.kind, ChartKind::Bars);
        QCOMPARE(d.keyKind, KeyKind::Scenario);
        QCOMPARE(int(d.series.size()), 2);
        QCOMPARE(d.series[0].name, QStringLiteral("Today"));
        QCOMPARE(d.series[0].values[0], 0.5);  // served 100 of the largest 200
        QCOMPARE(d.series[1].values[0], 1.0);
        QCOMPARE(d.series[0].values[1], 1.0);  // unserved 50 is the largest
        QCOMPARE(d.series[1].values[1], 0.0);
        QCOMPARE(d.series[0].values[5], 0.0);  // capex 0
        QCOMPARE(d.series[1].labels[5], QStringLiteral("5 M CNY"));
        QVERIFY(finiteEverywhere(d));
    }

    void comparisonAgainstBaseline()
    {
        const auto f = test::makeChartFixture(1);
        const std::vector<ScenarioResult> runs{test::makeTotals("today", 100, 50, 0.5, 10, 1000, 0),
                                               test::makeTotals("build", 200, 0, 0.8, 20, 1500, 5e6)};
        const ChartData d = charts::scenarioComparison(runs, f.project, QStringLiteral("today"));
        QVERIFY(!d.nonNegative);
        QCOMPARE(d.series[0].values, std::vector<double>(6, 0.0));  // the baseline against itself
        QCOMPARE(d.series[1].values[0], 1.0);    // +100 %
        QCOMPARE(d.series[1].values[1], -1.0);   // −100 %
        QVERIFY(fuzzyCompare(d.series[1].values[2], 0.6));
        QCOMPARE(d.series[1].values[5], 0.0);   // baseline capex 0: no ratio …
        QVERIFY(d.series[1].labels[5].contains(QStringLiteral("5 M")));  // … the label says what it is
        QCOMPARE(d.series[1].labels[0], QStringLiteral("+100%"));
        QVERIFY(finiteEverywhere(d));
    }

    void buildVersusUse()
    {
        const auto f = test::makeChartFixture(1);
        const std::vector<ScenarioResult> runs{test::makeTotals("today", 100, 0, 0, 0, 0, 0),
                                               test::makeTotals("build", 150, 0, 0, 0, 0, 10),
                                               test::makeTotals("waste", 140, 0, 0, 0, 0, 20)};
        const ChartData d = charts::buildVersusUse(runs, f.project);
        QCOMPARE(d.kind, ChartKind::Scatter);
        QCOMPARE(int(d.series.size()), 3);
        for (size_t i = 0; i < 3; ++i) {
            QCOMPARE(d.series[i].xs, std::vector<double>{runs[i].totals.capex});
            QCOMPARE(d.series[i].values, std::vector<double>{runs[i].totals.servedPflopsHours});
        }
        QVERIFY(d.series[0].emphasized);
        QVERIFY(d.series[1].emphasized);
        QVERIFY(!d.series[2].emphasized);  // costs more and serves less than "build"
    }

    void formatNumber_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en small") << QStringLiteral("en") << 12.0 << QStringLiteral("12");
        QTest::newRow("en fraction") << QStringLiteral("en") << 0.125 << QStringLiteral("0.125");
        QTest::newRow("en thousands") << QStringLiteral("en") << 1234.0 << QStringLiteral("1.23 k");
        QTest::newRow("en millions") << QStringLiteral("en") << 5e6 << QStringLiteral("5 M");
        QTest::newRow("en negative") << QStringLiteral("en") << -2500.0 << QStringLiteral("-2.5 k");
        QTest::newRow("en tiny negative") << QStringLiteral("en") << -1e-12 << QStringLiteral("0");
        QTest::newRow("en nan") << QStringLiteral("en") << std::nan("") << QStringLiteral("–");
        QTest::newRow("zh wan") << QStringLiteral("zh") << 12345.0 << QStringLiteral("1.23万");
        QTest::newRow("zh yi") << QStringLiteral("zh") << 3.4e8 << QStringLiteral("3.4亿");
        QTest::newRow("zh thousands stay") << QStringLiteral("zh") << 1234.0 << QStringLiteral("1,234");
    }
    void formatNumber()
    {
        QFETCH(QString, language);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QLocale::setDefault(language == QStringLiteral("zh") ? QLocale(QLocale::Chinese, QLocale::China)
                                                              : QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(charts::formatNumber(value), expected);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void csv()
    {
        const auto f = test::makeChartFixture(2);
        const QString text = charts::toCsv(charts::supplyDemand(f.result, f.project));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("Period,Capacity (PFLOPS),Demand (PFLOPS),Served (PFLOPS),Unserved (PFLOPS)"));
        QCOMPARE(lines[2], QStringLiteral("2026-02,105,89,89,0"));

        const QString heat = charts::toCsv(charts::utilizationHeatmap(f.result, f.project));
        QVERIFY(heat.contains(QStringLiteral("\"Centre, no. 1\",c0,0.1,")));  // commas quoted
    }

    /** With the engine: every chart's series equal what runScenario produced. */
    void againstTheEngine()
    {
        Project p = test::makeChartFixture(6, 2).project;
        p.inventory = {{"c0", "a100", 1000, {}, {}}, {"c1", "910b", 500, {}, {}}};
        Tenant t;
        t.id = "t1";
        t.name = "Tenant";
        t.region = "gz";
        t.industry = "finance";
        t.ecosystems = {"cuda", "cann"};
        t.value = 100;
        t.demand.base = 200;
        t.demand.growth = 0.5;
        p.tenants = {t};
        const auto run = runScenario(p, "today");
        if (!run.ok())
            QSKIP("the engine did not run this project");
        const ScenarioResult &r = *run;
        const ChartData sd = charts::supplyDemand(r, p);
        for (size_t k = 0; k < r.periods.size(); ++k) {
            QCOMPARE(sd.series[0].values[k], r.periods[k].capacityPflops);
            QCOMPARE(sd.series[2].values[k], r.periods[k].servedPflops);
        }
        const ChartData heat = charts::utilizationHeatmap(r, p);
        QCOMPARE(heat.series.size(), r.centers.size());
        for (size_t c = 0; c < r.centers.size(); ++c)
            QCOMPARE(heat.series[c].values, r.centers[c].utilization);
        const ChartData eco = charts::servedStacked(r, p, Breakdown::Ecosystems);
        for (const Series &s : r.ecosystems)
            if (const int i = eco.indexOfKey(QString::fromStdString(s.key)); i >= 0)
                QCOMPARE(eco.series[size_t(i)].values, s.served);
    }

private:
    static bool fuzzyCompare(double a, double b) { return std::fabs(a - b) < 1e-12; }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
