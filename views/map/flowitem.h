#pragma once

#include "mapentityitem.h"

#include <QPainterPath>

namespace atlas {

class MapProjection;

/**
 * What one region's tenants run at one centre in the selected period, drawn along the
 * network route from the region to the centre; width ∝ PFLOPS. Hidden in periods
 * without flow. Not selectable; its tooltip names both ends.
 */
class FlowItem : public MapEntityItem
{
public:
    FlowItem(const MapData *data, int index, const MapProjection &projection, const double *pixel);

    void setPeriod(int t) override;
    QString toolTipText(int t) const override;
    void zoomChanged() { prepareGeometryChange(); }
    /** PFLOPS in the period last shown (0: nothing flows, the item stays hidden). */
    double value() const { return mValue; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath mPath;
    const double *mPixel;
    double mValue = 0;
    double mWidth = 1;
};

} // namespace atlas
