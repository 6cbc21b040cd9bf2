#include "topojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <set>

namespace atlas {

namespace {

using Arcs = QList<QPolygonF>;

double wrap180(double deg)
{
    deg = std::fmod(deg + 180.0, 360.0);
    if (deg < 0)
        deg += 360.0;
    return deg - 180.0;
}

Arcs decodeArcs(const QJsonArray &arcs, const QJsonObject &transform)
{
    const bool quantized = !transform.isEmpty();
    const QJsonArray scale = transform.value(QLatin1String("scale")).toArray();
    const QJsonArray translate = transform.value(QLatin1String("translate")).toArray();
    const double sx = scale.at(0).toDouble(1), sy = scale.at(1).toDouble(1);
    const double tx = translate.at(0).toDouble(), ty = translate.at(1).toDouble();
    Arcs out;
    out.reserve(arcs.size());
    for (const QJsonValue &arcValue : arcs) {
        const QJsonArray arc = arcValue.toArray();
        QPolygonF line;
        line.reserve(arc.size());
        double x = 0, y = 0;
        for (const QJsonValue &pv : arc) {
            const QJsonArray p = pv.toArray();
            if (quantized) {
                x += p.at(0).toDouble();
                y += p.at(1).toDouble();
                line.append(QPointF(x * sx + tx, y * sy + ty));
            } else {
                line.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
            }
        }
        out.append(line);
    }
    return out;
}

/** Concatenates the arcs of one ring; a negative index ~i means arc i reversed. */
QPolygonF ring(const QJsonArray &indices, const Arcs &arcs)
{
    QPolygonF out;
    for (const QJsonValue &v : indices) {
        const int i = v.toInt();
        const int k = i < 0 ? ~i : i;
        if (k < 0 || k >= arcs.size())
            continue;
        QPolygonF arc = arcs.at(k);
        if (i < 0)
            std::reverse(arc.begin(), arc.end());
        if (!out.isEmpty() && !arc.isEmpty())
            arc.removeFirst();
        out += arc;
    }
    return out;
}

struct Decoder {
    const Arcs &arcs;
    Topology &topo;
    QList<std::set<int>> arcOwners;  // geometry indices using each arc
    int geometry = 0;

    void note(const QJsonArray &indices)
    {
        for (const QJsonValue &v : indices) {
            const int i = v.toInt();
            const int k = i < 0 ? ~i : i;
            if (k >= 0 && k < arcOwners.size())
                arcOwners[k].insert(geometry);
        }
    }

    void polygon(const QJsonArray &rings)
    {
        QList<QPolygonF> poly;
        for (const QJsonValue &r : rings) {
            note(r.toArray());
            const QPolygonF pr = ring(r.toArray(), arcs);
            if (pr.size() >= 3)
                poly.append(pr);
        }
        if (!poly.isEmpty())
            topo.polygons.append(poly);
    }

    void object(const QJsonObject &o)
    {
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("GeometryCollection")) {
            for (const QJsonValue &g : o.value(QLatin1String("geometries")).toArray())
                object(g.toObject());
            return;
        }
        if (type == QLatin1String("Polygon")) {
            polygon(o.value(QLatin1String("arcs")).toArray());
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue &p : o.value(QLatin1String("arcs")).toArray())
                polygon(p.toArray());
        }
        ++geometry;
    }
};

} // namespace

Topology TopoJson::decode(const QByteArray &json, const QString &objectName)
{
    Topology topo;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        topo.error = err.errorString();
        return topo;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("Topology")) {
        topo.error = QStringLiteral("not a TopoJSON topology");
        return topo;
    }
    const QJsonValue object = root.value(QLatin1String("objects")).toObject().value(objectName);
    if (!object.isObject()) {
        topo.error = QStringLiteral("no object named ") + objectName;
        return topo;
    }
    const Arcs arcs = decodeArcs(root.value(QLatin1String("arcs")).toArray(),
                                 root.value(QLatin1String("transform")).toObject());
    Decoder d{arcs, topo, QList<std::set<int>>(arcs.size()), 0};
    d.object(object.toObject());
    for (int k = 0; k < arcs.size(); ++k) {
        if (d.arcOwners.at(k).size() >= 2 && arcs.at(k).size() >= 2)
            topo.borders.append(arcs.at(k));
    }
    return topo;
}

namespace GeoSeam {

namespace {

/** Sutherland–Hodgman against x >= bound (keepAbove) or x <= bound. */
QPolygonF clipX(const QPolygonF &poly, double bound, bool keepAbove)
{
    QPolygonF out;
    const int n = poly.size();
    auto inside = [&](QPointF p) { return keepAbove ? p.x() >= bound : p.x() <= bound; };
    for (int i = 0; i < n; ++i) {
        const QPointF a = poly.at(i);
        const QPointF b = poly.at((i + 1) % n);
        const bool ia = inside(a), ib = inside(b);
        if (ia)
            out.append(a);
        if (ia != ib) {
            const double t = (bound - a.x()) / (b.x() - a.x());
            out.append(QPointF(bound, a.y() + t * (b.y() - a.y())));
        }
    }
    return out;
}

} // namespace

QList<QPolygonF> splitRing(const QPolygonF &ring, double centralMeridian)
{
    if (ring.size() < 3)
        return {};
    QPolygonF u;
    u.reserve(ring.size() + 2);
    double x = wrap180(ring.first().x() - centralMeridian);
    u.append(QPointF(x, ring.first().y()));
    double minX = x, maxX = x;
    for (int i = 1; i < ring.size(); ++i) {
        x += wrap180(ring.at(i).x() - ring.at(i - 1).x());
        u.append(QPointF(x, ring.at(i).y()));
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
    }
    // A ring whose longitude winds once around the globe encloses a pole: close it there.
    if (std::abs(u.last().x() - u.first().x()) > 180.0) {
        double latSum = 0;
        for (const QPointF &p : ring)
            latSum += p.y();
        const double pole = latSum < 0 ? -90.0 : 90.0;
        u.append(QPointF(u.last().x(), pole));
        u.append(QPointF(u.first().x(), pole));
    }
    if (minX >= -180.0 && maxX <= 180.0)
        return {u};
    QList<QPolygonF> out;
    const int kLo = int(std::ceil((minX - 180.0) / 360.0));
    const int kHi = int(std::floor((maxX + 180.0) / 360.0));
    for (int k = kLo; k <= kHi; ++k) {
        const double lo = 360.0 * k - 180.0, hi = 360.0 * k + 180.0;
        QPolygonF piece = clipX(clipX(u, lo, true), hi, false);
        if (piece.size() < 3)
            continue;
        piece.translate(-360.0 * k, 0);
        out.append(piece);
    }
    return out;
}

QList<QPolygonF> splitLine(const QPolygonF &line, double centralMeridian)
{
    QList<QPolygonF> out;
    if (line.size() < 2)
        return out;
    QPolygonF cur;
    QPointF prev(wrap180(line.first().x() - centralMeridian), line.first().y());
    cur.append(prev);
    for (int i = 1; i < line.size(); ++i) {
        const QPointF p(wrap180(line.at(i).x() - centralMeridian), line.at(i).y());
        if (std::abs(p.x() - prev.x()) > 180.0) {
            // Crossing the seam: end at this side's edge, resume on the other side.
            const double edge = prev.x() > 0 ? 180.0 : -180.0;
            const double span = (edge - prev.x()) + (p.x() - (-edge));
            const double t = span != 0 ? (edge - prev.x()) / span : 0.5;
            const double lat = prev.y() + t * (p.y() - prev.y());
            cur.append(QPointF(edge, lat));
            if (cur.size() >= 2)
                out.append(cur);
            cur.clear();
            cur.append(QPointF(-edge, lat));
        }
        cur.append(p);
        prev = p;
    }
    if (cur.size() >= 2)
        out.append(cur);
    return out;
}

QPolygonF densify(const QPolygonF &path, double maxStep)
{
    if (path.size() < 2)
        return path;
    QPolygonF out;
    out.reserve(path.size());
    out.append(path.first());
    for (int i = 1; i < path.size(); ++i) {
        const QPointF a = path.at(i - 1), b = path.at(i);
        const double span = std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()));
        const int steps = int(std::ceil(span / maxStep));
        for (int s = 1; s < steps; ++s)
            out.append(a + (b - a) * (double(s) / steps));
        out.append(b);
    }
    return out;
}

} // namespace GeoSeam

} // namespace atlas
