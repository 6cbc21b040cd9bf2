#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

namespace atlas {

class MapProjection;

/**
 * One user-imported boundary layer (official boundaries with their source and map
 * approval number): outlines drawn over the basemap. Importing is a later step; this
 * item draws what it is given, in degrees (x = lon, y = lat).
 */
class BoundaryItem : public QGraphicsItem
{
public:
    BoundaryItem(const QList<QPolygonF> &rings, const MapProjection &projection);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath mPath;
};

} // namespace atlas
