#include "linkitem.h"

#include "mapdata.h"
#include "mapprojection.h"
#include "mapstyle.h"
#include "maptext.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace atlas {

LinkItem::LinkItem(const MapData *data, int index, const MapProjection &projection, const double *pixel)
    : MapEntityItem(data, index, MapEntityKind::Link,
                    data->links.at(index).from + QLatin1Char('/') + data->links.at(index).to)
    , mPixel(pixel)
{
    const MapData::LinkInfo &l = data->links.at(index);
    mPath.moveTo(projection.forward(l.fromGeo.y(), l.fromGeo.x()));
    mPath.lineTo(projection.forward(l.toGeo.y(), l.toGeo.x()));
    setFlags(ItemIsSelectable);
    setZValue(20);
}

void LinkItem::setPeriod(int t)
{
    const MapData::LinkInfo &l = mData->links.at(mIndex);
    const double carried = t >= 0 && t < int(l.carried.size()) ? l.carried[t] : 0.0;
    const double width = mData->maxCarried > 0
        ? 1.0 + (MapStyle::LinkMaxWidth - 1.0) * carried / mData->maxCarried : 1.0;
    const QColor color = MapStyle::linkLoad(mData->hasResult ? mData->linkLoad(mIndex, t) : -1.0);
    if (width != mWidth) {
        prepareGeometryChange();
        mWidth = width;
    }
    if (color != mColor) {
        mColor = color;
        update();
    }
}

QString LinkItem::toolTipText(int t) const
{
    const MapData::LinkInfo &l = mData->links.at(mIndex);
    auto name = [this](const QString &id) {
        const int r = mData->regionIndex(id);
        if (r >= 0)
            return mData->regions[r].name;
        const int c = mData->centerIndex(id);
        return c >= 0 ? mData->centers[c].name : id;
    };
    MapText::Table table(QStringLiteral("%1 – %2").arg(name(l.from), name(l.to)),
                         QCoreApplication::translate("MapView", "Link"));
    table.row(QCoreApplication::translate("MapView", "Latency"),
              QCoreApplication::translate("MapView", "%1 ms").arg(MapText::number(l.latencyMs, 1)));
    if (l.bandwidthGbps)
        table.row(QCoreApplication::translate("MapView", "Bandwidth"),
                  QCoreApplication::translate("MapView", "%1 Gbps").arg(MapText::number(*l.bandwidthGbps, 0)));
    if (mData->hasResult && t >= 0 && t < int(l.carried.size())) {
        table.row(QCoreApplication::translate("MapView", "Carried"), MapText::pflops(l.carried[t]));
        const double load = mData->linkLoad(mIndex, t);
        if (load >= 0)
            table.row(QCoreApplication::translate("MapView", "Relative load"), MapText::percent(load));
    }
    return table.html();
}

QRectF LinkItem::boundingRect() const
{
    const double m = (std::max(mWidth, 6.0) / 2 + 2) * *mPixel;
    return mPath.boundingRect().adjusted(-m, -m, m, m);
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(mWidth, 6.0) * *mPixel);
    return stroker.createStroke(mPath);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    if (selected) {
        QPen halo(QColor(0x10, 0x10, 0x10), mWidth + 3, Qt::SolidLine, Qt::RoundCap);
        halo.setCosmetic(true);
        painter->setPen(halo);
        painter->drawPath(mPath);
    }
    QPen pen(mColor, mWidth, Qt::SolidLine, Qt::RoundCap);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawPath(mPath);
}

} // namespace atlas
