// Operations: the baseline's plan beside the actuals (utilization, pools, alerts, imports).
#include "reportoperations.h"

#include "reportcontent.h"
#include "reportformat.h"
#include "reporttext.h"

#include "charts/opscharts.h"
#include "ops/planvsactual.h"

#include <QDateTime>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace atlas {

bool reportoperations::available(const ProjectData &data)
{
    return !data.actuals.pools.empty() || !data.actuals.tenants.empty();
}

QString reportoperations::points(double deviation, const QLocale &locale)
{
    if (!std::isfinite(deviation))
        return QStringLiteral("—");
    QString text = locale.toString(deviation * 100.0, 'f', 1);
    if (std::fabs(deviation) < 0.0005) {
        if (text.startsWith(locale.negativeSign()))
            text.remove(0, locale.negativeSign().size());
    } else if (deviation > 0) {
        text.prepend(locale.positiveSign());
    }
    return text;
}

namespace report {
namespace {

constexpr int kPools = 10;   // pools furthest from plan
constexpr int kAlerts = 20;  // alert rows before "and N more"

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

template <typename List>
QString nameOf(const List &list, const std::string &id)
{
    for (const auto &e : list)
        if (e.id == id)
            return e.name.empty() ? q(id) : q(e.name);
    return q(id);
}

QString periodLabel(const ReportInput &in, int t)
{
    return q(in.project().periods.label(t));
}

QString sourceName(ActualSourceKind kind)
{
    switch (kind) {
    case ActualSourceKind::Csv: return QStringLiteral("CSV");
    case ActualSourceKind::Prometheus: return QStringLiteral("Prometheus");
    case ActualSourceKind::Slurm: return QStringLiteral("Slurm");
    }
    return QString();
}

QString alertName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::LowUtilization: return Report::tr("Idle");
    case AlertKind::HighUtilization: return Report::tr("Overloaded");
    case AlertKind::TenantOverPlan: return Report::tr("Over plan");
    }
    return QString();
}

/** "2024-05-01 08:30 UTC" from the stored ISO 8601 time; the text as stored when it does not parse. */
QString importedAt(const std::string &iso)
{
    const QDateTime t = QDateTime::fromString(q(iso), Qt::ISODate);
    if (!t.isValid())
        return q(iso);
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

struct Span {
    int first = -1;
    int last = -1;
};

/** The first and last period with any actuals, pool or tenant. */
Span coveredPeriods(const PlanVsActual &c)
{
    const charts::PeriodSpan pools = charts::actualsSpan(c, false);
    const charts::PeriodSpan tenants = charts::actualsSpan(c, true);
    Span s;
    for (const charts::PeriodSpan &p : {pools, tenants}) {
        if (p.first < 0)
            continue;
        s.first = s.first < 0 ? p.first : std::min(s.first, p.first);
        s.last = std::max(s.last, p.last);
    }
    return s;
}

void introduction(ReportDocument &doc, const ReportInput &in, const PlanVsActual &c, const std::vector<Alert> &alerts)
{
    const Span span = coveredPeriods(c);
    const ScenarioResult &plan = in.results[size_t(in.baseline)];
    QString text = span.first == span.last
                       ? Report::tr("Actuals cover %1. The plan is the baseline scenario, %2.")
                             .arg(periodLabel(in, span.first), in.scenarioName(in.baseline))
                       : Report::tr("Actuals cover %1 to %2. The plan is the baseline scenario, %3.")
                             .arg(periodLabel(in, span.first), periodLabel(in, span.last),
                                  in.scenarioName(in.baseline));

    // Hour-weighted over the periods with pool actuals, on the pools that have them.
    double capacity = 0, planned = 0, actual = 0;
    int periods = 0;
    for (const PeriodComparison &p : c.periods) {
        if (p.poolsWithActuals == 0 || p.period >= int(plan.periods.size()))
            continue;
        const double h = plan.periods[size_t(p.period)].hours;
        capacity += h * p.capacityPflops;
        planned += h * p.planUsedPflops;
        actual += h * p.actualUsedPflops;
        ++periods;
    }
    text += u' ';
    if (capacity > 0) {
        const double dev = (actual - planned) / capacity;
        const QString planPct = in.pct(planned / capacity), actualPct = in.pct(actual / capacity);
        const QString devPoints = reportoperations::points(dev, in.locale);
        text += periods == 1 ? Report::tr("In the period with pool actuals the plan expected a utilization of %1 on "
                                          "the pools that report; they used %2, %3 points against the plan.")
                                   .arg(planPct, actualPct, devPoints)
                             : Report::tr("Over the %1 periods with pool actuals the plan expected a utilization of "
                                          "%2 on the pools that report; they used %3, %4 points against the plan.")
                                   .arg(in.locale.toString(periods), planPct, actualPct, devPoints);
    } else {
        text += Report::tr("No pool reports its utilization: only tenant usage was imported.");
    }

    int idle = 0, overloaded = 0, over = 0;
    for (const Alert &a : alerts)
        (a.kind == AlertKind::LowUtilization ? idle : a.kind == AlertKind::HighUtilization ? overloaded : over)++;
    text += u' ';
    text += alerts.empty() ? Report::tr("No threshold was crossed.")
                           : Report::tr("Alerts: %1 idle, %2 overloaded, %3 over plan.")
                                 .arg(in.locale.toString(idle), in.locale.toString(overloaded),
                                      in.locale.toString(over));
    doc.paragraph(text);

    const AlertThresholds &th = in.data.actuals.thresholds;
    doc.note(Report::tr("Utilization is capacity-weighted over the pools with actuals in each period. Thresholds: "
                        "idle below %1, overloaded above %2, a tenant over plan when it uses more than its planned "
                        "demand plus %3.")
                 .arg(in.pct(th.lowUtilization), in.pct(th.highUtilization), in.pct(th.tenantOverPlan)));
}

void periodTable(ReportDocument &doc, const ReportInput &in, const PlanVsActual &c)
{
    TableSpec t;
    t.header << Report::tr("Period") << Report::tr("Pools with\nactuals") << Report::tr("Capacity with\nactuals, PFLOPS")
             << Report::tr("Planned\nutilization") << Report::tr("Actual\nutilization")
             << Report::tr("Deviation,\npoints");
    t.align = {Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right};
    for (const PeriodComparison &p : c.periods) {
        if (p.poolsWithActuals == 0)
            continue;
        t.rows.push_back({periodLabel(in, p.period), in.locale.toString(p.poolsWithActuals), in.num(p.capacityPflops),
                          in.pct(p.planUtilization()), in.pct(p.actualUtilization()),
                          reportoperations::points(p.actualUtilization() - p.planUtilization(), in.locale)});
    }
    doc.caption(Report::tr("Utilization by period: plan and actual"));
    doc.table(std::move(t));
}

void furthestPools(ReportDocument &doc, const ReportInput &in, const PlanVsActual &c, int period)
{
    std::vector<const PoolComparison *> pools;
    for (const PoolComparison &p : c.pools)
        if (p.period == period && p.actualUtilization)
            pools.push_back(&p);
    std::stable_sort(pools.begin(), pools.end(), [](const PoolComparison *a, const PoolComparison *b) {
        return std::fabs(*a->deviation()) > std::fabs(*b->deviation());
    });
    const int shown = std::min<int>(kPools, int(pools.size()));
    TableSpec t;
    t.header << Report::tr("Centre") << Report::tr("Chip") << Report::tr("Capacity\nPFLOPS")
             << Report::tr("Planned\nutilization") << Report::tr("Actual\nutilization")
             << Report::tr("Deviation,\npoints");
    t.align = {Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right};
    t.weights = {3, 2, 1.4, 1.4, 1.4, 1.4};
    for (int i = 0; i < shown; ++i) {
        const PoolComparison &p = *pools[size_t(i)];
        t.rows.push_back({nameOf(in.project().centers, p.center), nameOf(in.project().chips, p.chip),
                          in.num(p.capacityPflops), in.pct(p.planUtilization), in.pct(*p.actualUtilization),
                          reportoperations::points(*p.deviation(), in.locale)});
    }
    doc.caption(Report::tr("Pools furthest from plan in %1 (%2 of %3 pools with actuals)")
                    .arg(periodLabel(in, period), in.locale.toString(shown), in.locale.toString(int(pools.size()))));
    doc.table(std::move(t));
}

void latestAlerts(ReportDocument &doc, const ReportInput &in, const std::vector<Alert> &alerts, int period)
{
    std::vector<const Alert *> latest;
    for (const Alert &a : alerts)
        if (a.period == period)
            latest.push_back(&a);
    // The most urgent first, so that a cut list still shows them: overloaded, over plan, idle.
    auto rank = [](AlertKind k) { return k == AlertKind::HighUtilization ? 0 : k == AlertKind::TenantOverPlan ? 1 : 2; };
    std::stable_sort(latest.begin(), latest.end(),
                     [&](const Alert *a, const Alert *b) { return rank(a->kind) < rank(b->kind); });
    const QString label = periodLabel(in, period);
    if (latest.empty()) {
        doc.caption(Report::tr("Alerts in %1").arg(label));
        doc.paragraph(Report::tr("No threshold was crossed in %1.").arg(label));
        return;
    }
    TableSpec t;
    t.header << Report::tr("Alert") << Report::tr("Pool or tenant") << Report::tr("Actual") << Report::tr("Threshold");
    t.align = {Align::Left, Align::Left, Align::Right, Align::Right};
    t.weights = {1.3, 4, 1.5, 1.5};
    const int shown = std::min<int>(kAlerts, int(latest.size()));
    const Project &p = in.project();
    for (int i = 0; i < shown; ++i) {
        const Alert &a = *latest[size_t(i)];
        if (a.kind == AlertKind::TenantOverPlan)
            t.rows.push_back({alertName(a.kind), nameOf(p.tenants, a.tenant),
                              Report::tr("%1 PFLOPS").arg(in.num(a.value)),
                              Report::tr("%1 PFLOPS").arg(in.num(a.threshold))});
        else
            t.rows.push_back({alertName(a.kind),
                              Report::tr("%1 / %2").arg(nameOf(p.centers, a.center), nameOf(p.chips, a.chip)),
                              in.pct(a.value), in.pct(a.threshold)});
    }
    doc.caption(Report::tr("Alerts in %1").arg(label));
    doc.table(std::move(t));
    if (int(latest.size()) > shown)
        doc.note(Report::tr("… and %n more.", nullptr, int(latest.size()) - shown));
}

void importTable(ReportDocument &doc, const ReportInput &in)
{
    TableSpec t;
    t.header << Report::tr("Source") << Report::tr("Origin") << Report::tr("Imported at");
    t.align = {Align::Left, Align::Left, Align::Left};
    t.weights = {1.2, 5, 2};
    for (const ActualImport &i : in.data.actuals.imports)
        t.rows.push_back({sourceName(i.kind), q(i.origin), importedAt(i.importedAt)});
    doc.caption(Report::tr("Imports of actuals"));
    doc.table(std::move(t));
}

} // namespace

void addOperations(ReportDocument &doc, const ReportInput &in)
{
    if (!reportoperations::available(in.data) || in.results.empty())
        return;
    const ScenarioResult &plan = in.results[size_t(in.baseline)];
    const PlanVsActual c = comparePlan(in.project(), plan, in.data.actuals);
    const std::vector<Alert> alerts = findAlerts(c, in.data.actuals.thresholds);

    doc.heading(1, Report::tr("Operations: plan versus actual"));
    introduction(doc, in, c, alerts);

    const charts::PeriodSpan pools = charts::actualsSpan(c, false);
    if (pools.first >= 0) {
        doc.figure(80, chartFigure(charts::planVsActualUtilization(c, in.project())));
        periodTable(doc, in, c);
        furthestPools(doc, in, c, pools.last);
    }
    const Span covered = coveredPeriods(c);
    if (covered.last >= 0)
        latestAlerts(doc, in, alerts, covered.last);
    importTable(doc, in);
}

} // namespace report
} // namespace atlas
