#pragma once

#include "database.h"

#include <optional>
#include <string>

namespace atlas::storage {

/**
 * The operations tables schema version 3 added: imports, pool and tenant actuals (each
 * value names its import by id) and the one row of alert thresholds. Also run by the
 * migration from version 2, which then inserts the default thresholds.
 */
constexpr const char *kActualsTables = R"sql(
CREATE TABLE actual_imports (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL, kind TEXT NOT NULL, origin TEXT NOT NULL, detail TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE pool_actuals (
    ord INTEGER PRIMARY KEY,
    period INTEGER NOT NULL, center TEXT NOT NULL, chip TEXT NOT NULL, utilization, coverage,
    import_id TEXT NOT NULL
);
CREATE TABLE tenant_actuals (
    ord INTEGER PRIMARY KEY,
    period INTEGER NOT NULL, tenant TEXT NOT NULL, pflops, chip_hours,
    import_id TEXT NOT NULL
);
CREATE TABLE alert_thresholds (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    low_utilization, high_utilization, tenant_over_plan
);
)sql";

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
