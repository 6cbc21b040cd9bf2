// The map and the charts, drawn as vectors into the report.
#include "reportcontent.h"
#include "reporttext.h"

#include "charts/chartdata.h"
#include "charts/chartrender.h"
#include "map/mapview.h"
#include "model/model.h"

#include <QPainter>
#include <QPicture>

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
    if (periods.empty())  // the end of the horizon: where each plan arrives
        periods.push_back(std::max(0, count - 1));
    return periods;
}

/**
 * Draws at a screen-like size (96 dpi logical pixels, as the map and the charts expect
 * for their fonts and pens) and replays that scaled into `target`: still vectors, with
 * the proportions the widgets have on screen, whatever the resolution of the PDF.
 *
 * The drawing goes through a QPicture, which keeps text as text (embedded, searchable)
 * and costs little. QPicture re-lays text out from the primary font's metrics, so the map
 * and the charts name Noto Sans CJK SC first: Chinese labels stay where they were drawn.
 * (An in-memory SVG, used before, turned every glyph into curves: large pages, most of
 * the report's time spent compressing them.)
 */
void drawAtScreenScale(QPainter *p, const QRectF &target, QSize logical,
                       const std::function<void(QPainter *, const QRectF &)> &draw)
{
    const QRectF logicalRect(QPointF(0, 0), QSizeF(logical));
    QPicture picture;
    {
        QPainter recorder(&picture);
        // A clip from the start: the clips the drawing sets are then recorded as
        // intersections, and replaying them cannot replace the figure's clip.
        recorder.setClipRect(logicalRect);
        draw(&recorder, logicalRect);
    }
    // play() scales by the device's dpi over the picture's own, to keep physical sizes:
    // undo that, so that the logical size maps onto `target`.
    const double dpi = double(picture.logicalDpiX()) / std::max(1, p->device()->logicalDpiX());
    p->save();
    p->setClipRect(target, Qt::IntersectClip);
    p->translate(target.topLeft());
    p->scale(dpi * target.width() / logical.width(), dpi * target.height() / logical.height());
    picture.play(p);
    p->restore();
}

DrawFn mapFigure(const ReportInput &in, int scenario, int period)
{
    const ScenarioResult &result = in.results[size_t(scenario)];
    const Scenario *sc = in.project().scenario(result.scenario);
    const Project effective = sc ? applyScenario(in.project(), *sc) : in.project();
    return [effective, result, period](QPainter *p, const QRectF &rect) {
        // The map widget is laid out at a screen-like size with the figure's aspect and
        // painted as vectors; it is never shown on screen.
        const QSize size(900, int(900 * rect.height() / std::max(1.0, rect.width())));
        MapView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.setFrameShape(QFrame::NoFrame);
        view.resize(size);
        view.show();
        view.setProjectAndResult(effective, &result);
        view.setPeriod(period);
        view.fitToData();
        drawAtScreenScale(p, rect, size, [&](QPainter *q, const QRectF &r) { view.render(q, r); });
    };
}

/** The `n` centres with the most capacity over the horizon: a legend stays readable. */
QStringList largestCentres(const ScenarioResult &result, size_t n)
{
    std::vector<std::pair<double, std::string>> ranked;
    for (const Series &s : result.centers)
        ranked.emplace_back(hourWeighted(result, s.capacity), s.key);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList keys;
    for (size_t i = 0; i < ranked.size() && i < n; ++i)
        keys << QString::fromStdString(ranked[i].second);
    return keys;
}

void addChart(ReportDocument &doc, ChartData data, double heightMm)
{
    // The chart carries its own title: no caption below it.
    doc.figure(heightMm, chartFigure(std::move(data)));
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
            doc.figure(95, mapFigure(in, s, t), Report::tr("%1, period %2").arg(in.scenarioName(s), label));
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
    if (in.results.size() > 1) {
        doc.heading(2, Report::tr("Scenarios compared"));
        addChart(doc, charts::scenarioComparison(in.results, in.project(),
                                                 QString::fromStdString(in.results[size_t(in.baseline)].scenario)),
                 80);
        addChart(doc, charts::buildVersusUse(in.results, in.project()), 80);
    }
    for (int s = 0; s < int(in.results.size()); ++s) {
        const ScenarioResult &r = in.results[size_t(s)];
        doc.heading(2, in.scenarioName(s));
        addChart(doc, charts::supplyDemand(r, in.project()), 72);
        addChart(doc, charts::utilization(r, in.project(), Breakdown::Centers, largestCentres(r, 8)), 72);
        addChart(doc, charts::servedStacked(r, in.project(), Breakdown::Ecosystems), 72);
        addChart(doc, charts::energyCost(r, in.project()), 72);
    }
}

DrawFn chartFigure(ChartData data)
{
    return [data = std::move(data)](QPainter *p, const QRectF &rect) {
        const QSize layout(800, int(800 * rect.height() / std::max(1.0, rect.width())));
        drawAtScreenScale(p, rect, layout, [&](QPainter *q, const QRectF &r) { renderChart(data, q, r, layout); });
    };
}

} // namespace atlas::report
