#pragma once

#include "database.h"

#include "model/problem.h"
#include "ops/actuals.h"

#include <vector>

namespace atlas::storage {

/** Writes the actuals into the (empty) tables of schema version 3. */
void writeActuals(Database &db, const Actuals &actuals);

/**
 * Reads the actuals of a version 3 database. Rows whose values break the rules of
 * ops/actualsrules.h (period outside [0, periodCount), a share outside [0, 1], …), name an
 * unknown import or repeat a key are left out: one OpsActualRowsSkipped warning per table
 * and reason, args {table, reason, count} (the caller puts the path first). Thresholds out
 * of range give the defaults and OpsThresholdsReset {column}. A missing table, column or
 * thresholds row, or text columns holding other types, throw SqlError (the file is damaged).
 */
Actuals readActuals(Database &db, int periodCount, std::vector<Problem> &warnings);

} // namespace atlas::storage
