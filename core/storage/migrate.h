#pragma once

#include "database.h"

namespace atlas::storage {

/**
 * Copies `file` (schema `version`, older than the current one) into `memory` (an open,
 * empty in-memory database) and brings the copy up to the current schema. The file is
 * only read. Throws SqlError.
 */
void migrateIntoMemory(Database &file, int version, Database &memory);

} // namespace atlas::storage
