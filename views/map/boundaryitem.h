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
 * approval number): outlines drawn over the basemap, from rings in degrees (x = lon,
 * y = lat); BoundaryLayers reads them from the project and BoundaryImportDialog imports
 * them. It keeps the outline at a few levels of detail and draws the one whose steps
 * are about a pixel at the current zoom.
 */
class BoundaryItem : public QGraphicsItem
{
public:
    static constexpr int DetailLevels = 4;

    BoundaryItem(const QList<QPolygonF> &rings, const MapProjection &projection);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath mPaths[DetailLevels]; ///< finest first, see paint()
};

} // namespace atlas
