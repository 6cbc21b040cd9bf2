#pragma once

// Report-internal: the sections, each adding its blocks to the document.

#include "charts/chartdata.h"
#include "engine/results.h"
#include "reportdocument.h"
#include "reportoptions.h"
#include "storage/projectfile.h"

#include <QLocale>

#include <vector>

namespace atlas::report {

/** What every section reads: the project, the results in options order, the locale. */
struct ReportInput {
    const ProjectData &data;
    const std::vector<ScenarioResult> &results;
    const ReportOptions &options;
    QLocale locale;
    int baseline = 0;   ///< index into results

    const Project &project() const { return data.project; }
    /** The scenario's display name, "name (id)" when the name differs from the id. */
    QString scenarioName(int index) const;
    /** As scenarioName(), for any scenario id of the project (e.g. one left out). */
    QString scenarioName(const std::string &id) const;
    /** The names of options.missing, joined for a sentence; empty when none. */
    QString missingNames() const;
    QString currency() const;
    QString num(double v) const;
    QString pct(double fraction) const;
};

void addCover(ReportDocument &doc, const ReportInput &in);
void addSummary(ReportDocument &doc, const ReportInput &in);
void addMap(ReportDocument &doc, const ReportInput &in);
void addCharts(ReportDocument &doc, const ReportInput &in);
void addBreakdowns(ReportDocument &doc, const ReportInput &in);
/** Operations: plan versus actual; adds nothing when the project has no actuals. */
void addOperations(ReportDocument &doc, const ReportInput &in);
void addAssumptions(ReportDocument &doc, const ReportInput &in);
void addMethods(ReportDocument &doc, const ReportInput &in);
void addDataSources(ReportDocument &doc, const ReportInput &in);

/**
 * Scenario columns per table when `n` scenarios are split into tables of at most `most`
 * columns, spread evenly (six scenarios in tables of five: two tables of three).
 */
int columnsPerTable(int n, int most);

/** Σ_t H_t × series[t]: a per-period PFLOPS series as PFLOPS-hours. */
double hourWeighted(const ScenarioResult &result, const std::vector<double> &series);
/** Σ H served / Σ H capacity of a breakdown series, 0 without capacity. */
double seriesUtilization(const ScenarioResult &result, const Series &series);

/** A chart as a figure: laid out at a screen-like size and replayed as vectors (text kept). */
DrawFn chartFigure(ChartData data);

/** A framed box saying what belongs here: shown where a figure cannot be drawn. */
void drawPlaceholder(QPainter *painter, const QRectF &rect, const QString &text);

} // namespace atlas::report
