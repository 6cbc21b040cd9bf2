#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atlas {

/** Where a batch of actuals came from. */
enum class ActualSourceKind { Csv, Prometheus, Slurm };

/**
 * One import: the source and when it was made. Credentials are never kept: `origin`
 * is a file path or a server address without user or password.
 */
struct ActualImport {
    std::string id;          ///< unique in the project, e.g. "import-3"
    ActualSourceKind kind = ActualSourceKind::Csv;
    std::string origin;      ///< file path, or server URL without credentials
    std::string detail;      ///< metric / query, file encoding, … (free text)
    std::string importedAt;  ///< ISO 8601 UTC

    bool operator==(const ActualImport &) const = default;
};

/** What one pool (centre × chip) actually did in one period. */
struct PoolActual {
    int period = 0;          ///< index into the project's periods
    std::string center;      ///< project centre id
    std::string chip;        ///< project chip id
    double utilization = 0;  ///< mean share of the pool's in-service chips that were busy (0..1)
    double coverage = 1;     ///< share of the period's hours the samples covered (0..1)
    std::string importId;

    bool operator==(const PoolActual &) const = default;
};

/** Compute a tenant actually used in one period. */
struct TenantActual {
    int period = 0;
    std::string tenant;      ///< project tenant id
    double pflops = 0;       ///< sustained over the period: the unit of demand
    double chipHours = 0;    ///< as imported (GPU-hours), 0 when the source gave none
    std::string importId;

    bool operator==(const TenantActual &) const = default;
};

/** The operator's alert thresholds (kept in the project file). */
struct AlertThresholds {
    double lowUtilization = 0.30;   ///< a pool below this actual utilization is idle
    double highUtilization = 0.90;  ///< a pool above this is overloaded
    double tenantOverPlan = 0.10;   ///< a tenant using more than (1 + this) × planned demand

    bool operator==(const AlertThresholds &) const = default;
};

/** All actuals of a project, stored in the .atlas file beside the plan. */
struct Actuals {
    std::vector<ActualImport> imports;
    std::vector<PoolActual> pools;      ///< at most one per (period, center, chip)
    std::vector<TenantActual> tenants;  ///< at most one per (period, tenant)
    AlertThresholds thresholds;

    bool empty() const { return imports.empty() && pools.empty() && tenants.empty(); }
    bool operator==(const Actuals &) const = default;
};

// --- raw records, as the sources deliver them (names not yet mapped) -----------------

/** One utilization observation of a pool, in the source's own names. */
struct PoolSample {
    std::int64_t time = 0;   ///< Unix seconds, UTC
    std::string center;      ///< the source's centre name or label value
    std::string chip;        ///< the source's chip name or label value
    double utilization = 0;  ///< 0..1 (sources in percent divide by 100 before)
    /** When set, the sample is a count of busy chips and `utilization` is unused: the
     *  aggregation divides it by the pool's chips in service in the sample's period. */
    std::optional<double> busyChips;
};

/** Compute a tenant used over an interval, in the source's own names. */
struct UsageRecord {
    std::int64_t start = 0;  ///< Unix seconds, UTC
    std::int64_t end = 0;    ///< Unix seconds, UTC (> start; == start: one point in time, e.g. a daily CSV row)
    std::string tenant;      ///< the source's tenant / account name
    std::string chip;        ///< the source's chip / GPU type name, may be empty
    double chipHours = 0;    ///< GPU-hours used over [start, end)
};

} // namespace atlas
