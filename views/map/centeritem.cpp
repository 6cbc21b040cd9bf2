#include "centeritem.h"

#include "deviationlayer.h"

#include "mapdata.h"
#include "mapstyle.h"
#include "maptext.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace atlas {

CenterItem::CenterItem(const MapData *data, int index)
    : MapEntityItem(data, index, MapEntityKind::Center, data->centers.at(index).id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIgnoresTransformations);
    setCacheMode(DeviceCoordinateCache);
    setZValue(50);
}

void CenterItem::setPeriod(int t)
{
    const MapData::CenterInfo &c = mData->centers.at(mIndex);
    const bool valid = t >= 0 && t < int(c.capacity.size());
    const double cap = valid ? c.capacity[t] : 0.0;
    double radius = MapStyle::areaRadius(cap, mData->maxCapacity, MapStyle::CenterMinRadius,
                                         MapStyle::CenterMaxRadius);
    if (radius <= 0)
        radius = 2.5;
    QList<double> slices;
    if (valid && cap > 0)
        for (double v : c.ecoCapacity[t])
            slices.append(v / cap);
    const double u = valid && t < int(c.utilization.size()) ? c.utilization[t] : -1.0;
    QColor ring = MapStyle::utilization(u);
    const bool byDeviation = mDeviations && mDeviations->shown;
    QColor fill;
    if (byDeviation) {
        const double d = mDeviations->at(c.id, t);
        fill = MapStyle::deviation(d);
        ring = std::isnan(d) ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x44, 0x44, 0x44);
    }
    if (radius != mRadius) {
        prepareGeometryChange();
        mRadius = radius;
    }
    if (ring != mRing || slices != mSlices || byDeviation != mByDeviation || fill != mFill) {
        mRing = ring;
        mSlices = slices;
        mByDeviation = byDeviation;
        mFill = fill;
        update();
    }
}

QString CenterItem::toolTipText(int t) const
{
    const MapData::CenterInfo &c = mData->centers.at(mIndex);
    MapText::Table table(c.name, QCoreApplication::translate("MapView", "Compute centre"));
    const bool valid = t >= 0 && t < int(c.capacity.size());
    const double cap = valid ? c.capacity[t] : 0.0;
    table.row(QCoreApplication::translate("MapView", "Capacity"), MapText::pflops(cap));
    if (valid && t < int(c.utilization.size())) {
        table.row(QCoreApplication::translate("MapView", "Utilization"), MapText::percent(c.utilization[t]));
        table.row(QCoreApplication::translate("MapView", "Served"), MapText::pflops(c.utilization[t] * cap));
    }
    if (mDeviations && mDeviations->shown) {
        const double d = mDeviations->at(c.id, t);
        table.row(QCoreApplication::translate("MapView", "Actual − plan"),
                  std::isnan(d) ? QCoreApplication::translate("MapView", "no actuals")
                                : QCoreApplication::translate("MapView", "%1 points")
                                      .arg((d > 0 ? QStringLiteral("+") : QString()) + MapText::number(d * 100.0, 1)));
    }
    if (valid && cap > 0) {
        for (int e = 0; e < mData->ecosystems.size(); ++e) {
            const double v = c.ecoCapacity[t][e];
            if (v > 0)
                table.row(QStringLiteral("· ") + mData->ecosystems[e], MapText::percent(v / cap));
        }
    }
    return table.html();
}

QRectF CenterItem::boundingRect() const
{
    const double r = mRadius + 4;
    return {-r, -r, 2 * r, 2 * r};
}

QPainterPath CenterItem::shape() const
{
    QPainterPath p;
    p.addEllipse(QPointF(0, 0), mRadius + 2, mRadius + 2);
    return p;
}

void CenterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF disc(-mRadius, -mRadius, 2 * mRadius, 2 * mRadius);
    painter->setPen(Qt::NoPen);
    if (mByDeviation) {
        painter->setBrush(mFill);
        painter->drawEllipse(disc);
    } else if (mSlices.isEmpty()) {
        painter->setBrush(Qt::white);
        painter->drawEllipse(disc);
    } else {
        int start = 90 * 16;  // clockwise from twelve o'clock
        double acc = 0;
        for (int e = 0; e < mSlices.size(); ++e) {
            if (mSlices[e] <= 0)
                continue;
            acc += mSlices[e];
            const int end = 90 * 16 - int(std::lround(acc * 360 * 16));
            painter->setBrush(MapStyle::ecosystem(e));
            painter->drawPie(disc, start, end - start);
            start = end;
        }
    }
    const bool selected = option->state & QStyle::State_Selected;
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(mRing, 2.5));
    painter->drawEllipse(disc.adjusted(-1, -1, 1, 1));
    if (selected) {
        painter->setPen(QPen(QColor(0x10, 0x10, 0x10), 2.0));
        painter->drawEllipse(disc.adjusted(-3, -3, 3, 3));
    }
}

} // namespace atlas
