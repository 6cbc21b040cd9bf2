#include "schema.h"

#include "statement.h"
#include "projectfile.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace atlas::storage {

namespace {

// Numbers are stored in columns without a declared type: a REAL column would store
// integral values as integers on disk and lose the sign of -0.0, and the file must give
// back every double bit for bit. Months are integers, year * 12 + (month - 1).
// `scenario` is NULL for the base project, else the `ord` of the scenario that adds the row.
// The operations tables (version 3) are kActualsTables in schema.h, shared with the migration.
constexpr const char *kPlanTables = R"sql(
CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    period_start INTEGER NOT NULL,
    period_count INTEGER NOT NULL,
    period_length TEXT NOT NULL
);
CREATE TABLE parameters (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    access_latency_ms, transfer_cost, migration_cost, amortization_years
);
CREATE TABLE regions (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL, name TEXT NOT NULL, lat, lon
);
CREATE TABLE centers (
    scenario INTEGER, ord INTEGER NOT NULL,
    id TEXT NOT NULL, name TEXT NOT NULL, region TEXT NOT NULL, lat, lon, pue,
    power_mw, electricity_price, availability, build_cost
);
CREATE TABLE chips (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL, vendor TEXT NOT NULL, name TEXT NOT NULL, ecosystem TEXT NOT NULL,
    tflops, memory_gb, tdp_w, idle_fraction, price
);
CREATE TABLE inventory (
    scenario INTEGER, ord INTEGER NOT NULL,
    center TEXT NOT NULL, chip TEXT NOT NULL, count INTEGER NOT NULL,
    from_month INTEGER, until_month INTEGER
);
CREATE TABLE links (
    scenario INTEGER, ord INTEGER NOT NULL,
    from_node TEXT NOT NULL, to_node TEXT NOT NULL, latency_ms, bandwidth_gbps
);
CREATE TABLE tenants (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL, name TEXT NOT NULL, region TEXT NOT NULL, industry TEXT NOT NULL,
    workload TEXT NOT NULL, max_latency_ms, value, transfer_cost,
    demand_explicit INTEGER NOT NULL, demand_series BLOB, demand_base, demand_growth,
    demand_from INTEGER
);
CREATE TABLE tenant_ecosystems (
    tenant INTEGER NOT NULL, ord INTEGER NOT NULL, ecosystem TEXT NOT NULL,
    PRIMARY KEY (tenant, ord)
) WITHOUT ROWID;
CREATE TABLE scenarios (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL, name TEXT NOT NULL, policy TEXT NOT NULL, demand_scale
);
CREATE TABLE layout (
    key TEXT PRIMARY KEY, value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE results (
    ord INTEGER PRIMARY KEY,
    scenario TEXT NOT NULL, fingerprint TEXT NOT NULL, computed_at TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE TABLE boundaries (
    ord INTEGER PRIMARY KEY,
    name TEXT NOT NULL, source TEXT NOT NULL, approval_number TEXT NOT NULL,
    geojson TEXT NOT NULL
);
)sql";

struct Known {
    const char *type;
    const char *name;
    int fromVersion;  ///< first schema version with the object
    int untilVersion; ///< last schema version with the object
};

// Every object any schema version creates. WITHOUT ROWID tables keep their primary key
// in the table itself; `layout` in version 1 was an ordinary table with an autoindex.
constexpr std::array kKnown = {
    Known{"table", "project", 1, kSchemaVersion},
    Known{"table", "parameters", 1, kSchemaVersion},
    Known{"table", "regions", 1, kSchemaVersion},
    Known{"table", "centers", 1, kSchemaVersion},
    Known{"table", "chips", 1, kSchemaVersion},
    Known{"table", "inventory", 1, kSchemaVersion},
    Known{"table", "links", 1, kSchemaVersion},
    Known{"table", "tenants", 1, kSchemaVersion},
    Known{"table", "tenant_ecosystems", 2, kSchemaVersion},
    Known{"table", "scenarios", 1, kSchemaVersion},
    Known{"table", "layout", 1, kSchemaVersion},
    Known{"index", "sqlite_autoindex_layout_1", 1, 1},
    Known{"table", "results", 1, kSchemaVersion},
    Known{"table", "boundaries", 2, kSchemaVersion},
    Known{"table", "actual_imports", 3, kSchemaVersion},
    Known{"table", "pool_actuals", 3, kSchemaVersion},
    Known{"table", "tenant_actuals", 3, kSchemaVersion},
    Known{"table", "alert_thresholds", 3, kSchemaVersion},
};

bool isKnown(const std::string &type, const std::string &name, int version)
{
    return std::any_of(kKnown.begin(), kKnown.end(), [&](const Known &k) {
        return type == k.type && name == k.name && version >= k.fromVersion && version <= k.untilVersion;
    });
}

bool startsWithCreateTable(const std::string &sql)
{
    constexpr std::string_view prefix = "CREATE TABLE ";
    if (sql.size() < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(sql[i])) != prefix[i])
            return false;
    return true;
}

} // namespace

void createSchema(Database &db)
{
    db.exec(kPlanTables);
    db.exec(kActualsTables);
    db.exec(("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
    db.exec(("PRAGMA user_version = " + std::to_string(kSchemaVersion)).c_str());
}

std::optional<ForeignObject> findForeignObject(Database &db, int version)
{
    Statement st(db, "SELECT type, name, sql FROM sqlite_schema");
    while (st.step()) {
        ForeignObject object{st.text(0), st.text(1)};
        if (!isKnown(object.type, object.name, version))
            return object;
        if (object.type == "table" && !startsWithCreateTable(st.text(2)))
            return object;
    }
    return std::nullopt;
}

} // namespace atlas::storage
