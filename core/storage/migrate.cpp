#include "migrate.h"

#include "schema.h"
#include "statement.h"

#include "ops/actuals.h"

namespace atlas::storage {

namespace {

void copy(Database &from, Database &to)
{
    sqlite3_backup *backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup)
        to.fail(sqlite3_errcode(to.handle()), "backup");
    sqlite3_backup_step(backup, -1);
    const int rc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_OK)
        to.fail(rc, "backup");
}

/**
 * Version 1 kept a tenant's ecosystems in one comma-separated text column
 * (tenants.ecosystems) and had no boundary layers.
 */
void migrate1to2(Database &db)
{
    db.exec(R"sql(
CREATE TABLE tenant_ecosystems (
    tenant INTEGER NOT NULL, ord INTEGER NOT NULL, ecosystem TEXT NOT NULL,
    PRIMARY KEY (tenant, ord)
) WITHOUT ROWID;
CREATE TABLE boundaries (
    ord INTEGER PRIMARY KEY,
    name TEXT NOT NULL, source TEXT NOT NULL, approval_number TEXT NOT NULL,
    geojson TEXT NOT NULL
);
)sql");
    Statement tenants(db, "SELECT ord, ecosystems FROM tenants");
    Statement insert(db, "INSERT INTO tenant_ecosystems VALUES (?,?,?)");
    while (tenants.step()) {
        const std::int64_t tenant = tenants.int64(0);
        const std::string list = tenants.text(1);
        if (list.empty())
            continue;
        int ord = 0;
        size_t begin = 0;
        while (true) {
            const size_t comma = list.find(',', begin);
            const std::string item = list.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin);
            insert.bind(1, tenant).bind(2, ord++).bind(3, item);
            insert.run();
            if (comma == std::string::npos)
                break;
            begin = comma + 1;
        }
    }
    db.exec("PRAGMA user_version = 2");
}

/** Version 2 had no operations tables: no actuals, the default alert thresholds. */
void migrate2to3(Database &db)
{
    db.exec(kActualsTables);
    const AlertThresholds defaults;
    Statement insert(db, "INSERT INTO alert_thresholds VALUES (1,?,?,?)");
    insert.bind(1, defaults.lowUtilization).bind(2, defaults.highUtilization).bind(3, defaults.tenantOverPlan);
    insert.run();
    db.exec("PRAGMA user_version = 3");
}

} // namespace

void migrateIntoMemory(Database &file, int version, Database &memory)
{
    copy(file, memory);
    if (version < 2)
        migrate1to2(memory);
    if (version < 3)
        migrate2to3(memory);
}

} // namespace atlas::storage
