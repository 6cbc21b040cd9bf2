#include "flowitem.h"

#include "mapdata.h"
#include "mapprojection.h"
#include "mapstyle.h"
#include "maptext.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace atlas {

FlowItem::FlowItem(const MapData *data, int index, const MapProjection &projection, const double *pixel)
    : MapEntityItem(data, index, MapEntityKind::None, QString())
    , mPixel(pixel)
{
    const MapData::FlowInfo &f = data->flows.at(index);
    for (int i = 0; i < f.route.size(); ++i) {
        const QPointF p = projection.forward(f.route[i].y(), f.route[i].x());
        if (i == 0)
            mPath.moveTo(p);
        else
            mPath.lineTo(p);
    }
    setZValue(30);
    setAcceptedMouseButtons(Qt::NoButton);
}

void FlowItem::setPeriod(int t)
{
    const MapData::FlowInfo &f = mData->flows.at(mIndex);
    const double v = t >= 0 && t < int(f.pflops.size()) ? f.pflops[t] : 0.0;
    const double width = mData->maxFlow > 0
        ? std::max(0.8, MapStyle::FlowMaxWidth * std::sqrt(v / mData->maxFlow)) : 0.8;
    mValue = v;
    if (width != mWidth) {
        prepareGeometryChange();
        mWidth = width;
    }
}

QString FlowItem::toolTipText(int t) const
{
    const MapData::FlowInfo &f = mData->flows.at(mIndex);
    MapText::Table table(QStringLiteral("%1 → %2").arg(mData->regions[f.region].name, mData->centers[f.center].name),
                         QCoreApplication::translate("MapView", "Flow"));
    const double v = t >= 0 && t < int(f.pflops.size()) ? f.pflops[t] : 0.0;
    table.row(QCoreApplication::translate("MapView", "Served"), MapText::pflops(v));
    return table.html();
}

QRectF FlowItem::boundingRect() const
{
    const double m = (mWidth / 2 + 2) * *mPixel;
    return mPath.boundingRect().adjusted(-m, -m, m, m);
}

QPainterPath FlowItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(mWidth, 4.0) * *mPixel);
    return stroker.createStroke(mPath);
}

void FlowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(MapStyle::flow(), mWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(mPath);
}

} // namespace atlas
