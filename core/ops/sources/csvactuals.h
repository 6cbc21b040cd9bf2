#pragma once

#include "model/problem.h"
#include "ops/sources/sourcedata.h"

#include <string>
#include <vector>

namespace atlas {

/** How a CSV file is decoded. */
struct CsvOptions {
    /** "" = detect (valid UTF-8 → UTF-8, else GBK); or "UTF-8", "GBK" (any spelling
     *  core/geo/textencoding knows: "936", "GB18030", …). A UTF-8 BOM is always dropped. */
    std::string encoding;
    /** Field separator; '\0' = detect from the header (',', ';', tab or '|'). */
    char delimiter = '\0';
};

/** The first rows of a file, decoded, for the import dialog's preview. */
struct CsvPreview {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::string encoding;   ///< "UTF-8" or "GBK": what was detected or forced
    char delimiter = ',';
};

/** Reads the header and the first `maxRows` data rows (the whole file is checked for its encoding). */
Result<CsvPreview> previewCsv(const std::string &path, const CsvOptions &options = {}, int maxRows = 20);

enum class UtilizationScale {
    Auto,      ///< percent when any value of the file is above 1 or ends with '%', else 0..1
    Fraction,  ///< 0..1
    Percent,   ///< 0..100
};

/**
 * Which column (0-based index into the header; -1 = absent) holds what. Pool files:
 * time, center, chip, and utilization or busyChips. Usage files: time, or start and
 * end; tenant; chipHours; chip optional.
 */
struct CsvColumns {
    int time = -1;
    int start = -1;
    int end = -1;
    int center = -1;
    int chip = -1;
    int tenant = -1;
    int utilization = -1;
    int busyChips = -1;
    int chipHours = -1;
    UtilizationScale scale = UtilizationScale::Auto;

    bool operator==(const CsvColumns &) const = default;
};

/**
 * Columns guessed from header names, English or Chinese, ignoring case, spaces, '_'
 * and '-': time/timestamp/时间, start/开始, end/结束, center/centre/数据中心/中心,
 * chip/gpu/型号/芯片, tenant/account/租户, utilization/util/利用率 (a '%' or "percent"
 * in the header → Percent), busy/busy_chips/在用, gpu_hours/卡时/使用量 …
 */
CsvColumns suggestColumns(const std::vector<std::string> &header);

/**
 * A pool utilization file. Errors carry file, line and column (1-based field). Exact
 * duplicate rows are skipped and counted; two rows of one time and pool with different
 * values are an error naming both lines. On error or cancel, no data at all.
 */
Result<PoolData> readPoolCsv(const std::string &path, const CsvColumns &columns,
                             const CsvOptions &options = {}, const ImportControl &control = {});

/** A tenant usage file (GPU-hours), with the same rules as readPoolCsv. */
Result<UsageData> readUsageCsv(const std::string &path, const CsvColumns &columns,
                               const CsvOptions &options = {}, const ImportControl &control = {});

} // namespace atlas
