#include "actualsstore.h"

#include "statement.h"

#include "ops/actualsrules.h"

#include <climits>
#include <set>
#include <string>
#include <tuple>
#include <utility>

namespace atlas::storage {

namespace {

/** Counts left-out rows by (table, reason), in the order first seen. */
class Skipped {
public:
    void add(const char *table, std::string_view reason)
    {
        for (auto &entry : mEntries)
            if (entry.table == table && entry.reason == reason) {
                ++entry.count;
                return;
            }
        mEntries.push_back({table, std::string(reason), 1});
    }

    void report(std::vector<Problem> &warnings) const
    {
        for (const auto &e : mEntries)
            warnings.push_back(warning(Code::OpsActualRowsSkipped, {}, {e.table, e.reason, std::to_string(e.count)}));
    }

private:
    struct Entry {
        std::string table;
        std::string reason;
        int count = 0;
    };
    std::vector<Entry> mEntries;
};

/** A number column read as data: nullopt when it holds no number (NULL, text, blob). */
std::optional<double> number(const Statement &st, int col)
{
    if (!st.isNumber(col))
        return std::nullopt;
    return st.real(col);
}

/** The period column: nullopt when not an integer of int range (reported as "period"). */
std::optional<int> period(const Statement &st, int col)
{
    if (st.isNull(col) || !st.isNumber(col))
        return std::nullopt;
    try {
        const std::int64_t v = st.int64(col);
        if (v < INT_MIN || v > INT_MAX)
            return std::nullopt;
        return static_cast<int>(v);
    } catch (const SqlError &) {
        return std::nullopt;  // a real, not an integer
    }
}

std::vector<ActualImport> readImports(Database &db, Skipped &skipped)
{
    std::vector<ActualImport> imports;
    std::set<std::string> ids;
    Statement st(db, "SELECT id, kind, origin, detail, imported_at FROM actual_imports ORDER BY ord");
    while (st.step()) {
        ActualImport import;
        import.id = st.text(0);
        const auto kind = parseActualSourceKind(st.text(1));
        import.origin = st.text(2);
        import.detail = st.text(3);
        import.importedAt = st.text(4);
        if (import.id.empty()) {
            skipped.add("actual_imports", "id");
            continue;
        }
        if (!kind) {
            skipped.add("actual_imports", "kind");
            continue;
        }
        if (!ids.insert(import.id).second) {
            skipped.add("actual_imports", "duplicate");
            continue;
        }
        import.kind = *kind;
        imports.push_back(std::move(import));
    }
    return imports;
}

std::vector<PoolActual> readPools(Database &db, int periodCount, const std::set<std::string> &imports,
                                  Skipped &skipped)
{
    constexpr const char *table = "pool_actuals";
    std::vector<PoolActual> pools;
    std::set<std::tuple<int, std::string, std::string>> keys;
    Statement st(db, "SELECT period, center, chip, utilization, coverage, import_id FROM pool_actuals ORDER BY ord");
    while (st.step()) {
        PoolActual a;
        a.center = st.text(1);
        a.chip = st.text(2);
        a.importId = st.text(5);
        const auto p = period(st, 0);
        const auto utilization = number(st, 3);
        const auto coverage = number(st, 4);
        if (!p) {
            skipped.add(table, "period");
            continue;
        }
        if (!utilization || !coverage) {
            skipped.add(table, !utilization ? "utilization" : "coverage");
            continue;
        }
        a.period = *p;
        a.utilization = *utilization;
        a.coverage = *coverage;
        if (const auto fault = poolActualFault(a, periodCount); !fault.empty()) {
            skipped.add(table, fault);
            continue;
        }
        if (!imports.count(a.importId)) {
            skipped.add(table, "import");
            continue;
        }
        if (!keys.emplace(a.period, a.center, a.chip).second) {
            skipped.add(table, "duplicate");
            continue;
        }
        pools.push_back(std::move(a));
    }
    return pools;
}

std::vector<TenantActual> readTenants(Database &db, int periodCount, const std::set<std::string> &imports,
                                      Skipped &skipped)
{
    constexpr const char *table = "tenant_actuals";
    std::vector<TenantActual> tenants;
    std::set<std::pair<int, std::string>> keys;
    Statement st(db, "SELECT period, tenant, pflops, chip_hours, import_id FROM tenant_actuals ORDER BY ord");
    while (st.step()) {
        TenantActual a;
        a.tenant = st.text(1);
        a.importId = st.text(4);
        const auto p = period(st, 0);
        const auto pflops = number(st, 2);
        const auto chipHours = number(st, 3);
        if (!p) {
            skipped.add(table, "period");
            continue;
        }
        if (!pflops || !chipHours) {
            skipped.add(table, !pflops ? "pflops" : "chip_hours");
            continue;
        }
        a.period = *p;
        a.pflops = *pflops;
        a.chipHours = *chipHours;
        if (const auto fault = tenantActualFault(a, periodCount); !fault.empty()) {
            skipped.add(table, fault);
            continue;
        }
        if (!imports.count(a.importId)) {
            skipped.add(table, "import");
            continue;
        }
        if (!keys.emplace(a.period, a.tenant).second) {
            skipped.add(table, "duplicate");
            continue;
        }
        tenants.push_back(std::move(a));
    }
    return tenants;
}

AlertThresholds readThresholds(Database &db, std::vector<Problem> &warnings)
{
    Statement st(db, "SELECT low_utilization, high_utilization, tenant_over_plan FROM alert_thresholds");
    if (!st.step())
        throw SqlError(SQLITE_CORRUPT, "no alert_thresholds row");
    const char *columns[] = {"low_utilization", "high_utilization", "tenant_over_plan"};
    std::optional<double> values[3];
    for (int i = 0; i < 3; ++i) {
        values[i] = number(st, i);
        if (!values[i]) {
            warnings.push_back(warning(Code::OpsThresholdsReset, {}, {columns[i]}));
            return AlertThresholds{};
        }
    }
    if (st.step())
        throw SqlError(SQLITE_CORRUPT, "more than one alert_thresholds row");
    const AlertThresholds thresholds{*values[0], *values[1], *values[2]};
    if (const auto fault = thresholdsFault(thresholds); !fault.empty()) {
        warnings.push_back(warning(Code::OpsThresholdsReset, {}, {std::string(fault)}));
        return AlertThresholds{};
    }
    return thresholds;
}

} // namespace

void writeActuals(Database &db, const Actuals &actuals)
{
    Statement imports(db, "INSERT INTO actual_imports VALUES (?,?,?,?,?,?)");
    int ord = 0;
    for (const auto &i : actuals.imports) {
        imports.bind(1, ord++).bind(2, i.id).bind(3, toString(i.kind)).bind(4, i.origin).bind(5, i.detail)
            .bind(6, i.importedAt);
        imports.run();
    }

    Statement pools(db, "INSERT INTO pool_actuals VALUES (?,?,?,?,?,?,?)");
    ord = 0;
    for (const auto &a : actuals.pools) {
        pools.bind(1, ord++).bind(2, a.period).bind(3, a.center).bind(4, a.chip).bind(5, a.utilization)
            .bind(6, a.coverage).bind(7, a.importId);
        pools.run();
    }

    Statement tenants(db, "INSERT INTO tenant_actuals VALUES (?,?,?,?,?,?)");
    ord = 0;
    for (const auto &a : actuals.tenants) {
        tenants.bind(1, ord++).bind(2, a.period).bind(3, a.tenant).bind(4, a.pflops).bind(5, a.chipHours)
            .bind(6, a.importId);
        tenants.run();
    }

    const AlertThresholds &t = actuals.thresholds;
    Statement thresholds(db, "INSERT INTO alert_thresholds VALUES (1,?,?,?)");
    thresholds.bind(1, t.lowUtilization).bind(2, t.highUtilization).bind(3, t.tenantOverPlan);
    thresholds.run();
}

Actuals readActuals(Database &db, int periodCount, std::vector<Problem> &warnings)
{
    Skipped skipped;
    Actuals actuals;
    actuals.imports = readImports(db, skipped);
    std::set<std::string> ids;
    for (const auto &i : actuals.imports)
        ids.insert(i.id);
    actuals.pools = readPools(db, periodCount, ids, skipped);
    actuals.tenants = readTenants(db, periodCount, ids, skipped);
    skipped.report(warnings);
    actuals.thresholds = readThresholds(db, warnings);
    return actuals;
}

} // namespace atlas::storage
