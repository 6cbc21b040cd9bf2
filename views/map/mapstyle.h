#pragma once

#include <QColor>
#include <QFont>

namespace atlas::MapStyle {

// Symbol sizes are in screen pixels (symbols keep their size when zooming).
constexpr double RegionMaxRadius = 30.0;
constexpr double RegionMinRadius = 3.0;
constexpr double CenterMaxRadius = 13.0;
constexpr double CenterMinRadius = 3.5;
constexpr double LinkMaxWidth = 9.0;
constexpr double FlowMaxWidth = 7.0;

/** Radius with area proportional to value / max. */
double areaRadius(double value, double max, double minRadius, double maxRadius);

QColor water();
QColor land();
QColor countryBorder();
/** Served share 0–1 (red → amber → teal); grey when unknown (< 0). */
QColor servedShare(double share);
/** Utilization 0–1 of a centre (light → dark blue, red above 95 %); grey when unknown. */
QColor utilization(double u);
/** Range of deviationColor(): ± this many utilization points reach the ends of the scale. */
constexpr double DeviationSpan = 0.30;
/**
 * Actual − plan utilization (shares, 0.1 = 10 points): blue below plan, near white on
 * plan, orange above (a colour-blind-safe diverging scale), clamped at ±DeviationSpan.
 * NaN (no actuals) is a light grey.
 */
QColor deviation(double d);
/** Relative link load 0–1 (green → amber → red); grey when unknown (< 0). */
QColor linkLoad(double load);
QColor flow();
/** A fixed, colour-blind-safe colour per ecosystem index. */
QColor ecosystem(int index);
QFont labelFont(bool bold = false);

} // namespace atlas::MapStyle
