#pragma once

#include "deviationlayer.h"
#include "engine/results.h"
#include "maplayer.h"
#include "model/model.h"
#include "storage/projectfile.h"

#include <QGraphicsView>

namespace atlas {

class MapEntityItem;
class MapScene;

/**
 * The interactive map of the compute network: regions as demand bubbles, centres as
 * ecosystem glyphs, links, flows, labels and a legend over a Natural Earth basemap, in
 * an Albers equal-area projection for China.
 *
 * The view never edits the project: it shows what it is given and *requests* edits by
 * signals (centerMoveRequested, addCenterRequested) that the app turns into undo
 * commands, after which it calls setProject() again. Request signals are queued, so
 * the receiver may call setProject() (which rebuilds the items) from its slot.
 *
 * Interaction: wheel zooms at the cursor, +/- zoom, Home fits, drag on the background
 * pans, click selects, drag a centre to request a move, right-click the background to
 * request a new centre; hovering shows KPIs.
 */
class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    /** Shows a project with its scenario applied. The first project shown is fitted. */
    void setProject(const Project &effective);
    /**
     * Shows a run's result for the current project (null: demand and capacity only).
     * The result is read at once and not retained.
     */
    void setResult(const ScenarioResult *result);
    /** setProject() and setResult() in one rebuild. */
    void setProjectAndResult(const Project &effective, const ScenarioResult *result);

    /** Shows the project's imported official boundaries, credited in the top right corner. */
    void setBoundaries(const std::vector<BoundaryLayer> &layers);

    void setPeriod(int period);
    int period() const;
    int periodCount() const;

    void setLayerVisible(MapLayer layer, bool visible);
    bool isLayerVisible(MapLayer layer) const;

    /** Colours the centres by plan-versus-actual deviation (the layer panel's choice). */
    void setDeviationColoring(bool on);
    bool isDeviationColoring() const;
    /** The deviations to colour by (keeps the colouring choice); kept across rebuilds. */
    void setCenterDeviations(CenterDeviations deviations);

    /** Zooms and centres on the regions and centres (the whole basemap when empty). */
    void fitToData();
    void zoomBy(double factor);
    /** Screen pixels per scene kilometre. */
    double zoom() const;
    /** Sets the zoom and the scene point in the middle of the viewport. */
    void setViewState(double zoom, QPointF sceneCenter);
    QPointF sceneCenter() const;

    /** Selects an entity without emitting entitySelected (for syncing with tables). */
    void selectEntity(MapEntityKind kind, const QString &id);

    /** The map as the user sees it, at `dpi` (96 = screen size). False when not written. */
    bool exportPng(const QString &path, int dpi = 192);
    bool exportSvg(const QString &path);
    /** Paints what the viewport shows into `target` (vector when the painter is); for the report. */
    void render(QPainter *painter, const QRectF &target);

    MapScene *mapScene() const { return mScene; }

Q_SIGNALS:
    /** The user selected an entity (kind None and an empty id: nothing). */
    void entitySelected(atlas::MapEntityKind kind, const QString &id);
    /** The user dropped a centre at a new place. */
    void centerMoveRequested(const QString &id, double lat, double lon);
    /** The user asked for a new centre here (context menu). */
    void addCenterRequested(double lat, double lon);
    void periodChanged(int period);
    /** Zoom or pan changed (for linking two maps). */
    void viewStateChanged(double zoom, QPointF sceneCenter);
    /** The items were rebuilt from a new project or result (deviations may need recomputing). */
    void rebuilt();
    void deviationColoringChanged(bool on);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild(const ScenarioResult *result);
    void transformChanged();
    void onSelectionChanged();
    MapEntityItem *entityAt(const QPoint &viewportPos) const;

    MapScene *mScene;
    Project mProject;
    bool mHasProject = false;
    bool mFitted = false;
    bool mSilentSelection = false;
    struct Drag {
        QString id;
        QPointF startPos;
        bool active = false;
    } mDrag;
};

} // namespace atlas
