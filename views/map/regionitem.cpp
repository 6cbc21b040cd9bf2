#include "regionitem.h"

#include "mapdata.h"
#include "mapstyle.h"
#include "maptext.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace atlas {

RegionItem::RegionItem(const MapData *data, int index)
    : MapEntityItem(data, index, MapEntityKind::Region, data->regions.at(index).id)
{
    setFlags(ItemIsSelectable | ItemIgnoresTransformations);
    setCacheMode(DeviceCoordinateCache);
    setZValue(40);
}

void RegionItem::setPeriod(int t)
{
    const MapData::RegionInfo &r = mData->regions.at(mIndex);
    const double demand = t >= 0 && t < int(r.demand.size()) ? r.demand[t] : 0.0;
    double radius = MapStyle::areaRadius(demand, mData->maxDemand, MapStyle::RegionMinRadius,
                                         MapStyle::RegionMaxRadius);
    if (radius <= 0)
        radius = 2.5;  // a region without demand still shows where it is
    const QColor color = MapStyle::servedShare(mData->servedShare(mIndex, t));
    if (radius != mRadius) {
        prepareGeometryChange();
        mRadius = radius;
    }
    if (color != mColor) {
        mColor = color;
        update();
    }
}

QString RegionItem::toolTipText(int t) const
{
    const MapData::RegionInfo &r = mData->regions.at(mIndex);
    MapText::Table table(r.name, QCoreApplication::translate("MapView", "Region"));
    const double demand = t >= 0 && t < int(r.demand.size()) ? r.demand[t] : 0.0;
    table.row(QCoreApplication::translate("MapView", "Demand"), MapText::pflops(demand));
    const double share = mData->servedShare(mIndex, t);
    if (share >= 0) {
        table.row(QCoreApplication::translate("MapView", "Served"), MapText::pflops(r.served[t]));
        table.row(QCoreApplication::translate("MapView", "Served share"), MapText::percent(share));
    }
    return table.html();
}

QRectF RegionItem::boundingRect() const
{
    const double r = mRadius + 3;
    return {-r, -r, 2 * r, 2 * r};
}

QPainterPath RegionItem::shape() const
{
    QPainterPath p;
    p.addEllipse(QPointF(0, 0), mRadius + 1, mRadius + 1);
    return p;
}

void RegionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setPen(selected ? QPen(QColor(0x10, 0x10, 0x10), 2.5) : QPen(QColor(255, 255, 255, 220), 1.0));
    painter->setBrush(mColor);
    painter->drawEllipse(QPointF(0, 0), mRadius, mRadius);
}

} // namespace atlas
