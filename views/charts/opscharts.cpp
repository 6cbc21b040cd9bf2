#include "opscharts.h"

#include "chartstext.h"
#include "palette.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace atlas::charts {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QStringList periodLabels(const Project &project, int first, int count)
{
    QStringList labels;
    for (int t = first; t < first + count; ++t)
        labels << QString::fromStdString(project.periods.label(t));
    return labels;
}

ChartSeries roleSeries(const QString &name, const char *key, palette::Role role, std::vector<double> values,
                       bool emphasized)
{
    ChartSeries s;
    s.name = name;
    s.key = QLatin1String(key);
    s.role = int(role);
    s.values = std::move(values);
    s.emphasized = emphasized;
    return s;
}

} // namespace

PeriodSpan actualsSpan(const PlanVsActual &comparison, bool tenants)
{
    PeriodSpan span;
    auto add = [&](int t) {
        span.first = span.first < 0 ? t : std::min(span.first, t);
        span.last = std::max(span.last, t);
    };
    if (tenants) {
        for (const TenantComparison &t : comparison.tenants)
            if (t.actualPflops)
                add(t.period);
    } else {
        for (const PeriodComparison &p : comparison.periods)
            if (p.poolsWithActuals > 0)
                add(p.period);
    }
    return span;
}

ChartData planVsActualUtilization(const PlanVsActual &comparison, const Project &project)
{
    ChartData d;
    d.kind = ChartKind::Line;
    d.title = Charts::tr("Utilization: plan and actual");
    d.xTitle = Charts::tr("Period");
    d.yTitle = Charts::tr("Utilization");
    d.yFormat = ValueFormat::Percent;
    const PeriodSpan span = actualsSpan(comparison, false);
    const int n = span.count();
    d.xLabels = periodLabels(project, span.first, n);
    std::vector<double> plan(size_t(n), kNaN), actual(size_t(n), kNaN);
    bool any = false;
    for (const PeriodComparison &p : comparison.periods) {
        const int i = span.index(p.period);
        if (i < 0 || p.poolsWithActuals == 0)
            continue;
        plan[size_t(i)] = p.planUtilization();
        actual[size_t(i)] = p.actualUtilization();
        any = true;
    }
    if (!any) {
        d.emptyMessage = Charts::tr("No pool actuals in the horizon: import utilization to compare it with the plan");
        return d;
    }
    d.series.push_back(roleSeries(Charts::tr("Plan"), "plan", palette::Role::Baseline, std::move(plan), false));
    d.series.push_back(roleSeries(Charts::tr("Actual"), "actual", palette::Role::Capacity, std::move(actual), true));
    return d;
}

ChartData tenantPlanVsActual(const PlanVsActual &comparison, const Project &project)
{
    ChartData d;
    d.kind = ChartKind::Line;
    d.title = Charts::tr("Tenants: planned demand and actual use");
    d.xTitle = Charts::tr("Period");
    d.yTitle = Charts::tr("Compute");
    d.yUnit = Charts::tr("PFLOPS");
    const PeriodSpan span = actualsSpan(comparison, true);
    const int n = span.count();
    d.xLabels = periodLabels(project, span.first, n);
    std::vector<double> plan(size_t(n), kNaN), actual(size_t(n), kNaN);
    bool any = false;
    for (const TenantComparison &t : comparison.tenants) {
        if (span.index(t.period) < 0 || !t.actualPflops)
            continue;
        const size_t i = size_t(span.index(t.period));
        plan[i] = (std::isnan(plan[i]) ? 0.0 : plan[i]) + t.planDemandPflops;
        actual[i] = (std::isnan(actual[i]) ? 0.0 : actual[i]) + *t.actualPflops;
        any = true;
    }
    if (!any) {
        d.emptyMessage = Charts::tr("No tenant actuals in the horizon: import tenant usage to compare it with the plan");
        return d;
    }
    d.series.push_back(roleSeries(Charts::tr("Planned demand"), "plan", palette::Role::Demand, std::move(plan), false));
    d.series.push_back(roleSeries(Charts::tr("Actual use"), "actual", palette::Role::Capacity, std::move(actual), true));
    return d;
}

DeviationTable poolDeviations(const PlanVsActual &comparison, const Project &project)
{
    DeviationTable table;
    const int n = int(comparison.periods.size());
    table.columns = periodLabels(project, 0, n);
    std::map<std::pair<std::string, std::string>, size_t> rowOf;
    for (const PoolComparison &p : comparison.pools) {
        const auto dev = p.deviation();
        if (!dev || p.period < 0 || p.period >= n)
            continue;
        auto [it, inserted] = rowOf.emplace(std::make_pair(p.center, p.chip), table.values.size());
        if (inserted) {
            table.centers.push_back(p.center);
            table.chips.push_back(p.chip);
            table.rows << displayName(project, Breakdown::Pools, p.center + '/' + p.chip);
            table.values.emplace_back(size_t(n), kNaN);
        }
        table.values[it->second][size_t(p.period)] = *dev;
    }
    return table;
}

std::map<std::string, std::vector<std::optional<double>>> centerDeviations(const PlanVsActual &comparison,
                                                                           int periodCount)
{
    struct Sum {
        double weighted = 0, capacity = 0, plain = 0;
        int pools = 0;
    };
    std::map<std::string, std::vector<Sum>> sums;
    for (const PoolComparison &p : comparison.pools) {
        const auto dev = p.deviation();
        if (!dev || p.period < 0 || p.period >= periodCount)
            continue;
        auto &row = sums[p.center];
        row.resize(size_t(periodCount));
        Sum &s = row[size_t(p.period)];
        s.weighted += *dev * p.capacityPflops;
        s.capacity += p.capacityPflops;
        s.plain += *dev;
        ++s.pools;
    }
    std::map<std::string, std::vector<std::optional<double>>> out;
    for (const auto &[center, row] : sums) {
        auto &values = out[center];
        values.resize(size_t(periodCount));
        for (size_t t = 0; t < row.size(); ++t) {
            const Sum &s = row[t];
            if (s.pools == 0)
                continue;
            values[t] = s.capacity > 0 ? s.weighted / s.capacity : s.plain / s.pools;
        }
    }
    return out;
}

} // namespace atlas::charts
