// The map and the charts, drawn as vectors into the report.
#include "reportcontent.h"
#include "reporttext.h"

#include "model/model.h"

#include <QPainter>

#include <algorithm>

namespace atlas::report {
namespace {

std::vector<int> mapPeriods(const ReportInput &in)
{
    const int count = in.project().periods.count;
    std::vector<int> periods;
    for (int t : in.options.mapPeriods)
        if (t >= 0 && t < count && std::find(periods.begin(), periods.end(), t) == periods.end())
            periods.push_back(t);
    if (periods.empty()) {
        periods.push_back(0);
        if (count > 1)
            periods.push_back(count - 1);
    }
    return periods;
}

DrawFn mapFigure(const ReportInput &in, int scenario, int period)
{
    Q_UNUSED(in);
    Q_UNUSED(scenario);
    Q_UNUSED(period);
    const QString text = Report::tr("The map is not available in this build.");
    return [text](QPainter *p, const QRectF &rect) { drawPlaceholder(p, rect, text); };
}

} // namespace

void addMap(ReportDocument &doc, const ReportInput &in)
{
    doc.heading(1, Report::tr("Map"));
    doc.paragraph(Report::tr("Where demand arises and where it is served: regions sized by demand, centres by "
                             "capacity and coloured by utilization, and the flows between them."));
    const auto periods = mapPeriods(in);
    for (int s = 0; s < int(in.results.size()); ++s) {
        doc.heading(2, in.scenarioName(s));
        for (int t : periods) {
            const QString label = QString::fromStdString(in.project().periods.label(t));
            doc.figure(105, mapFigure(in, s, t), Report::tr("%1, period %2").arg(in.scenarioName(s), label));
        }
    }
    if (in.data.boundaries.empty()) {
        doc.note(Report::tr("Base map: Natural Earth 1:50m (public domain), via world-atlas 2.0.2. Schematic map: "
                            "boundaries are illustrative and not authoritative."));
    } else {
        for (const auto &b : in.data.boundaries) {
            QString text = Report::tr("Boundaries: %1, source: %2.")
                               .arg(QString::fromStdString(b.name), QString::fromStdString(b.source));
            if (!b.approvalNumber.empty())
                text += u' ' + Report::tr("Approval number (审图号): %1.").arg(QString::fromStdString(b.approvalNumber));
            doc.note(text);
        }
    }
}

void addCharts(ReportDocument &doc, const ReportInput &in)
{
    doc.heading(1, Report::tr("Charts"));
    doc.paragraph(Report::tr("Capacity, demand and service over the horizon, for each scenario."));
    const QString text = Report::tr("The charts are not available in this build.");
    for (int s = 0; s < int(in.results.size()); ++s) {
        doc.heading(2, in.scenarioName(s));
        doc.figure(80, [text](QPainter *p, const QRectF &rect) { drawPlaceholder(p, rect, text); },
                   Report::tr("Supply and demand, %1").arg(in.scenarioName(s)));
    }
}

} // namespace atlas::report
