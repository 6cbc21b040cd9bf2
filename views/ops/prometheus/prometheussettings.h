#pragma once

#include "model/problem.h"
#include "ops/actuals.h"
#include "ops/sources/sourcedata.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <cstdint>
#include <vector>

namespace atlas {

/**
 * What the user chose for one Prometheus import. The server address is a user setting;
 * the credentials live only in this struct in memory and are never written into the
 * project (see PrometheusImporter::origin()).
 */
struct PrometheusSettings {
    /** Base address, e.g. http://prom.example:9090 or https://host/prometheus.
     *  A user:password in it is taken as basic-auth credentials, never reported. */
    QUrl server;
    QString user;         ///< basic auth, with password; empty = none
    QString password;
    QString bearerToken;  ///< "Authorization: Bearer"; takes precedence over basic auth

    QString metric = QStringLiteral("DCGM_FI_DEV_GPU_UTIL");
    /** Extra label matchers inside the selector's braces, e.g. `job="dcgm"`; may be empty. */
    QString matchers;
    /**
     * A recording rule's metric that already holds the pool mean per hour (the rule
     * recordingRule() writes); empty = read the raw metric. Reading it costs one sample
     * per pool and hour instead of one per GPU and scrape, so a year imports in seconds.
     * The matchers are the rule's business then, not the import's.
     */
    QString recordedMetric;
    QString centerLabel = QStringLiteral("datacenter");  ///< label whose values name the centres
    QString chipLabel = QStringLiteral("modelName");     ///< label whose values name the chips
    bool percent = true;  ///< the metric is 0..100 (DCGM); false: already 0..1

    std::int64_t from = 0;     ///< Unix seconds, UTC: start of the first interval
    std::int64_t to = 0;       ///< Unix seconds, UTC: end (the last interval may reach past it)
    std::int64_t step = 3600;  ///< seconds each returned sample averages

    int timeoutMs = 60000;        ///< per HTTP request; also sent as the query's server-side timeout
    int maxPointsPerSeries = 11000;  ///< Prometheus refuses query_range above 11,000 points per series
    int concurrency = 2;          ///< query_range requests in flight at once
};

/** The label values of the metric present in the range, for the name mapping table. */
struct PrometheusLabels {
    QStringList centers;  ///< values of centerLabel, sorted
    QStringList chips;    ///< values of chipLabel, sorted
};

/** A finished fetch: the samples in the source's names, and the import record. */
struct PrometheusFetch {
    /** One sample per (centre value, chip value, interval) with data: `time` is the
     *  interval's start, `utilization` the mean over [time, time + step) in 0..1
     *  (when `percent`), averaged over the series of the pool — except from a recorded
     *  metric whose rule kept another label: then one per series, which the aggregation
     *  averages (AggregationReport::merged). Sorted by centre, chip, time. */
    PoolData data;
    /** kind Prometheus, origin without credentials, detail = the PromQL query, importedAt
     *  = now (UTC); `id` left empty for the document to assign. */
    ActualImport import;
    std::int64_t step = 0;  ///< seconds: pass as AggregateOptions::step
    int chunks = 0;         ///< query_range requests that made the result
};

} // namespace atlas
