#pragma once

#include "database.h"
#include "projectfile.h"

namespace atlas::storage {

/**
 * Reads a database holding the current schema. Anything inconsistent (a wrong type, an
 * unknown enum text, a reference to a missing scenario or tenant) throws SqlError.
 * Unusable actuals rows are left out with warnings instead (actualsstore.h), their args
 * without the path.
 */
ProjectData readProjectData(Database &db, std::vector<Problem> &warnings);

} // namespace atlas::storage
