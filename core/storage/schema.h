#pragma once

#include "database.h"

#include <optional>
#include <string>

namespace atlas::storage {

/** Creates the current schema (kSchemaVersion) in an empty database; sets user_version. */
void createSchema(Database &db);

/** A schema object in sqlite_master that the given schema version does not create. */
struct ForeignObject {
    std::string type;
    std::string name;
};

/**
 * Reads sqlite_master (as data, never executing its SQL) and returns the first object
 * that schema `version` does not create: any trigger or view, an unknown table or index,
 * or a known table name whose SQL is not a plain CREATE TABLE (a virtual table).
 */
std::optional<ForeignObject> findForeignObject(Database &db, int version);

} // namespace atlas::storage
