#pragma once

#include "model/model.h"
#include "model/problem.h"
#include "ops/actuals.h"
#include "ops/sources/namemapping.h"
#include "ops/sources/sourcedata.h"

#include <cstdint>
#include <string>
#include <vector>

namespace atlas {

/** Choices of the user (or of the importer) for one aggregation. */
struct AggregateOptions {
    std::string importId;          ///< written into every PoolActual / TenantActual
    /** Seconds one pool sample covers; 0 = infer per series from the spacing of its
     *  samples (the lower median of the gaps). Prometheus passes its query step. */
    std::int64_t step = 0;
    /** Chip id for usage records without a GPU type (untyped gres/gpu=N); "" = none. */
    std::string defaultChip;
};

/** A pool without chips in service where busy-chip samples fell. */
struct PoolWithoutChips {
    std::string center;  ///< project ids
    std::string chip;
    std::int64_t samples = 0;

    bool operator==(const PoolWithoutChips &) const = default;
};

/** What the aggregation left out or assumed; never silent. */
struct AggregationReport {
    std::int64_t used = 0;             ///< samples / records that reached an actual
    std::vector<UnmatchedName> unmatched;  ///< names the mapping left unmatched, rows left out
    std::int64_t unmatchedRows = 0;    ///< rows left out for an unmatched name (each row once)
    std::int64_t outsideHorizon = 0;   ///< wholly outside the project's periods
    double chipHoursOutsideHorizon = 0;///< usage: GPU-hours outside the periods (whole or cut-off parts)
    std::int64_t duplicates = 0;       ///< exact duplicates: the reader's and those that mapping made
    std::int64_t merged = 0;           ///< pools: samples of one pool and time with different values, averaged
    std::vector<PoolWithoutChips> withoutChips; ///< busy-chip samples of a pool with 0 chips in service
    std::int64_t withoutChip = 0;      ///< usage: records without a chip and no default chip
    std::int64_t aboveFullUse = 0;     ///< pools: samples above 1 (busy chips > chips in service), counted as 1
    std::int64_t assumedStep = 0;      ///< seconds, when no spacing gave a step (single samples); 0 = none
    std::vector<std::string> runningJobs; ///< usage: the reader's jobs without an end (Slurm), left out

    bool operator==(const AggregationReport &) const = default;
};

/** The report as warnings (Code::Ops…), for the app's problem list. */
std::vector<Problem> reportProblems(const AggregationReport &report);

struct PoolAggregation {
    std::vector<PoolActual> pools;  ///< by period, centre, chip; only (period, pool) with samples
    AggregationReport report;
};

struct TenantAggregation {
    std::vector<TenantActual> tenants;  ///< by period, then project tenant order; only (period, tenant) with usage
    AggregationReport report;
};

/**
 * Pool samples to one PoolActual per (period, centre, chip). A sample covers
 * [time, time + step), cut short by the next sample of its pool and clipped to the
 * periods; utilization is the time-weighted mean over the covered hours and coverage
 * the covered share of the period's calendar hours. Busy-chip samples divide by the
 * pool's chips in service in the period (base project inventory, MODEL.md); a value
 * above 1 counts as 1 (stored utilization is 0..1) and is reported.
 * Only Code::Cancelled makes it fail.
 */
Result<PoolAggregation> aggregatePools(const Project &project, const NameMapping &mapping,
                                       const PoolData &data, const AggregateOptions &options,
                                       const ImportControl &control = {});

/**
 * Usage records to one TenantActual per (period, tenant). A record's GPU-hours are
 * split across the periods its [start, end) overlaps in proportion to time (a record
 * with end == start falls wholly in the period of start); pflops = chip-hours ×
 * chip tflops / 1000 / the period's hours. Only Code::Cancelled makes it fail.
 */
Result<TenantAggregation> aggregateUsage(const Project &project, const NameMapping &mapping,
                                         const UsageData &data, const AggregateOptions &options,
                                         const ImportControl &control = {});

} // namespace atlas
