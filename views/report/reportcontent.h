#pragma once

// Report-internal: the sections, each adding its blocks to the document.

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
    QString currency() const;
    QString num(double v) const;
    QString pct(double fraction) const;
};

void addCover(ReportDocument &doc, const ReportInput &in);
void addSummary(ReportDocument &doc, const ReportInput &in);
void addMap(ReportDocument &doc, const ReportInput &in);
void addCharts(ReportDocument &doc, const ReportInput &in);
void addBreakdowns(ReportDocument &doc, const ReportInput &in);
void addAssumptions(ReportDocument &doc, const ReportInput &in);
void addMethods(ReportDocument &doc, const ReportInput &in);
void addDataSources(ReportDocument &doc, const ReportInput &in);

/** Σ_t H_t × series[t]: a per-period PFLOPS series as PFLOPS-hours. */
double hourWeighted(const ScenarioResult &result, const std::vector<double> &series);
/** Σ H served / Σ H capacity of a breakdown series, 0 without capacity. */
double seriesUtilization(const ScenarioResult &result, const Series &series);

/** A framed box saying what belongs here: shown where a figure cannot be drawn. */
void drawPlaceholder(QPainter *painter, const QRectF &rect, const QString &text);

} // namespace atlas::report
