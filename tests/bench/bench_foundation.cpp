// bench_foundation: the file figures of the national-size project (5,000 tenants ×
// 60 periods): YAML import, .atlas open and save, each the median of 5 runs, beside its
// target. Built, not registered with ctest (timings do not belong in tests).

#include "nationalgen.h"

#include "interchange/validate.h"
#include "interchange/yaml.h"
#include "storage/projectfile.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <unistd.h>

using namespace atlas;

namespace {

double medianSeconds(int runs, const std::function<bool()> &work)
{
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        if (!work()) {
            std::fprintf(stderr, "run %d failed\n", i + 1);
            std::exit(1);
        }
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds[seconds.size() / 2];
}

void report(const char *what, double seconds, double target)
{
    std::printf("%-34s %8.3f s   target <= %.1f s   %s\n", what, seconds, target, seconds <= target ? "ok" : "SLOW");
}

std::string firstProblem(const std::vector<Problem> &problems)
{
    if (problems.empty())
        return "no detail";
    std::string text = "code " + std::to_string(static_cast<int>(problems[0].code));
    for (const auto &a : problems[0].args)
        text += " | " + a;
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    const int tenants = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int periods = argc > 2 ? std::atoi(argv[2]) : 60;
    char pattern[] = "/tmp/bench_foundation-XXXXXX";
    const char *dir = ::mkdtemp(pattern);
    if (!dir)
        return 1;
    const std::string yamlPath = std::string(dir) + "/national.yaml";
    const std::string atlasPath = std::string(dir) + "/national.atlas";

    ProjectData data;
    data.project = bench::makeNational(tenants, periods);
    std::printf("national project: %zu regions, %zu centres, %zu tenants x %d periods\n",
                data.project.regions.size(), data.project.centers.size(), data.project.tenants.size(), periods);

    const Status yamlSaved = saveYaml(data.project, yamlPath);
    if (!yamlSaved.ok()) {
        std::fprintf(stderr, "saveYaml failed: %s\n", firstProblem(yamlSaved.problems).c_str());
        return 1;
    }
    const double importSeconds = medianSeconds(5, [&] {
        const Result<Project> read = readYaml(yamlPath);
        if (!read.ok()) {
            std::fprintf(stderr, "readYaml: %s\n", firstProblem(read.problems).c_str());
            return false;
        }
        return !hasError(validate(*read));
    });

    // The import above, in its two parts: readYaml (which already validates) and the
    // bench's own validate() of the result.
    std::optional<Project> readBack;
    const double readSeconds = medianSeconds(5, [&] {
        Result<Project> read = readYaml(yamlPath);
        if (read.ok())
            readBack = std::move(read.value);
        return read.ok();
    });
    const double validateSeconds = medianSeconds(5, [&] { return !hasError(validate(*readBack)); });

    const double saveSeconds = medianSeconds(5, [&] {
        const Status saved = saveProject(data, atlasPath);
        if (!saved.ok())
            std::fprintf(stderr, "saveProject: %s\n", firstProblem(saved.problems).c_str());
        return saved.ok();
    });

    bool same = false;
    const double openSeconds = medianSeconds(5, [&] {
        const Result<OpenedProject> opened = openProject(atlasPath);
        if (!opened.ok()) {
            std::fprintf(stderr, "openProject: %s\n", firstProblem(opened.problems).c_str());
            return false;
        }
        same = opened->data == data;
        return true;
    });

    // makeNational gives growth demands; planners also paste explicit series. The same
    // project with every tenant's demand as a 60-value series:
    ProjectData seriesData = data;
    for (auto &t : seriesData.project.tenants) {
        std::vector<double> series;
        for (int k = 0; k < seriesData.project.periods.count; ++k)
            series.push_back(demandAt(t, seriesData.project.periods, k));
        t.demand = Demand{true, series, 0, 0, std::nullopt};
    }
    const std::string seriesPath = std::string(dir) + "/series.atlas";
    const double seriesSaveSeconds = medianSeconds(5, [&] { return saveProject(seriesData, seriesPath).ok(); });
    bool seriesSame = false;
    const double seriesOpenSeconds = medianSeconds(5, [&] {
        const Result<OpenedProject> opened = openProject(seriesPath);
        seriesSame = opened.ok() && opened->data == seriesData;
        return opened.ok();
    });

    report("YAML import (parse + validate)", importSeconds, 2.0);
    std::printf("%-34s %8.3f s\n", "  of which readYaml", readSeconds);
    std::printf("%-34s %8.3f s\n", "  of which validate() again", validateSeconds);
    report(".atlas open (checks + read)", openSeconds, 0.3);
    report(".atlas save (atomic, fsync)", saveSeconds, 0.5);
    report(".atlas open, all demand as series", seriesOpenSeconds, 0.3);
    report(".atlas save, all demand as series", seriesSaveSeconds, 0.5);
    std::printf("%-34s %8.2f MB\n", "YAML file", std::filesystem::file_size(yamlPath) / 1e6);
    std::printf("%-34s %8.2f MB\n", ".atlas file", std::filesystem::file_size(atlasPath) / 1e6);
    std::printf("%-34s %8.2f MB\n", ".atlas file, demand as series", std::filesystem::file_size(seriesPath) / 1e6);
    std::printf("%-34s %s\n", "opened equals saved", same && seriesSame ? "yes" : "NO");

    std::filesystem::remove_all(dir);
    return same && seriesSame ? 0 : 1;
}
