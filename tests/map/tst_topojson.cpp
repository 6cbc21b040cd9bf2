#include "map/topojson.h"

#include <QTest>

#include <cmath>

using namespace atlas;

namespace {

// Two squares sharing an edge (arc 0), and a rectangle 170°E–170°W, 20°S–10°S that
// crosses the antimeridian, all quantized (scale 0.5, translate 100/10) and
// delta-encoded as TopoJSON writes them.
const char *const Tiny = R"({
  "type": "Topology",
  "transform": {"scale": [0.5, 0.5], "translate": [100, 10]},
  "objects": {"land": {"type": "GeometryCollection", "geometries": [
    {"type": "Polygon", "arcs": [[0, 1]]},
    {"type": "Polygon", "arcs": [[2, -1]]},
    {"type": "MultiPolygon", "arcs": [[[3]]]}
  ]}},
  "arcs": [
    [[20, 20], [0, 20]],
    [[20, 40], [-20, 0], [0, -20], [20, 0]],
    [[20, 20], [20, 0], [0, 20], [-20, 0]],
    [[140, -60], [-680, 0], [0, 20], [680, 0], [0, -20]]
  ]
})";

double area(const QPolygonF &ring)
{
    double a = 0;
    for (int i = 0; i < ring.size(); ++i) {
        const QPointF p = ring[i], q = ring[(i + 1) % ring.size()];
        a += p.x() * q.y() - q.x() * p.y();
    }
    return std::abs(a) / 2;
}

double largestJump(const QPolygonF &ring)
{
    double j = 0;
    for (int i = 1; i < ring.size(); ++i)
        j = std::max(j, std::abs(ring[i].x() - ring[i - 1].x()));
    return j;
}

} // namespace

class TestTopoJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesQuantizedDeltaArcs();
    void bordersAreSharedArcsOnly();
    void antimeridianRingAwayFromSeamStaysWhole();
    void ringAcrossSeamIsClippedIntoClosedPieces();
    void ringAroundPoleIsClosedAlongIt();
    void lineAcrossSeamIsCut();
    void malformed_data();
    void malformed();
};

void TestTopoJson::decodesQuantizedDeltaArcs()
{
    const Topology t = TopoJson::decode(Tiny, QStringLiteral("land"));
    QVERIFY(t.error.isEmpty());
    QCOMPARE(t.polygons.size(), 3);
    const QPolygonF a = t.polygons[0].first();
    const QPolygonF expectedA{{110, 20}, {110, 30}, {100, 30}, {100, 20}, {110, 20}};
    QCOMPARE(a, expectedA);
    // Second square uses arc 0 reversed (index ~0 = -1).
    const QPolygonF expectedB{{110, 20}, {120, 20}, {120, 30}, {110, 30}, {110, 20}};
    QCOMPARE(t.polygons[1].first(), expectedB);
    const QPolygonF c = t.polygons[2].first();
    QCOMPARE(c.first(), QPointF(170, -20));
    QCOMPARE(c.at(1), QPointF(-170, -20));
    QVERIFY(largestJump(c) > 180);  // as stored: the ring jumps across ±180°
}

void TestTopoJson::bordersAreSharedArcsOnly()
{
    const Topology t = TopoJson::decode(Tiny, QStringLiteral("land"));
    QCOMPARE(t.borders.size(), 1);
    QCOMPARE(t.borders.first(), QPolygonF({{110, 20}, {110, 30}}));
}

void TestTopoJson::antimeridianRingAwayFromSeamStaysWhole()
{
    const Topology t = TopoJson::decode(Tiny, QStringLiteral("land"));
    // Centred on 105°E the seam is at 75°W: the ring is one piece, 65°–85° from centre.
    const QList<QPolygonF> pieces = GeoSeam::splitRing(t.polygons[2].first(), 105.0);
    QCOMPARE(pieces.size(), 1);
    QVERIFY(largestJump(pieces.first()) <= 20.0 + 1e-9);
    const QRectF bounds = pieces.first().boundingRect();
    QCOMPARE(bounds.left(), 65.0);
    QCOMPARE(bounds.right(), 85.0);
    QCOMPARE(area(pieces.first()), 200.0);
}

void TestTopoJson::ringAcrossSeamIsClippedIntoClosedPieces()
{
    const Topology t = TopoJson::decode(Tiny, QStringLiteral("land"));
    // Centred on 0° the seam is the antimeridian itself: two pieces, one each side.
    const QList<QPolygonF> pieces = GeoSeam::splitRing(t.polygons[2].first(), 0.0);
    QCOMPARE(pieces.size(), 2);
    double total = 0;
    bool east = false, west = false;
    for (const QPolygonF &p : pieces) {
        const QRectF b = p.boundingRect();
        QVERIFY(b.left() >= -180.0 && b.right() <= 180.0);
        QVERIFY(largestJump(p) <= 10.0 + 1e-9);  // no stroke across the whole map
        east |= b.left() == 170.0 && b.right() == 180.0;
        west |= b.left() == -180.0 && b.right() == -170.0;
        total += area(p);
    }
    QVERIFY(east && west);
    QCOMPARE(total, 200.0);
}

void TestTopoJson::ringAroundPoleIsClosedAlongIt()
{
    QPolygonF ring;  // a band around the South Pole at 70°S, as Antarctica is stored
    for (int lon = -180; lon <= 180; lon += 30)
        ring.append(QPointF(lon, -70));
    const QList<QPolygonF> pieces = GeoSeam::splitRing(ring, 105.0);
    QVERIFY(!pieces.isEmpty());
    double total = 0;
    bool reachesPole = false;
    for (const QPolygonF &p : pieces) {
        QVERIFY(p.boundingRect().left() >= -180.0 && p.boundingRect().right() <= 180.0);
        for (const QPointF &q : p)
            reachesPole |= q.y() == -90.0;
        total += area(p);
    }
    QVERIFY(reachesPole);
    QCOMPARE(total, 360.0 * 20.0);
}

void TestTopoJson::lineAcrossSeamIsCut()
{
    const QList<QPolygonF> pieces = GeoSeam::splitLine(QPolygonF({{170, 0}, {-170, 10}}), 0.0);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces[0].last(), QPointF(180, 5));
    QCOMPARE(pieces[1].first(), QPointF(-180, 5));
    // Away from the seam the same line is one piece.
    QCOMPARE(GeoSeam::splitLine(QPolygonF({{170, 0}, {-170, 10}}), 105.0).size(), 1);
}

void TestTopoJson::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("object");
    QTest::newRow("not json") << QByteArray("{\"type\": ") << QStringLiteral("land");
    QTest::newRow("geojson") << QByteArray(R"({"type": "FeatureCollection", "features": []})")
                             << QStringLiteral("land");
    QTest::newRow("no such object") << QByteArray(Tiny) << QStringLiteral("countries");
}

void TestTopoJson::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, object);
    const Topology t = TopoJson::decode(json, object);
    QVERIFY(!t.error.isEmpty());
    QVERIFY(t.polygons.isEmpty());
}

QTEST_GUILESS_MAIN(TestTopoJson)
#include "tst_topojson.moc"
