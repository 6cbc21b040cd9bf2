#pragma once

#include "maplayer.h"

#include <QHash>
#include <QWidget>

class QCheckBox;

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
    /** Mirrors `view`'s layers now and drives them from here on. */
    void attach(MapView *view);

    static QString layerName(MapLayer layer);

Q_SIGNALS:
    void layerToggled(atlas::MapLayer layer, bool visible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QHash<int, QCheckBox *> mBoxes;
};

} // namespace atlas
