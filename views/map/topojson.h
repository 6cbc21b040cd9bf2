#pragma once

#include <QByteArray>
#include <QList>
#include <QPolygonF>
#include <QString>

namespace atlas {

/** Geometry decoded from one object of a TopoJSON topology, in degrees (x = lon, y = lat). */
struct Topology
{
    /** Each polygon: its outer ring first, then its holes; rings are closed. */
    QList<QList<QPolygonF>> polygons;
    /** Arcs shared by two different geometries (borders, not coastlines), as polylines. */
    QList<QPolygonF> borders;
    /** Empty on success; otherwise why the data could not be read (not user text). */
    QString error;
};

/**
 * A small TopoJSON reader (https://github.com/topojson/topojson-specification) for the
 * Natural Earth basemap: quantized, delta-encoded arcs, Polygon, MultiPolygon and
 * GeometryCollection. Read with QJsonDocument; no other dependency.
 */
class TopoJson
{
public:
    /** Decodes `objectName` ("land", "countries") of the topology in `json`. */
    static Topology decode(const QByteArray &json, const QString &objectName);
};

/**
 * Cuts geometry where it crosses the seam of a projection whose central meridian is
 * `centralMeridian` (the meridian opposite it). Output x is the longitude relative to
 * the central meridian, unwrapped within [-180, 180], ready for
 * MapProjection::forwardRelative(). Rings that jump by more than 180° of longitude
 * between two points (outlines crossing the antimeridian, or the seam) stay whole when
 * they do not reach the seam, and are clipped into closed pieces on each side when
 * they do; rings around a pole are closed along it.
 */
namespace GeoSeam {
QList<QPolygonF> splitRing(const QPolygonF &ring, double centralMeridian);
QList<QPolygonF> splitLine(const QPolygonF &line, double centralMeridian);
/** Inserts points so that no edge spans more than maxStepDeg in either coordinate. */
QPolygonF densify(const QPolygonF &path, double maxStepDeg = 1.0);
} // namespace GeoSeam

} // namespace atlas
