#pragma once

#include "maplayer.h"

#include <QGraphicsItem>
#include <QString>

namespace atlas {

struct MapData;

/** Base of the items that stand for one entity: its kind, id and KPI tooltip. */
class MapEntityItem : public QGraphicsItem
{
public:
    MapEntityItem(const MapData *data, int index, MapEntityKind kind, const QString &id)
        : mData(data), mIndex(index), mKind(kind), mId(id) {}

    MapEntityKind kind() const { return mKind; }
    QString entityId() const { return mId; }
    int index() const { return mIndex; }

    /** Shows period t (sizes and colours); never rebuilds geometry that does not depend on t. */
    virtual void setPeriod(int t) = 0;
    /** Rich-text tooltip with the KPIs of period t, formatted for the UI locale. */
    virtual QString toolTipText(int t) const = 0;

protected:
    const MapData *mData;
    int mIndex;

private:
    MapEntityKind mKind;
    QString mId;
};

} // namespace atlas
