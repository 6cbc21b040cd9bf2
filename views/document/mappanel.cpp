#include "mappanel.h"

#include "mapedits.h"
#include "map/mapcompareview.h"
#include "map/maplayerpanel.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "map/periodslider.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QShowEvent>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace atlas {

MapPanel::MapPanel(Document *doc, QWidget *parent)
    : QWidget(parent)
    , mDoc(doc)
    , mScenario(new QComboBox(this))
    , mOther(new QComboBox(this))
    , mCompareButton(new QToolButton(this))
    , mExportButton(new QToolButton(this))
    , mLayersButton(new QToolButton(this))
    , mScenarioLabel(new QLabel(this))
    , mHint(new QLabel(this))
    , mStack(new QStackedWidget(this))
    , mMap(new MapView(this))
    , mCompare(new MapCompareView(this))
    , mLayers(new MapLayerPanel)
    , mSlider(new PeriodSlider(this))
{
    for (QComboBox *box : {mScenario, mOther}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(22);
    }
    mHint->setWordWrap(true);
    mHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    mCompareButton->setCheckable(true);
    mOther->setVisible(false);
    mHint->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(mScenarioLabel);
    bar->addWidget(mScenario);
    bar->addWidget(mCompareButton);
    bar->addWidget(mOther);
    bar->addSpacing(12);
    bar->addWidget(mHint, 1);
    bar->addWidget(mLayersButton);
    bar->addWidget(mExportButton);

    mStack->addWidget(mMap);
    mStack->addWidget(mCompare);
    // The layer panel drops down from a button, leaving the map the whole width.
    auto *layersMenu = new QMenu(mLayersButton);
    auto *layersAction = new QWidgetAction(layersMenu);
    layersAction->setDefaultWidget(mLayers);
    layersMenu->addAction(layersAction);
    mLayersButton->setMenu(layersMenu);
    mLayersButton->setPopupMode(QToolButton::InstantPopup);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(mStack, 1);
    layout->addWidget(mSlider);

    mLayers->attach(mMap);
    for (MapLayer layer : allMapLayers())
        mCompare->setLayerVisible(layer, mLayers->isLayerVisible(layer));
    mCompare->left()->setLayerVisible(MapLayer::Legend, false);  // one legend serves both maps
    connect(mLayers, &MapLayerPanel::layerToggled, mCompare, [this](MapLayer layer, bool visible) {
        mCompare->setLayerVisible(layer, visible);
        if (layer == MapLayer::Legend)
            mCompare->left()->setLayerVisible(layer, false);
    });
    // Plan-versus-actual colouring applies to both sides of the comparison too.
    for (MapView *side : {mCompare->left(), mCompare->right()})
        connect(mLayers, &MapLayerPanel::deviationColoringToggled, side, &MapView::setDeviationColoring);

    mRefresh.setSingleShot(true);
    mRefresh.setInterval(0);
    connect(&mRefresh, &QTimer::timeout, this, &MapPanel::refresh);

    connect(mScenario, &QComboBox::currentIndexChanged, this, &MapPanel::refresh);
    connect(mOther, &QComboBox::currentIndexChanged, this, &MapPanel::refresh);
    connect(mCompareButton, &QToolButton::toggled, this, [this](bool on) { setCompare(on); });
    connect(mExportButton, &QToolButton::clicked, this, &MapPanel::exportWithDialog);

    // One period for all views: the slider sets the document's, everything follows it.
    connect(mSlider, &PeriodSlider::periodChanged, this, [this](int t) {
        if (mDoc)
            mDoc->setViewPeriod(t);
    });
    connect(mMap, &MapView::periodChanged, mSlider, &PeriodSlider::setPeriod);
    connect(mCompare, &MapCompareView::periodChanged, mSlider, &PeriodSlider::setPeriod);
    connect(doc, &Document::viewPeriodChanged, this, [this](int t) {
        mSlider->setPeriod(t);
        mMap->setPeriod(t);
        mCompare->setPeriod(t);
    });

    for (MapView *view : {mMap, mCompare->left(), mCompare->right()}) {
        // Work-around: switching scenarios under a painted view crashed in the scene's BSP
        // index (stale entries after a rebuild); a few hundred items need no index.
        view->mapScene()->setItemIndexMethod(QGraphicsScene::NoIndex);
        connect(view, &MapView::entitySelected, this, &MapPanel::onMapSelection);
        connect(view, &MapView::centerMoveRequested, this, &MapPanel::moveCenter);
        connect(view, &MapView::addCenterRequested, this, &MapPanel::addCenter);
    }

    auto *n = doc->notifier();
    // Boundary layers are parsed once per change, not on every refresh (they can be large).
    const auto showBoundaries = [this] {
        for (MapView *view : {mMap, mCompare->left(), mCompare->right()})
            view->setBoundaries(mDoc->data().boundaries);
    };
    showBoundaries();
    connect(n, &DocumentNotifier::boundariesChanged, this, showBoundaries);
    connect(n, &DocumentNotifier::reset, this, showBoundaries);
    connect(n, &DocumentNotifier::projectChanged, this, &MapPanel::scheduleRefresh);
    connect(n, &DocumentNotifier::resultsChanged, this, &MapPanel::scheduleRefresh);
    connect(n, &DocumentNotifier::reset, this, &MapPanel::refillScenarios);
    connect(n, &DocumentNotifier::entitiesInserted, this, [this](const EntityList &list) {
        if (list.kind == EntityKind::Scenario)
            refillScenarios();
    });
    connect(n, &DocumentNotifier::entitiesRemoved, this, [this](const EntityList &list) {
        if (list.kind == EntityKind::Scenario)
            refillScenarios();
    });
    connect(n, &DocumentNotifier::entityChanged, this, [this](const EntityList &list) {
        if (list.kind == EntityKind::Scenario && !list.isOverlay())
            refillScenarios();
    });

    retranslate();
    refillScenarios();
}

QString MapPanel::scenario() const
{
    return mScenario->currentData().toString();
}

QString MapPanel::otherScenario() const
{
    return mOther->currentData().toString();
}

void MapPanel::setScenario(const QString &id)
{
    const int i = mScenario->findData(id);
    if (i >= 0)
        mScenario->setCurrentIndex(i);
}

void MapPanel::setCompare(bool on, const QString &other)
{
    if (!other.isEmpty()) {
        const QSignalBlocker block(mOther);
        const int i = mOther->findData(other);
        if (i >= 0)
            mOther->setCurrentIndex(i);
    }
    {
        const QSignalBlocker block(mCompareButton);
        mCompareButton->setChecked(on);
    }
    mOther->setVisible(on);
    mStack->setCurrentWidget(on ? static_cast<QWidget *>(mCompare) : mMap);
    refresh();
    if (on)
        QTimer::singleShot(0, this, [this] {  // after the layout gave the two maps their size
            mCompare->left()->fitToData();
            mCompare->right()->fitToData();
        });
}

bool MapPanel::isComparing() const
{
    return mStack->currentWidget() == mCompare;
}

QString MapPanel::hint() const
{
    return mHint->text();
}

void MapPanel::selectEntity(MapEntityKind kind, const QString &id)
{
    mMap->selectEntity(kind, id);
    mCompare->left()->selectEntity(kind, id);
    mCompare->right()->selectEntity(kind, id);
}

void MapPanel::refillScenarios()
{
    if (!mDoc)
        return;
    const QString current = scenario();
    const QString other = mOther->currentData().toString();
    const QSignalBlocker a(mScenario);
    const QSignalBlocker b(mOther);
    mScenario->clear();
    mOther->clear();
    for (QComboBox *box : {mScenario, mOther})
        box->addItem(tr("Base project (no scenario)"), QString());
    for (const auto &s : mDoc->project().scenarios) {
        const QString id = QString::fromStdString(s.id);
        const QString text = s.name.empty() ? id : QStringLiteral("%1 (%2)").arg(QString::fromStdString(s.name), id);
        mScenario->addItem(text, id);
        mOther->addItem(text, id);
    }
    int si = mScenario->findData(current);
    if (current.isEmpty() || si < 0) {
        // First show: the first scenario with results, else the first scenario.
        si = -1;
        for (int k = 1; k < mScenario->count() && si < 0; ++k)
            if (mDoc->storedResult(mScenario->itemData(k).toString().toStdString()))
                si = k;
        if (si < 0)
            si = mScenario->count() > 1 ? 1 : 0;
    }
    mScenario->setCurrentIndex(si);
    int oi = mOther->findData(other);
    if (oi < 0 || other.isEmpty()) {
        // The other side: another scenario with results (build against use), else the next one.
        oi = -1;
        for (int k = 1; k < mOther->count() && oi < 0; ++k)
            if (k != si && mDoc->storedResult(mOther->itemData(k).toString().toStdString()))
                oi = k;
        if (oi < 0)
            oi = std::min(mOther->count() - 1, si + 1);
    }
    mOther->setCurrentIndex(std::max(0, oi));
    refresh();
}

void MapPanel::scheduleRefresh()
{
    mRefresh.start();
}

void MapPanel::showScenario(MapView *view, const QString &id, bool *hasFlows)
{
    const Project &base = mDoc->project();
    const Scenario *s = id.isEmpty() ? nullptr : base.scenario(id.toStdString());
    const Project effective = s ? applyScenario(base, *s) : base;
    std::shared_ptr<const ScenarioResult> result;
    if (s && !mDoc->isStale(s->id))
        result = mDoc->result(s->id);
    view->setProjectAndResult(effective, result.get());
    view->setPeriod(mDoc->viewPeriod());
    *hasFlows = result != nullptr;
}

void MapPanel::refresh()
{
    mRefresh.stop();
    if (!mDoc)
        return;
    const Project &p = mDoc->project();
    QStringList labels;
    for (int t = 0; t < p.periods.count; ++t)
        labels << QString::fromStdString(p.periods.label(t));
    mSlider->setPeriods(labels);
    mSlider->setPeriod(std::min(mDoc->viewPeriod(), std::max(0, p.periods.count - 1)));

    bool flows = false;
    if (isComparing()) {
        bool rightFlows = false;
        showScenario(mCompare->left(), scenario(), &flows);
        showScenario(mCompare->right(), mOther->currentData().toString(), &rightFlows);
        mCompare->setCaptions(mScenario->currentText(), mOther->currentText());
        flows = flows && rightFlows;
    } else {
        showScenario(mMap, scenario(), &flows);
    }
    if (flows)
        mHint->clear();
    else if (scenario().isEmpty())
        mHint->setText(tr("Demand and capacity only: choose a scenario and run it to see flows."));
    else
        mHint->setText(tr("Demand and capacity only: run the scenario to see flows."));
}

void MapPanel::onMapSelection(MapEntityKind kind, const QString &id)
{
    if (!mDoc || kind == MapEntityKind::None)
        return;
    QString scenarioId = scenario();
    if (isComparing() && sender() == mCompare->right())
        scenarioId = mOther->currentData().toString();
    selectEntity(kind, id);  // the other maps follow
    const auto [list, row] = mapEntityRow(mDoc->project(), scenarioId, kind, id);
    if (row >= 0)
        Q_EMIT entitySelected(list, row);
}

void MapPanel::moveCenter(const QString &id, double lat, double lon)
{
    if (!mDoc)
        return;
    QString scenarioId = scenario();
    if (isComparing() && sender() == mCompare->right())
        scenarioId = mOther->currentData().toString();
    const edit::Outcome outcome = edit::moveMapCenter(*mDoc, scenarioId, id, lat, lon);
    if (!outcome) {
        Q_EMIT statusMessage(outcome.reason);
        refresh();  // put the centre back where the model has it
    }
}

void MapPanel::addCenter(double lat, double lon)
{
    if (!mDoc)
        return;
    QString id;
    const edit::Outcome outcome = edit::addCenterAt(*mDoc, lat, lon, &id);
    if (!outcome) {
        Q_EMIT statusMessage(outcome.reason);
        return;
    }
    refresh();
    selectEntity(MapEntityKind::Center, id);
    Q_EMIT entitySelected(EntityList{EntityKind::Center, -1}, int(mDoc->project().centers.size()) - 1);
    Q_EMIT statusMessage(tr("Added centre %1: set its name, power and chips in the table.").arg(id));
}

bool MapPanel::exportPng(const QString &path, int dpi)
{
    return mMap->exportPng(path, dpi);
}

bool MapPanel::exportSvg(const QString &path)
{
    return mMap->exportSvg(path);
}

void MapPanel::exportWithDialog()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    MapView *view = isComparing() ? mCompare->left() : mMap;
    const bool svg = QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0
        || (QFileInfo(path).suffix().isEmpty() && selected.contains(QStringLiteral("svg")));
    const bool ok = svg ? view->exportSvg(path) : view->exportPng(path);
    Q_EMIT statusMessage(ok ? tr("Exported the map to %1.").arg(QDir::toNativeSeparators(path))
                            : tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void MapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mFittedOnShow)
        return;
    // The views have their real size only now: fit the data on first show.
    mFittedOnShow = true;
    QTimer::singleShot(0, this, [this] {
        mMap->fitToData();
        mCompare->left()->fitToData();
        mCompare->right()->fitToData();
    });
}

void MapPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (mScenario->count() > 0)
            mScenario->setItemText(0, tr("Base project (no scenario)"));
        if (mOther->count() > 0)
            mOther->setItemText(0, tr("Base project (no scenario)"));
        refresh();
    }
    QWidget::changeEvent(event);
}

void MapPanel::retranslate()
{
    mScenarioLabel->setText(tr("Scenario:"));
    mCompareButton->setText(tr("Compare…"));
    mCompareButton->setToolTip(tr("Show two scenarios side by side (e.g. build against use)"));
    mOther->setToolTip(tr("The scenario on the right"));
    mLayersButton->setText(tr("Layers"));
    mLayersButton->setToolTip(tr("Show or hide the map's layers"));
    mExportButton->setText(tr("Export…"));
    mExportButton->setToolTip(tr("Export the map as PNG or SVG"));
}

} // namespace atlas
