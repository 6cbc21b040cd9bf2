#include "opsmapbinder.h"

#include "charts/opscharts.h"
#include "map/mapcompareview.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "mappanel.h"

#include <limits>

namespace atlas {

OpsMapBinder::OpsMapBinder(Document *doc, MapPanel *panel)
    : QObject(panel)
    , mDoc(doc)
    , mPanel(panel)
{
    connect(doc->notifier(), &DocumentNotifier::actualsChanged, this, &OpsMapBinder::update);
    for (MapView *view : {panel->mapView(), panel->compareView()->left(), panel->compareView()->right()})
        connect(view, &MapView::rebuilt, this, &OpsMapBinder::update);
    // An edit that the map does not redraw for can still make a plan's results stale.
    connect(doc->notifier(), &DocumentNotifier::projectChanged, this, [this] {
        if (!mDoc)
            return;
        const bool shown = isStale(mPanel->scenario());
        bool changed = shown != mPanel->mapView()->mapScene()->centerDeviations().planStale;
        if (mPanel->isComparing())  // the right map's legend speaks for both (see update)
            changed = changed || (shown || isStale(mPanel->otherScenario()))
                                     != mPanel->compareView()->right()->mapScene()->centerDeviations().planStale;
        if (changed)
            update();
    });
    update();
}

bool OpsMapBinder::isStale(const QString &scenario) const
{
    const std::string id = scenario.toStdString();
    return !id.empty() && mDoc->result(id) && mDoc->isStale(id);
}

CenterDeviations OpsMapBinder::deviationsOf(const QString &scenarioId) const
{
    CenterDeviations deviations;
    const std::string scenario = scenarioId.toStdString();
    const auto result = scenario.empty() ? nullptr : mDoc->result(scenario);
    if (!result)
        return deviations;
    deviations.hasPlan = true;
    deviations.planStale = isStale(scenarioId);
    const Project &project = mDoc->project();
    const PlanVsActual comparison = comparePlan(project, *result, mDoc->data().actuals);
    for (const auto &[center, values] : charts::centerDeviations(comparison, project.periods.count)) {
        std::vector<double> row(values.size(), std::numeric_limits<double>::quiet_NaN());
        for (size_t t = 0; t < values.size(); ++t)
            if (values[t])
                row[t] = *values[t];
        deviations.values.insert(QString::fromStdString(center), std::move(row));
    }
    return deviations;
}

void OpsMapBinder::update()
{
    if (!mDoc)
        return;
    const CenterDeviations shown = deviationsOf(mPanel->scenario());
    mPanel->mapView()->setCenterDeviations(shown);
    if (!mPanel->isComparing())
        return;
    mPanel->compareView()->left()->setCenterDeviations(shown);
    CenterDeviations other = deviationsOf(mPanel->otherScenario());
    // The right map carries the one legend of the pair: it warns when either plan is stale.
    other.planStale = other.planStale || shown.planStale;
    mPanel->compareView()->right()->setCenterDeviations(std::move(other));
}

} // namespace atlas
