// The builders of chartdata.h: engine results in, ChartData out, no drawing.
#include "chartdata.h"
#include "palette.h"

#include "chartstext.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>

namespace atlas::charts {
namespace {

QString runFirst()
{
    return Charts::tr("Run the scenario to see results");
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

double finite(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

/** v resized to n periods, NaN and infinities as 0. */
std::vector<double> perPeriod(const std::vector<double> &v, int n)
{
    std::vector<double> out(size_t(std::max(n, 0)), 0.0);
    for (size_t t = 0; t < out.size() && t < v.size(); ++t)
        out[t] = finite(v[t]);
    return out;
}

QStringList periodLabels(const ScenarioResult &result)
{
    QStringList labels;
    labels.reserve(qsizetype(result.periods.size()));
    for (size_t t = 0; t < result.periods.size(); ++t)
        labels << (result.periods[t].period.empty() ? QString::number(t + 1) : qs(result.periods[t].period));
    return labels;
}

/** A time chart with period labels, or an empty state when the result has no periods. */
ChartData timeChart(ChartKind kind, const QString &title, const ScenarioResult &result)
{
    ChartData d;
    d.kind = kind;
    d.title = title;
    d.xTitle = Charts::tr("Period");
    d.xLabels = periodLabels(result);
    if (result.periods.empty())
        d.emptyMessage = runFirst();
    return d;
}

ChartSeries roleSeries(const QString &name, const char *key, palette::Role role, std::vector<double> values)
{
    ChartSeries s;
    s.name = name;
    s.key = QLatin1String(key);
    s.role = int(role);
    s.values = std::move(values);
    return s;
}

const std::vector<Series> &breakdown(const ScenarioResult &r, Breakdown by)
{
    switch (by) {
    case Breakdown::Pools: return r.pools;
    case Breakdown::Centers: return r.centers;
    case Breakdown::Regions: return r.regions;
    case Breakdown::Chips: return r.chips;
    case Breakdown::Ecosystems: return r.ecosystems;
    case Breakdown::Industries: return r.industries;
    case Breakdown::Workloads: return r.workloads;
    }
    return r.centers;
}

KeyKind keyKindOf(Breakdown by)
{
    switch (by) {
    case Breakdown::Pools: return KeyKind::Pool;
    case Breakdown::Centers: return KeyKind::Center;
    case Breakdown::Regions: return KeyKind::Region;
    case Breakdown::Chips: return KeyKind::Chip;
    case Breakdown::Ecosystems: return KeyKind::Ecosystem;
    case Breakdown::Industries: return KeyKind::Industry;
    case Breakdown::Workloads: return KeyKind::Workload;
    }
    return KeyKind::None;
}

QString breakdownNoun(Breakdown by)
{
    switch (by) {
    case Breakdown::Pools: return Charts::tr("pool");
    case Breakdown::Centers: return Charts::tr("centre");
    case Breakdown::Regions: return Charts::tr("region");
    case Breakdown::Chips: return Charts::tr("chip");
    case Breakdown::Ecosystems: return Charts::tr("ecosystem");
    case Breakdown::Industries: return Charts::tr("industry");
    case Breakdown::Workloads: return Charts::tr("workload");
    }
    return {};
}

QString scenarioName(const Project &project, const std::string &id)
{
    const Scenario *s = project.scenario(id);
    return s && !s->name.empty() ? qs(s->name) : qs(id);
}

/** Keys of the n members with the most capacity over the horizon, largest first. */
QStringList largest(const std::vector<Series> &members, size_t n)
{
    std::vector<std::pair<double, const Series *>> sized;
    for (const Series &s : members) {
        double sum = 0;
        for (double c : s.capacity)
            sum += finite(c);
        sized.emplace_back(sum, &s);
    }
    std::stable_sort(sized.begin(), sized.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList keys;
    for (size_t i = 0; i < sized.size() && i < n; ++i)
        keys << qs(sized[i].second->key);
    return keys;
}

} // namespace

QString displayName(const Project &project, Breakdown by, const std::string &key)
{
    auto centerName = [&](const std::string &id) {
        for (const Center &c : project.centers)
            if (c.id == id)
                return c.name.empty() ? qs(id) : qs(c.name);
        for (const Scenario &s : project.scenarios)  // centres a scenario adds
            for (const Center &c : s.addCenters)
                if (c.id == id)
                    return c.name.empty() ? qs(id) : qs(c.name);
        return qs(id);
    };
    auto chipName = [&](const std::string &id) {
        for (const Chip &c : project.chips)
            if (c.id == id)
                return c.name.empty() ? qs(id) : qs(c.name);
        return qs(id);
    };
    switch (by) {
    case Breakdown::Pools: {
        const auto slash = key.find('/');
        if (slash == std::string::npos)
            return qs(key);
        return centerName(key.substr(0, slash)) + QStringLiteral(" / ") + chipName(key.substr(slash + 1));
    }
    case Breakdown::Centers: return centerName(key);
    case Breakdown::Regions:
        for (const Region &r : project.regions)
            if (r.id == key)
                return r.name.empty() ? qs(key) : qs(r.name);
        return qs(key);
    case Breakdown::Chips: return chipName(key);
    case Breakdown::Ecosystems: return qs(key);
    case Breakdown::Industries:
    case Breakdown::Workloads: return vocabularyLabel(qs(key));
    }
    return qs(key);
}

ChartData supplyDemand(const ScenarioResult &result, const Project &)
{
    ChartData d = timeChart(ChartKind::Line, Charts::tr("Supply and demand"), result);
    d.yTitle = Charts::tr("Compute");
    d.yUnit = Charts::tr("PFLOPS");
    if (d.isEmpty())
        return d;
    const int n = d.periodCount();
    std::vector<double> cap(static_cast<size_t>(n), 0.0), dem = cap, srv = cap, uns = cap;
    for (int t = 0; t < n; ++t) {
        const PeriodResult &p = result.periods[size_t(t)];
        cap[size_t(t)] = finite(p.capacityPflops);
        dem[size_t(t)] = finite(p.demandPflops);
        srv[size_t(t)] = finite(p.servedPflops);
        uns[size_t(t)] = finite(p.unservedPflops);
    }
    d.series.push_back(roleSeries(Charts::tr("Capacity"), "capacity", palette::Role::Capacity, std::move(cap)));
    d.series.push_back(roleSeries(Charts::tr("Demand"), "demand", palette::Role::Demand, std::move(dem)));
    d.series.push_back(roleSeries(Charts::tr("Served"), "served", palette::Role::Served, std::move(srv)));
    d.series.push_back(roleSeries(Charts::tr("Unserved"), "unserved", palette::Role::Unserved, std::move(uns)));
    return d;
}

ChartData utilization(const ScenarioResult &result, const Project &project, Breakdown by, const QStringList &keys)
{
    ChartData d = timeChart(ChartKind::Line, Charts::tr("Utilization by %1").arg(breakdownNoun(by)), result);
    d.keyKind = keyKindOf(by);
    d.yTitle = Charts::tr("Utilization");
    d.yFormat = ValueFormat::Percent;
    if (d.isEmpty())
        return d;
    const std::vector<Series> &all = breakdown(result, by);
    auto add = [&](const Series &s) {
        ChartSeries c;
        c.key = qs(s.key);
        c.name = displayName(project, by, s.key);
        c.values = perPeriod(s.utilization, d.periodCount());
        c.colorIndex = int(d.series.size());
        d.series.push_back(std::move(c));
    };
    if (keys.isEmpty()) {
        for (const Series &s : all)
            add(s);
    } else {
        for (const QString &key : keys) {
            const std::string k = key.toStdString();
            const auto it = std::find_if(all.begin(), all.end(), [&](const Series &s) { return s.key == k; });
            if (it != all.end())
                add(*it);
        }
    }
    if (d.series.empty())
        d.emptyMessage = all.empty()
            ? Charts::tr("Nothing to show: the results have no %1 in them").arg(breakdownNoun(by))
            : Charts::tr("Pick one or more %1 entries to compare their utilization").arg(breakdownNoun(by));
    return d;
}

ChartData servedStacked(const ScenarioResult &result, const Project &project, Breakdown by)
{
    ChartData d = timeChart(ChartKind::Stacked, Charts::tr("Served demand by %1").arg(breakdownNoun(by)), result);
    d.keyKind = keyKindOf(by);
    d.yTitle = Charts::tr("Served");
    d.yUnit = Charts::tr("PFLOPS");
    if (d.isEmpty())
        return d;
    for (const Series &s : breakdown(result, by)) {
        std::vector<double> values = perPeriod(s.served, d.periodCount());
        if (std::all_of(values.begin(), values.end(), [](double v) { return v == 0; }))
            continue;  // nothing served: keeps the legend to what is drawn
        ChartSeries c;
        c.key = qs(s.key);
        c.name = displayName(project, by, s.key);
        c.values = std::move(values);
        c.colorIndex = int(d.series.size());
        d.series.push_back(std::move(c));
    }
    if (d.series.empty())
        d.emptyMessage = Charts::tr("No demand was served: check that tenants have demand and centres have chips");
    return d;
}

ChartData utilizationHeatmap(const ScenarioResult &result, const Project &project)
{
    ChartData d = timeChart(ChartKind::Heatmap, Charts::tr("Utilization by centre and period"), result);
    d.keyKind = KeyKind::Center;
    d.yTitle = Charts::tr("Centre");
    d.yFormat = ValueFormat::Percent;
    if (d.isEmpty())
        return d;
    double top = 1.0;
    for (const Series &s : result.centers) {
        ChartSeries c;
        c.key = qs(s.key);
        c.name = displayName(project, Breakdown::Centers, s.key);
        c.values = perPeriod(s.utilization, d.periodCount());
        for (double v : c.values)
            top = std::max(top, v);
        d.series.push_back(std::move(c));
    }
    d.colorMax = top;
    if (d.series.empty())
        d.emptyMessage = Charts::tr("The results have no centres: add a centre with chips and run the scenario again");
    return d;
}

ChartData energyCost(const ScenarioResult &result, const Project &project)
{
    ChartData d = timeChart(ChartKind::Line, Charts::tr("Energy and cost"), result);
    d.yTitle = Charts::tr("Energy");
    d.yUnit = Charts::tr("MWh");
    d.y2Title = Charts::tr("Energy cost");
    d.y2Unit = qs(project.currency);
    if (d.isEmpty())
        return d;
    std::vector<double> mwh, cost;
    for (const PeriodResult &p : result.periods) {
        mwh.push_back(finite(p.energyMwh));
        cost.push_back(finite(p.energyCost));
    }
    // Bars and a line: cost follows energy closely, two lines would lie on each other.
    ChartSeries e = roleSeries(Charts::tr("Energy"), "energy", palette::Role::Energy, std::move(mwh));
    e.asBars = true;
    d.series.push_back(std::move(e));
    ChartSeries c = roleSeries(Charts::tr("Energy cost"), "cost", palette::Role::Cost, std::move(cost));
    c.axis = 1;
    d.series.push_back(std::move(c));
    return d;
}

ChartData scenarioComparison(const std::vector<ScenarioResult> &results, const Project &project, const QString &baseline)
{
    static const Kpi kpis[] = {Kpi::Served, Kpi::Unserved, Kpi::Utilization, Kpi::EnergyMwh, Kpi::EnergyCost, Kpi::Capex};
    ChartData d;
    d.kind = ChartKind::Bars;
    d.keyKind = KeyKind::Scenario;
    d.xTitle = Charts::tr("Indicator");
    d.yFormat = ValueFormat::Percent;
    for (Kpi k : kpis)
        d.xLabels << kpiName(k) + QLatin1Char('\n') + kpiUnit(k, project);
    const auto base = std::find_if(results.begin(), results.end(),
                                   [&](const ScenarioResult &r) { return qs(r.scenario) == baseline; });
    const bool change = !baseline.isEmpty() && base != results.end();
    if (change) {
        d.title = Charts::tr("Change against %1").arg(scenarioName(project, base->scenario));
        d.yTitle = Charts::tr("Change against the baseline");
        d.nonNegative = false;
    } else {
        d.title = Charts::tr("Scenarios compared");
        d.yTitle = Charts::tr("Share of the largest scenario");
    }
    if (results.empty()) {
        d.emptyMessage = Charts::tr("Run two or more scenarios to compare them");
        return d;
    }
    std::vector<double> largest;
    for (Kpi k : kpis) {
        double m = 0;
        for (const ScenarioResult &r : results)
            m = std::max(m, std::fabs(kpiValue(r, k)));
        largest.push_back(m);
    }
    for (const ScenarioResult &r : results) {
        ChartSeries s;
        s.key = qs(r.scenario);
        s.name = scenarioName(project, r.scenario);
        s.colorIndex = int(d.series.size());
        for (size_t i = 0; i < std::size(kpis); ++i) {
            const Kpi k = kpis[i];
            const double v = kpiValue(r, k);
            const ValueFormat f = k == Kpi::Utilization ? ValueFormat::Percent : ValueFormat::Number;
            const QString shown = formatValue(v, f, f == ValueFormat::Percent ? QString() : kpiUnit(k, project));
            if (!change) {
                s.values.push_back(largest[i] > 0 ? v / largest[i] : 0.0);
                s.labels.push_back(shown);
                continue;
            }
            const double b = kpiValue(*base, k);
            if (b != 0) {
                const double rel = (v - b) / std::fabs(b);
                s.values.push_back(rel);
                s.labels.push_back((rel > 0 ? QStringLiteral("+") : QString()) + formatValue(rel, ValueFormat::Percent, {}));
            } else {
                s.values.push_back(0.0);  // no base to divide by: the label carries the value
                s.labels.push_back(v == 0 ? formatValue(0, ValueFormat::Percent, {})
                                          : Charts::tr("%1 (baseline 0)").arg(shown));
            }
        }
        d.series.push_back(std::move(s));
    }
    return d;
}

ChartData buildVersusUse(const std::vector<ScenarioResult> &results, const Project &project)
{
    ChartData d;
    d.kind = ChartKind::Scatter;
    d.keyKind = KeyKind::Scenario;
    d.title = Charts::tr("Build versus use");
    d.xTitle = Charts::tr("Capex");
    d.xUnit = qs(project.currency);
    d.yTitle = Charts::tr("Served");
    d.yUnit = Charts::tr("PFLOPS·h");
    if (results.empty()) {
        d.emptyMessage = Charts::tr("Run two or more scenarios to compare what they build with what they serve");
        return d;
    }
    for (const ScenarioResult &r : results) {
        ChartSeries s;
        s.key = qs(r.scenario);
        s.name = scenarioName(project, r.scenario);
        s.xs = {kpiValue(r, Kpi::Capex)};
        s.values = {kpiValue(r, Kpi::Served)};
        s.labels = {s.name};
        s.colorIndex = int(d.series.size());
        d.series.push_back(std::move(s));
    }
    // The frontier: no other scenario serves at least as much for no more capex, strictly better in one.
    for (ChartSeries &s : d.series) {
        s.emphasized = std::none_of(d.series.begin(), d.series.end(), [&](const ChartSeries &o) {
            return o.xs[0] <= s.xs[0] && o.values[0] >= s.values[0]
                && (o.xs[0] < s.xs[0] || o.values[0] > s.values[0]);
        });
    }
    return d;
}

std::vector<ChartData> dashboard(const ScenarioResult &result, const Project &project)
{
    std::vector<ChartData> out;
    out.push_back(supplyDemand(result, project));
    out.push_back(utilization(result, project, Breakdown::Regions, largest(result.regions, 8)));
    out.push_back(servedStacked(result, project, Breakdown::Ecosystems));
    out.push_back(servedStacked(result, project, Breakdown::Industries));
    out.push_back(servedStacked(result, project, Breakdown::Workloads));
    out.push_back(utilizationHeatmap(result, project));
    out.push_back(energyCost(result, project));
    return out;
}

} // namespace atlas::charts
