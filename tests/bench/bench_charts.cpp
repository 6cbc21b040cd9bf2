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
#include <cmath>
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

/**
 * Results of the national project's shape (every centre, pool, region, chip, ecosystem,
 * industry and workload over every period) without running the engine: chart cost
 * depends on that shape only, and the engine has its own benchmark.
 */
ScenarioResult synthetic(const Project &p, const Scenario &s, int salt)
{
    ScenarioResult r;
    r.scenario = s.id;
    const int n = p.periods.count;
    auto wave = [&](int member, int t) { return 0.5 + 0.45 * std::sin(0.3 * t + 0.7 * member + salt); };
    auto series = [&](const std::string &key, int member, bool capacity) {
        Series x;
        x.key = key;
        for (int t = 0; t < n; ++t) {
            const double cap = capacity ? 100.0 + member % 17 * 20 + t : 0.0;
            const double served = (capacity ? cap : 500.0) * wave(member, t);
            x.capacity.push_back(cap);
            x.served.push_back(served);
            x.utilization.push_back(capacity ? served / cap : 0.0);
        }
        return x;
    };
    for (int t = 0; t < n; ++t) {
        PeriodResult pr;
        pr.period = p.periods.label(t);
        pr.hours = p.periods.hours(t);
        pr.capacityPflops = 60000 + 300.0 * t;
        pr.demandPflops = 40000 * (1 + 0.02 * t);
        pr.servedPflops = std::min(pr.capacityPflops, pr.demandPflops) * 0.97;
        pr.unservedPflops = pr.demandPflops - pr.servedPflops;
        pr.utilization = pr.servedPflops / pr.capacityPflops;
        pr.energyMwh = 90000 + 400.0 * t;
        pr.energyCost = pr.energyMwh * 450;
        r.periods.push_back(pr);
        r.totals.servedPflopsHours += pr.servedPflops * pr.hours;
        r.totals.unservedPflopsHours += pr.unservedPflops * pr.hours;
        r.totals.capacityPflopsHours += pr.capacityPflops * pr.hours;
        r.totals.energyMwh += pr.energyMwh;
        r.totals.energyCost += pr.energyCost;
    }
    r.totals.servedPflopsHours *= 1 + 0.1 * salt;
    r.totals.utilization = r.totals.servedPflopsHours / r.totals.capacityPflopsHours;
    r.totals.capex = scenarioCapex(p, s) + 2e9 * salt * salt;
    int m = 0;
    for (const Inventory &inv : p.inventory)
        r.pools.push_back(series(inv.center + "/" + inv.chip, m++, true));
    for (const Center &c : p.centers)
        r.centers.push_back(series(c.id, m++, true));
    for (const Region &g : p.regions)
        r.regions.push_back(series(g.id, m++, true));
    for (const Chip &c : p.chips)
        r.chips.push_back(series(c.id, m++, true));
    for (const char *e : {"cuda", "cann", "dtk", "xpu"})
        r.ecosystems.push_back(series(e, m++, true));
    for (const char *i : {"internet", "finance", "manufacturing", "government", "healthcare", "research"})
        r.industries.push_back(series(i, m++, false));
    for (const char *w : {"training", "inference", "finetune", "hpc", "video"})
        r.workloads.push_back(series(w, m++, false));
    return r;
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
    const bool engine = args.contains(QStringLiteral("--engine"));
    int salt = 0;
    for (const Scenario &s : project.scenarios) {
        if (!engine) {
            runs.push_back(synthetic(project, s, salt++));
            continue;
        }
        auto r = runScenario(project, s.id);
        if (r.ok())
            runs.push_back(std::move(*r));
    }
    std::printf("national project: %zu centres, %zu tenants, %d periods, %zu scenarios (%s, %.0f ms, no target)\n",
                project.centers.size(), project.tenants.size(), project.periods.count, runs.size(),
                engine ? "engine runs" : "results of its shape; --engine runs the engine", ms(timer));
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
