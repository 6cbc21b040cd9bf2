#pragma once

#include <QGraphicsItem>

namespace atlas {

class Basemap;

/**
 * Land (filled) and, when switched on, country borders (dashed, illustrative) from the
 * shared Basemap. Paints only the pieces that meet the exposed area.
 */
class BasemapItem : public QGraphicsItem
{
public:
    explicit BasemapItem(const Basemap &basemap);

    void setBordersVisible(bool visible);
    bool bordersVisible() const { return mBorders; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const Basemap &mBasemap;
    bool mBorders = false;
};

} // namespace atlas
