// bench_geo: importing a province-level boundary file of ~30 MB (GeoJSON, the county
// outlines of one province at survey detail), median of 3 runs, beside the 3 s target.
// The file is generated: wavy rings with six decimals, as official GeoJSON files come.
// Built, not registered with ctest (timings do not belong in tests).

#include "geo/boundaryimport.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <string>
#include <vector>

#include <unistd.h>

using namespace atlas;

namespace {

/** Writes `counties` county polygons with `vertices` points each on a grid over Sichuan. */
std::size_t writeProvince(const std::string &path, int counties, int vertices)
{
    std::ofstream out(path, std::ios::binary);
    out << "{\"type\":\"FeatureCollection\",\"features\":[\n";
    const int columns = int(std::ceil(std::sqrt(double(counties))));
    char buffer[64];
    for (int c = 0; c < counties; ++c) {
        const double cx = 98.0 + 0.12 * (c % columns) + 0.06;
        const double cy = 26.0 + 0.10 * (c / columns) + 0.05;
        out << (c ? ",\n" : "") << "{\"type\":\"Feature\",\"properties\":{\"adcode\":" << 510000 + c
            << ",\"name\":\"县" << c << "\",\"level\":\"district\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[";
        for (int i = 0; i <= vertices; ++i) {
            const double a = 2 * std::numbers::pi * (i % vertices) / vertices;
            const double r = 0.045 * (1 + 0.15 * std::sin(a * 37 + c) + 0.05 * std::sin(a * 211));
            std::snprintf(buffer, sizeof buffer, "%s[%.6f,%.6f]", i ? "," : "", cx + r * std::cos(a),
                          cy + r * std::sin(a));
            out << buffer;
        }
        out << "]]}}";
    }
    out << "\n]}\n";
    out.close();
    return std::filesystem::file_size(path);
}

} // namespace

int main()
{
    const std::string path = (std::filesystem::temp_directory_path()
                              / ("bench_geo_" + std::to_string(::getpid()) + ".geojson")).string();
    const std::size_t bytes = writeProvince(path, 183, 7600);

    std::vector<double> seconds;
    BoundaryStats stats;
    std::size_t stored = 0;
    for (int run = 0; run < 3; ++run) {
        const auto start = std::chrono::steady_clock::now();
        auto result = importBoundaries(path, {}, &stats);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (!result) {
            std::fprintf(stderr, "import failed\n");
            std::filesystem::remove(path);
            return 1;
        }
        stored = result->geojson.size();
    }
    std::filesystem::remove(path);
    std::sort(seconds.begin(), seconds.end());
    std::printf("province GeoJSON: %.1f MB, %zu features, %zu vertices; stored %.1f MB\n",
                double(bytes) / 1048576.0, stats.features, stats.vertices, double(stored) / 1048576.0);
    std::printf("import boundaries (median of 3)   %7.3f s   target <= 3 s   %s\n", seconds[1],
                seconds[1] <= 3.0 ? "ok" : "OVER");
    return 0;
}
