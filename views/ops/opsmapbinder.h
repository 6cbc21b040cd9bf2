#pragma once

#include "document.h"
#include "map/deviationlayer.h"

#include <QObject>
#include <QPointer>

namespace atlas {

class MapPanel;

/**
 * Feeds the map's "plan versus actual" colouring: whenever the map is rebuilt (another
 * scenario, an edit, new results) or the actuals change, compares the shown scenario's
 * stored results with the document's actuals and hands each centre's deviation per
 * period to the map view, with whether those results are stale (an edit since the run);
 * in side-by-side mode each map gets its own scenario's.
 * Lives as long as the map panel (its parent).
 */
class OpsMapBinder : public QObject
{
    Q_OBJECT

public:
    OpsMapBinder(Document *doc, MapPanel *panel);

    /** Recomputes the deviations now. */
    void update();

private:
    /** The scenario has stored results that predate an edit. */
    bool isStale(const QString &scenario) const;
    CenterDeviations deviationsOf(const QString &scenario) const;

    QPointer<Document> mDoc;
    MapPanel *mPanel;
};

} // namespace atlas
