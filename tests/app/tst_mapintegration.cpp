// The map and the charts inside the app: edits from the map go through the undo stack,
// selection follows between map, tables and charts, the charts show the stored results.

#include "apptestutil.h"
#include "charts/chartwidget.h"
#include "dashboardview.h"
#include "editcommands.h"
#include "editorarea.h"
#include "entitytableeditor.h"
#include "map/mapcompareview.h"
#include "map/mapentityitem.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "map/periodslider.h"
#include "mappanel.h"
#include "scenariorunner.h"

#include <QtTest>

#include <cmath>

using namespace atlas;

class TestMapIntegration : public QObject
{
    Q_OBJECT

private:
    test::TempDir mTemp;
    std::unique_ptr<DocumentManager> mManager;

    Document *openDemo()
    {
        mManager = test::quietManager(QString::fromStdString(mTemp.path("recovery")));
        return mManager->openFile(test::demoYaml()) ? mManager->document() : nullptr;
    }

    static bool runScenarios(Document *doc, const QStringList &ids)
    {
        ScenarioRunner runner(doc);
        QSignalSpy finished(&runner, &ScenarioRunner::finished);
        if (!runner.run(ids) || !finished.wait(180000))
            return false;
        return !finished.first().at(0).toBool() && finished.first().at(1).toStringList().isEmpty();
    }

    static bool isSelectedOnMap(MapView *view, MapEntityKind kind, const QString &id)
    {
        MapEntityItem *item = view->mapScene()->entityItem(kind, id);
        return item && item->isSelected();
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void boundaryLayerImportIsUndoable()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        MapPanel panel(doc);
        BoundaryLayer layer;
        layer.name = "省界（测试）";
        layer.source = "test";
        layer.approvalNumber = "GS(2024)0001号";
        layer.geojson = R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"A"},)"
                        R"("geometry":{"type":"Polygon","coordinates":[[[100,30],[110,30],[110,35],[100,30]]]}}]})";
        QVERIFY(edit::addBoundaryLayer(*doc, layer));
        QCOMPARE(doc->data().boundaries.size(), size_t(1));
        QVERIFY(doc->isModified());
        QVERIFY(panel.mapView()->mapScene()->boundaryCredits().join(QString()).contains(QStringLiteral("GS(2024)0001号")));
        doc->undoStack()->undo();
        QVERIFY(doc->data().boundaries.empty());
        QVERIFY(panel.mapView()->mapScene()->boundaryCredits().isEmpty());
        doc->undoStack()->redo();
        QCOMPARE(doc->data().boundaries.front().approvalNumber, layer.approvalNumber);
    }

    void dragCentreIsOneUndoStep_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("center");
        QTest::addColumn<int>("overlay");  // the scenario whose add_centers holds it, -1 = base
        QTest::newRow("base centre") << "use" << "guian" << -1;
        QTest::newRow("centre a scenario adds") << "build" << "bj-new" << 3;
    }
    void dragCentreIsOneUndoStep()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, center);
        QFETCH(int, overlay);
        Document *doc = openDemo();
        QVERIFY(doc);
        MapPanel panel(doc);
        panel.setScenario(scenario);
        QCOMPARE(panel.scenario(), scenario);
        QVERIFY(panel.mapView()->mapScene()->entityItem(MapEntityKind::Center, center));

        const EntityList list{EntityKind::Center, overlay};
        const auto [where, row] = mapEntityRow(doc->project(), scenario, MapEntityKind::Center, center);
        QVERIFY(where == list);
        QVERIFY(row >= 0);
        const Center before = std::get<Center>(entityAt(doc->project(), list, row));
        const int steps = doc->undoStack()->count();

        Q_EMIT panel.mapView()->centerMoveRequested(center, before.lat + 1.25, before.lon - 2.5);
        const Center moved = std::get<Center>(entityAt(doc->project(), list, row));
        QCOMPARE(moved.lat, before.lat + 1.25);
        QCOMPARE(moved.lon, before.lon - 2.5);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(doc->isModified());

        // The map follows the model through the notifier.
        QTRY_VERIFY(panel.mapView()->mapScene()->data().centers.size() > 0);

        doc->undoStack()->undo();
        const Center restored = std::get<Center>(entityAt(doc->project(), list, row));
        QCOMPARE(restored.lat, before.lat);
        QCOMPARE(restored.lon, before.lon);
        doc->undoStack()->redo();
        QCOMPARE(std::get<Center>(entityAt(doc->project(), list, row)).lat, before.lat + 1.25);
    }

    void addCentreOnMap()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        MapPanel panel(doc);
        QSignalSpy selected(&panel, &MapPanel::entitySelected);
        const size_t count = doc->project().centers.size();
        const int steps = doc->undoStack()->count();

        Q_EMIT panel.mapView()->addCenterRequested(30.5, 114.3);  // near Wuhan
        QCOMPARE(doc->project().centers.size(), count + 1);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const Center &c = doc->project().centers.back();
        QCOMPARE(c.lat, 30.5);
        QCOMPARE(c.lon, 114.3);
        QVERIFY(!c.id.empty());
        QCOMPARE(int(std::count_if(doc->project().centers.begin(), doc->project().centers.end(),
                                   [&c](const Center &o) { return o.id == c.id; })), 1);
        QCOMPARE(QString::fromStdString(c.region), QStringLiteral("HB"));  // the nearest region
        // It is selected on the map and in the table.
        QVERIFY(isSelectedOnMap(panel.mapView(), MapEntityKind::Center, QString::fromStdString(c.id)));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().at(1).toInt(), int(count));

        doc->undoStack()->undo();
        QCOMPARE(doc->project().centers.size(), count);
    }

    void mapSelectionSelectsTableRow_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("list");
        QTest::newRow("centre") << int(MapEntityKind::Center) << "shaoguan" << int(EntityKind::Center);
        QTest::newRow("region") << int(MapEntityKind::Region) << "SC" << int(EntityKind::Region);
    }
    void mapSelectionSelectsTableRow()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(int, list);
        Document *doc = openDemo();
        QVERIFY(doc);
        EditorArea area;
        area.setDocument(doc);
        area.showMap();
        const EntityList entities{EntityKind(list), -1};
        const auto [where, row] = mapEntityRow(doc->project(), area.mapPanel()->scenario(), MapEntityKind(kind), id);
        QVERIFY(where == entities);
        QVERIFY(row > 0);

        QSignalSpy current(&area, &EditorArea::currentRowChanged);
        Q_EMIT area.mapPanel()->mapView()->entitySelected(MapEntityKind(kind), id);
        QCOMPARE(area.editor(entities)->currentRow(), row);
        QCOMPARE(area.currentWidget(), static_cast<QWidget *>(area.mapPanel()));  // the map stays in front
        QVERIFY(!current.isEmpty());                                           // the properties dock follows
        QCOMPARE(current.last().at(1).toInt(), row);
    }

    void tableSelectionSelectsOnMap_data()
    {
        QTest::addColumn<int>("list");
        QTest::addColumn<int>("kind");
        QTest::newRow("centre") << int(EntityKind::Center) << int(MapEntityKind::Center);
        QTest::newRow("region") << int(EntityKind::Region) << int(MapEntityKind::Region);
    }
    void tableSelectionSelectsOnMap()
    {
        QFETCH(int, list);
        QFETCH(int, kind);
        Document *doc = openDemo();
        QVERIFY(doc);
        EditorArea area;
        area.setDocument(doc);
        const EntityList entities{EntityKind(list), -1};
        QSignalSpy mapSelected(area.mapPanel()->mapView(), &MapView::entitySelected);
        for (int row : {2, 0}) {
            area.editor(entities)->selectCell(row, 0);
            const QString id = QString::fromStdString(entityId(entityAt(doc->project(), entities, row)));
            QVERIFY(isSelectedOnMap(area.mapPanel()->mapView(), MapEntityKind(kind), id));
        }
        QVERIFY(mapSelected.isEmpty());  // silent: no echo back to the tables
    }

    void mapFollowsResultsAndHints()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        MapPanel panel(doc);
        panel.setScenario(QStringLiteral("use"));
        QVERIFY(!panel.hint().isEmpty());  // no results yet: demand only
        QVERIFY(panel.mapView()->mapScene()->flowItems().isEmpty());
        QVERIFY(runScenarios(doc, {QStringLiteral("use")}));
        QTRY_VERIFY(panel.hint().isEmpty());
        QVERIFY(!panel.mapView()->mapScene()->flowItems().isEmpty());

        panel.setCompare(true, QStringLiteral("build"));
        QVERIFY(panel.isComparing());
        QVERIFY(panel.compareView()->left()->mapScene()->entityItem(MapEntityKind::Center, QStringLiteral("guian")));
        QVERIFY(panel.compareView()->right()->mapScene()->entityItem(MapEntityKind::Center, QStringLiteral("bj-new")));
        QVERIFY(!panel.compareView()->left()->mapScene()->entityItem(MapEntityKind::Center, QStringLiteral("bj-new")));
        QVERIFY(!panel.hint().isEmpty());  // "build" has no results yet

        const QString png = QString::fromStdString(mTemp.path("map.png"));
        const QString svg = QString::fromStdString(mTemp.path("map.svg"));
        panel.setCompare(false);
        QVERIFY(panel.exportPng(png, 96));
        QVERIFY(panel.exportSvg(svg));
        QVERIFY(QImage(png).width() > 0);
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<svg"));
    }

    void switchingScenariosRepaints()
    {
        // Rebuilding the map under a painted view must not leave the scene index stale.
        QVERIFY(QFile::exists(QString::fromStdString(test::sourcePath("resources/demo/demo.yaml"))));
        Document *doc = openDemo();
        QVERIFY(doc);
        QVERIFY(runScenarios(doc, {QStringLiteral("today"), QStringLiteral("use"), QStringLiteral("build")}));
        MapPanel panel(doc);
        panel.resize(1200, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QWidget *viewport = panel.mapView()->viewport();
        for (const char *id : {"today", "use", "build", "", "use"}) {
            for (int x = 100; x < viewport->width(); x += 150)  // hover over the items first
                QTest::mouseMove(viewport, QPoint(x, viewport->height() / 3));
            panel.setScenario(QString::fromLatin1(id));
            QVERIFY(!panel.grab().isNull());
            panel.periodSlider()->setPeriod(7);
            QVERIFY(!panel.grab().isNull());
            QTest::qWait(20);
        }
        panel.setCompare(true, QStringLiteral("build"));
        QVERIFY(!panel.grab().isNull());
    }

    void dashboardChartsShowStoredResults()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        QVERIFY(runScenarios(doc, {QStringLiteral("use"), QStringLiteral("build")}));
        DashboardView view(doc);
        view.setScenarios(QStringLiteral("use"), QStringLiteral("build"));
        auto result = doc->result("use");
        QVERIFY(result);
        const auto &periods = result->periods;

        // Use: supply and demand equal the result's periods.
        const ChartData &sd = view.charts(1).at(0)->chartData();
        QVERIFY(!sd.isEmpty());
        QCOMPARE(sd.periodCount(), int(periods.size()));
        const int served = sd.indexOfKey(QStringLiteral("served"));
        const int capacity = sd.indexOfKey(QStringLiteral("capacity"));
        QVERIFY(served >= 0 && capacity >= 0);
        for (size_t t = 0; t < periods.size(); ++t) {
            QVERIFY(test::fuzzyEqual(sd.series[served].values[t], periods[t].servedPflops));
            QVERIFY(test::fuzzyEqual(sd.series[capacity].values[t], periods[t].capacityPflops));
        }

        // Build: capacity by centre adds up to the capacity of each period.
        const ChartData &cap = view.charts(0).at(0)->chartData();
        QCOMPARE(cap.keyKind, KeyKind::Center);
        for (size_t t = 0; t < periods.size(); ++t) {
            double sum = 0;
            for (const auto &s : cap.series)
                sum += s.values[t];
            QVERIFY2(test::fuzzyEqual(sum, periods[t].capacityPflops, 1e-6), qPrintable(QString::number(t)));
        }
        // Build versus use: a point per scenario with results.
        const ChartData &bvu = view.charts(0).at(3)->chartData();
        int points = 0;
        for (const auto &s : bvu.series)
            points += int(s.values.size());
        QCOMPARE(points, 2);

        // Ecosystem: served by ecosystem adds up to what was served.
        const ChartData &eco = view.charts(2).at(0)->chartData();
        QCOMPARE(eco.keyKind, KeyKind::Ecosystem);
        for (size_t t = 0; t < periods.size(); ++t) {
            double sum = 0;
            for (const auto &s : eco.series)
                sum += s.values[t];
            QVERIFY(test::fuzzyEqual(sum, periods[t].servedPflops, 1e-6));
        }

        // Switching the scenario feeds the charts with its results.
        view.setScenarios(QStringLiteral("build"), QString());
        auto build = doc->result("build");
        const ChartData &sd2 = view.charts(1).at(0)->chartData();
        QVERIFY(test::fuzzyEqual(sd2.series[sd2.indexOfKey(QStringLiteral("served"))].values.back(),
                                 build->periods.back().servedPflops));
    }

    void chartsFollowTheMapPeriod()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        QVERIFY(runScenarios(doc, {QStringLiteral("use")}));
        EditorArea area;
        area.setDocument(doc);
        area.dashboards()->setScenarios(QStringLiteral("use"), QString());
        area.mapPanel()->periodSlider()->setPeriod(5);
        QCOMPARE(doc->viewPeriod(), 5);
        QCOMPARE(area.mapPanel()->mapView()->period(), 5);
        int timeCharts = 0;
        for (int tab = 0; tab < 3; ++tab)
            for (ChartWidget *chart : area.dashboards()->charts(tab)) {
                const ChartKind kind = chart->chartData().kind;
                if (kind != ChartKind::Line && kind != ChartKind::Stacked)
                    continue;  // KPI bars and scatter have no period axis
                ++timeCharts;
                QCOMPARE(chart->period(), 5);
                QVERIFY(!std::isnan(chart->markerPosition()));
            }
        QVERIFY(timeCharts >= 8);
        doc->setViewPeriod(2);
        QCOMPARE(area.mapPanel()->periodSlider()->period(), 2);
        QCOMPARE(area.dashboards()->charts(1).at(0)->period(), 2);
    }

    void chartClickSelectsInApp()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        QVERIFY(runScenarios(doc, {QStringLiteral("use")}));
        EditorArea area;
        area.setDocument(doc);
        area.dashboards()->setScenarios(QStringLiteral("use"), QString());
        ChartWidget *byCentre = area.dashboards()->charts(1).at(2);
        QCOMPARE(byCentre->chartData().keyKind, KeyKind::Center);
        Q_EMIT byCentre->keySelected(KeyKind::Center, QStringLiteral("guian"));
        const EntityList centers{EntityKind::Center, -1};
        const int row = area.editor(centers)->currentRow();
        QVERIFY(row >= 0);
        QCOMPARE(doc->project().centers[row].id, std::string("guian"));
        QVERIFY(isSelectedOnMap(area.mapPanel()->mapView(), MapEntityKind::Center, QStringLiteral("guian")));

        Q_EMIT byCentre->keySelected(KeyKind::Scenario, QStringLiteral("use"));
        const int srow = area.editor(EntityList{EntityKind::Scenario, -1})->currentRow();
        QVERIFY(srow >= 0);
        QCOMPARE(doc->project().scenarios[srow].id, std::string("use"));
    }
};

QTEST_MAIN(TestMapIntegration)
#include "tst_mapintegration.moc"
