#pragma once

#include "mapentityitem.h"

#include <cmath>

#include <QColor>
#include <QList>

namespace atlas {

/**
 * A compute centre: a pie of its chip ecosystems (share of capacity), size ∝ capacity,
 * ring colour = utilization. Movable: MapView turns a drag into a move request.
 */
struct CenterDeviations;

class CenterItem : public MapEntityItem
{
public:
    CenterItem(const MapData *data, int index);

    /** The scene's plan-versus-actual colouring; when shown, the disc takes the deviation's colour. */
    void setDeviations(const CenterDeviations *deviations) { mDeviations = deviations; }

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
    const CenterDeviations *mDeviations = nullptr;
    bool mByDeviation = false;
    QColor mFill;           ///< deviation colour when mByDeviation
};

} // namespace atlas
