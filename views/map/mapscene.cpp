#include "mapscene.h"

#include "basemap.h"
#include "basemapitem.h"
#include "boundaryitem.h"
#include "boundarylayers.h"
#include "centeritem.h"
#include "flowitem.h"
#include "labelitem.h"
#include "linkitem.h"
#include "mapstyle.h"
#include "regionitem.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace atlas {

MapScene::MapScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    for (MapLayer l : allMapLayers())
        mLayers.insert(int(l), l != MapLayer::Countries);
    const Basemap &basemap = Basemap::shared();
    if (basemap.available()) {
        mBasemap = new BasemapItem(basemap);
        addItem(mBasemap);
    }
}

MapScene::~MapScene() = default;

bool MapScene::basemapAvailable() const
{
    return mBasemap != nullptr;
}

void MapScene::clearItems()
{
    auto drop = [this](auto &list) {
        for (auto *item : list) {
            removeItem(item);
            delete item;
        }
        list.clear();
    };
    drop(mLabels);
    drop(mFlows);
    drop(mLinks);
    drop(mCenters);
    drop(mRegions);
}

void MapScene::setData(MapData data)
{
    clearItems();
    mData = std::move(data);
    for (int i = 0; i < mData.links.size(); ++i) {
        auto *item = new LinkItem(&mData, i, mProjection, &mPixel);
        addItem(item);
        mLinks.append(item);
    }
    for (int i = 0; i < mData.flows.size(); ++i) {
        auto *item = new FlowItem(&mData, i, mProjection, &mPixel);
        addItem(item);
        mFlows.append(item);
    }
    for (int i = 0; i < mData.regions.size(); ++i) {
        const auto &r = mData.regions[i];
        auto *item = new RegionItem(&mData, i);
        item->setPos(mProjection.forward(r.geo.y(), r.geo.x()));
        addItem(item);
        mRegions.append(item);
        auto *label = new LabelItem(r.name, MapStyle::labelFont(true));
        label->setPos(item->pos());
        addItem(label);
        mLabels.append(label);
    }
    for (int i = 0; i < mData.centers.size(); ++i) {
        const auto &c = mData.centers[i];
        auto *item = new CenterItem(&mData, i);
        item->setDeviations(&mDeviations);
        item->setPos(mProjection.forward(c.geo.y(), c.geo.x()));
        addItem(item);
        mCenters.append(item);
    }
    for (int i = 0; i < mData.centers.size(); ++i) {
        auto *label = new LabelItem(mData.centers[i].name, MapStyle::labelFont(false));
        label->setPos(mCenters[i]->pos());
        addItem(label);
        mLabels.append(label);
    }
    mPeriod = std::clamp(mPeriod, 0, std::max(0, mData.periodCount - 1));
    mLastLabelTransform = QTransform();
    setPeriod(mPeriod);
}

void MapScene::setPeriod(int t)
{
    mPeriod = std::clamp(t, 0, std::max(0, mData.periodCount - 1));
    for (auto *i : std::as_const(mRegions))
        i->setPeriod(mPeriod);
    for (auto *i : std::as_const(mCenters))
        i->setPeriod(mPeriod);
    for (auto *i : std::as_const(mLinks))
        i->setPeriod(mPeriod);
    for (auto *i : std::as_const(mFlows))
        i->setPeriod(mPeriod);
    applyVisibility();
    if (!mLastLabelTransform.isIdentity())
        placeLabels(mLastLabelTransform);
}

void MapScene::setCenterDeviations(CenterDeviations deviations)
{
    mDeviations = std::move(deviations);
    for (auto *i : std::as_const(mCenters))
        i->setPeriod(mPeriod);
    update();
}

void MapScene::setLayerVisible(MapLayer layer, bool visible)
{
    mLayers.insert(int(layer), visible);
    applyVisibility();
    if (layer != MapLayer::Labels && !mLastLabelTransform.isIdentity())
        placeLabels(mLastLabelTransform);
    update();
}

bool MapScene::isLayerVisible(MapLayer layer) const
{
    return mLayers.value(int(layer), true);
}

void MapScene::applyVisibility()
{
    if (mBasemap) {
        mBasemap->setVisible(isLayerVisible(MapLayer::Basemap) || isLayerVisible(MapLayer::Countries));
        mBasemap->setBordersVisible(isLayerVisible(MapLayer::Countries));
    }
    if (mBoundary)
        mBoundary->setVisible(isLayerVisible(MapLayer::Boundaries));
    const bool links = isLayerVisible(MapLayer::Links);
    for (auto *i : std::as_const(mLinks))
        i->setVisible(links);
    const bool flows = isLayerVisible(MapLayer::Flows);
    for (auto *i : std::as_const(mFlows))
        i->setVisible(flows && i->value() > 0);
    const bool regions = isLayerVisible(MapLayer::Regions);
    for (auto *i : std::as_const(mRegions))
        i->setVisible(regions);
    const bool centers = isLayerVisible(MapLayer::Centers);
    for (auto *i : std::as_const(mCenters))
        i->setVisible(centers);
}

void MapScene::setPixelSize(double px)
{
    if (px == mPixel || !(px > 0))
        return;
    mPixel = px;
    for (auto *i : std::as_const(mLinks))
        i->zoomChanged();
    for (auto *i : std::as_const(mFlows))
        i->zoomChanged();
}

void MapScene::setCachingEnabled(bool enabled)
{
    const auto mode = enabled ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache;
    for (auto *i : std::as_const(mRegions))
        i->setCacheMode(mode);
    for (auto *i : std::as_const(mCenters))
        i->setCacheMode(mode);
    for (auto *i : std::as_const(mLabels))
        i->setCacheMode(mode);
    if (mBasemap)
        mBasemap->setCachingEnabled(enabled);
}

MapEntityItem *MapScene::entityItem(MapEntityKind kind, const QString &id) const
{
    auto find = [&](const auto &list) -> MapEntityItem * {
        for (auto *i : list)
            if (i->entityId() == id)
                return i;
        return nullptr;
    };
    switch (kind) {
    case MapEntityKind::Region: return find(mRegions);
    case MapEntityKind::Center: return find(mCenters);
    case MapEntityKind::Link: return find(mLinks);
    case MapEntityKind::None: break;
    }
    return nullptr;
}

QRectF MapScene::dataBounds() const
{
    QRectF r;
    for (auto *i : mRegions)
        r |= QRectF(i->pos(), QSizeF(1e-6, 1e-6));
    for (auto *i : mCenters)
        r |= QRectF(i->pos(), QSizeF(1e-6, 1e-6));
    // Boundaries are context, not data: a national boundary under a provincial project must
    // not zoom the map out. They frame the map only while there is no data yet.
    if (r.isNull() && mBoundary)
        r = mBoundary->boundingRect();
    return r;
}

void MapScene::setBoundaries(const QList<QPolygonF> &rings)
{
    if (mBoundary) {
        removeItem(mBoundary);
        delete mBoundary;
        mBoundary = nullptr;
    }
    if (!rings.isEmpty()) {
        mBoundary = new BoundaryItem(rings, mProjection);
        addItem(mBoundary);
    }
    applyVisibility();
}

void MapScene::setBoundaryLayers(const std::vector<BoundaryLayer> &layers)
{
    mBoundaryCredits = BoundaryLayers::credits(layers);
    setBoundaries(BoundaryLayers::rings(layers));
}

QStringList MapScene::boundaryCredits() const
{
    return mBoundary && isLayerVisible(MapLayer::Boundaries) ? mBoundaryCredits : QStringList();
}

void MapScene::placeLabels(const QTransform &toView)
{
    mLastLabelTransform = toView;
    const bool on = isLayerVisible(MapLayer::Labels);
    const int nr = mRegions.size();
    struct Symbol { QPointF at; double r; int owner; };
    QList<Symbol> symbols;
    const bool regionsOn = isLayerVisible(MapLayer::Regions);
    const bool centersOn = isLayerVisible(MapLayer::Centers);
    if (regionsOn)
        for (int i = 0; i < nr; ++i)
            symbols.append({toView.map(mRegions[i]->pos()), mRegions[i]->radius(), i});
    if (centersOn)
        for (int i = 0; i < mCenters.size(); ++i)
            symbols.append({toView.map(mCenters[i]->pos()), mCenters[i]->radius(), nr + i});

    // Priority: regions by demand, then centres by capacity.
    QList<int> order(mLabels.size());
    std::iota(order.begin(), order.end(), 0);
    auto weight = [&](int k) {
        return k < nr ? mRegions[k]->radius() + 1000.0 : mCenters[k - nr]->radius();
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return weight(a) > weight(b); });

    QList<QRectF> placed;
    // At most one centre label per screen cell: with hundreds of centres the map stays
    // readable, and zooming in shows more of them.
    constexpr double CellW = 170, CellH = 80;
    QSet<QPair<int, int>> usedCells;
    for (int k : order) {
        LabelItem *label = mLabels[k];
        const bool isRegion = k < nr;
        const bool symbolOn = isRegion ? regionsOn : centersOn;
        if (!on || !symbolOn) {
            label->setVisible(false);
            continue;
        }
        const QPointF at = toView.map(label->pos());
        const QPair<int, int> cell(int(std::floor(at.x() / CellW)), int(std::floor(at.y() / CellH)));
        if (!isRegion && usedCells.contains(cell)) {
            label->setVisible(false);
            continue;
        }
        const double r = isRegion ? mRegions[k]->radius() : mCenters[k - nr]->radius();
        const QSizeF s = label->textSize();
        const double g = r + 2;
        const QPointF candidates[] = {
            {g, -s.height() / 2}, {-g - s.width(), -s.height() / 2},
            {-s.width() / 2, -g - s.height()}, {-s.width() / 2, g},
            {g * 0.7, -g * 0.7 - s.height()}, {g * 0.7, g * 0.7},
            {-g * 0.7 - s.width(), -g * 0.7 - s.height()}, {-g * 0.7 - s.width(), g * 0.7},
        };
        bool done = false;
        for (int pass = 0; pass < (isRegion ? 2 : 1) && !done; ++pass) {
            for (const QPointF &off : candidates) {
                const QRectF box(at + off, s);
                bool free = std::none_of(placed.cbegin(), placed.cend(),
                                         [&](const QRectF &p) { return p.intersects(box); });
                // Second pass (regions only): tolerate covering other symbols.
                if (free && pass == 0) {
                    for (const Symbol &sym : std::as_const(symbols)) {
                        if (sym.owner == k)
                            continue;
                        const QRectF sr(sym.at.x() - sym.r, sym.at.y() - sym.r, 2 * sym.r, 2 * sym.r);
                        if (sr.intersects(box.adjusted(2, 2, -2, -2))) {
                            free = false;
                            break;
                        }
                    }
                }
                if (free) {
                    label->setOffset(off);
                    placed.append(box);
                    done = true;
                    break;
                }
            }
        }
        label->setVisible(done);
        if (done && !isRegion)
            usedCells.insert(cell);
    }
}

} // namespace atlas
