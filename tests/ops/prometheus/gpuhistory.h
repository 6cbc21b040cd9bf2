#pragma once

#include "ops/actuals.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace atlas::test {

class PrometheusServer;

/** One GPU's utilization series, as DCGM exports it (labels datacenter, modelName, gpu). */
struct GpuSeries {
    std::string center;
    std::string chip;
    int gpu = 0;
    int centerIndex = 0;
    int chipIndex = 0;
};

/**
 * The test's GPU history: 15-second samples of a few centres × chips × GPUs whose
 * values come from a formula, with a few gaps (a whole pool for three hours, one GPU for
 * an hour, one GPU for twenty minutes). expected() computes the importer's answer from
 * the formula alone: per interval, the mean over the pool's GPUs that have samples of
 * each GPU's mean.
 */
class GpuHistory {
public:
    static constexpr std::int64_t kScrape = 15;
    static constexpr const char *kMetric = "DCGM_FI_DEV_GPU_UTIL";

    GpuHistory(std::int64_t start, int days);

    std::int64_t start() const { return mStart; }
    std::int64_t end() const { return mEnd; }
    const std::vector<GpuSeries> &series() const { return mSeries; }

    bool present(const GpuSeries &s, std::int64_t t) const;
    double percent(const GpuSeries &s, std::int64_t t) const;  ///< 0..100

    /** Writes the history as OpenMetrics for promtool. */
    bool write(const QString &path) const;
    /** Writes it to `openMetricsPath` and backfills it into the server's TSDB (3-day blocks). */
    bool backfill(PrometheusServer &server, const QString &openMetricsPath, QString *error) const;

    /** Sorted by centre, chip, time; utilization divided by 100 when `divideBy100`;
     *  only the GPUs numbered `onlyGpu` when it is not -1. */
    std::vector<PoolSample> expected(std::int64_t from, std::int64_t to, std::int64_t step,
                                     bool divideBy100, int onlyGpu = -1) const;

private:
    std::int64_t mStart, mEnd;
    std::vector<GpuSeries> mSeries;
};

} // namespace atlas::test
