#pragma once

#include "database.h"
#include "projectfile.h"

namespace atlas::storage {

/** Inserts everything into a database that holds the empty current schema (one transaction is the caller's). */
void writeProjectData(Database &db, const ProjectData &data);

} // namespace atlas::storage
