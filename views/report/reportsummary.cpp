// The executive summary: the KPI table and sentences generated from its numbers.
#include "reportcontent.h"
#include "reportformat.h"
#include "reporttext.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace atlas::report {

QString ReportInput::scenarioName(int index) const
{
    return scenarioName(results[size_t(index)].scenario);
}

QString ReportInput::missingNames() const
{
    QStringList names;
    for (const QString &id : options.missing)
        names << scenarioName(id.toStdString());
    return names.join(Report::tr(", "));
}

QString ReportInput::scenarioName(const std::string &id) const
{
    const Scenario *s = project().scenario(id);
    const QString name = s ? QString::fromStdString(s->name) : QString();
    if (name.isEmpty() || name == QString::fromStdString(id))
        return QString::fromStdString(id);
    return QStringLiteral("%1 (%2)").arg(name, QString::fromStdString(id));
}

QString ReportInput::currency() const
{
    return QString::fromStdString(project().currency);
}

QString ReportInput::num(double v) const
{
    return reportformat::number(v, locale);
}

QString ReportInput::pct(double fraction) const
{
    return reportformat::percent(fraction, locale);
}

int columnsPerTable(int n, int most)
{
    const int tables = std::max(1, (n + most - 1) / std::max(1, most));
    return std::max(1, (n + tables - 1) / tables);
}

double hourWeighted(const ScenarioResult &result, const std::vector<double> &series)
{
    double sum = 0;
    for (size_t t = 0; t < series.size() && t < result.periods.size(); ++t)
        sum += result.periods[t].hours * series[t];
    return sum;
}

double seriesUtilization(const ScenarioResult &result, const Series &series)
{
    const double capacity = hourWeighted(result, series.capacity);
    return capacity > 0 ? hourWeighted(result, series.served) / capacity : 0.0;
}

namespace {

double crossRegionShare(const ScenarioResult &r)
{
    double cross = 0, served = 0;
    for (const auto &p : r.periods) {
        cross += p.hours * p.servedPflops * p.crossRegionShare;
        served += p.hours * p.servedPflops;
    }
    return served > 0 ? cross / served : 0.0;
}

struct KpiRow {
    QString name;
    QString unit;
    std::function<double(const ScenarioResult &)> value;
    bool fraction = false;
};

std::vector<KpiRow> kpiRows(const ReportInput &in)
{
    const QString pfh = Report::tr("PFLOPS-h");
    const QString cur = in.currency();
    return {
        {Report::tr("Demand"), pfh, [](const ScenarioResult &r) { return r.totals.demandPflopsHours; }},
        {Report::tr("Served"), pfh, [](const ScenarioResult &r) { return r.totals.servedPflopsHours; }},
        {Report::tr("Unserved"), pfh, [](const ScenarioResult &r) { return r.totals.unservedPflopsHours; }},
        {Report::tr("Utilization"), QStringLiteral("%"), [](const ScenarioResult &r) { return r.totals.utilization; },
         true},
        {Report::tr("Cross-region share"), QStringLiteral("%"), crossRegionShare, true},
        {Report::tr("Energy"), Report::tr("MWh"), [](const ScenarioResult &r) { return r.totals.energyMwh; }},
        {Report::tr("Energy cost"), cur, [](const ScenarioResult &r) { return r.totals.energyCost; }},
        {Report::tr("Objective"), cur, [](const ScenarioResult &r) { return r.totals.objective; }},
        {Report::tr("Capex"), cur, [](const ScenarioResult &r) { return r.totals.capex; }},
    };
}

/** At most this many scenario columns per table; more scenarios continue in a second table. */
constexpr int kScenarioColumns = 4;

void addKpiTables(ReportDocument &doc, const ReportInput &in)
{
    const auto rows = kpiRows(in);
    const int n = int(in.results.size());
    const ScenarioResult &base = in.results[size_t(in.baseline)];
    const int per = columnsPerTable(n, kScenarioColumns);
    for (int first = 0; first < n; first += per) {
        TableSpec t;
        t.header << Report::tr("Indicator") << Report::tr("Unit");
        t.align = {Align::Left, Align::Left};
        const int last = std::min(n, first + per);
        for (int s = first; s < last; ++s) {
            t.header << (s == in.baseline ? Report::tr("%1\nbaseline").arg(in.scenarioName(s)) : in.scenarioName(s));
            t.align.push_back(Align::Right);
        }
        for (const auto &row : rows) {
            QStringList cells{row.name, row.unit};
            for (int s = first; s < last; ++s) {
                const double v = row.value(in.results[size_t(s)]);
                QString cell = row.fraction ? in.pct(v) : in.num(v);
                if (s != in.baseline) {
                    const double b = row.value(base);
                    if (row.fraction) {
                        const double pp = (v - b) * 100.0;
                        QString delta = in.locale.toString(std::fabs(pp) < 0.05 ? 0.0 : pp, 'f', 1);
                        if (pp >= 0.05)
                            delta.prepend(in.locale.positiveSign());
                        cell += u'\n' + Report::tr("%1 pp").arg(delta);
                    } else {
                        cell += u'\n' + reportformat::change(v, b, in.locale);
                    }
                }
                cells << cell;
            }
            t.rows.push_back(cells);
        }
        doc.caption(n > kScenarioColumns ? Report::tr("Key figures (scenarios %1–%2 of %3)").arg(first + 1).arg(last).arg(n)
                                         : Report::tr("Key figures"));
        doc.table(std::move(t));
    }
    doc.note(Report::tr("Totals over the horizon. Below each value: its change against the baseline %1, in per cent "
                        "or, for shares, in percentage points (pp). PFLOPS-h: a sustained PFLOPS for one hour.")
                 .arg(in.scenarioName(in.baseline)));
}

void addFindings(ReportDocument &doc, const ReportInput &in)
{
    const ScenarioResult &base = in.results[size_t(in.baseline)];
    const QString pfh = Report::tr("PFLOPS-h");
    // Chinese sentences follow each other without a space.
    const QString gap = in.locale.language() == QLocale::Chinese ? QString() : QStringLiteral(" ");
    doc.caption(Report::tr("Findings"));
    for (int s = 0; s < int(in.results.size()); ++s) {
        if (s == in.baseline)
            continue;
        const ScenarioResult &r = in.results[size_t(s)];
        const double d = r.totals.servedPflopsHours - base.totals.servedPflopsHours;
        const double scale = std::max(1.0, std::fabs(base.totals.servedPflopsHours));
        const QString capex = r.totals.capex > 0
                                  ? Report::tr("at a capex of %1 %2").arg(in.num(r.totals.capex), in.currency())
                                  : Report::tr("without capex");
        QString sentence;
        if (std::fabs(d) <= 1e-9 * scale)
            sentence = Report::tr("%1 serves as much demand as %2 (%3 %4), %5.")
                           .arg(in.scenarioName(s), in.scenarioName(in.baseline),
                                in.num(r.totals.servedPflopsHours), pfh, capex);
        else if (d > 0)
            sentence = Report::tr("%1 serves %2 %3 (%4) more than %5, %6.")
                           .arg(in.scenarioName(s), in.num(d), pfh,
                                reportformat::change(r.totals.servedPflopsHours, base.totals.servedPflopsHours, in.locale),
                                in.scenarioName(in.baseline), capex);
        else
            sentence = Report::tr("%1 serves %2 %3 (%4) less than %5, %6.")
                           .arg(in.scenarioName(s), in.num(-d), pfh,
                                reportformat::change(r.totals.servedPflopsHours, base.totals.servedPflopsHours, in.locale),
                                in.scenarioName(in.baseline), capex);
        sentence += gap
                    + Report::tr("Utilization moves from %1 to %2, energy cost from %3 to %4 %5.")
                          .arg(in.pct(base.totals.utilization), in.pct(r.totals.utilization),
                               in.num(base.totals.energyCost), in.num(r.totals.energyCost), in.currency());
        if (d > 0 && r.totals.capex > 0)
            sentence += gap
                        + Report::tr("Each additional PFLOPS-h served carries %1 %2 of capex.")
                              .arg(in.num(r.totals.capex / d), in.currency());
        doc.bullet(sentence);
    }
    // The scenario that leaves the least demand unserved, and the idle capacity of each.
    int best = 0;
    for (int s = 1; s < int(in.results.size()); ++s)
        if (in.results[size_t(s)].totals.unservedPflopsHours < in.results[size_t(best)].totals.unservedPflopsHours)
            best = s;
    const Totals &bt = in.results[size_t(best)].totals;
    if (in.results.size() > 1)
        doc.bullet(Report::tr("Of the scenarios compared, %1 leaves the least demand unserved: %2 %3, %4 of demand.")
                       .arg(in.scenarioName(best), in.num(bt.unservedPflopsHours), pfh,
                            in.pct(bt.demandPflopsHours > 0 ? bt.unservedPflopsHours / bt.demandPflopsHours : 0.0)));
    QStringList idle;
    for (int s = 0; s < int(in.results.size()); ++s) {
        const Totals &t = in.results[size_t(s)].totals;
        if (t.capacityPflopsHours > 0)
            idle << Report::tr("%1 %2").arg(in.scenarioName(s), in.pct(1.0 - t.utilization));
    }
    if (!idle.isEmpty())
        doc.bullet(Report::tr("Share of the available capacity that stands idle: %1.").arg(idle.join(Report::tr(", "))));
}

} // namespace

void addSummary(ReportDocument &doc, const ReportInput &in)
{
    const Periods &p = in.project().periods;
    doc.heading(1, Report::tr("Executive summary"));
    const QString intro = in.results.size() == 1
                              ? Report::tr("This report shows one scenario of the project %1 over %2 periods, from %3 "
                                           "to %4: %5.")
                              : Report::tr("This report compares %6 scenarios of the project %1 over %2 periods, from "
                                           "%3 to %4. The baseline is %5.");
    doc.paragraph(intro.arg(QString::fromStdString(in.project().name))
                      .arg(p.count)
                      .arg(QString::fromStdString(formatMonth(p.firstMonth(0))),
                           QString::fromStdString(formatMonth(p.lastMonth(p.count - 1))), in.scenarioName(in.baseline))
                      .replace(QStringLiteral("%6"), in.locale.toString(qlonglong(in.results.size()))));
    if (!in.options.missing.isEmpty())
        doc.paragraph(Report::tr("Not in this report: %1. These scenarios have not been run, or their results no "
                                 "longer match the project's inputs.")
                          .arg(in.missingNames()));
    addFindings(doc, in);
    addKpiTables(doc, in);
}

} // namespace atlas::report
