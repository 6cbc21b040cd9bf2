#pragma once

#include "mapentityitem.h"

#include <QColor>
#include <QPainterPath>

namespace atlas {

class MapProjection;

/**
 * A network link: width ∝ PFLOPS carried by the flows routed over it, colour = relative
 * load (carried per Gbps of bandwidth, against the busiest link). Drawn in scene
 * coordinates with a cosmetic pen; `pixel` is the scene size of one screen pixel,
 * kept current by the scene so that bounds and the clickable shape stay right.
 */
class LinkItem : public MapEntityItem
{
public:
    LinkItem(const MapData *data, int index, const MapProjection &projection, const double *pixel);

    void setPeriod(int t) override;
    QString toolTipText(int t) const override;
    /** The view's zoom changed: the pen's extent in scene units did too. */
    void zoomChanged() { prepareGeometryChange(); }
    double penWidth() const { return mWidth; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath mPath;
    const double *mPixel;
    double mWidth = 1;
    QColor mColor;
};

} // namespace atlas
