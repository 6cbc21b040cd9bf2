#include "mapview.h"

#include "boundarylayers.h"
#include "centeritem.h"
#include "mapdata.h"
#include "mapentityitem.h"
#include "maplegend.h"
#include "mapscene.h"
#include "mapstyle.h"
#include "basemap.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace atlas {

MapView::MapView(QWidget *parent)
    : QGraphicsView(parent)
    , mScene(new MapScene(this))
{
    setScene(mScene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setBackgroundBrush(MapStyle::water());
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // Room to pan well past the data; the basemap (or a continent-sized box) bounds it.
    const QRectF world = Basemap::shared().available() ? Basemap::shared().bounds()
                                                       : QRectF(-6000, -9000, 12000, 9000);
    mScene->setSceneRect(world.adjusted(-2000, -2000, 2000, 2000));
    connect(mScene, &QGraphicsScene::selectionChanged, this, &MapView::onSelectionChanged);
}

MapView::~MapView() = default;

void MapView::setProject(const Project &effective)
{
    mProject = effective;
    mHasProject = true;
    rebuild(nullptr);
}

void MapView::setResult(const ScenarioResult *result)
{
    rebuild(result);
}

void MapView::setProjectAndResult(const Project &effective, const ScenarioResult *result)
{
    mProject = effective;
    mHasProject = true;
    rebuild(result);
}

void MapView::rebuild(const ScenarioResult *result)
{
    // Keep the selection across the rebuild, silently.
    MapEntityKind kind = MapEntityKind::None;
    QString id;
    const QList<QGraphicsItem *> selected = mScene->selectedItems();
    if (!selected.isEmpty()) {
        if (auto *e = dynamic_cast<MapEntityItem *>(selected.first())) {
            kind = e->kind();
            id = e->entityId();
        }
    }
    mSilentSelection = true;
    mScene->setData(MapData::build(mProject, result));
    mSilentSelection = false;
    if (!mFitted && mHasProject) {
        fitToData();
        mFitted = true;
    }
    transformChanged();
    if (kind != MapEntityKind::None)
        selectEntity(kind, id);
    viewport()->update();
    Q_EMIT rebuilt();
}

void MapView::setBoundaries(const std::vector<BoundaryLayer> &layers)
{
    mScene->setBoundaryLayers(layers);
    viewport()->update();
}

void MapView::setPeriod(int period)
{
    const int before = mScene->period();
    mScene->setPeriod(period);
    viewport()->update();
    if (mScene->period() != before)
        Q_EMIT periodChanged(mScene->period());
}

int MapView::period() const
{
    return mScene->period();
}

int MapView::periodCount() const
{
    return mScene->data().periodCount;
}

void MapView::setLayerVisible(MapLayer layer, bool visible)
{
    mScene->setLayerVisible(layer, visible);
    viewport()->update();
}

bool MapView::isLayerVisible(MapLayer layer) const
{
    return mScene->isLayerVisible(layer);
}

void MapView::setDeviationColoring(bool on)
{
    if (on == isDeviationColoring())
        return;
    CenterDeviations d = mScene->centerDeviations();
    d.shown = on;
    mScene->setCenterDeviations(std::move(d));
    viewport()->update();
    Q_EMIT deviationColoringChanged(on);
}

bool MapView::isDeviationColoring() const
{
    return mScene->centerDeviations().shown;
}

void MapView::setCenterDeviations(CenterDeviations deviations)
{
    deviations.shown = isDeviationColoring();
    mScene->setCenterDeviations(std::move(deviations));
    viewport()->update();
}

void MapView::fitToData()
{
    QRectF r = mScene->dataBounds();
    if (r.isNull() || r.width() < 1 || r.height() < 1) {
        // China's extent as a fallback: 73–135°E, 18–54°N.
        const MapProjection &pr = mScene->projection();
        r = QRectF(pr.forward(54, 73), pr.forward(18, 135)).normalized();
        r |= QRectF(pr.forward(54, 135), pr.forward(18, 73)).normalized();
    }
    // Room for the symbols and labels at the edges, and for the legend on the right: the
    // legend keeps its size in pixels, so the data get the viewport's width less the legend's.
    const double mx = std::max(r.width(), r.height()) * 0.08;
    r.adjust(-mx, -mx, mx, mx);
    constexpr double legendPx = 250;
    const double widthPx = viewport()->width();
    double legendRoom = 0;
    if (mScene->isLayerVisible(MapLayer::Legend))
        legendRoom = widthPx > legendPx * 2 ? r.width() * legendPx / (widthPx - legendPx) : r.width() * 0.18;
    r.adjust(0, 0, legendRoom, 0);
    fitInView(r, Qt::KeepAspectRatio);
    transformChanged();
}

void MapView::zoomBy(double factor)
{
    const double z = zoom() * factor;
    if (z < 0.005 || z > 50)
        return;
    scale(factor, factor);
    transformChanged();
}

double MapView::zoom() const
{
    return transform().m11();
}

QPointF MapView::sceneCenter() const
{
    return mapToScene(viewport()->rect().center());
}

void MapView::setViewState(double z, QPointF center)
{
    if (!(z > 0))
        return;
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setTransform(QTransform::fromScale(z, z));
    setTransformationAnchor(anchor);
    centerOn(center);
    transformChanged();
}

void MapView::transformChanged()
{
    mScene->setPixelSize(1.0 / std::max(1e-9, zoom()));
    mScene->placeLabels(viewportTransform());
    Q_EMIT viewStateChanged(zoom(), sceneCenter());
}

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // The corner overlays stay put: repaint rather than scroll them with the scene.
    viewport()->update();
    Q_EMIT viewStateChanged(zoom(), sceneCenter());
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (mHasProject && !mFitted)
        fitToData();
}

void MapView::selectEntity(MapEntityKind kind, const QString &id)
{
    mSilentSelection = true;
    mScene->clearSelection();
    if (MapEntityItem *item = mScene->entityItem(kind, id)) {
        item->setSelected(true);
        ensureVisible(item, 40, 40);
    }
    mSilentSelection = false;
}

void MapView::onSelectionChanged()
{
    if (mSilentSelection)
        return;
    const QList<QGraphicsItem *> selected = mScene->selectedItems();
    for (QGraphicsItem *i : selected) {
        if (auto *e = dynamic_cast<MapEntityItem *>(i)) {
            Q_EMIT entitySelected(e->kind(), e->entityId());
            return;
        }
    }
    Q_EMIT entitySelected(MapEntityKind::None, QString());
}

MapEntityItem *MapView::entityAt(const QPoint &pos) const
{
    const QList<QGraphicsItem *> hits = items(pos);
    for (QGraphicsItem *i : hits)
        if (auto *e = dynamic_cast<MapEntityItem *>(i))
            return e;
    return nullptr;
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps));
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_Home:
    case Qt::Key_0:
        fitToData();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    mDrag = {};
    if (event->button() == Qt::LeftButton) {
        if (auto *c = dynamic_cast<CenterItem *>(entityAt(event->position().toPoint()))) {
            mDrag.id = c->entityId();
            mDrag.startPos = c->pos();
            mDrag.active = true;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (!mDrag.active || event->button() != Qt::LeftButton)
        return;
    mDrag.active = false;
    auto *item = mScene->entityItem(MapEntityKind::Center, mDrag.id);
    if (!item || item->pos() == mDrag.startPos)
        return;
    const QPointF geo = mScene->projection().inverse(item->pos());
    // Back to the model's place: the move happens when the app applies it.
    item->setPos(mDrag.startPos);
    const QString id = mDrag.id;
    QMetaObject::invokeMethod(this, [this, id, geo] { Q_EMIT centerMoveRequested(id, geo.y(), geo.x()); },
                              Qt::QueuedConnection);
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF geo = mScene->projection().inverse(mapToScene(event->pos()));
    QMenu menu(this);
    QAction *add = menu.addAction(tr("Add a compute centre here"));
    QAction *fit = menu.addAction(tr("Fit to data"));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == add)
        Q_EMIT addCenterRequested(geo.y(), geo.x());
    else if (chosen == fit)
        fitToData();
}

bool MapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (QGraphicsItem *i : items(help->pos())) {
            if (auto *e = dynamic_cast<MapEntityItem *>(i)) {
                QToolTip::showText(help->globalPos(), e->toolTipText(mScene->period()), viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void MapView::drawForeground(QPainter *painter, const QRectF &)
{
    // Overlays live in viewport pixels: undo the view's scene transform, keep any
    // outer transform (export scaling, report placement).
    painter->save();
    painter->setWorldTransform(viewportTransform().inverted() * painter->worldTransform());
    MapLegend::paint(painter, QRectF(viewport()->rect()), *mScene, 1.0 / std::max(1e-9, zoom()),
                     mScene->isLayerVisible(MapLayer::Legend));
    BoundaryLayers::paintCredits(painter, QRectF(viewport()->rect()), mScene->boundaryCredits());
    painter->restore();
}

void MapView::render(QPainter *painter, const QRectF &target)
{
    mScene->setCachingEnabled(false);
    QGraphicsView::render(painter, target, viewport()->rect(), Qt::KeepAspectRatio);
    mScene->setCachingEnabled(true);
}

bool MapView::exportPng(const QString &path, int dpi)
{
    const double f = std::max(0.25, dpi / 96.0);
    QImage image((QSizeF(viewport()->size()) * f).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false;
    image.fill(MapStyle::water());
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    {
        QPainter p(&image);
        render(&p, QRectF(image.rect()));
    }
    return image.save(path, "PNG");
}

bool MapView::exportSvg(const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(viewport()->size());
    svg.setViewBox(QRect(QPoint(0, 0), viewport()->size()));
    svg.setTitle(tr("Compute network map"));
    svg.setDescription(QString::fromStdString(mProject.name));
    QPainter p;
    if (!p.begin(&svg))
        return false;
    render(&p, QRectF(QPointF(0, 0), QSizeF(viewport()->size())));
    return p.end();
}

} // namespace atlas
