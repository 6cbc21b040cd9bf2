#pragma once

#include "maplayer.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace atlas {

class MapView;

/** A checkbox per map layer. */
class MapLayerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MapLayerPanel(QWidget *parent = nullptr);

    void setLayerVisible(MapLayer layer, bool visible);
    bool isLayerVisible(MapLayer layer) const;
    /** Centre colour: by ecosystem (false) or by plan-versus-actual deviation (true). */
    void setDeviationColoring(bool on);
    bool isDeviationColoring() const;
    QComboBox *coloringBox() const { return mColoring; }
    /** Mirrors `view`'s layers now and drives them from here on. */
    void attach(MapView *view);

    static QString layerName(MapLayer layer);

Q_SIGNALS:
    void layerToggled(atlas::MapLayer layer, bool visible);
    void deviationColoringToggled(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QHash<int, QCheckBox *> mBoxes;
    QLabel *mColoringLabel = nullptr;
    QComboBox *mColoring = nullptr;
};

} // namespace atlas
