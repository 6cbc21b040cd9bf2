#include "mapcompareview.h"

#include "mapview.h"

#include <QGridLayout>
#include <QLabel>

namespace atlas {

MapCompareView::MapCompareView(QWidget *parent)
    : QWidget(parent)
    , mLeft(new MapView(this))
    , mRight(new MapView(this))
    , mLeftCaption(new QLabel(this))
    , mRightCaption(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    QFont f = font();
    f.setBold(true);
    mLeftCaption->setFont(f);
    mRightCaption->setFont(f);
    mLeftCaption->setAlignment(Qt::AlignCenter);
    mRightCaption->setAlignment(Qt::AlignCenter);
    grid->addWidget(mLeftCaption, 0, 0);
    grid->addWidget(mRightCaption, 0, 1);
    grid->addWidget(mLeft, 1, 0);
    grid->addWidget(mRight, 1, 1);
    grid->setRowStretch(1, 1);
    link(mLeft, mRight);
    link(mRight, mLeft);
}

void MapCompareView::link(MapView *from, MapView *to)
{
    connect(from, &MapView::viewStateChanged, this, [this, to](double zoom, QPointF center) {
        if (mSyncing)
            return;
        mSyncing = true;
        to->setViewState(zoom, center);
        mSyncing = false;
    });
    connect(from, &MapView::periodChanged, this, [this, to](int period) {
        if (mSyncing)
            return;
        mSyncing = true;
        to->setPeriod(period);
        mSyncing = false;
        Q_EMIT periodChanged(period);
    });
}

void MapCompareView::setCaptions(const QString &left, const QString &right)
{
    mLeftCaption->setText(left);
    mRightCaption->setText(right);
}

void MapCompareView::setPeriod(int period)
{
    mLeft->setPeriod(period);
    mRight->setPeriod(period);
}

void MapCompareView::setLayerVisible(MapLayer layer, bool visible)
{
    mLeft->setLayerVisible(layer, visible);
    mRight->setLayerVisible(layer, visible);
}

} // namespace atlas
