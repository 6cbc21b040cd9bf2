// What a user does with a chart: hide series from the legend, follow the period slider,
// read values under the pointer, click to select, export; empty states say what to do.
#include "chartfixture.h"
#include "charts/chartdata.h"
#include "charts/chartrender.h"
#include "charts/chartwidget.h"
#include "charts/qcp.h"
#include "charts/seriespicker.h"
#include "testutil.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace atlas;

namespace {

/** Centre of the legend item for series i. */
QPoint legendItemCentre(ChartWidget &w, int i)
{
    QCustomPlot *plot = w.plot();
    QCPAbstractLegendItem *item = plot->legend->item(i);
    return plot->mapTo(&w, item->outerRect().center());
}

} // namespace

class TestChartWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyStateSaysWhatToDo()
    {
        ChartWidget w;
        w.resize(600, 400);
        QVERIFY(w.chartData().isEmpty());
        QCOMPARE(w.plot()->axisRectCount(), 0);  // no empty axes
        bool found = false;
        for (int i = 0; i < w.plot()->plotLayout()->elementCount(); ++i)
            if (auto *text = qobject_cast<QCPTextElement *>(w.plot()->plotLayout()->elementAt(i)))
                found = found || text->text() == QStringLiteral("Run the scenario to see results");
        QVERIFY(found);
        w.setPeriod(3);  // harmless
        QVERIFY(w.showCrosshairAt(QPoint(300, 200)).isEmpty());
    }

    void legendClickToggles_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("lines") << 0;
        QTest::newRow("stacked") << 1;
        QTest::newRow("bars") << 2;
    }
    void legendClickToggles()
    {
        QFETCH(int, kind);
        const auto f = test::makeChartFixture(12);
        const std::vector<ScenarioResult> runs{test::makeTotals("today", 1, 1, 0.5, 1, 1, 0),
                                               test::makeTotals("build", 2, 0, 0.7, 2, 2, 3)};
        const ChartData d = kind == 0 ? charts::utilization(f.result, f.project, Breakdown::Centers)
            : kind == 1 ? charts::servedStacked(f.result, f.project, Breakdown::Ecosystems)
                        : charts::scenarioComparison(runs, f.project);
        ChartWidget w;
        w.resize(800, 500);
        w.setChartData(d);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QSignalSpy spy(&w, &ChartWidget::seriesVisibilityChanged);
        QVERIFY(w.isSeriesVisible(1));
        QTest::mouseClick(w.plot(), Qt::LeftButton, {}, w.plot()->mapFrom(&w, legendItemCentre(w, 1)));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!w.isSeriesVisible(1));
        QVERIFY(w.isSeriesVisible(0));
        QVERIFY(!w.plot()->plottable(1)->visible());
        QTest::mouseClick(w.plot(), Qt::LeftButton, {}, w.plot()->mapFrom(&w, legendItemCentre(w, 1)));
        QVERIFY(w.isSeriesVisible(1));
    }

    void periodMarkerFollows()
    {
        const auto f = test::makeChartFixture(24);
        ChartWidget w;
        w.resize(800, 500);
        w.setChartData(charts::supplyDemand(f.result, f.project));
        QVERIFY(std::isnan(w.markerPosition()));
        w.setPeriod(5);
        QCOMPARE(w.period(), 5);
        QCOMPARE(w.markerPosition(), 5.0);
        w.setPeriod(17);
        QCOMPARE(w.markerPosition(), 17.0);
        w.setPeriod(99);  // outside the horizon: hidden, not misplaced
        QVERIFY(std::isnan(w.markerPosition()));
        w.setPeriod(2);
        w.setChartData(charts::energyCost(f.result, f.project));  // another chart keeps the period
        QCOMPARE(w.markerPosition(), 2.0);
    }

    void crosshairShowsValues()
    {
        const auto f = test::makeChartFixture(12);
        ChartWidget w;
        w.resize(800, 500);
        w.setChartData(charts::supplyDemand(f.result, f.project));
        w.plot()->replot(QCustomPlot::rpImmediateRefresh);
        const QString text = w.showCrosshairAt(w.pointPosition(0, 3));
        QVERIFY2(text.startsWith(QStringLiteral("2026-04")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Capacity: 115 PFLOPS")));  // 100 + 5×3
        QVERIFY(text.contains(QStringLiteral("Demand: 107 PFLOPS")));
    }

    void clickSelectsKey_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("series");
        QTest::addColumn<int>("point");
        QTest::addColumn<QString>("key");
        QTest::newRow("line") << 0 << 2 << 4 << QStringLiteral("c2");
        QTest::newRow("heatmap cell") << 1 << 1 << 3 << QStringLiteral("c1");
        QTest::newRow("bar") << 2 << 1 << 0 << QStringLiteral("build");
        QTest::newRow("scatter point") << 3 << 0 << 0 << QStringLiteral("today");
    }
    void clickSelectsKey()
    {
        QFETCH(int, kind);
        QFETCH(int, series);
        QFETCH(int, point);
        QFETCH(QString, key);
        auto f = test::makeChartFixture(12);
        for (size_t c = 0; c < f.result.centers.size(); ++c)  // lines far apart
            for (double &u : f.result.centers[c].utilization)
                u = 0.2 + 0.3 * double(c);
        const std::vector<ScenarioResult> runs{test::makeTotals("today", 100, 50, 0.5, 10, 1000, 0),
                                               test::makeTotals("build", 200, 0, 0.8, 20, 1500, 5e6)};
        const ChartData d = kind == 0 ? charts::utilization(f.result, f.project, Breakdown::Centers)
            : kind == 1 ? charts::utilizationHeatmap(f.result, f.project)
            : kind == 2 ? charts::scenarioComparison(runs, f.project)
                        : charts::buildVersusUse(runs, f.project);
        ChartWidget w;
        w.resize(800, 500);
        w.setChartData(d);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QSignalSpy spy(&w, &ChartWidget::keySelected);
        QTest::mouseClick(w.plot(), Qt::LeftButton, {}, w.plot()->mapFrom(&w, w.pointPosition(series, point)));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<KeyKind>(), d.keyKind);
        QCOMPARE(spy.at(0).at(1).toString(), key);
    }

    void zoomStaysWithinData()
    {
        const auto f = test::makeChartFixture(12);
        ChartWidget w;
        w.resize(800, 500);
        w.setChartData(charts::supplyDemand(f.result, f.project));
        w.plot()->xAxis->setRange(-100, 100);
        QVERIFY(w.plot()->xAxis->range().lower >= -0.5 - 6 - 1e-9);
        QVERIFY(w.plot()->xAxis->range().upper <= 11.5 + 6 + 1e-9);
        w.plot()->yAxis->setRange(-50, 10);
        QVERIFY(w.plot()->yAxis->range().lower >= 0);  // no negative PFLOPS
        w.plot()->xAxis->setRange(3, 3.01);
        QVERIFY(w.plot()->xAxis->range().size() >= 1.0 - 1e-9);
    }

    void exports()
    {
        const auto f = test::makeChartFixture(12);
        ChartWidget w;
        w.resize(800, 500);
        w.setChartData(charts::supplyDemand(f.result, f.project));
        test::TempDir dir;
        const QString base = QString::fromStdString(dir.root()) + QStringLiteral("/chart");
        QVERIFY(w.exportTo(base + QStringLiteral(".png")));
        QCOMPARE(QImage(base + QStringLiteral(".png")).isNull(), false);
        QVERIFY(w.exportTo(base + QStringLiteral(".svg")));
        const std::string svg = test::readAll((base + QStringLiteral(".svg")).toStdString());
        QVERIFY(svg.find("<svg") != std::string::npos);
        QVERIFY(svg.find("PFLOPS") != std::string::npos);  // text stays text
        QVERIFY(w.exportTo(base + QStringLiteral(".pdf")));
        QVERIFY(test::readAll((base + QStringLiteral(".pdf")).toStdString()).rfind("%PDF", 0) == 0);
        QVERIFY(w.exportTo(base + QStringLiteral(".csv")));
        const std::string csv = test::readAll((base + QStringLiteral(".csv")).toStdString());
        QCOMPARE(QString::fromUtf8(csv.data() + 3, qsizetype(csv.size() - 3)), w.csv());
        QVERIFY(w.csv().contains(QStringLiteral("2026-12,155,179,155,24")));
    }

    void renderForReport()
    {
        const auto f = test::makeChartFixture(12, 5, true);
        QImage page(1000, 700, QImage::Format_ARGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            renderChart(charts::utilizationHeatmap(f.result, f.project), &painter, QRectF(100, 100, 800, 500), QSize(800, 500));
        }
        // Something drawn inside the rectangle, nothing outside it.
        int inside = 0, outside = 0;
        for (int y = 0; y < page.height(); y += 4)
            for (int x = 0; x < page.width(); x += 4) {
                const bool in = QRect(100, 100, 800, 500).contains(x, y);
                if (page.pixel(x, y) != qRgb(255, 255, 255))
                    ++(in ? inside : outside);
            }
        QVERIFY(inside > 1000);
        QCOMPARE(outside, 0);
        QVERIFY(!renderChartImage(charts::supplyDemand(f.result, f.project), QSize(400, 300)).isNull());
    }

    // Hundreds of series have no legend: the picker chooses them, filtered by name.
    void seriesPickerChoosesAmongHundreds()
    {
        ChartData d;
        d.kind = ChartKind::Line;
        d.title = QStringLiteral("Utilization");
        for (int t = 0; t < 6; ++t)
            d.xLabels << QStringLiteral("2026-%1").arg(t + 1, 2, 10, QLatin1Char('0'));
        for (int i = 0; i < 300; ++i) {
            ChartSeries s;
            s.name = (i % 3 == 0 ? QStringLiteral("Guian %1") : QStringLiteral("Horinger %1")).arg(i);
            s.key = s.name;
            s.values.assign(6, 0.01 * (i % 90));
            d.series.push_back(s);
        }
        ChartWidget w;
        w.resize(800, 500);
        w.setChartData(d);
        QVERIFY(!w.plot()->legend->visible());

        QTimer::singleShot(0, &w, [&w] {
            auto *picker = w.findChild<SeriesPicker *>();
            QVERIFY(picker);
            QCOMPARE(picker->listedCount(), 300);
            picker->setListedChecked(false);  // hide every series …
            picker->setFilter(QStringLiteral("guian"));
            QCOMPARE(picker->listedCount(), 100);
            picker->setListedChecked(true);   // … then show the Guian ones only
            picker->accept();
        });
        w.chooseSeries();
        for (int i = 0; i < 300; ++i)
            QCOMPARE(w.isSeriesVisible(i), i % 3 == 0);

        QTimer::singleShot(0, &w, [&w] {
            auto *picker = w.findChild<SeriesPicker *>();
            QVERIFY(picker);
            picker->setListedChecked(true);
            picker->reject();  // Cancel changes nothing
        });
        w.chooseSeries();
        QVERIFY(!w.isSeriesVisible(1));
    }
};

QTEST_MAIN(TestChartWidget)
#include "tst_chartwidget.moc"
