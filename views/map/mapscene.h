#pragma once

#include "deviationlayer.h"
#include "mapdata.h"
#include "maplayer.h"
#include "mapprojection.h"
#include "storage/projectfile.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QStringList>

namespace atlas {

class BasemapItem;
class BoundaryItem;
class CenterItem;
class FlowItem;
class LabelItem;
class LinkItem;
class MapEntityItem;
class RegionItem;

/**
 * The one scene of the map: a basemap item, then one item per region, centre, link and
 * flow, and a label per region and centre. setData() rebuilds the items; setPeriod()
 * only updates them in place (sizes, colours, visibility).
 */
class MapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit MapScene(QObject *parent = nullptr);
    ~MapScene() override;

    void setData(MapData data);
    const MapData &data() const { return mData; }
    const MapProjection &projection() const { return mProjection; }

    void setPeriod(int t);
    int period() const { return mPeriod; }

    void setLayerVisible(MapLayer layer, bool visible);
    bool isLayerVisible(MapLayer layer) const;
    bool basemapAvailable() const;

    /** The plan-versus-actual colouring of the centres (kept across setData()). */
    void setCenterDeviations(CenterDeviations deviations);
    const CenterDeviations &centerDeviations() const { return mDeviations; }

    /** Scene units per screen pixel, after a zoom: keeps line bounds and hit areas right. */
    void setPixelSize(double sceneUnitsPerPixel);
    /** Switches the item caches off (for vector and high-resolution export) or back on. */
    void setCachingEnabled(bool enabled);

    MapEntityItem *entityItem(MapEntityKind kind, const QString &id) const;
    const QList<RegionItem *> &regionItems() const { return mRegions; }
    const QList<CenterItem *> &centerItems() const { return mCenters; }
    const QList<LinkItem *> &linkItems() const { return mLinks; }
    const QList<FlowItem *> &flowItems() const { return mFlows; }
    const QList<LabelItem *> &labelItems() const { return mLabels; }
    /** Bounds of the regions and centres (scene coordinates); without any, of the boundaries;
     *  null when there is neither. */
    QRectF dataBounds() const;

    /**
     * Greedy label placement for the given scene-to-viewport transform: regions by
     * demand, then centres by capacity, each at the first free spot around its symbol
     * that overlaps no placed label and no other symbol; labels with no free spot hide.
     */
    void placeLabels(const QTransform &sceneToView);

    /** Replaces the imported boundary layers (degrees; x = lon, y = lat). */
    void setBoundaries(const QList<QPolygonF> &rings);
    /** Shows the project's imported boundary layers, with their credit lines (source, 审图号). */
    void setBoundaryLayers(const std::vector<BoundaryLayer> &layers);
    /** One line per boundary layer shown; empty when none or the layer is hidden. */
    QStringList boundaryCredits() const;

private:
    void clearItems();
    void applyVisibility();

    MapProjection mProjection;
    MapData mData;
    int mPeriod = 0;
    double mPixel = 1.0;
    QHash<int, bool> mLayers;
    CenterDeviations mDeviations;
    BasemapItem *mBasemap = nullptr;
    BoundaryItem *mBoundary = nullptr;
    QStringList mBoundaryCredits;
    QList<RegionItem *> mRegions;
    QList<CenterItem *> mCenters;
    QList<LinkItem *> mLinks;
    QList<FlowItem *> mFlows;
    QList<LabelItem *> mLabels;  ///< regions first, then centres
    QTransform mLastLabelTransform;
};

} // namespace atlas
