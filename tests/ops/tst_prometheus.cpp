// The Prometheus importer against a real server: `promtool tsdb create-blocks-from
// openmetrics` fills a TSDB with generated GPU history, `prometheus` serves it on
// 127.0.0.1, and the importer queries it over HTTP. No mock server.

#include "ops/prometheus/prometheusimporter.h"
#include "prometheus/fetchcompare.h"
#include "prometheus/fetchonce.h"
#include "prometheus/historyserver.h"
#include "prometheus/promserver.h"
#include "testutil.h"

#include <QDir>
#include <QEventLoop>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace atlas;
using namespace atlas::test;

namespace {

constexpr std::int64_t kStart = 1767571200;  // 2026-01-05T00:00:00Z
constexpr std::int64_t kHour = 3600, kDay = 86400;

/** Runs one fetch to its end; `onProgress` may cancel. Counts the finished signals. */
struct FetchRun {
    std::optional<Result<PrometheusFetch>> result;
    QList<QPair<int, int>> progress;
    int finishedSignals = 0;
};

FetchRun runFetch(PrometheusImporter &importer, const PrometheusSettings &settings,
                  const std::function<void(int, int)> &onProgress = {})
{
    FetchRun run;
    QEventLoop loop;
    auto c1 = QObject::connect(&importer, &PrometheusImporter::finished, &loop,
                               [&](const Result<PrometheusFetch> &r) {
                                   run.result = r;
                                   ++run.finishedSignals;
                                   loop.quit();
                               });
    auto c2 = QObject::connect(&importer, &PrometheusImporter::progress, &loop, [&](int done, int total) {
        run.progress.append({done, total});
        if (onProgress)
            onProgress(done, total);
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (importer.fetch(settings) && !run.result)
        loop.exec();
    QTest::qWait(100);  // a second finished signal would arrive here
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return run;
}

Code firstCode(const FetchRun &run)
{
    return run.result && !run.result->problems.empty() ? run.result->problems.front().code
                                                       : Code::FileUnreadable;
}

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void labelValues();
    void means_data();
    void means();
    void percentConversion();
    void matchers();
    void chunking_data();
    void chunking();
    void maxSamplesSplit();
    void originWithoutCredentials();
    void unreachable();
    void timeout();
    void wrongMetric();
    void httpError();
    void prometheusError();
    void badSettings_data();
    void badSettings();
    void emptyRange();
    void labelMissing();
    void cancelMidImport();

private:
    PrometheusSettings settings(std::int64_t from, std::int64_t to, std::int64_t step) const;

    std::unique_ptr<HistoryServer> mSetup;
    std::unique_ptr<PrometheusServer> mSmallServer;  // --query.max-samples far below the default
};

void TestPrometheus::initTestCase()
{
    ATLAS_START_HISTORY_SERVER(mSetup, kStart, 3);
    QString error;
    // A second server on a copy of the blocks, with a tiny query.max-samples.
    mSmallServer = std::make_unique<PrometheusServer>(mSetup->path("tsdb-small"));
    QVERIFY2(mSetup->backfill(*mSmallServer, &error), qPrintable(error));
    QVERIFY2(mSetup->server.start(&error), qPrintable(error));
}

void TestPrometheus::cleanupTestCase()
{
    if (mSmallServer)
        mSmallServer->stop();
    if (mSetup)
        mSetup->server.stop();
}

PrometheusSettings TestPrometheus::settings(std::int64_t from, std::int64_t to, std::int64_t step) const
{
    PrometheusSettings s;
    s.server = mSetup->server.url();
    s.metric = QString::fromLatin1(GpuHistory::kMetric);
    s.centerLabel = QStringLiteral("datacenter");
    s.chipLabel = QStringLiteral("modelName");
    s.percent = true;
    s.from = from;
    s.to = to;
    s.step = step;
    s.timeoutMs = 30000;
    return s;
}

void TestPrometheus::labelValues()
{
    PrometheusImporter importer;
    const auto labels = labelsOnce(importer, settings(kStart, kStart + 3 * kDay, kHour));
    QVERIFY(labels && labels->ok());
    QCOMPARE((*labels)->centers, (QStringList{QStringLiteral("east"), QStringLiteral("north"), QStringLiteral("west")}));
    QCOMPARE((*labels)->chips, (QStringList{QStringLiteral("A100"), QStringLiteral("H800")}));
    QVERIFY(!importer.isBusy());
}

void TestPrometheus::means_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("step");
    QTest::newRow("hourly, three days") << qint64(kStart) << qint64(kStart + 3 * kDay) << qint64(kHour);
    QTest::newRow("daily, three days") << qint64(kStart) << qint64(kStart + 3 * kDay) << qint64(kDay);
    QTest::newRow("hourly, part of a day") << qint64(kStart + 5 * kHour) << qint64(kStart + 17 * kHour) << qint64(kHour);
    QTest::newRow("15 minutes across the pool's gap") << qint64(kStart + kDay + 4 * kHour)
                                                      << qint64(kStart + kDay + 10 * kHour) << qint64(900);
    QTest::newRow("20 minutes across one GPU's gap") << qint64(kStart + 2 * kDay + 2 * kHour)
                                                     << qint64(kStart + 2 * kDay + 5 * kHour) << qint64(1200);
    QTest::newRow("hourly, starting before the data") << qint64(kStart - 3 * kHour) << qint64(kStart + 5 * kHour)
                                                      << qint64(kHour);
}

void TestPrometheus::means()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, step);
    PrometheusImporter importer;
    const FetchRun run = runFetch(importer, settings(from, to, step));
    QVERIFY(run.result);
    compareFetch(run.result, mSetup->history.expected(from, to, step, true));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.finishedSignals, 1);
    QCOMPARE((*run.result)->step, std::int64_t(step));
    QCOMPARE((*run.result)->import.kind, ActualSourceKind::Prometheus);
    QVERIFY(QString::fromStdString((*run.result)->import.detail).contains(QLatin1String("avg by (datacenter, modelName)")));
}

void TestPrometheus::percentConversion()
{
    PrometheusImporter importer;
    PrometheusSettings s = settings(kStart, kStart + kDay, kHour);
    const FetchRun inPercent = runFetch(importer, s);
    s.percent = false;  // the user says the metric is already a fraction: values stay as served
    const FetchRun asServed = runFetch(importer, s);
    compareFetch(inPercent.result, mSetup->history.expected(s.from, s.to, s.step, true));
    if (QTest::currentTestFailed())
        return;
    compareFetch(asServed.result, mSetup->history.expected(s.from, s.to, s.step, false));
    if (QTest::currentTestFailed())
        return;
    for (const PoolSample &p : (*inPercent.result)->data.samples)
        QVERIFY(p.utilization >= 0 && p.utilization <= 1);
}

void TestPrometheus::matchers()
{
    // A regex matcher with '+', which a form encoder must not turn into a space.
    PrometheusImporter importer;
    PrometheusSettings s = settings(kStart, kStart + kDay, kHour);
    s.matchers = QStringLiteral("gpu=~\"0+\"");
    const FetchRun run = runFetch(importer, s);
    compareFetch(run.result, mSetup->history.expected(s.from, s.to, s.step, true, 0));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QString::fromStdString((*run.result)->import.detail).contains(QLatin1String("{gpu=~\"0+\"}[")));
}

void TestPrometheus::chunking_data()
{
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("chunks");
    // 72 hourly intervals; at least 8 chunks for progress.
    QTest::newRow("default limits") << 11000 << 2 << 8;
    QTest::newRow("5 points, one at a time") << 5 << 1 << 15;
    QTest::newRow("7 points, three in flight") << 7 << 3 << 11;
    QTest::newRow("1 point each") << 1 << 4 << 72;
}

void TestPrometheus::chunking()
{
    QFETCH(int, maxPoints);
    QFETCH(int, concurrency);
    QFETCH(int, chunks);
    PrometheusImporter importer;
    PrometheusSettings s = settings(kStart, kStart + 3 * kDay, kHour);
    s.maxPointsPerSeries = maxPoints;
    s.concurrency = concurrency;
    const FetchRun run = runFetch(importer, s);
    compareFetch(run.result, mSetup->history.expected(s.from, s.to, s.step, true));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE((*run.result)->chunks, chunks);
    QCOMPARE(run.progress.size(), chunks + 1);  // (0, n), then one per chunk
    QCOMPARE(run.progress.front(), qMakePair(0, chunks));
    QCOMPARE(run.progress.back(), qMakePair(chunks, chunks));
}

void TestPrometheus::maxSamplesSplit()
{
    // ~11 series × points + one window of 240 samples: 9-point chunks exceed 320, the
    // importer halves them until the server accepts, and the answer is the same.
    QString error;
    QVERIFY2(mSmallServer->start(&error, 320), qPrintable(error));
    PrometheusImporter importer;
    PrometheusSettings s = settings(kStart, kStart + 3 * kDay, kHour);
    s.server = mSmallServer->url();
    const FetchRun run = runFetch(importer, s);
    mSmallServer->stop();
    compareFetch(run.result, mSetup->history.expected(s.from, s.to, s.step, true));
    if (QTest::currentTestFailed())
        return;
    QVERIFY((*run.result)->chunks > 8);
    QCOMPARE(run.progress.back(), qMakePair((*run.result)->chunks, (*run.result)->chunks));
}

void TestPrometheus::originWithoutCredentials()
{
    PrometheusImporter importer;
    PrometheusSettings s = settings(kStart, kStart + kDay, kDay);
    QUrl withUser = mSetup->server.url();
    withUser.setUserName(QStringLiteral("alice"));
    withUser.setPassword(QStringLiteral("s3cret"));
    s.server = withUser;
    s.bearerToken = QStringLiteral("t0ken");
    const FetchRun run = runFetch(importer, s);
    QVERIFY(run.result && run.result->ok());
    QCOMPARE(QString::fromStdString((*run.result)->import.origin), mSetup->server.url().toString());
    QCOMPARE(PrometheusImporter::origin(QUrl(QStringLiteral("https://bob:pw@prom.example/base/?token=x#f"))),
             QStringLiteral("https://prom.example/base"));
}

void TestPrometheus::unreachable()
{
    PrometheusImporter importer;
    PrometheusSettings s = settings(kStart, kStart + kDay, kHour);
    QUrl closed = mSetup->server.url();
    closed.setPort(PrometheusServer::freePort());
    closed.setUserName(QStringLiteral("alice"));
    closed.setPassword(QStringLiteral("s3cret"));
    s.server = closed;
    const FetchRun run = runFetch(importer, s);
    QVERIFY(run.result && !run.result->ok());
    QCOMPARE(firstCode(run), Code::PrometheusUnreachable);
    const auto &args = run.result->problems.front().args;
    QCOMPARE(args.size(), std::size_t(2));
    QVERIFY(QString::fromStdString(args[0]).startsWith(QStringLiteral("http://127.0.0.1:%1/").arg(closed.port())));
    QVERIFY(!QString::fromStdString(args[0]).contains(QLatin1String("s3cret")));
    QCOMPARE(args[1], std::string("connection-refused"));  // a key the app says in the user's language
    QVERIFY(!run.result->value);

    // The same importer, retried against the running server, imports.
    s.server = mSetup->server.url();
    const FetchRun retry = runFetch(importer, s);
    compareFetch(retry.result, mSetup->history.expected(s.from, s.to, s.step, true));
    if (QTest::currentTestFailed())
        return;
}

void TestPrometheus::timeout()
{
    QTcpServer silent;  // accepts connections, never answers: not a Prometheus
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    PrometheusImporter importer;
    PrometheusSettings s = settings(kStart, kStart + kDay, kHour);
    QUrl url = mSetup->server.url();
    url.setPort(silent.serverPort());
    s.server = url;
    s.timeoutMs = 500;
    const FetchRun run = runFetch(importer, s);
    QCOMPARE(firstCode(run), Code::PrometheusTimeout);
    QCOMPARE(run.result->problems.front().args.at(1), std::string("0.5"));
    QVERIFY(!run.result->value);
}

void TestPrometheus::wrongMetric()
{
    PrometheusImporter importer;
    PrometheusSettings s = settings(kStart, kStart + kDay, kHour);
    s.metric = QStringLiteral("DCGM_FI_DEV_GPU_UTILISATION");
    const FetchRun run = runFetch(importer, s);
    QCOMPARE(firstCode(run), Code::PrometheusMetricNotFound);
    QCOMPARE(run.result->problems.front().args, std::vector<std::string>{"DCGM_FI_DEV_GPU_UTILISATION"});
    const auto labels = labelsOnce(importer, s);
    QVERIFY(labels && !labels->ok());
    QCOMPARE(labels->problems.front().code, Code::PrometheusMetricNotFound);
}

void TestPrometheus::httpError()
{
    // A wrong path prefix: the server answers 404 with plain text, not the API's JSON.
    PrometheusImporter importer;
    PrometheusSettings s = settings(kStart, kStart + kDay, kHour);
    QUrl url = mSetup->server.url();
    url.setPath(QStringLiteral("/prometheus"));
    s.server = url;
    const FetchRun run = runFetch(importer, s);
    QCOMPARE(firstCode(run), Code::PrometheusHttpError);
    const auto &args = run.result->problems.front().args;
    QCOMPARE(args.at(0), url.toString().toStdString() + "/api/v1/label/__name__/values");
    QCOMPARE(args.at(1), std::string("404"));
    QVERIFY(QString::fromStdString(args.at(2)).contains(QLatin1String("not found")));
}

void TestPrometheus::prometheusError()
{
    PrometheusImporter importer;
    PrometheusSettings s = settings(kStart, kStart + kDay, kHour);
    s.matchers = QStringLiteral("gpu=~\"(\"");  // not a regular expression: bad_data
    const FetchRun run = runFetch(importer, s);
    QCOMPARE(firstCode(run), Code::PrometheusError);
    QCOMPARE(run.result->problems.front().args.at(0), std::string("bad_data"));
    QVERIFY(!run.result->value);
}

void TestPrometheus::badSettings_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("url") << QStringLiteral("url");
    QTest::newRow("metric") << QStringLiteral("metric");
    QTest::newRow("centerLabel") << QStringLiteral("centerLabel");
    QTest::newRow("step") << QStringLiteral("step");
    QTest::newRow("range") << QStringLiteral("range");
}

void TestPrometheus::badSettings()
{
    QFETCH(QString, field);
    PrometheusSettings s = settings(kStart, kStart + kDay, kHour);
    if (field == QLatin1String("url"))
        s.server = QUrl(QStringLiteral("ftp://127.0.0.1/"));
    else if (field == QLatin1String("metric"))
        s.metric = QStringLiteral("GPU UTIL");
    else if (field == QLatin1String("centerLabel"))
        s.centerLabel = QStringLiteral("data-center");
    else if (field == QLatin1String("step"))
        s.step = 0;
    else
        s.to = s.from;
    PrometheusImporter importer;
    const FetchRun run = runFetch(importer, s);
    QCOMPARE(firstCode(run), Code::PrometheusBadSetting);
    QCOMPARE(run.result->problems.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(run.result->problems.front().args.at(0)), field);
    QCOMPARE(run.finishedSignals, 1);
}

void TestPrometheus::emptyRange()
{
    PrometheusImporter importer;
    const std::int64_t from = kStart - 30 * kDay, to = kStart - 20 * kDay;  // before the history
    const FetchRun run = runFetch(importer, settings(from, to, kHour));
    QCOMPARE(firstCode(run), Code::PrometheusEmptyResult);
    QCOMPARE(run.result->problems.front().args,
             (std::vector<std::string>{"DCGM_FI_DEV_GPU_UTIL", "2025-12-06T00:00:00Z", "2025-12-16T00:00:00Z"}));
    QVERIFY(!run.result->value);
}

void TestPrometheus::labelMissing()
{
    PrometheusImporter importer;
    PrometheusSettings s = settings(kStart, kStart + kDay, kHour);
    s.chipLabel = QStringLiteral("gpu_model");
    const FetchRun run = runFetch(importer, s);
    QCOMPARE(firstCode(run), Code::PrometheusLabelMissing);
    QCOMPARE(run.result->problems.front().args, std::vector<std::string>{"gpu_model"});
    QVERIFY(!run.result->value);
    const auto labels = labelsOnce(importer, s);
    QVERIFY(labels && !labels->ok());
    QCOMPARE(labels->problems.front().code, Code::PrometheusLabelMissing);
    QCOMPARE(labels->problems.front().args, std::vector<std::string>{"gpu_model"});
}

void TestPrometheus::cancelMidImport()
{
    PrometheusImporter importer;
    PrometheusSettings s = settings(kStart, kStart + 3 * kDay, kHour);
    s.maxPointsPerSeries = 1;  // 72 chunks
    s.concurrency = 1;
    const FetchRun run = runFetch(importer, s, [&](int done, int) {
        if (done == 3)
            importer.cancel();
    });
    QVERIFY(run.result);
    QCOMPARE(firstCode(run), Code::Cancelled);
    QVERIFY(!run.result->value);  // nothing, not the three chunks done
    QCOMPARE(run.finishedSignals, 1);
    QCOMPARE(run.progress.back().first, 3);
    QVERIFY(!importer.isBusy());

    const FetchRun retry = runFetch(importer, s);
    compareFetch(retry.result, mSetup->history.expected(s.from, s.to, s.step, true));
    if (QTest::currentTestFailed())
        return;
}

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
