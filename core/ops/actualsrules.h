#pragma once

#include "ops/actuals.h"

#include <optional>
#include <string_view>

namespace atlas {

/** The word the project file uses for a source kind: "csv", "prometheus", "slurm". */
std::string_view toString(ActualSourceKind kind);
std::optional<ActualSourceKind> parseActualSourceKind(std::string_view word);

/**
 * The rules an actual value obeys, shared by the project file and the editors. Each
 * returns the name of the first field that breaks them (the project file's column name),
 * or "" when none does:
 * - "period": not in [0, periodCount);
 * - "utilization", "coverage": not a finite number in [0, 1];
 * - "pflops", "chip_hours": negative or not finite.
 */
std::string_view poolActualFault(const PoolActual &value, int periodCount);
std::string_view tenantActualFault(const TenantActual &value, int periodCount);

/**
 * "low_utilization", "high_utilization" or "tenant_over_plan" when that threshold is not
 * finite or out of range (0 ≤ low ≤ high ≤ 1, tenant over plan ≥ 0), else "".
 */
std::string_view thresholdsFault(const AlertThresholds &thresholds);

} // namespace atlas
