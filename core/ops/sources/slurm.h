#pragma once

#include "model/problem.h"
#include "ops/sources/sourcedata.h"

#include <string>

namespace atlas {

struct SacctOptions {
    /** sacct prints the cluster's local time without a zone: its offset east of UTC
     *  in minutes (480 for China Standard Time). */
    int utcOffsetMinutes = 0;
};

/**
 * Slurm accounting as `sacct -a -X --parsable2 --format=JobID,Account,Start,End,AllocTRES,…`
 * prints it (a header line; fields separated by '|'; other fields ignored). One usage
 * record per job and GPU type: tenant = Account, chip = the gres type ("" when
 * untyped), GPU-hours = GPUs × (End − Start). Job steps (JobID with '.') are skipped,
 * running jobs (End "Unknown") listed and left out, jobs without GPUs counted.
 */
Result<UsageData> readSacct(const std::string &path, const SacctOptions &options = {},
                            const ImportControl &control = {});

} // namespace atlas
