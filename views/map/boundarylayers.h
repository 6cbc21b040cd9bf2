#pragma once

#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QStringList>

#include <vector>

class QPainter;

namespace atlas {

/**
 * The map's side of the imported boundary layers stored in a project: their outlines for
 * BoundaryItem and the credit lines (source and 审图号) that must accompany them on every
 * map, on screen and in reports.
 */
class BoundaryLayers
{
    Q_DECLARE_TR_FUNCTIONS(BoundaryLayers)

public:
    /** All rings of all layers in degrees (x = lon, y = lat); a layer that cannot be read is skipped. */
    static QList<QPolygonF> rings(const std::vector<BoundaryLayer> &layers);
    /** One line per layer: its name, source and map approval number. */
    static QStringList credits(const std::vector<BoundaryLayer> &layers);
    /** Paints `credits` in the top right corner of `viewport` (viewport pixels). */
    static void paintCredits(QPainter *painter, const QRectF &viewport, const QStringList &credits);
};

} // namespace atlas
