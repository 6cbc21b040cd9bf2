#pragma once

#include <QList>
#include <QPainterPath>
#include <QRectF>

namespace atlas {

class MapProjection;

/**
 * The Natural Earth land and country outlines (world-atlas 1:50m), embedded at build
 * time when resources/basemap/fetch-basemap.sh has fetched them, projected once and
 * shared by every map. Without them `available()` is false and the map says so.
 */
class Basemap
{
public:
    struct Chunk {
        QPainterPath path;  ///< scene coordinates
        QRectF bounds;
    };

    /** Reads and projects the embedded TopoJSON; the default projection's result is cached. */
    static const Basemap &shared();
    /** Reads TopoJSON bytes (either may be empty) with the given projection. */
    static Basemap fromTopoJson(const QByteArray &land, const QByteArray &countries,
                                const MapProjection &projection);

    bool available() const { return !mLand.isEmpty(); }
    const QList<Chunk> &land() const { return mLand; }
    /** Borders between countries only (coastlines come from the land). */
    const QList<Chunk> &borders() const { return mBorders; }
    QRectF bounds() const { return mBounds; }

private:
    QList<Chunk> mLand;
    QList<Chunk> mBorders;
    QRectF mBounds;
};

} // namespace atlas
