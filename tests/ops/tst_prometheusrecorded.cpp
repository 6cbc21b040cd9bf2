// The Prometheus importer reading a recording rule's hourly pool means instead of the raw
// GPU samples (the fast path for long ranges): the rule that prometheus::recordingRule()
// writes is backfilled by `promtool tsdb create-blocks-from rules` from generated raw
// history on a real server, and the import of the recorded metric must give what the
// raw import gives.

#include "ops/prometheus/prometheusimporter.h"
#include "prometheus/fetchcompare.h"
#include "prometheus/fetchonce.h"
#include "prometheus/historyserver.h"
#include "prometheus/promserver.h"
#include "testutil.h"

#include <QFile>
#include <QTest>

#include <map>
#include <memory>
#include <optional>
#include <tuple>

using namespace atlas;
using namespace atlas::test;

namespace {

constexpr std::int64_t kStart = 1767571200;  // 2026-01-05T00:00:00Z
constexpr std::int64_t kHour = 3600, kDay = 86400;

/** The mean of the hourly values of each pool over each interval of `step` from `from`. */
std::vector<PoolSample> meansOfHours(const std::vector<PoolSample> &hourly, std::int64_t from, std::int64_t step)
{
    std::map<std::tuple<std::string, std::string, std::int64_t>, std::pair<double, int>> sums;
    for (const PoolSample &h : hourly) {
        auto &[sum, n] = sums[{h.center, h.chip, from + (h.time - from) / step * step}];
        sum += h.utilization;
        ++n;
    }
    std::vector<PoolSample> out;
    for (const auto &[key, value] : sums)
        out.push_back(PoolSample{std::get<2>(key), std::get<0>(key), std::get<1>(key), value.first / value.second});
    return out;
}

} // namespace

class TestPrometheusRecorded : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ruleText();
    void hourlyEqualsRaw();
    void dailyIsMeanOfHours();
    void labelsFromRecorded();
    void recordedMetricMissing();
    void badRecordedName();
    void compressionOffTheLoopbackOnly_data();
    void compressionOffTheLoopbackOnly();

private:
    PrometheusSettings settings(std::int64_t from, std::int64_t to, std::int64_t step, bool recorded) const;

    std::unique_ptr<HistoryServer> mSetup;
};

void TestPrometheusRecorded::initTestCase()
{
    ATLAS_START_HISTORY_SERVER(mSetup, kStart, 3);
    QString error;
    QVERIFY2(mSetup->server.start(&error), qPrintable(error));
    // The rule as the app hands it to the operator, backfilled over the history (the
    // server is Debian's Prometheus 2), then served after a restart.
    const QString rules = mSetup->path("rules.yml");
    QFile f(rules);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(prometheus::recordingRule(settings(kStart, kStart + kDay, kHour, false), 2).toUtf8());
    f.close();
    QVERIFY2(mSetup->server.backfillRules(rules, kStart, mSetup->history.end() + kHour, &error), qPrintable(error));
    QVERIFY2(mSetup->server.start(&error), qPrintable(error));
}

void TestPrometheusRecorded::cleanupTestCase()
{
    if (mSetup)
        mSetup->server.stop();
}

PrometheusSettings TestPrometheusRecorded::settings(std::int64_t from, std::int64_t to, std::int64_t step,
                                                    bool recorded) const
{
    PrometheusSettings s;
    s.server = mSetup ? mSetup->server.url() : QUrl(QStringLiteral("http://127.0.0.1:9"));
    s.metric = QString::fromLatin1(GpuHistory::kMetric);
    s.centerLabel = QStringLiteral("datacenter");
    s.chipLabel = QStringLiteral("modelName");
    s.from = from;
    s.to = to;
    s.step = step;
    s.timeoutMs = 30000;
    if (recorded)
        s.recordedMetric = prometheus::suggestedRecordedMetric(s);
    return s;
}

void TestPrometheusRecorded::ruleText()
{
    const PrometheusSettings s = settings(kStart, kStart + kDay, kHour, false);
    QCOMPARE(prometheus::suggestedRecordedMetric(s), QStringLiteral("datacenter_modelName:DCGM_FI_DEV_GPU_UTIL:avg1h"));
    const QString rule = prometheus::recordingRule(s, 2);
    QVERIFY(rule.contains(QLatin1String("interval: 1h")));
    QVERIFY(rule.contains(QLatin1String("record: datacenter_modelName:DCGM_FI_DEV_GPU_UTIL:avg1h")));
    QVERIFY(rule.contains(QLatin1String("last_over_time((avg by (datacenter, modelName) (avg_over_time(DCGM_FI_DEV_GPU_UTIL[3599999ms] offset 1ms)))[3599999ms:1h])")));
    QVERIFY(prometheus::recordingRule(s, 3).contains(QLatin1String("[3600000ms] offset 1ms")));
    // Matchers in a single-quoted YAML scalar: the quote is doubled.
    PrometheusSettings m = s;
    m.matchers = QStringLiteral("job='dcgm'");
    QVERIFY(prometheus::recordingRule(m, 2).contains(QLatin1String("{job=''dcgm''}")));
}

void TestPrometheusRecorded::hourlyEqualsRaw()
{
    // Across the whole history, with its gaps (a pool for three hours, one GPU for an
    // hour): every hour the recorded import gives the raw import's value, and the raw
    // import is checked against the formula in tst_prometheus.
    const std::int64_t from = kStart, to = kStart + 3 * kDay;
    const auto recorded = fetchOnce(settings(from, to, kHour, true));
    compareFetch(recorded, mSetup->history.expected(from, to, kHour, true));
    if (QTest::currentTestFailed())
        return;
    const auto raw = fetchOnce(settings(from, to, kHour, false));
    compareFetch(raw, (*recorded)->data.samples);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QString::fromStdString((*recorded)->import.detail)
                .contains(QLatin1String("datacenter_modelName:DCGM_FI_DEV_GPU_UTIL:avg1h[")));
}

void TestPrometheusRecorded::dailyIsMeanOfHours()
{
    // A step of several hours averages the recorded hours that end in it: each interval is
    // the mean of its hours, not shifted by one.
    const std::int64_t from = kStart + 2 * kHour, to = kStart + 3 * kDay - 4 * kHour;
    for (const std::int64_t step : {std::int64_t(6 * kHour), kDay}) {
        const auto run = fetchOnce(settings(from, to, step, true));
        compareFetch(run, meansOfHours(mSetup->history.expected(from, from + (to - from + step - 1) / step * step, kHour, true),
                                  from, step));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestPrometheusRecorded::labelsFromRecorded()
{
    PrometheusImporter importer;
    const auto out = labelsOnce(importer, settings(kStart, kStart + 3 * kDay, kHour, true));
    QVERIFY(out && out->ok());
    QCOMPARE((*out)->centers, (QStringList{QStringLiteral("east"), QStringLiteral("north"), QStringLiteral("west")}));
    QCOMPARE((*out)->chips, (QStringList{QStringLiteral("A100"), QStringLiteral("H800")}));
}

void TestPrometheusRecorded::recordedMetricMissing()
{
    PrometheusSettings s = settings(kStart, kStart + kDay, kHour, true);
    s.recordedMetric = QStringLiteral("datacenter_modelName:DCGM_FI_DEV_GPU_UTIL:avg5m");
    const auto run = fetchOnce(s);
    QVERIFY(run && !run->ok());
    QCOMPARE(run->problems.front().code, Code::PrometheusMetricNotFound);
    QCOMPARE(run->problems.front().args.front(), std::string("datacenter_modelName:DCGM_FI_DEV_GPU_UTIL:avg5m"));
}

void TestPrometheusRecorded::badRecordedName()
{
    PrometheusSettings s = settings(kStart, kStart + kDay, kHour, true);
    s.recordedMetric = QStringLiteral("pool util");
    const auto problems = prometheus::validate(s);
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(problems.front().code, Code::PrometheusBadSetting);
    QCOMPARE(problems.front().args.front(), std::string("recordedMetric"));
    // The recorded metric holds whole hours: a 15-minute step cannot be read from it.
    PrometheusSettings quarter = settings(kStart, kStart + kDay, 900, true);
    const auto stepProblems = prometheus::validate(quarter);
    QCOMPARE(stepProblems.size(), std::size_t(1));
    QCOMPARE(stepProblems.front().args.front(), std::string("step"));
    quarter.recordedMetric.clear();
    QVERIFY(prometheus::validate(quarter).empty());
    // ... and starts on a whole hour (the form gives midnights; a script might not).
    PrometheusSettings halfPast = settings(kStart + 1800, kStart + kDay, kHour, true);
    const auto fromProblems = prometheus::validate(halfPast);
    QCOMPARE(fromProblems.size(), std::size_t(1));
    QCOMPARE(fromProblems.front().args.front(), std::string("from"));
}

void TestPrometheusRecorded::compressionOffTheLoopbackOnly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("gzip");
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:9090") << false;
    QTest::newRow("127.8.9.10") << QStringLiteral("http://127.8.9.10:9090") << false;
    QTest::newRow("localhost") << QStringLiteral("http://LocalHost:9090/prom") << false;
    QTest::newRow("::1") << QStringLiteral("http://[::1]:9090") << false;
    QTest::newRow("a name") << QStringLiteral("https://prometheus.example/base") << true;
    QTest::newRow("a private address") << QStringLiteral("http://10.1.2.3:9090") << true;
}

void TestPrometheusRecorded::compressionOffTheLoopbackOnly()
{
    QFETCH(QString, url);
    QFETCH(bool, gzip);
    QCOMPARE(prometheus::wantsCompression(QUrl(url)), gzip);
}

QTEST_GUILESS_MAIN(TestPrometheusRecorded)
#include "tst_prometheusrecorded.moc"
