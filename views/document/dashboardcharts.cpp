#include "dashboardcharts.h"

#include "interchange/powercheck.h"
#include "resulttables.h"

#include <QCoreApplication>

#include <algorithm>

namespace atlas::dashboardcharts {
namespace {

/** The translation context of the dashboard's own chart texts. */
struct DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
};

} // namespace

Figures figures(const Project &base, const ScenarioResult &r)
{
    Figures f;
    if (!r.periods.empty())
        f.endCapacity = r.periods.back().capacityPflops;
    const Scenario *s = base.scenario(r.scenario);
    if (s) {
        for (const auto &inv : s->addInventory)
            for (const auto &chip : base.chips)
                if (chip.id == inv.chip)
                    f.addedCapacity += double(inv.count) * chip.tflops / 1000.0;
        const Project effective = applyScenario(base, *s);
        for (const auto &[center, mw] : peakPowerMw(effective)) {
            f.peakPower += mw;
            for (const auto &c : effective.centers)
                if (c.id == center && c.powerMw && mw > *c.powerMw)
                    ++f.overLimit;
        }
    }
    f.capex = r.totals.capex;
    f.utilization = r.totals.utilization;
    f.served = r.totals.servedPflopsHours;
    f.unserved = r.totals.unservedPflopsHours;
    f.stranded = r.totals.capacityPflopsHours - r.totals.servedPflopsHours;
    double crossHours = 0;
    for (const auto &p : r.periods)
        crossHours += p.servedPflops * p.crossRegionShare * p.hours;
    f.crossRegion = f.served > 0 ? crossHours / f.served : 0;
    f.energy = r.totals.energyMwh;
    f.cost = r.totals.energyCost;
    f.offNativeShare = f.served > 0 ? resulttables::hourWeighted(r.offNativePflops, r.periods) / f.served : 0;
    return f;
}


ChartData capacityStacked(const ScenarioResult &result, const Project &project, Breakdown by)
{
    ChartData d;
    d.kind = ChartKind::Stacked;
    const std::vector<Series> *series = &result.centers;
    switch (by) {
    case Breakdown::Chips:
        d.keyKind = KeyKind::Chip;
        d.title = DashboardCharts::tr("Installed capacity by chip");
        series = &result.chips;
        break;
    case Breakdown::Ecosystems:
        d.keyKind = KeyKind::Ecosystem;
        d.title = DashboardCharts::tr("Installed capacity by ecosystem");
        series = &result.ecosystems;
        break;
    default:
        d.keyKind = KeyKind::Center;
        d.title = DashboardCharts::tr("Installed capacity by centre");
        break;
    }
    d.yTitle = DashboardCharts::tr("Capacity");
    d.yUnit = DashboardCharts::tr("PFLOPS");
    for (const auto &p : result.periods)
        d.xLabels << QString::fromStdString(p.period);
    if (d.xLabels.isEmpty()) {
        d.emptyMessage = DashboardCharts::tr("Run the scenario to see its capacity");
        return d;
    }
    for (const Series &s : *series) {
        std::vector<double> values(size_t(d.periodCount()), 0.0);
        for (size_t t = 0; t < values.size() && t < s.capacity.size(); ++t)
            values[t] = s.capacity[t];
        if (std::all_of(values.begin(), values.end(), [](double v) { return v == 0; }))
            continue;
        ChartSeries c;
        c.key = QString::fromStdString(s.key);
        c.name = charts::displayName(project, by, s.key);
        c.values = std::move(values);
        c.colorIndex = int(d.series.size());
        d.series.push_back(std::move(c));
    }
    if (d.series.empty())
        d.emptyMessage = DashboardCharts::tr("No capacity installed: add chips to the centres' inventory");
    return d;
}

std::vector<ScenarioResult> allResults(const Document &doc)
{
    std::vector<ScenarioResult> results;
    for (const auto &s : doc.project().scenarios)
        if (auto r = doc.result(s.id))
            results.push_back(*r);
    return results;
}

Project effectiveProject(const Project &base, const std::string &scenario)
{
    const Scenario *s = base.scenario(scenario);
    return s ? applyScenario(base, *s) : base;
}

} // namespace atlas::dashboardcharts
