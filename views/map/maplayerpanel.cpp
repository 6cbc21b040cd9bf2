#include "maplayerpanel.h"

#include "mapview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QEvent>
#include <QVBoxLayout>

namespace atlas {

MapLayerPanel::MapLayerPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    const QList<MapLayer> top = allMapLayers();
    // Top layer first, as map programs list them.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        const MapLayer layer = *it;
        auto *box = new QCheckBox(this);
        box->setChecked(layer != MapLayer::Countries);
        layout->addWidget(box);
        mBoxes.insert(int(layer), box);
        connect(box, &QCheckBox::toggled, this, [this, layer](bool on) { Q_EMIT layerToggled(layer, on); });
    }
    mColoringLabel = new QLabel(this);
    mColoring = new QComboBox(this);
    mColoring->addItem(QString(), false);
    mColoring->addItem(QString(), true);
    layout->addSpacing(6);
    layout->addWidget(mColoringLabel);
    layout->addWidget(mColoring);
    connect(mColoring, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT deviationColoringToggled(isDeviationColoring()); });
    layout->addStretch(1);
    retranslate();
}

QString MapLayerPanel::layerName(MapLayer layer)
{
    switch (layer) {
    case MapLayer::Basemap: return tr("Land (basemap)");
    case MapLayer::Countries: return tr("Country outlines (illustrative)");
    case MapLayer::Boundaries: return tr("Imported boundaries");
    case MapLayer::Links: return tr("Links");
    case MapLayer::Flows: return tr("Flows");
    case MapLayer::Regions: return tr("Regions (demand)");
    case MapLayer::Centers: return tr("Compute centres");
    case MapLayer::Labels: return tr("Labels");
    case MapLayer::Legend: return tr("Legend");
    }
    return {};
}

void MapLayerPanel::retranslate()
{
    for (MapLayer l : allMapLayers())
        mBoxes.value(int(l))->setText(layerName(l));
    mColoringLabel->setText(tr("Centre colour:"));
    mColoring->setItemText(0, tr("Ecosystems, ring = utilization"));
    mColoring->setItemText(1, tr("Plan vs actual (deviation)"));
    mColoring->setToolTip(tr("Plan vs actual colours each centre by its actual minus planned utilization "
                             "in the map's period, from the imported actuals"));
}

void MapLayerPanel::setDeviationColoring(bool on)
{
    mColoring->setCurrentIndex(on ? 1 : 0);
}

bool MapLayerPanel::isDeviationColoring() const
{
    return mColoring->currentData().toBool();
}

void MapLayerPanel::setLayerVisible(MapLayer layer, bool visible)
{
    if (QCheckBox *box = mBoxes.value(int(layer)))
        box->setChecked(visible);
}

bool MapLayerPanel::isLayerVisible(MapLayer layer) const
{
    QCheckBox *box = mBoxes.value(int(layer));
    return box && box->isChecked();
}

void MapLayerPanel::attach(MapView *view)
{
    for (MapLayer l : allMapLayers())
        setLayerVisible(l, view->isLayerVisible(l));
    connect(this, &MapLayerPanel::layerToggled, view, &MapView::setLayerVisible);
    setDeviationColoring(view->isDeviationColoring());
    connect(this, &MapLayerPanel::deviationColoringToggled, view, &MapView::setDeviationColoring);
}

void MapLayerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace atlas
