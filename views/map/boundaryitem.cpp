#include "boundaryitem.h"

#include "mapprojection.h"
#include "topojson.h"

#include <QPainter>

namespace atlas {

BoundaryItem::BoundaryItem(const QList<QPolygonF> &rings, const MapProjection &projection)
{
    for (const QPolygonF &ring : rings) {
        for (const QPolygonF &piece : GeoSeam::splitLine(ring, projection.centralMeridian())) {
            const QPolygonF dense = GeoSeam::densify(piece, 0.5);
            for (int i = 0; i < dense.size(); ++i) {
                const QPointF p = projection.forwardRelative(dense[i].y(), dense[i].x());
                if (i == 0)
                    mPath.moveTo(p);
                else
                    mPath.lineTo(p);
            }
        }
    }
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(10);
}

QRectF BoundaryItem::boundingRect() const
{
    return mPath.boundingRect();
}

void BoundaryItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(0x7a, 0x6a, 0x8a), 1.0);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(mPath);
}

} // namespace atlas
