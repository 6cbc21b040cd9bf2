#pragma once

#include "ops/actuals.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace atlas {

/**
 * Progress and cancel for a long read or aggregation, which the app runs off the GUI
 * thread. `progress` is called from that thread with a fraction 0..1; `cancel` is
 * polled: when it becomes true the call returns Code::Cancelled and nothing else.
 */
struct ImportControl {
    std::function<void(double)> progress;
    const std::atomic<bool> *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(double fraction) const
    {
        if (progress)
            progress(fraction);
    }
};

/** Pool samples as a source read them, with what the reader itself left out. */
struct PoolData {
    std::vector<PoolSample> samples;
    std::int64_t rows = 0;           ///< data rows read (duplicates included)
    std::int64_t duplicateRows = 0;  ///< exact duplicate rows skipped
    std::string encoding;            ///< "UTF-8" or "GBK" (CSV); empty for other sources
};

/**
 * Sorts pool samples by centre, chip and time (stable for equal keys is not promised).
 * Fast on the millions a year of hourly samples makes: pools are ranked once and the
 * samples sorted by integer keys. Times must span less than 2^40 s.
 */
void sortPoolSamples(std::vector<PoolSample> &samples);

/** Usage records as a source read them, with what the reader itself left out. */
struct UsageData {
    std::vector<UsageRecord> records;
    std::int64_t rows = 0;           ///< data rows read (duplicates, steps, running jobs included)
    std::int64_t duplicateRows = 0;  ///< exact duplicate rows skipped
    std::string encoding;            ///< "UTF-8" or "GBK"
    // Slurm only
    std::int64_t jobSteps = 0;       ///< lines of job steps (JobID with '.'), skipped: the job counts them
    std::int64_t jobsWithoutGpu = 0; ///< jobs that allocated no GPU (nothing to import)
    std::int64_t jobsNeverStarted = 0; ///< Start "Unknown"/"None": no usage
    std::vector<std::string> runningJobs; ///< job ids with End "Unknown", left out
};

} // namespace atlas
