#include "boundaryitem.h"

#include "mapprojection.h"
#include "topojson.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace atlas {

namespace {

/** Path tolerances in scene km, finest first; the finest is a pixel at MapView's closest zoom (50 px/km). */
constexpr double StepKm[BoundaryItem::DetailLevels] = {0.02, 0.1, 0.5, 2.5};

QPainterPath decimated(const QList<QPolygonF> &lines, double step)
{
    QPainterPath path;
    for (const QPolygonF &line : lines) {
        QPointF last;
        for (int i = 0; i < line.size(); ++i) {
            const QPointF p = line[i];
            if (i == 0) {
                path.moveTo(p);
                last = p;
            } else if (i + 1 == line.size() || std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) >= step) {
                path.lineTo(p);
                last = p;
            }
        }
    }
    return path;
}

} // namespace

BoundaryItem::BoundaryItem(const QList<QPolygonF> &rings, const MapProjection &projection)
{
    QList<QPolygonF> lines;
    for (const QPolygonF &ring : rings) {
        for (const QPolygonF &piece : GeoSeam::splitLine(ring, projection.centralMeridian())) {
            const QPolygonF dense = GeoSeam::densify(piece, 0.5);
            QPolygonF line;
            line.reserve(dense.size());
            for (const QPointF &d : dense)
                line.append(projection.forwardRelative(d.y(), d.x()));
            lines.append(line);
        }
    }
    // Survey-grade files carry points metres apart: each zoom draws the path whose steps
    // are about a pixel, so a province-level layer does not cost every frame.
    for (int level = 0; level < DetailLevels; ++level)
        mPaths[level] = decimated(lines, StepKm[level]);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(10);
}

QRectF BoundaryItem::boundingRect() const
{
    return mPaths[0].boundingRect();
}

void BoundaryItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double pixelsPerKm = option->levelOfDetailFromTransform(painter->worldTransform());
    const double kmPerPixel = pixelsPerKm > 0 ? 1.0 / pixelsPerKm : StepKm[0];
    int level = 0;
    while (level + 1 < DetailLevels && StepKm[level + 1] <= kmPerPixel)
        ++level;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(0x7a, 0x6a, 0x8a), 1.0);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(mPaths[level]);
}

} // namespace atlas
