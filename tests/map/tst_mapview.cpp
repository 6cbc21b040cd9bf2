#include "map/centeritem.h"
#include "map/flowitem.h"
#include "map/linkitem.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "map/regionitem.h"
#include "testutil.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;

namespace {

Project tinyProject()
{
    Project p;
    p.name = "tiny";
    p.periods = Periods{Month{2026, 1}, 6, PeriodLength::Month};
    p.regions = {{"BJ", "北京", 39.90, 116.40}, {"GZ", "贵州", 26.65, 106.63}, {"SH", "上海", 31.23, 121.47}};
    Center a;
    a.id = "bj-dc"; a.name = "北京数据中心"; a.region = "BJ"; a.lat = 40.2; a.lon = 116.0;
    Center b = a;
    b.id = "gz-dc"; b.name = "贵安数据中心"; b.region = "GZ"; b.lat = 26.4; b.lon = 106.3;
    Center c = a;
    c.id = "sh-dc"; c.name = "上海数据中心"; c.region = "SH"; c.lat = 31.0; c.lon = 121.2;
    p.centers = {a, b, c};
    Chip h; h.id = "h100"; h.ecosystem = "CUDA"; h.tflops = 1000;
    Chip g; g.id = "910b"; g.ecosystem = "CANN"; g.tflops = 500;
    p.chips = {h, g};
    p.inventory = {{"bj-dc", "h100", 1000, {}, {}}, {"gz-dc", "910b", 4000, {}, {}},
                   {"gz-dc", "h100", 500, {}, {}}, {"sh-dc", "h100", 800, {}, {}}};
    p.links = {{"BJ", "GZ", 30, 100.0}, {"SH", "GZ", 25, 400.0}};
    Tenant t;
    t.id = "t1"; t.name = "t1"; t.region = "BJ"; t.ecosystems = {"CUDA"};
    t.demand.base = 100; t.demand.growth = 0.2;
    Tenant u = t;
    u.id = "t2"; u.region = "SH"; u.demand.base = 50; u.demand.growth = 0;
    p.tenants = {t, u};
    return p;
}

/** A hand-made run: t1 (Beijing) is served half in Beijing, half in Guizhou. */
ScenarioResult tinyResult(const Project &p)
{
    ScenarioResult r;
    r.scenario = "base";
    FlowBuilder flows(r);
    for (int t = 0; t < p.periods.count; ++t) {
        const double d = demandAt(p.tenants[0], p.periods, t);
        flows.add(t, "t1", "bj-dc", "h100", d / 2);
        flows.add(t, "t1", "gz-dc", "910b", d / 2);
        flows.add(t, "t2", "sh-dc", "h100", t < 3 ? 50.0 : 25.0);
    }
    r.centers = {{"bj-dc", {}, {}, std::vector<double>(6, 0.5)},
                 {"gz-dc", {}, {}, std::vector<double>(6, 0.1)},
                 {"sh-dc", {}, {}, std::vector<double>(6, 0.9)}};
    return r;
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void itemsPerEntity();
    void flowsFollowRoutesAndLoadLinks();
    void clickSelectsAndSignals();
    void selectEntityIsSilent();
    void periodChangeUpdatesBubbleSizes();
    void withoutResultShowsDemandOnly();
    void dragCenterRequestsMove();
    void hidingALayerHidesItsItems();
    void exports();
    void fitFramesDataNotBoundaries();

private:
    MapView *mView = nullptr;
    Project mProject;
    ScenarioResult mResult;
};

void TestMapView::init()
{
    mProject = tinyProject();
    mResult = tinyResult(mProject);
    mView = new MapView;
    mView->resize(900, 700);
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView));
    mView->setProjectAndResult(mProject, &mResult);
    mView->fitToData();
}

void TestMapView::cleanup()
{
    delete mView;
    mView = nullptr;
}

void TestMapView::itemsPerEntity()
{
    MapScene *s = mView->mapScene();
    QCOMPARE(s->regionItems().size(), 3);
    QCOMPARE(s->centerItems().size(), 3);
    QCOMPARE(s->linkItems().size(), 2);
    QCOMPARE(s->flowItems().size(), 3);  // BJ→bj-dc, BJ→gz-dc, SH→sh-dc
    for (const Region &r : mProject.regions)
        QVERIFY(s->entityItem(MapEntityKind::Region, QString::fromStdString(r.id)));
    for (const Center &c : mProject.centers)
        QVERIFY(s->entityItem(MapEntityKind::Center, QString::fromStdString(c.id)));
    // Beijing's bubble is north-east of Guizhou's.
    const QPointF bj = s->entityItem(MapEntityKind::Region, QStringLiteral("BJ"))->pos();
    const QPointF gz = s->entityItem(MapEntityKind::Region, QStringLiteral("GZ"))->pos();
    QVERIFY(bj.x() > gz.x() && bj.y() < gz.y());
}

void TestMapView::flowsFollowRoutesAndLoadLinks()
{
    const MapData &d = mView->mapScene()->data();
    // Beijing → Guizhou's centre: BJ, GZ, gz-dc (over the BJ–GZ link, then access).
    bool found = false;
    for (const MapData::FlowInfo &f : d.flows) {
        if (d.regions[f.region].id == QLatin1String("BJ") && d.centers[f.center].id == QLatin1String("gz-dc")) {
            QCOMPARE(f.route.size(), 3);
            found = true;
        }
    }
    QVERIFY(found);
    const double half0 = demandAt(mProject.tenants[0], mProject.periods, 0) / 2;
    QVERIFY(atlas::test::fuzzyEqual(d.links[0].carried[0], half0));
    QCOMPARE(d.links[1].carried[0], 0.0);
}

void TestMapView::clickSelectsAndSignals()
{
    QSignalSpy spy(mView, &MapView::entitySelected);
    auto *gz = mView->mapScene()->entityItem(MapEntityKind::Center, QStringLiteral("gz-dc"));
    QTest::mouseClick(mView->viewport(), Qt::LeftButton, {}, mView->mapFromScene(gz->pos()));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<MapEntityKind>(), MapEntityKind::Center);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("gz-dc"));
    QVERIFY(gz->isSelected());

    auto *sh = mView->mapScene()->entityItem(MapEntityKind::Region, QStringLiteral("SH"));
    // The region bubble's left edge, clear of the centre glyph nearby.
    auto *region = static_cast<RegionItem *>(sh);
    const QPoint at = mView->mapFromScene(sh->pos()) + QPoint(-int(region->radius()) + 3, 0);
    QTest::mouseClick(mView->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).value<MapEntityKind>(), MapEntityKind::Region);
    QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("SH"));

    // Open water in the top-left corner: nothing selected.
    QTest::mouseClick(mView->viewport(), Qt::LeftButton, {}, QPoint(5, 60));
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.at(2).at(0).value<MapEntityKind>(), MapEntityKind::None);
}

void TestMapView::selectEntityIsSilent()
{
    QSignalSpy spy(mView, &MapView::entitySelected);
    mView->selectEntity(MapEntityKind::Region, QStringLiteral("BJ"));
    QVERIFY(mView->mapScene()->entityItem(MapEntityKind::Region, QStringLiteral("BJ"))->isSelected());
    QCOMPARE(spy.size(), 0);
    // And the selection survives a rebuild (e.g. after an undoable edit).
    mView->setProjectAndResult(mProject, &mResult);
    QVERIFY(mView->mapScene()->entityItem(MapEntityKind::Region, QStringLiteral("BJ"))->isSelected());
    QCOMPARE(spy.size(), 0);
}

void TestMapView::periodChangeUpdatesBubbleSizes()
{
    MapScene *s = mView->mapScene();
    auto *bj = static_cast<RegionItem *>(s->entityItem(MapEntityKind::Region, QStringLiteral("BJ")));
    auto *sh = static_cast<RegionItem *>(s->entityItem(MapEntityKind::Region, QStringLiteral("SH")));
    auto *flow = s->flowItems().first();
    QSignalSpy spy(mView, &MapView::periodChanged);
    mView->setPeriod(0);
    QCOMPARE(spy.size(), 0);  // already there
    const double bj0 = bj->radius(), sh0 = sh->radius();
    const QGraphicsItem *before = bj;
    mView->setPeriod(5);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 5);
    // Beijing's demand grows 20 % a period: area ratio 1.2^5, radius ratio its root.
    QVERIFY(bj->radius() > bj0);
    QVERIFY(std::abs(bj->radius() / bj0 - std::sqrt(std::pow(1.2, 5))) < 1e-6);
    QCOMPARE(sh->radius(), sh0);
    // Updated in place, not rebuilt.
    QCOMPARE(s->entityItem(MapEntityKind::Region, QStringLiteral("BJ")), before);
    QCOMPARE(s->flowItems().first(), flow);
    // Out-of-range periods clamp.
    mView->setPeriod(99);
    QCOMPARE(mView->period(), 5);
}

void TestMapView::withoutResultShowsDemandOnly()
{
    mView->setResult(nullptr);
    const MapData &d = mView->mapScene()->data();
    QVERIFY(!d.hasResult);
    QVERIFY(d.flows.isEmpty());
    QCOMPARE(d.servedShare(0, 0), -1.0);
    QVERIFY(static_cast<RegionItem *>(mView->mapScene()->regionItems().first())->radius() > 0);
    QVERIFY(mView->mapScene()->flowItems().isEmpty());
}

void TestMapView::dragCenterRequestsMove()
{
    QSignalSpy spy(mView, &MapView::centerMoveRequested);
    auto *gz = mView->mapScene()->entityItem(MapEntityKind::Center, QStringLiteral("gz-dc"));
    const QPointF modelPos = gz->pos();
    const QPoint from = mView->mapFromScene(gz->pos());
    const QPoint to = from + QPoint(60, -40);
    const QPointF expected = mView->mapScene()->projection().inverse(mView->mapToScene(to));
    QTest::mousePress(mView->viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 6; ++i) {
        QMouseEvent move(QEvent::MouseMove, QPointF(from + (to - from) * i / 6),
                         mView->viewport()->mapToGlobal(QPointF(from + (to - from) * i / 6)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(mView->viewport(), &move);
    }
    QTest::mouseRelease(mView->viewport(), Qt::LeftButton, {}, to);
    QVERIFY(spy.wait(1000) || spy.size() == 1);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("gz-dc"));
    QVERIFY(std::abs(spy.at(0).at(1).toDouble() - expected.y()) < 0.2);
    QVERIFY(std::abs(spy.at(0).at(2).toDouble() - expected.x()) < 0.2);
    // The map does not move the model: the glyph waits for the app's new project.
    QCOMPARE(gz->pos(), modelPos);
}

void TestMapView::hidingALayerHidesItsItems()
{
    mView->setLayerVisible(MapLayer::Centers, false);
    for (auto *c : mView->mapScene()->centerItems())
        QVERIFY(!c->isVisible());
    mView->setLayerVisible(MapLayer::Centers, true);
    for (auto *c : mView->mapScene()->centerItems())
        QVERIFY(c->isVisible());
    QVERIFY(!mView->isLayerVisible(MapLayer::Countries));  // illustrative: off by default
}

// A boundary far larger than the data (a national outline under a few centres) must not
// zoom the map out; an empty project is framed by its boundary.
void TestMapView::fitFramesDataNotBoundaries()
{
    MapScene *s = mView->mapScene();
    const MapProjection &pr = s->projection();
    const QRectF data = s->dataBounds();
    QVERIFY(!data.isNull());
    QPolygonF ring;  // 73–135°E, 18–54°N, as lat/lon points
    for (const auto &[lat, lon] : std::vector<std::pair<double, double>>{{18, 73}, {18, 135}, {54, 135}, {54, 73}, {18, 73}})
        ring << QPointF(lon, lat);
    s->setBoundaries({ring});
    QCOMPARE(s->dataBounds(), data);
    mView->fitToData();
    const QRectF shownWithData = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    QVERIFY(shownWithData.contains(data));
    const QRectF outline = QRectF(pr.forward(54, 73), pr.forward(18, 135)).normalized();
    QVERIFY2(shownWithData.width() < outline.width(), "fitted to the boundary, not the data");

    mView->setProjectAndResult(Project{}, nullptr);
    s->setBoundaries({ring});
    QVERIFY(!s->dataBounds().isNull());
    mView->fitToData();
    const QRectF shownEmpty = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    QVERIFY(shownEmpty.width() >= s->dataBounds().width() * 0.99);
}

void TestMapView::exports()
{
    atlas::test::TempDir dir;
    const QString png = QString::fromStdString(dir.path("map.png"));
    QVERIFY(mView->exportPng(png, 192));
    const QImage image(png);
    QCOMPARE(image.size(), mView->viewport()->size() * 2);
    QVERIFY(std::abs(image.dotsPerMeterX() - 192 / 0.0254) < 2);
    const QString svg = QString::fromStdString(dir.path("map.svg"));
    QVERIFY(mView->exportSvg(svg));
    const std::string text = atlas::test::readAll(dir.path("map.svg"));
    QVERIFY(text.find("<svg") != std::string::npos);
    QVERIFY(text.find("<path") != std::string::npos);
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
