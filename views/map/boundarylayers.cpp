#include "boundarylayers.h"

#include "geo/boundaryimport.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace atlas {

QList<QPolygonF> BoundaryLayers::rings(const std::vector<BoundaryLayer> &layers)
{
    QList<QPolygonF> out;
    for (const BoundaryLayer &layer : layers) {
        const auto parsed = readBoundaryGeoJson(layer.geojson, layer.name);
        if (!parsed)
            continue;
        for (const GeoFeature &feature : parsed->features) {
            for (const GeoPolygon &polygon : feature.polygons) {
                for (const GeoRing &ring : polygon) {
                    QPolygonF p;
                    p.reserve(qsizetype(ring.size()));
                    for (const GeoPoint &point : ring)
                        p.append(QPointF(point.lon, point.lat));
                    out.append(p);
                }
            }
        }
    }
    return out;
}

QStringList BoundaryLayers::credits(const std::vector<BoundaryLayer> &layers)
{
    QStringList lines;
    for (const BoundaryLayer &layer : layers) {
        QStringList parts;
        parts << QString::fromStdString(layer.name);
        if (!layer.source.empty())
            parts << tr("source: %1").arg(QString::fromStdString(layer.source));
        if (!layer.approvalNumber.empty())
            parts << tr("map approval number: %1").arg(QString::fromStdString(layer.approvalNumber));
        lines << tr("Boundaries: %1").arg(parts.join(QStringLiteral(" · ")));
    }
    return lines;
}

void BoundaryLayers::paintCredits(QPainter *p, const QRectF &vp, const QStringList &credits)
{
    if (credits.isEmpty())
        return;
    constexpr double Pad = 8;
    p->save();
    p->setRenderHint(QPainter::TextAntialiasing);
    QFont font = p->font();
    font.setPointSizeF(8);
    p->setFont(font);
    const QFontMetricsF fm(font);
    double width = 0;
    for (const QString &line : credits)
        width = std::max(width, fm.horizontalAdvance(line));
    const QRectF box(vp.right() - Pad - width - 2 * Pad, vp.top() + Pad, width + 2 * Pad,
                     fm.height() * credits.size() + Pad);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(255, 255, 255, 215));
    p->drawRoundedRect(box, 4, 4);
    p->setPen(QColor(0x44, 0x44, 0x44));
    double y = box.top() + Pad / 2 + fm.ascent();
    for (const QString &line : credits) {
        p->drawText(QPointF(box.left() + Pad, y), line);
        y += fm.height();
    }
    p->restore();
}

} // namespace atlas
