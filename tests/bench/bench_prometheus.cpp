// bench_prometheus: a year of 15-second GPU utilization for 300 centres × 4 chips,
// imported from a local Prometheus and aggregated to monthly actuals (target: ≤ 10 s).
//
// The history is generated as OpenMetrics, one block-sized time window at a time (the
// file of a window is deleted once promtool has made its block, so the disk holds one
// window of text, never the whole year), backfilled with `promtool tsdb
// create-blocks-from openmetrics`, and served by a real `prometheus` on 127.0.0.1.
// Generation, backfill and server start are printed apart from the import, which is the
// figure beside the target. The scale is an argument (--days, --centres, --chips,
// --interval); the defaults are the target's. Built, not registered with ctest.
//
// --recorded measures the recording-rule path instead (docs/operations-prometheus.md):
// the TSDB then holds what the rule prometheus::recordingRule() records from those
// 15-second samples — for every pool and hour the mean of its 240 samples, computed here
// from the same formula and stamped 1,000 s after the hour like a rule group's
// evaluation — and the import reads that metric. The raw samples themselves are not
// stored in this mode; tst_prometheusrecorded checks on a real backfill that the rule's
// values import exactly as the raw ones do.

#include "ops/prometheus/prometheusimporter.h"
#include "ops/sources/aggregation.h"
#include "ops/sources/namemapping.h"
#include "nationalgen.h"
#include "../ops/prometheus/fetchonce.h"
#include "../ops/prometheus/promserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>

using namespace atlas;
using namespace atlas::test;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::int64_t kStart = 1735689600;  // 2025-01-01T00:00:00Z: the past
constexpr double kTargetSeconds = 10.0;

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

struct Scale {
    int days = 365, centres = 300, chips = 4;
    std::int64_t interval = 15, step = 3600;
    int blockHours = 486, concurrency = 2;
    bool recorded = false;
    std::int64_t end() const { return kStart + std::int64_t(days) * 86400; }
    double samples() const { return double(centres) * chips * double(end() - kStart) / double(interval); }
    /** Samples the TSDB holds: the raw ones, or the rule's one per pool and hour. */
    double stored() const { return recorded ? double(centres) * chips * days * 24.0 : samples(); }
};

std::string seriesName(int c, int k)
{
    return "DCGM_FI_DEV_GPU_UTIL{datacenter=\"c" + std::to_string(c) + "\",modelName=\"chip"
           + std::to_string(k) + "\"}";
}

const std::string kRecorded = "datacenter_modelName:DCGM_FI_DEV_GPU_UTIL:avg1h";

double rawPercent(std::int64_t i, int c, int k)
{
    return double((i * 7 + 13 * c + 29 * k) % 1001) / 10.0;
}

/** The rule's samples of the hours that end in [from, to): the mean of each hour's raw
 *  samples, at 1,000 s past the hour's end. */
void writeRecorded(OpenMetricsWriter &out, const Scale &s, std::int64_t from, std::int64_t to)
{
    out.family(kRecorded, "gauge");
    for (int c = 0; c < s.centres; ++c)
        for (int k = 0; k < s.chips; ++k) {
            const std::string name = kRecorded + "{datacenter=\"c" + std::to_string(c) + "\",modelName=\"chip"
                                     + std::to_string(k) + "\"}";
            for (std::int64_t h = (from - kStart + 3599) / 3600 * 3600 + kStart; h < to; h += 3600) {
                if (h - 3600 < kStart)
                    continue;
                double sum = 0;
                int n = 0;
                for (std::int64_t t = h - 3600; t < h; t += s.interval, ++n)
                    sum += rawPercent((t - kStart) / s.interval, c, k);
                out.sample(name, sum / n, h + 1000);
            }
        }
}

/** Writes one window [from, to) of every series; returns the file's bytes. */
std::uintmax_t writeWindow(const QString &path, const Scale &s, std::int64_t from, std::int64_t to)
{
    OpenMetricsWriter out(path);
    if (s.recorded) {
        writeRecorded(out, s, from, to);
        if (!out.close())
            return 0;
        return std::filesystem::file_size(path.toStdString());
    }
    out.family("DCGM_FI_DEV_GPU_UTIL", "gauge");
    for (int c = 0; c < s.centres; ++c)
        for (int k = 0; k < s.chips; ++k) {
            const std::string name = seriesName(c, k);
            for (std::int64_t t = from; t < to; t += s.interval) {
                const std::int64_t i = (t - kStart) / s.interval;
                out.sample(name, rawPercent(i, c, k), t);
            }
        }
    if (!out.close())
        return 0;
    return std::filesystem::file_size(path.toStdString());
}

std::optional<Result<PrometheusFetch>> runImport(const QUrl &url, const Scale &s)
{
    PrometheusSettings settings;
    settings.server = url;
    settings.centerLabel = QStringLiteral("datacenter");
    settings.chipLabel = QStringLiteral("modelName");
    settings.from = kStart;
    settings.to = s.end();
    settings.step = s.step;
    settings.concurrency = s.concurrency;
    settings.timeoutMs = 600000;
    if (s.recorded)
        settings.recordedMetric = QString::fromStdString(kRecorded);
    return fetchOnce(settings, 3600 * 1000);
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they come, also in a log
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prometheus import benchmark"));
    parser.addHelpOption();
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("days of history"), QStringLiteral("n"), QStringLiteral("365"));
    const QCommandLineOption centres(QStringLiteral("centres"), QStringLiteral("centres"), QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption chips(QStringLiteral("chips"), QStringLiteral("chips per centre"), QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption interval(QStringLiteral("interval"), QStringLiteral("scrape interval, s"), QStringLiteral("s"), QStringLiteral("15"));
    const QCommandLineOption step(QStringLiteral("step"), QStringLiteral("query step, s"), QStringLiteral("s"), QStringLiteral("3600"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("requests in flight"), QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption blockHours(QStringLiteral("block-hours"), QStringLiteral("promtool --max-block-duration (2h × 3^n)"), QStringLiteral("h"), QStringLiteral("486"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("work folder (TSDB)"), QStringLiteral("path"));
    const QCommandLineOption reuse(QStringLiteral("reuse"), QStringLiteral("use the TSDB already in --dir: no generation"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("keep the work folder"));
    const QCommandLineOption recorded(QStringLiteral("recorded"), QStringLiteral("store and read the recording rule's hourly pool means"));
    parser.addOptions({days, centres, chips, interval, step, concurrency, blockHours, dir, reuse, keep, recorded});
    parser.process(app);

    Scale s;
    s.days = parser.value(days).toInt();
    s.centres = parser.value(centres).toInt();
    s.chips = parser.value(chips).toInt();
    s.interval = parser.value(interval).toLongLong();
    s.step = parser.value(step).toLongLong();
    s.concurrency = parser.value(concurrency).toInt();
    s.blockHours = parser.value(blockHours).toInt();
    s.recorded = parser.isSet(recorded);
    if (s.days <= 0 || s.centres <= 0 || s.chips <= 0 || s.interval <= 0 || s.step <= 0 || s.blockHours <= 0) {
        std::fprintf(stderr, "every scale argument must be positive\n");
        return 2;
    }
    if (const QString missing = PrometheusServer::missingTools(); !missing.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(missing));
        return 2;
    }
    const QString work = parser.isSet(dir) ? parser.value(dir)
                                           : QDir::tempPath() + QStringLiteral("/bench_prometheus_%1").arg(QCoreApplication::applicationPid());
    QDir().mkpath(work);
    std::printf("scale: %d days × %d centres × %d chips, %lld-s samples = %.3g samples; query step %lld s, %d in flight\n",
                s.days, s.centres, s.chips, (long long)s.interval, s.samples(), (long long)s.step, s.concurrency);
    if (s.recorded)
        std::printf("recorded: the TSDB holds the recording rule's hourly pool means of those samples (%.3g samples)\n",
                    double(s.centres) * s.chips * s.days * 24.0);

    PrometheusServer server(work);
    if (!parser.isSet(reuse)) {
        // Disk: one window of text (~75 bytes a line) at a time, plus the TSDB (~8 bytes a
        // sample: these values vary like real utilization and compress poorly).
        const std::int64_t window = std::int64_t(s.blockHours) * 3600;
        const double windowBytes = s.stored() / double(s.end() - kStart) * double(window) * 75.0;
        const double tsdbBytes = s.stored() * 8.0;
        const auto free = std::filesystem::space(work.toStdString()).available;
        if (windowBytes + tsdbBytes > 0.8 * double(free)) {
            std::printf("not run: needs ~%.1f GB of disk (a window's text %.1f GB + TSDB %.1f GB), %.1f GB free\n",
                        (windowBytes + tsdbBytes) / 1e9, windowBytes / 1e9, tsdbBytes / 1e9, double(free) / 1e9);
            return 2;
        }
        double genSeconds = 0, backfillSeconds = 0;
        std::uintmax_t bytes = 0;
        const QString om = work + QStringLiteral("/window.om");
        for (std::int64_t w = kStart / window * window; w < s.end(); w += window) {
            const std::int64_t from = std::max(w, kStart), to = std::min(w + window, s.end());
            auto t = Clock::now();
            const std::uintmax_t b = writeWindow(om, s, from, to);
            genSeconds += since(t);
            if (b == 0) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(om));
                return 1;
            }
            bytes += b;
            t = Clock::now();
            QString error;
            const bool ok = server.backfill(om, s.blockHours, &error);
            backfillSeconds += since(t);
            QFile::remove(om);
            if (!ok) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            std::printf("  window of %.1f days: %.1f GB written, generate %.1f s + promtool so far %.1f s\n",
                        double(to - from) / 86400.0, double(b) / 1e9, genSeconds, backfillSeconds);
            std::fflush(stdout);
        }
        std::printf("generate OpenMetrics          %8.1f s   (%.1f GB of text, %.2g lines/s)\n", genSeconds,
                    double(bytes) / 1e9, s.stored() / genSeconds);
        std::printf("promtool create-blocks-from   %8.1f s   (%.2g samples/s)\n", backfillSeconds,
                    s.stored() / backfillSeconds);
    }
    auto t = Clock::now();
    QString error;
    if (!server.start(&error, 0, 600)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("prometheus start to ready     %8.1f s\n", since(t));

    Project project = bench::makeNational(10, 24);
    project.periods.start = Month{2025, 1};
    int status = 0;
    for (int run = 1; run <= 2; ++run) {
        t = Clock::now();
        const auto result = runImport(server.url(), s);
        const double importSeconds = since(t);
        if (!result || !result->ok()) {
            std::fprintf(stderr, "import failed (code %d)\n",
                         result && !result->problems.empty() ? int(result->problems.front().code) : -1);
            status = 1;
            break;
        }
        t = Clock::now();
        const NameMapping mapping = suggestMapping(project, sourceNames((*result)->data.samples));
        AggregateOptions options;
        options.importId = "import-1";
        options.step = (*result)->step;
        const auto monthly = aggregatePools(project, mapping, (*result)->data, options);
        const double aggregateSeconds = since(t);
        const double total = importSeconds + aggregateSeconds;
        std::printf("run %d: query_range import     %8.2f s   (%d chunks, %zu samples)\n", run, importSeconds,
                    (*result)->chunks, (*result)->data.samples.size());
        std::printf("run %d: monthly aggregation    %8.2f s   (%zu pool actuals)\n", run, aggregateSeconds,
                    monthly ? monthly->pools.size() : std::size_t(0));
        std::printf("run %d: import + aggregation   %8.2f s   target <= %.0f s   %s\n", run, total, kTargetSeconds,
                    total <= kTargetSeconds ? "ok" : "OVER");
    }
    server.stop();
    if (!parser.isSet(keep) && !parser.isSet(dir))
        QDir(work).removeRecursively();
    return status;
}
