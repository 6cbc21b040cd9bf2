#include "basemap.h"

#include "mapprojection.h"
#include "topojson.h"

#include <QFile>

namespace atlas {

namespace {

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QPolygonF project(const QPolygonF &relative, const MapProjection &projection)
{
    const QPolygonF dense = GeoSeam::densify(relative, 1.0);
    QPolygonF out;
    out.reserve(dense.size());
    for (const QPointF &p : dense)
        out.append(projection.forwardRelative(p.y(), p.x()));
    return out;
}

} // namespace

const Basemap &Basemap::shared()
{
    static const Basemap basemap = fromTopoJson(readResource(QStringLiteral(":/basemap/land-50m.json")),
                                                readResource(QStringLiteral(":/basemap/countries-50m.json")),
                                                MapProjection());
    return basemap;
}

Basemap Basemap::fromTopoJson(const QByteArray &land, const QByteArray &countries,
                              const MapProjection &projection)
{
    Basemap b;
    const double lon0 = projection.centralMeridian();
    if (!land.isEmpty()) {
        const Topology topo = TopoJson::decode(land, QStringLiteral("land"));
        for (const QList<QPolygonF> &polygon : topo.polygons) {
            Chunk chunk;
            chunk.path.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF &ring : polygon)
                for (const QPolygonF &piece : GeoSeam::splitRing(ring, lon0))
                    chunk.path.addPolygon(project(piece, projection));
            if (chunk.path.isEmpty())
                continue;
            chunk.bounds = chunk.path.boundingRect();
            b.mBounds |= chunk.bounds;
            b.mLand.append(chunk);
        }
    }
    if (!countries.isEmpty()) {
        const Topology topo = TopoJson::decode(countries, QStringLiteral("countries"));
        for (const QPolygonF &line : topo.borders) {
            for (const QPolygonF &piece : GeoSeam::splitLine(line, lon0)) {
                Chunk chunk;
                const QPolygonF projected = project(piece, projection);
                chunk.path.moveTo(projected.first());
                for (int i = 1; i < projected.size(); ++i)
                    chunk.path.lineTo(projected[i]);
                chunk.bounds = chunk.path.boundingRect();
                b.mBorders.append(chunk);
            }
        }
    }
    return b;
}

} // namespace atlas
