#pragma once

#include "document.h"
#include "map/maplayer.h"
#include "mapedits.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace atlas {

class MapCompareView;
class MapLayerPanel;
class MapView;
class PeriodSlider;

/**
 * The Map tab: a scenario selector, the map of that scenario's effective project with
 * its stored result (when fresh), the layer panel, the period slider and a side-by-side
 * mode comparing two scenarios. The map's edit requests (drag a centre, add one) become
 * undo commands through the command façade; the map follows the document's notifier.
 */
class MapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MapPanel(Document *doc, QWidget *parent = nullptr);

    MapView *mapView() const { return mMap; }
    MapCompareView *compareView() const { return mCompare; }
    PeriodSlider *periodSlider() const { return mSlider; }
    MapLayerPanel *layerPanel() const { return mLayers; }

    /** The scenario shown ("" = the base project). */
    QString scenario() const;
    void setScenario(const QString &id);
    /** The scenario on the right of the side-by-side maps. */
    QString otherScenario() const;
    /** Side-by-side mode: the chosen scenario on the left, `other` on the right. */
    void setCompare(bool on, const QString &other = QString());
    bool isComparing() const;
    /** The text under the selector ("run the scenario to see flows"), empty when flows show. */
    QString hint() const;

    /** Selects a region, centre or link on the map(s) without emitting entitySelected. */
    void selectEntity(MapEntityKind kind, const QString &id);

    bool exportPng(const QString &path, int dpi = 192);
    bool exportSvg(const QString &path);

public Q_SLOTS:
    /** Moves a centre of the shown project (base or the scenario's added ones): one undo step. */
    void moveCenter(const QString &id, double lat, double lon);
    /** Adds a centre at a place (to the base project), then selects it: one undo step. */
    void addCenter(double lat, double lon);
    /** Rebuilds the map(s) from the document now. */
    void refresh();
    /** Asks for a file and exports the visible map as PNG or SVG (by the chosen suffix). */
    void exportWithDialog();

Q_SIGNALS:
    /** The user selected something on the map: the entity list and row it lives in. */
    void entitySelected(const atlas::EntityList &list, int row);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refillScenarios();
    void scheduleRefresh();
    void showScenario(MapView *view, const QString &id, bool *hasFlows);
    void onMapSelection(MapEntityKind kind, const QString &id);
    void retranslate();

    QPointer<Document> mDoc;
    QComboBox *mScenario;
    QComboBox *mOther;
    QToolButton *mCompareButton;
    QToolButton *mExportButton;
    QToolButton *mLayersButton;
    QLabel *mScenarioLabel;
    QLabel *mHint;
    QStackedWidget *mStack;
    MapView *mMap;
    MapCompareView *mCompare;
    MapLayerPanel *mLayers;
    PeriodSlider *mSlider;
    QTimer mRefresh;
    bool mFittedOnShow = false;
};

} // namespace atlas
