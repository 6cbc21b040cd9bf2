#include "model/model.h"
#include "testutil.h"

#include <QTest>

using namespace atlas;

class TstModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseMonth_data();
    void parseMonth();
    void hours_data();
    void hours();
    void demandGrowthStartsAtFrom();
    void periodOf();
    void scenarioOverlayAndCapex();
};

void TstModel::parseMonth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("2026-01") << true;
    QTest::newRow("december") << QStringLiteral("2030-12") << true;
    QTest::newRow("month 13") << QStringLiteral("2026-13") << false;
    QTest::newRow("month 0") << QStringLiteral("2026-00") << false;
    QTest::newRow("no padding") << QStringLiteral("2026-1") << false;
    QTest::newRow("with day") << QStringLiteral("2026-01-01") << false;
    QTest::newRow("slash") << QStringLiteral("2026/01") << false;
    QTest::newRow("empty") << QString() << false;
}

void TstModel::parseMonth()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto m = atlas::parseMonth(text.toStdString());
    QCOMPARE(m.has_value(), valid);
    if (valid)
        QCOMPARE(QString::fromStdString(formatMonth(*m)), text);
}

void TstModel::hours_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("t");
    QTest::addColumn<double>("hours");
    QTest::newRow("january") << QStringLiteral("2026-01") << int(PeriodLength::Month) << 0 << 744.0;
    QTest::newRow("february") << QStringLiteral("2026-01") << int(PeriodLength::Month) << 1 << 672.0;
    QTest::newRow("leap february") << QStringLiteral("2028-02") << int(PeriodLength::Month) << 0 << 696.0;
    QTest::newRow("Q1 2026") << QStringLiteral("2026-01") << int(PeriodLength::Quarter) << 0 << 2160.0;
    QTest::newRow("Q1 2028 leap") << QStringLiteral("2028-01") << int(PeriodLength::Quarter) << 0 << 2184.0;
    QTest::newRow("year 2027") << QStringLiteral("2026-01") << int(PeriodLength::Year) << 1 << 8760.0;
    QTest::newRow("year 2028 leap") << QStringLiteral("2026-01") << int(PeriodLength::Year) << 2 << 8784.0;
    QTest::newRow("year from July") << QStringLiteral("2027-07") << int(PeriodLength::Year) << 0 << 8784.0;
}

void TstModel::hours()
{
    QFETCH(QString, start);
    QFETCH(int, length);
    QFETCH(int, t);
    QFETCH(double, hours);
    Periods p{*atlas::parseMonth(start.toStdString()), 10, PeriodLength(length)};
    QCOMPARE(p.hours(t), hours);
}

void TstModel::demandGrowthStartsAtFrom()
{
    Periods periods{{2026, 1}, 6, PeriodLength::Month};
    Tenant t;
    t.demand.base = 100;
    t.demand.growth = 0.1;
    t.demand.from = Month{2026, 3};
    QCOMPARE(demandAt(t, periods, 0), 0.0);
    QCOMPARE(demandAt(t, periods, 1), 0.0);
    QCOMPARE(demandAt(t, periods, 2), 100.0);
    QVERIFY(test::fuzzyEqual(demandAt(t, periods, 4), 121.0));

    t.demand.from.reset();
    QCOMPARE(demandAt(t, periods, 0), 100.0);

    t.demand.explicitSeries = true;
    t.demand.series = {1, 2, 3, 4, 5, 6};
    QCOMPARE(demandAt(t, periods, 3), 4.0);
}

void TstModel::periodOf()
{
    Periods q{{2026, 1}, 4, PeriodLength::Quarter};
    QCOMPARE(q.periodOf({2026, 5}).value(), 1);
    QCOMPARE(q.periodOf({2026, 12}).value(), 3);
    QVERIFY(!q.periodOf({2027, 1}));
    QVERIFY(!q.periodOf({2025, 12}));
    QCOMPARE(QString::fromStdString(q.label(2)), QStringLiteral("2026-07"));
}

void TstModel::scenarioOverlayAndCapex()
{
    Project p;
    p.chips.push_back(Chip{"a100", "NVIDIA", "A100", "cuda", 312, 80, 400, 0.3, 100000});
    p.centers.push_back(Center{"c1", "C1", "R", 0, 0, 1.2, {}, 0.5, 1.0, {}});
    Scenario s;
    s.addCenters.push_back(Center{"c2", "C2", "R", 0, 0, 1.3, {}, 0.6, 1.0, 5e8});
    s.addInventory.push_back(Inventory{"c2", "a100", 10, {}, {}});
    const Project eff = applyScenario(p, s);
    QCOMPARE(eff.centers.size(), size_t(2));
    QCOMPARE(eff.inventory.size(), size_t(1));
    QCOMPARE(p.centers.size(), size_t(1)); // base untouched
    QCOMPARE(scenarioCapex(p, s), 5e8 + 10 * 100000.0);
}

QTEST_GUILESS_MAIN(TstModel)
#include "tst_model.moc"
