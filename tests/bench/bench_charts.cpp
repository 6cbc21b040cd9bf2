// Chart figures for the national project: building every dashboard chart, the crosshair
// following the pointer, switching the period marker. Prints each beside its target.
// `bench_charts --png DIR` also writes every chart as PNG in English and Chinese.
#include "charts/chartdata.h"
#include "charts/chartrender.h"
#include "charts/chartwidget.h"
#include "engine/scheduler.h"
#include "language.h"
#include "nationalgen.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace atlas;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void figure(const char *what, double value, double target)
{
    std::printf("%-52s %9.2f ms   (target <= %g ms) %s\n", what, value, target, value <= target ? "ok" : "OVER");
}

std::vector<ChartData> allCharts(const Project &p, const std::vector<ScenarioResult> &runs)
{
    std::vector<ChartData> charts = charts::dashboard(runs.front(), p);
    charts.push_back(charts::utilization(runs.front(), p, Breakdown::Chips));
    charts.push_back(charts::utilization(runs.front(), p, Breakdown::Ecosystems));
    charts.push_back(charts::scenarioComparison(runs, p));
    charts.push_back(charts::scenarioComparison(runs, p, QString::fromStdString(runs.front().scenario)));
    charts.push_back(charts::buildVersusUse(runs, p));
    return charts;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype pngAt = args.indexOf(QStringLiteral("--png"));
    const QString pngDir = pngAt > 0 && pngAt + 1 < args.size() ? args[pngAt + 1] : QString();
    setLanguage(QStringLiteral("en"));

    const Project project = bench::makeNational();
    QElapsedTimer timer;
    timer.start();
    std::vector<ScenarioResult> runs;
    for (const Scenario &s : project.scenarios) {
        auto r = runScenario(project, s.id);
        if (r.ok())
            runs.push_back(std::move(*r));
    }
    std::printf("national project: %zu centres, %zu tenants, %d periods, %zu scenarios run in %.0f ms (engine, no target)\n",
                project.centers.size(), project.tenants.size(), project.periods.count, runs.size(), ms(timer));
    if (runs.empty()) {
        std::printf("no scenario ran: nothing to measure\n");
        return 1;
    }

    // 1. Building all dashboard charts: data from the results, then drawn into widgets.
    timer.restart();
    std::vector<ChartData> charts = allCharts(project, runs);
    const double dataMs = ms(timer);
    std::vector<std::unique_ptr<ChartWidget>> widgets;
    for (const ChartData &d : charts) {
        auto w = std::make_unique<ChartWidget>();
        w->resize(900, 520);
        w->setChartData(d);
        widgets.push_back(std::move(w));
    }
    const double buildMs = ms(timer);
    std::printf("  chart data alone (%zu charts): %.2f ms\n", charts.size(), dataMs);
    figure("build all dashboard charts (data + widgets)", buildMs, 300);

    // 2. Crosshair: worst and mean over a sweep across the busiest line chart and the heatmap.
    double worst = 0, total = 0;
    int moves = 0;
    for (size_t which : {size_t(1), size_t(5)}) {
        ChartWidget &w = *widgets[which];
        w.show();
        QApplication::processEvents();
        w.repaint();
        for (int i = 0; i < 200; ++i) {
            const QPoint pos(60 + (i * 780) / 200, 80 + (i * 37) % 360);
            timer.restart();
            w.showCrosshairAt(pos);
            w.repaint();
            const double t = ms(timer);
            worst = std::max(worst, t);
            total += t;
            ++moves;
        }
        w.hide();
    }
    std::printf("  crosshair mean over %d moves: %.3f ms\n", moves, total / moves);
    figure("crosshair update, worst move (incl. repaint)", worst, 16);

    // 3. Period marker: every dashboard chart follows the slider to a new period.
    for (auto &w : widgets)
        w->show();
    QApplication::processEvents();
    double worstSwitch = 0;
    for (int t = 0; t < 20; ++t) {
        timer.restart();
        for (auto &w : widgets) {
            w->setPeriod((t * 7) % project.periods.count);
            w->repaint();
        }
        worstSwitch = std::max(worstSwitch, ms(timer));
    }
    figure("period marker switch, all charts (incl. repaint)", worstSwitch, 30);
    widgets.clear();

    if (!pngDir.isEmpty()) {
        QDir().mkpath(pngDir);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            setLanguage(language);
            const std::vector<ChartData> localized = allCharts(project, runs);
            for (size_t i = 0; i < localized.size(); ++i)
                saveChartPng(localized[i], QStringLiteral("%1/%2-%3.png").arg(pngDir, language).arg(i, 2, 10, QLatin1Char('0')),
                             QSize(900, 520));
        }
        std::printf("PNGs written to %s\n", qPrintable(pngDir));
    }
    return 0;
}
