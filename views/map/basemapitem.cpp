#include "basemapitem.h"

#include "basemap.h"
#include "mapstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <cmath>

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
        mCache = QImage();
        update();
    }
}

void BasemapItem::setCachingEnabled(bool enabled)
{
    mCaching = enabled;
    mCache = QImage();
}

QRectF BasemapItem::boundingRect() const
{
    return mBasemap.bounds();
}

void BasemapItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QTransform world = painter->worldTransform();
    const bool plain = world.type() <= QTransform::TxScale;
    if (!mCaching || !widget || !plain) {
        // Offscreen rendering (exports, the report) may pass the whole item as exposed:
        // the painter's clip is what will actually show, so draw only that.
        QRectF exposed = option->exposedRect;
        if (painter->hasClipping())
            exposed &= painter->clipBoundingRect();
        paintPaths(painter, exposed);
        return;
    }
    const QTransform scale = QTransform::fromScale(world.m11(), world.m22());
    const QRectF viewScene = world.inverted().mapRect(QRectF(widget->rect()));
    if (mCache.isNull() || scale != mCacheScale || !mCacheScene.contains(viewScene)) {
        const double mx = viewScene.width() * 0.25, my = viewScene.height() * 0.25;
        mCacheScene = viewScene.adjusted(-mx, -my, mx, my);
        mCacheScale = scale;
        const qreal dpr = painter->device()->devicePixelRatioF();
        const QSize size = scale.mapRect(mCacheScene).size().toSize() * dpr + QSize(2, 2);
        mCache = QImage(size, QImage::Format_ARGB32_Premultiplied);
        mCache.setDevicePixelRatio(dpr);
        mCache.fill(Qt::transparent);
        QPainter p(&mCache);
        p.setTransform(scale);
        p.translate(-mCacheScene.topLeft());
        paintPaths(&p, mCacheScene);
    }
    // Blit 1:1 at whole device pixels.
    const QPointF at = world.map(mCacheScene.topLeft());
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->drawImage(QPointF(std::round(at.x()), std::round(at.y())), mCache);
    painter->restore();
}

void BasemapItem::paintPaths(QPainter *painter, const QRectF &exposed) const
{
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
