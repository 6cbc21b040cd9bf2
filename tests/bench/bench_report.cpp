// Report figures: the full PDF report of the demo project (target ≤ 3 s) and of a
// national-size project (target ≤ 10 s), in both languages. The engine runs first and
// is timed apart: the targets are for the report, from results to a finished file.
#include "nationalgen.h"

#include "engine/scheduler.h"
#include "projectloader.h"
#include "report/reportrenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace atlas;

namespace {

/** Each section alone, English: where the time and the bytes go. */
void sectionFigures(const char *label, const ProjectData &data, const std::vector<ScenarioResult> &results,
                    const QStringList &ids, const QTemporaryDir &dir)
{
    const char *names[] = {"cover", "contents", "summary", "map", "charts", "breakdowns", "assumptions",
                           "methods", "sources"};
    const auto all = ReportOptions::allSections();
    for (size_t i = 0; i < all.size(); ++i) {
        ReportOptions options;
        options.scenarios = ids;
        options.language = QStringLiteral("en");
        options.sections = {all[i]};
        const QString out = dir.filePath(QStringLiteral("section-%1.pdf").arg(i));
        QElapsedTimer clock;
        clock.start();
        const Status status = ReportRenderer::render(data, results, options, out);
        std::printf("%-8s   section %-12s %6.2f s  %3d pages  %7.0f KiB%s\n", label, names[i], clock.elapsed() / 1000.0,
                    ReportRenderer::lastPageCount(), QFileInfo(out).size() / 1024.0, status.ok() ? "" : "  FAILED");
    }
}

bool gSections = false;

bool timeReport(const char *label, const ProjectData &data, double target)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<ScenarioResult> results;
    QStringList ids;
    for (const auto &s : data.project.scenarios) {
        auto r = runScenario(data.project, s.id);
        if (!r) {
            std::printf("%s: scenario %s failed\n", label, s.id.c_str());
            return false;
        }
        results.push_back(std::move(*r));
        ids << QString::fromStdString(s.id);
    }
    const double engine = clock.elapsed() / 1000.0;
    QTemporaryDir dir;
    bool within = true;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        ReportOptions options;
        options.scenarios = ids;
        options.language = language;
        const QString out = dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        clock.restart();
        const std::clock_t cpuStart = std::clock();
        const Status status = ReportRenderer::render(data, results, options, out);
        const double seconds = clock.elapsed() / 1000.0;
        // CPU time as well: the machine is shared, and wall time rises with the others' load.
        const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        within = within && status.ok() && seconds <= target;
        std::printf("%-8s %-5s report %6.2f s (cpu %5.2f s)  (target <= %4.1f s) %s  %3d pages  %7.0f KiB  [engine %.2f s, %d scenarios]\n",
                    label, qPrintable(language), seconds, cpu, target, status.ok() && seconds <= target ? "ok  " : "OVER",
                    ReportRenderer::lastPageCount(), QFileInfo(out).size() / 1024.0, engine, int(ids.size()));
    }
    if (gSections)
        sectionFigures(label, data, results, ids, dir);
    return within;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // --sections: also each section alone; --demo: the demo project only.
    const QStringList args = QCoreApplication::arguments();
    gSections = args.contains(QStringLiteral("--sections"));
    bool ok = true;

    auto demo = loadAnyProject(ATLAS_SOURCE_DIR "/resources/demo/demo.yaml");
    if (demo)
        ok = timeReport("demo", demo->data, 3.0) && ok;
    else
        std::printf("demo: resources/demo/demo.yaml could not be read\n");

    if (args.contains(QStringLiteral("--demo")))
        return ok ? 0 : 1;
    ProjectData national;
    national.project = atlas::bench::makeNational();
    ok = timeReport("national", national, 10.0) && ok;
    return ok ? 0 : 1;
}
