#pragma once

#include <QGraphicsItem>
#include <QImage>

namespace atlas {

class Basemap;

/**
 * Land (filled) and, when switched on, country borders (dashed, illustrative) from the
 * shared Basemap. On screen it paints through an image cache of the viewport and a
 * margin around it, redrawn only on zoom or when panning leaves the margin: the land
 * has some 100,000 vertices, too many to fill at every frame. Exports (caching off)
 * paint the paths, so PDF and SVG stay vector.
 */
class BasemapItem : public QGraphicsItem
{
public:
    explicit BasemapItem(const Basemap &basemap);

    void setBordersVisible(bool visible);
    void setCachingEnabled(bool enabled);
    bool bordersVisible() const { return mBorders; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintPaths(QPainter *painter, const QRectF &exposed) const;

    const Basemap &mBasemap;
    bool mBorders = false;
    bool mCaching = true;
    QImage mCache;
    QRectF mCacheScene;     ///< the scene area the cache shows
    QTransform mCacheScale; ///< scene-to-device scale it was drawn at
};

} // namespace atlas
