#pragma once

#include "storage/projectfile.h"

#include <QLocale>
#include <QString>

namespace atlas {

/**
 * The report's operations section, "Operations: plan versus actual": the baseline
 * scenario's plan beside the project's actuals (core/ops/planvsactual.h).
 */
namespace reportoperations {

/**
 * Whether the project has actuals (pool or tenant values) for the section. Without
 * them the section is left out and the report dialog disables its checkbox.
 */
bool available(const ProjectData &data);

/**
 * A deviation in utilization points, as the section writes it: the difference of two
 * shares times 100, one decimal, with its sign ("+5.2", "−3.0", "0.0").
 */
QString points(double deviation, const QLocale &locale);

} // namespace reportoperations
} // namespace atlas
