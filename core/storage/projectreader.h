#pragma once

#include "database.h"
#include "projectfile.h"

namespace atlas::storage {

/**
 * Reads a database holding the current schema. Anything inconsistent (a wrong type, an
 * unknown enum text, a reference to a missing scenario or tenant) throws SqlError.
 */
ProjectData readProjectData(Database &db);

} // namespace atlas::storage
