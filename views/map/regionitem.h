#pragma once

#include "mapentityitem.h"

#include <QColor>

namespace atlas {

/** A region as a demand bubble: area ∝ demand, colour = served share. */
class RegionItem : public MapEntityItem
{
public:
    RegionItem(const MapData *data, int index);

    void setPeriod(int t) override;
    QString toolTipText(int t) const override;
    double radius() const { return mRadius; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    double mRadius = 0;
    QColor mColor;
};

} // namespace atlas
