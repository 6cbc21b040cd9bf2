#pragma once

#include "ops/actuals.h"

#include <QByteArray>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace atlas::prometheus {

/** What readMatrixBody() found besides the samples. */
struct MatrixRead {
    std::int64_t malformedAt = -1;  ///< byte offset of a JSON syntax error, else -1
    bool malformedPoint = false;    ///< a point whose value is neither a number nor NaN/±Inf
    std::string status;             ///< the envelope's "status"
    std::string resultType;         ///< data.resultType
    bool sawResult = false;         ///< data.result was a list
    int series = 0;
    std::set<std::string> missingLabels;  ///< labels some series lacked (those series are left out)
};

/**
 * Reads a query_range answer in one pass: for each series with both labels, one
 * PoolSample per point with a finite value (time = point time − `shift`, utilization =
 * value × `scale`), appended to `samples`. NaN and ±Inf points are left out. On a syntax
 * error or a malformed point nothing is appended. The caller checks status and resultType.
 */
MatrixRead readMatrixBody(const QByteArray &body, const std::string &centerLabel, const std::string &chipLabel,
                          double scale, std::int64_t shift, std::vector<PoolSample> &samples);

} // namespace atlas::prometheus
