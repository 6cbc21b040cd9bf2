// Map rendering benchmark (issue 5): a national project with all layers on, rendered
// offscreen at 1920×1080. Prints the median frame time over 100 panning frames and the
// time to step the period, beside their targets. Optionally writes the map as PNG.
//
//   bench_map [--yaml project.yaml] [--scenario id] [--png out.png] [--dpi 96]
//             [--lang zh_CN] [--countries] [--synthetic] [--hide 0,4]
#include "engine/scheduler.h"
#include "interchange/yaml.h"
#include "language.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "nationalgen.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace atlas;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

/** A plausible run without the engine: each tenant served 80 % at the nearest centre of its region. */
ScenarioResult syntheticResult(const Project &p)
{
    ScenarioResult r;
    r.scenario = p.scenarios.empty() ? std::string() : p.scenarios.front().id;
    std::vector<const Center *> byRegion;
    FlowBuilder flows(r);
    for (const Tenant &t : p.tenants) {
        const Center *best = nullptr;
        for (const Center &c : p.centers)
            if (c.region == t.region && (!best || c.id < best->id))
                best = &c;
        if (!best)
            continue;
        for (int k = 0; k < p.periods.count; ++k)
            flows.add(k, t.id, best->id, "", 0.8 * demandAt(t, p.periods, k));
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    if (!option(QStringLiteral("--lang")).isEmpty())
        setLanguage(option(QStringLiteral("--lang")));

    Project project;
    QElapsedTimer clock;
    if (const QString yaml = option(QStringLiteral("--yaml")); !yaml.isEmpty()) {
        auto read = readYaml(yaml.toStdString());
        if (!read.value) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(yaml));
            return 1;
        }
        project = *read.value;
    } else {
        project = bench::makeNational();
    }
    QString scenario = option(QStringLiteral("--scenario"));
    if (scenario.isEmpty() && !project.scenarios.empty())
        scenario = QString::fromStdString(project.scenarios.back().id);
    const Scenario *sc = project.scenario(scenario.toStdString());
    const Project effective = sc ? applyScenario(project, *sc) : project;

    ScenarioResult result;
    clock.start();
    bool ran = false;
    if (!args.contains(QStringLiteral("--synthetic")) && sc) {
        auto run = runScenario(project, scenario.toStdString());
        if (run.value) {
            result = *run.value;
            ran = true;
        }
    }
    if (!ran)
        result = syntheticResult(effective);
    std::printf("project: %zu regions, %zu centres, %zu tenants, %d periods; result: %s (%zu flows, %.0f ms)\n",
                effective.regions.size(), effective.centers.size(), effective.tenants.size(),
                effective.periods.count, ran ? "runScenario" : "synthetic", result.flows.size(),
                double(clock.nsecsElapsed()) / 1e6);

    MapView view;
    // As in the app (MapPanel): no item index. --bsp measures with QGraphicsScene's BSP tree.
    if (!args.contains(QStringLiteral("--bsp")))
        view.mapScene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    std::printf("scene index: %s\n", args.contains(QStringLiteral("--bsp")) ? "BSP tree" : "none (as the app)");
    view.resize(1920, 1080);
    view.show();
    clock.restart();
    view.setProjectAndResult(effective, &result);
    view.fitToData();
    if (args.contains(QStringLiteral("--countries")))
        view.setLayerVisible(MapLayer::Countries, true);
    // --hide 0,4: layers by number (MapLayer order), to see where the time goes.
    for (const QString &n : option(QStringLiteral("--hide")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        view.setLayerVisible(MapLayer(n.toInt()), false);
    app.processEvents();
    std::printf("build scene: %.1f ms (%lld items)\n", double(clock.nsecsElapsed()) / 1e6,
                static_cast<long long>(view.mapScene()->items().size()));

    if (const QString png = option(QStringLiteral("--png")); !png.isEmpty()) {
        const int dpi = option(QStringLiteral("--dpi")).isEmpty() ? 96 : option(QStringLiteral("--dpi")).toInt();
        view.setPeriod(std::min(view.periodCount() - 1, 12));
        const bool ok = view.exportPng(png, dpi);
        std::printf("png: %s %s\n", qPrintable(png), ok ? "written" : "FAILED");
        return ok ? 0 : 1;
    }

    // Panning: 100 frames, each a scroll then a full synchronous repaint of the viewport.
    view.zoomBy(1.5);
    view.viewport()->repaint();
    std::vector<double> frames;
    QScrollBar *h = view.horizontalScrollBar();
    QScrollBar *v = view.verticalScrollBar();
    for (int i = 0; i < 100; ++i) {
        clock.restart();
        const int dir = (i / 25) % 2 == 0 ? 1 : -1;
        h->setValue(h->value() + 12 * dir);
        v->setValue(v->value() + 5 * dir);
        view.viewport()->repaint();
        frames.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("pan frame 1920x1080: median %.1f ms, max %.1f ms   (target: median <= 16 ms)\n",
                median(frames), *std::max_element(frames.begin(), frames.end()));

    std::vector<double> steps;
    for (int t = 0; t < view.periodCount(); ++t) {
        clock.restart();
        view.setPeriod(t);
        view.viewport()->repaint();
        steps.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("period step (update + repaint): median %.1f ms, max %.1f ms   (target: <= 50 ms)\n",
                median(steps), steps.empty() ? 0.0 : *std::max_element(steps.begin(), steps.end()));
    return 0;
}
