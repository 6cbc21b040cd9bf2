// Operations figures: a 1,000,000-row pool utilization CSV for the demo project, parsed
// and aggregated to monthly actuals, beside the 5 s target (issue #9).
// Usage: bench_ops [rows]   (not run by ctest)

#include "interchange/yaml.h"
#include "ops/sources/aggregation.h"
#include "ops/sources/csvactuals.h"
#include "ops/sources/timestamps.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <unistd.h>

using namespace atlas;

namespace {

double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char **argv)
{
    const long rows = argc > 1 ? std::atol(argv[1]) : 1'000'000;
    auto demo = readYaml(std::string(ATLAS_SOURCE_DIR) + "/resources/demo/demo.yaml");
    if (!demo) {
        std::fprintf(stderr, "cannot read the demo project\n");
        return 1;
    }
    std::set<std::pair<std::string, std::string>> poolSet;
    for (const Inventory &inv : demo->inventory)
        poolSet.emplace(inv.center, inv.chip);
    const std::vector<std::pair<std::string, std::string>> pools(poolSet.begin(), poolSet.end());

    const auto dir = std::filesystem::temp_directory_path() / ("bench_ops_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "pools.csv").string();

    // Rows in time order, every pool at each instant, evenly over the whole horizon.
    const std::int64_t begin = periodStartSeconds(demo->periods, 0);
    const std::int64_t end = periodStartSeconds(demo->periods, demo->periods.count);
    const long instants = (rows + long(pools.size()) - 1) / long(pools.size());
    const std::int64_t step = std::max<std::int64_t>(1, (end - begin) / instants);
    auto t0 = std::chrono::steady_clock::now();
    {
        std::ofstream out(path, std::ios::binary);
        out << "timestamp,center,chip,utilization_percent\n";
        long written = 0;
        char line[160];
        for (long i = 0; i < instants && written < rows; ++i)
            for (std::size_t p = 0; p < pools.size() && written < rows; ++p, ++written) {
                const double u = double((i * 37 + long(p) * 11) % 1000) / 10.0;
                const int n = std::snprintf(line, sizeof line, "%s,%s,%s,%.1f\n",
                                            formatTimestamp(begin + i * step).c_str(), pools[p].first.c_str(),
                                            pools[p].second.c_str(), u);
                out.write(line, n);
            }
    }
    const double generate = secondsSince(t0);
    const auto bytes = std::filesystem::file_size(path);

    t0 = std::chrono::steady_clock::now();
    auto preview = previewCsv(path);
    if (!preview)
        return 1;
    const CsvColumns columns = suggestColumns(preview->header);
    auto data = readPoolCsv(path, columns);
    if (!data) {
        std::fprintf(stderr, "read failed: code %d line %d\n", int(data.problems[0].code), data.problems[0].line);
        return 1;
    }
    const double parse = secondsSince(t0);

    t0 = std::chrono::steady_clock::now();
    const NameMapping mapping = suggestMapping(*demo, sourceNames(data->samples));
    auto result = aggregatePools(*demo, mapping, *data, {"bench", 0, {}});
    if (!result)
        return 1;
    const double aggregate = secondsSince(t0);

    std::printf("bench_ops: %ld rows (%.1f MB) for %zu demo pools, step %lld s over %d months\n", rows,
                double(bytes) / 1e6, pools.size(), static_cast<long long>(step), demo->periods.count);
    std::printf("  generate CSV           %7.3f s\n", generate);
    std::printf("  preview + parse        %7.3f s  (%zu samples, %lld duplicates)\n", parse, data->samples.size(),
                static_cast<long long>(data->duplicateRows));
    std::printf("  map + aggregate        %7.3f s  (%zu pool actuals, %zu unmatched names)\n", aggregate,
                result->pools.size(), result->report.unmatched.size());
    std::printf("  parse + aggregate      %7.3f s  target <= 5 s: %s\n", parse + aggregate,
                parse + aggregate <= 5.0 ? "met" : "MISSED");
    std::filesystem::remove_all(dir);
    return 0;
}
