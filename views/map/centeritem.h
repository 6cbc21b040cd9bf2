#pragma once

#include "mapentityitem.h"

#include <QColor>
#include <QList>

namespace atlas {

/**
 * A compute centre: a pie of its chip ecosystems (share of capacity), size ∝ capacity,
 * ring colour = utilization. Movable: MapView turns a drag into a move request.
 */
class CenterItem : public MapEntityItem
{
public:
    CenterItem(const MapData *data, int index);

    void setPeriod(int t) override;
    QString toolTipText(int t) const override;
    double radius() const { return mRadius; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    double mRadius = 0;
    QColor mRing;
    QList<double> mSlices;  ///< share of capacity per ecosystem, in MapData::ecosystems order
};

} // namespace atlas
