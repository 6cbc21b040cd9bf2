#pragma once

#include "maplayer.h"

#include <QWidget>

class QLabel;

namespace atlas {

class MapView;

/**
 * Two maps side by side (e.g. "build" against "use") with linked zoom, pan, period
 * and layers. The app feeds each side with MapView::setProjectAndResult().
 */
class MapCompareView : public QWidget
{
    Q_OBJECT

public:
    explicit MapCompareView(QWidget *parent = nullptr);

    MapView *left() const { return mLeft; }
    MapView *right() const { return mRight; }
    /** Captions above each map (usually the scenario names). */
    void setCaptions(const QString &left, const QString &right);
    void setPeriod(int period);
    void setLayerVisible(MapLayer layer, bool visible);

Q_SIGNALS:
    void periodChanged(int period);

private:
    void link(MapView *from, MapView *to);

    MapView *mLeft;
    MapView *mRight;
    QLabel *mLeftCaption;
    QLabel *mRightCaption;
    bool mSyncing = false;
};

} // namespace atlas
