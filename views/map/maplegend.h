#pragma once

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace atlas {

class MapScene;

/**
 * The map's corner overlays, painted in viewport pixels: the legend (bottom right),
 * the period (top left), a scale bar and the source notes (bottom left).
 */
class MapLegend
{
    Q_DECLARE_TR_FUNCTIONS(MapLegend)

public:
    /** `kmPerPixel` sizes the scale bar; `showLegend` false paints only the notes. */
    static void paint(QPainter *painter, const QRectF &viewport, const MapScene &scene,
                      double kmPerPixel, bool showLegend);
};

} // namespace atlas
