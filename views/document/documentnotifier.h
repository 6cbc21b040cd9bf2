#pragma once

#include "entitylist.h"

#include <QObject>

namespace atlas {

/**
 * The one change notifier of a document. Undo commands emit it after (and, for
 * inserts and removals, before) they change the project; models and views subscribe
 * and never poll. Rows are indices into the list named by EntityList.
 */
class DocumentNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void entityChanged(const atlas::EntityList &list, int row);
    void entitiesAboutToBeInserted(const atlas::EntityList &list, int first, int last);
    void entitiesInserted(const atlas::EntityList &list, int first, int last);
    void entitiesAboutToBeRemoved(const atlas::EntityList &list, int first, int last);
    void entitiesRemoved(const atlas::EntityList &list, int first, int last);
    /** Many rows changed at once (paste, import, revert): models reset. */
    void aboutToReset();
    void reset();
    /** Name, currency, periods or parameters. */
    void projectSettingsChanged();
    /** Stored results were added or replaced (scenario id). */
    void resultsChanged(const QString &scenario);
    /** The imported boundary layers changed (added or removed). */
    void boundariesChanged();
    /** The operations actuals changed (import, removal, thresholds). */
    void actualsChanged();
    /** Any change to the model at all; for listeners that recompute (problems, staleness). */
    void projectChanged();
};

} // namespace atlas
