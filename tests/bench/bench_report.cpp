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

using namespace atlas;

namespace {

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
        const Status status = ReportRenderer::render(data, results, options, out);
        const double seconds = clock.elapsed() / 1000.0;
        within = within && status.ok() && seconds <= target;
        std::printf("%-8s %-5s report %6.2f s  (target <= %4.1f s) %s  %3d pages  %7.0f KiB  [engine %.2f s, %d scenarios]\n",
                    label, qPrintable(language), seconds, target, status.ok() && seconds <= target ? "ok  " : "OVER",
                    ReportRenderer::lastPageCount(), QFileInfo(out).size() / 1024.0, engine, int(ids.size()));
    }
    return within;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bool ok = true;

    auto demo = loadAnyProject(ATLAS_SOURCE_DIR "/resources/demo/demo.yaml");
    if (demo)
        ok = timeReport("demo", demo->data, 3.0) && ok;
    else
        std::printf("demo: resources/demo/demo.yaml could not be read\n");

    ProjectData national;
    national.project = atlas::bench::makeNational();
    ok = timeReport("national", national, 10.0) && ok;
    return ok ? 0 : 1;
}
