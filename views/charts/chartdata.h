#pragma once

#include "engine/results.h"
#include "model/model.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace atlas {

/** How a ChartData is drawn. */
enum class ChartKind { Line, Stacked, Bars, Scatter, Heatmap };

/** What a series' key names, so a click can select it elsewhere in the app. */
enum class KeyKind { None, Pool, Center, Region, Chip, Ecosystem, Industry, Workload, Scenario };

/** How values on an axis read: plain numbers in the axis unit, or fractions shown as %. */
enum class ValueFormat { Number, Percent };

/** One named series. Line/Stacked/Bars/Heatmap: one value per x label. Scatter: points (xs, values). */
struct ChartSeries {
    QString name;                ///< shown in the legend and the crosshair
    QString key;                 ///< centre, chip, scenario … id ("" for fixed series)
    std::vector<double> values;
    std::vector<double> xs;      ///< scatter only
    std::vector<QString> labels; ///< optional text per point (bars: shown above the bar)
    int axis = 0;                ///< 0 = left value axis, 1 = right
    int colorIndex = -1;         ///< palette category; -1 = its position among the series
    int role = -1;               ///< palette::Role as int, overrides colorIndex when >= 0
    bool emphasized = false;     ///< drawn larger (e.g. the build-versus-use frontier)
    bool asBars = false;         ///< Line charts: drawn as bars under the lines (e.g. energy beside cost)
};

/**
 * The data behind one chart, independent of how it is drawn: builders fill it from
 * engine results, ChartWidget and renderChart() draw it, tests compare it with the
 * results. A non-empty emptyMessage means there is nothing to draw and says what to do.
 */
struct ChartData {
    ChartKind kind = ChartKind::Line;
    KeyKind keyKind = KeyKind::None;
    QString title;
    QStringList xLabels;          ///< period labels, or KPI names for grouped bars
    QString xUnit;                ///< scatter x axis, e.g. "CNY"
    QString xTitle;               ///< axis caption without unit
    QString yTitle;
    QString yUnit;
    QString y2Title;
    QString y2Unit;
    ValueFormat yFormat = ValueFormat::Number;
    ValueFormat xFormat = ValueFormat::Number;
    bool nonNegative = true;      ///< values never below 0: the y axis stops at 0
    double colorMax = 1.0;        ///< heatmap colour scale upper end (lower end is 0)
    std::vector<ChartSeries> series;
    QString emptyMessage;

    bool isEmpty() const { return !emptyMessage.isEmpty(); }
    int periodCount() const { return int(xLabels.size()); }
    /** Index of the series with this key, -1 when none. */
    int indexOfKey(const QString &key) const;
};

/** Which breakdown of a ScenarioResult a chart shows. */
enum class Breakdown { Pools, Centers, Regions, Chips, Ecosystems, Industries, Workloads };

/** Which KPIs the scenario comparison shows, in this order. */
enum class Kpi { Served, Unserved, Utilization, EnergyMwh, EnergyCost, Capex };

/** Builders: pure functions from engine results to ChartData (no drawing). */
namespace charts {

/** Capacity, demand, served and unserved PFLOPS per period. */
ChartData supplyDemand(const ScenarioResult &result, const Project &project);

/** Utilization per period for the chosen keys of one breakdown; empty keys = all of it. */
ChartData utilization(const ScenarioResult &result, const Project &project, Breakdown by,
                      const QStringList &keys = {});

/** Served PFLOPS per period stacked by ecosystem, industry or workload. */
ChartData servedStacked(const ScenarioResult &result, const Project &project, Breakdown by);

/** Utilization of every centre (rows) in every period (columns). */
ChartData utilizationHeatmap(const ScenarioResult &result, const Project &project);

/** Energy (MWh, left axis) and energy cost (project currency, right axis) per period. */
ChartData energyCost(const ScenarioResult &result, const Project &project);

/**
 * Grouped bars, one group per KPI, one bar per scenario. Without a baseline, each bar is
 * the scenario's value as a share of the largest scenario for that KPI (labels carry the
 * value with its unit); with a baseline id, each bar is the % change against it.
 */
ChartData scenarioComparison(const std::vector<ScenarioResult> &results, const Project &project,
                             const QString &baseline = {});

/** Capex (x) against served PFLOPS-hours (y), one point per scenario; the frontier is emphasized. */
ChartData buildVersusUse(const std::vector<ScenarioResult> &results, const Project &project);

/** Every chart a scenario's dashboard shows (for the benchmark and the report). */
std::vector<ChartData> dashboard(const ScenarioResult &result, const Project &project);

/** The display name of a key in the project ("贵安一号" for centre "guian"). */
QString displayName(const Project &project, Breakdown by, const std::string &key);

/** The KPI's name and unit ("Served", "PFLOPS·h"), translated. */
QString kpiName(Kpi kpi);
QString kpiUnit(Kpi kpi, const Project &project);
double kpiValue(const ScenarioResult &result, Kpi kpi);

/**
 * A number for the UI language, short enough for a tick or a tooltip: group separators
 * and decimal point from QLocale(), large values scaled (en: 12.5 k, 3.4 M; zh: 12.5万,
 * 3.4亿), about `significant` digits, never "nan" or "-0".
 */
QString formatNumber(double value, int significant = 3);

/** A value as the chart shows it: formatNumber and unit, or a percentage. */
QString formatValue(double value, ValueFormat format, const QString &unit);

/** The CSV behind a chart (RFC 4180, '.' decimals, full precision, header with units). */
QString toCsv(const ChartData &data);

} // namespace charts
} // namespace atlas
