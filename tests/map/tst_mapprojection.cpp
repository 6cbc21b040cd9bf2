#include "map/mapprojection.h"

#include <QTest>

#include <cmath>

using atlas::MapProjection;

class TestMapProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snyderExample();
    void chinaDefaults();
    void trueScaleOnStandardParallels();
    void equalArea_data();
    void equalArea();
    void roundTrip_data();
    void roundTrip();
};

// Snyder, Map Projections: A Working Manual (1987), p. 292: Albers on the unit sphere,
// φ1 = 29.5°, φ2 = 45.5°, φ0 = 23°, λ0 = 96°W; (35°N, 75°W) → x = 0.2952720, y = 0.2416774.
void TestMapProjection::snyderExample()
{
    const MapProjection p(29.5, 45.5, -96.0, 23.0, 1.0);
    QCOMPARE(std::round(p.coneConstant() * 1e7) / 1e7, 0.6028370);
    const QPointF xy = p.forward(35.0, -75.0);
    QVERIFY(std::abs(xy.x() - 0.2952720) < 5e-7);
    QVERIFY(std::abs(-xy.y() - 0.2416774) < 5e-7);  // scene y grows south
}

void TestMapProjection::chinaDefaults()
{
    const MapProjection p;
    QCOMPARE(p.centralMeridian(), 105.0);
    const QPointF origin = p.forward(0.0, 105.0);
    QVERIFY(std::abs(origin.x()) < 1e-9 && std::abs(origin.y()) < 1e-9);
    // Beijing lies east of the central meridian and north of Guiyang (scene y smaller).
    const QPointF beijing = p.forward(39.90, 116.40);
    const QPointF guiyang = p.forward(26.65, 106.63);
    const QPointF urumqi = p.forward(43.83, 87.62);
    QVERIFY(beijing.x() > 0);
    QVERIFY(urumqi.x() < 0);
    QVERIFY(beijing.y() < guiyang.y());
    // Beijing–Urumqi is about 2,400 km on the ground; an equal-area conic stays close.
    const double d = std::hypot(beijing.x() - urumqi.x(), beijing.y() - urumqi.y());
    QVERIFY2(d > 2300 && d < 2550, qPrintable(QString::number(d)));
}

void TestMapProjection::trueScaleOnStandardParallels()
{
    const MapProjection p;
    for (double lat : {25.0, 47.0}) {
        // A short step along the parallel has its length on the sphere.
        const QPointF a = p.forward(lat, 104.95), b = p.forward(lat, 105.05);
        const double onMap = std::hypot(b.x() - a.x(), b.y() - a.y());
        const double onGround = MapProjection::EarthRadiusKm * std::cos(lat * M_PI / 180) * 0.1 * M_PI / 180;
        QVERIFY2(std::abs(onMap / onGround - 1) < 1e-6, qPrintable(QString::number(onMap / onGround)));
    }
}

void TestMapProjection::equalArea_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::newRow("Hainan") << 19.0 << 109.5;
    QTest::newRow("Guizhou") << 26.6 << 106.6;
    QTest::newRow("Heilongjiang") << 47.0 << 128.0;
    QTest::newRow("Xinjiang") << 42.0 << 80.0;
}

void TestMapProjection::equalArea()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    const MapProjection p;
    const double h = 0.01;
    const QPointF o = p.forward(lat, lon), e = p.forward(lat, lon + h), n = p.forward(lat + h, lon);
    const double mapArea = std::abs((e.x() - o.x()) * (n.y() - o.y()) - (e.y() - o.y()) * (n.x() - o.x()));
    const double rad = M_PI / 180, R = MapProjection::EarthRadiusKm;
    const double groundArea = R * R * std::cos(lat * rad) * h * rad * h * rad;
    QVERIFY2(std::abs(mapArea / groundArea - 1) < 1e-3, qPrintable(QString::number(mapArea / groundArea)));
}

void TestMapProjection::roundTrip_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::newRow("Beijing") << 39.90 << 116.40;
    QTest::newRow("Kashgar") << 39.47 << 75.99;
    QTest::newRow("Sanya") << 18.25 << 109.51;
    QTest::newRow("Mohe") << 52.97 << 122.54;
    QTest::newRow("across 180") << -17.0 << 179.9;
    QTest::newRow("west of 180") << 64.7 << -177.5;
    QTest::newRow("southern") << -33.9 << 151.2;
}

void TestMapProjection::roundTrip()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    const MapProjection p;
    const QPointF back = p.inverse(p.forward(lat, lon));
    QVERIFY2(std::abs(back.y() - lat) < 1e-9, qPrintable(QString::number(back.y())));
    QVERIFY2(std::abs(back.x() - lon) < 1e-9, qPrintable(QString::number(back.x())));
}

QTEST_GUILESS_MAIN(TestMapProjection)
#include "tst_mapprojection.moc"
