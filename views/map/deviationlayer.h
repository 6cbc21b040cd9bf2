#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace atlas {

/**
 * The map's "plan versus actual" colouring of the centres: for each centre with actuals,
 * its actual − plan utilization per period (capacity-weighted over its pools, shares:
 * 0.1 = 10 points; NaN where it has no actuals in that period). The app computes it
 * from the document (views/ops); the map only shows it.
 */
struct CenterDeviations {
    bool shown = false;    ///< colour the centres by deviation instead of by ecosystem
    bool hasPlan = false;  ///< the scenario shown has results to compare with
    bool planStale = false;  ///< those results predate an edit: the legend warns
    QHash<QString, std::vector<double>> values;

    /** NaN when the centre has no actuals in period t. */
    double at(const QString &center, int t) const;
    bool isEmpty() const { return values.isEmpty(); }
};

} // namespace atlas
