#pragma once

#include "prometheussettings.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <optional>
#include <vector>

namespace atlas::prometheus {

/** The server address as reported and stored: no user, password, query or fragment. */
QString origin(const QUrl &server);

/**
 * Whether to ask the server for gzip answers: not on the loopback, where there is no
 * network to save and compressing a year of hours costs the server more than the whole
 * query (docs/operations-prometheus.md); elsewhere yes.
 */
bool wantsCompression(const QUrl &server);

/** Problems of the settings (PrometheusBadSetting), before any request. */
std::vector<Problem> validate(const PrometheusSettings &settings);

/**
 * The PromQL of the import, aggregated on the server:
 * `avg by (C, K) (avg_over_time(M{matchers}[R] offset 1ms))`, evaluated at the end of
 * each interval so that the value at t averages the samples in [t - step, t). R is the
 * step less 1 ms for Prometheus 2 (closed range selectors) and the step for 3 and later
 * (left-open). With a recorded metric the query is the same on it, evaluated
 * evaluationDelay() later (see there).
 */
QString rangeQuery(const PrometheusSettings &settings, int serverMajorVersion);

/**
 * Seconds by which the points are evaluated after the end of their interval: 0 for the
 * raw metric; one hour for a recorded one, whose sample at e holds the hour that ended
 * at the last whole hour H <= e (e - H is the rule group's evaluation offset, < 1 h), so
 * the hours ending in (t, t + step] were recorded in [t + 1h, t + step + 1h).
 */
std::int64_t evaluationDelay(const PrometheusSettings &settings);

/** The metric's series selector, e.g. `DCGM_FI_DEV_GPU_UTIL{job="dcgm"}`, or the
 *  recorded metric alone when one is set. */
QString selector(const PrometheusSettings &settings);

/** The metric the import reads: the recorded one when set, else the raw one. */
QString sourceMetric(const PrometheusSettings &settings);

/**
 * The conventional name (level:metric:operations) of the hourly pool mean of the raw
 * metric, e.g. `datacenter_modelName:DCGM_FI_DEV_GPU_UTIL:avg1h`.
 */
QString suggestedRecordedMetric(const PrometheusSettings &settings);

/**
 * A Prometheus rules file (YAML) that records the hourly pool mean under the settings'
 * recordedMetric, or suggestedRecordedMetric() when none is set: a group evaluated every
 * hour whose expression is the import's own with a one-hour step, taken at the last whole
 * hour H <= e, so the value recorded at e averages each GPU's samples in [H − 1h, H),
 * then the GPUs of the pool. The operator adds it to the server's rule_files and
 * backfills its history with `promtool tsdb create-blocks-from rules`.
 */
QString recordingRule(const PrometheusSettings &settings, int serverMajorVersion);

/** A run of consecutive intervals fetched by one query_range request. */
struct Chunk {
    std::int64_t first = 0;  ///< start of the first interval (Unix seconds)
    std::int64_t count = 0;  ///< intervals = points per series in the answer
};

/** Number of intervals of the range: whole steps from `from`, covering `to`. */
std::int64_t intervalCount(std::int64_t from, std::int64_t to, std::int64_t step);

/**
 * Splits [from, to) into chunks of at most `maxPoints` intervals, and into at least
 * `minChunks` when there are that many intervals (progress and parallel requests).
 */
std::vector<Chunk> planChunks(std::int64_t from, std::int64_t to, std::int64_t step,
                              std::int64_t maxPoints, int minChunks);

/** The API's own error envelope {"status":"error","errorType","error"}, if `body` is one. */
struct ApiError {
    QString errorType;
    QString error;
};
std::optional<ApiError> apiError(const QByteArray &body);

/** True for the error Prometheus gives when a query exceeds query.max-samples. */
bool isTooManySamples(const ApiError &error);

/**
 * Reads a query_range matrix answer into samples (time = interval start). Adds
 * PrometheusLabelMissing for a series without one of the labels, PrometheusBadResponse
 * when the JSON is not a success matrix. Returns the number of series read.
 */
int readMatrix(const QByteArray &body, const PrometheusSettings &settings, const QString &url,
               std::vector<PoolSample> &samples, std::vector<Problem> &problems);

/** Reads a label-values or label-names answer (a "data" list of strings). */
std::optional<QStringList> readStringList(const QByteArray &body, const QString &url,
                                          std::vector<Problem> &problems);

/** Major version from /api/v1/status/buildinfo ("2.42.0+ds" → 2); nullopt if unreadable. */
std::optional<int> readMajorVersion(const QByteArray &body);

/** ISO 8601 UTC text of Unix seconds, for problem arguments. */
std::string isoTime(std::int64_t seconds);

} // namespace atlas::prometheus
