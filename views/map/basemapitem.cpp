#include "basemapitem.h"

#include "basemap.h"
#include "mapstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace atlas {

BasemapItem::BasemapItem(const Basemap &basemap)
    : mBasemap(basemap)
{
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0);
}

void BasemapItem::setBordersVisible(bool visible)
{
    if (visible != mBorders) {
        mBorders = visible;
        update();
    }
}

QRectF BasemapItem::boundingRect() const
{
    return mBasemap.bounds();
}

void BasemapItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(MapStyle::land());
    for (const Basemap::Chunk &c : mBasemap.land())
        if (c.bounds.intersects(exposed))
            painter->drawPath(c.path);
    // Coastline: a thin cosmetic outline over the fill.
    QPen coast(QColor(0xb8, 0xc4, 0xcc), 0.8);
    coast.setCosmetic(true);
    painter->setPen(coast);
    painter->setBrush(Qt::NoBrush);
    for (const Basemap::Chunk &c : mBasemap.land())
        if (c.bounds.intersects(exposed))
            painter->drawPath(c.path);
    if (mBorders) {
        QPen pen(MapStyle::countryBorder(), 0.8, Qt::DashLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        for (const Basemap::Chunk &c : mBasemap.borders())
            if (c.bounds.intersects(exposed))
                painter->drawPath(c.path);
    }
}

} // namespace atlas
