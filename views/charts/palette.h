#pragma once

#include <QColor>

namespace atlas {

/**
 * The one palette of the app, shared by charts, map and report so a series keeps its
 * colour everywhere. Categories use Okabe–Ito (safe for the common colour-vision
 * deficiencies and distinct in greyscale print when paired with pen styles); continuous
 * quantities such as utilization use viridis, which stays ordered in greyscale.
 */
namespace palette {

/** Number of distinct category colours before they repeat. */
int categoryCount();

/** Category colour i (wraps around; negative i counts as 0). */
QColor category(int i);

/**
 * Pen style index for category i: 0 for the first categoryCount() series, then 1, 2, …
 * so that more series than colours remain distinguishable (solid, dash, dot, …).
 */
int categoryStyle(int i);

/** Viridis at t in [0, 1] (clamped; NaN gives the low end). */
QColor sequential(double t);

/** Fixed roles, so "capacity" or "unserved" look the same in every chart and on the map. */
enum class Role { Capacity, Demand, Served, Unserved, Energy, Cost, Baseline, Marker, Grid, Text };
QColor role(Role r);

} // namespace palette
} // namespace atlas
