// The query_range answer reader (prometheus::readMatrix) on answers written by hand:
// what a server may send besides the plain case, and what it must refuse.

#include "ops/prometheus/prometheusquery.h"
#include "ops/sources/aggregation.h"
#include "testutil.h"

#include <QTest>

using namespace atlas;

namespace {

PrometheusSettings settings()
{
    PrometheusSettings s;
    s.centerLabel = QStringLiteral("datacenter");
    s.chipLabel = QStringLiteral("modelName");
    s.step = 3600;
    s.percent = true;
    return s;
}

struct Read {
    int series = 0;
    std::vector<PoolSample> samples;
    std::vector<Problem> problems;
};

Read read(const QByteArray &body, const PrometheusSettings &s = settings())
{
    Read r;
    r.samples.push_back(PoolSample{1, "kept", "kept", 0.5});  // what earlier chunks gave
    r.series = prometheus::readMatrix(body, s, QStringLiteral("http://p/api/v1/query_range"), r.samples, r.problems);
    return r;
}

} // namespace

class TestPrometheusMatrix : public QObject
{
    Q_OBJECT

private slots:
    void plainAnswer();
    void anyOrderAndWhitespace();
    void escapedLabels();
    void nanAndInfLeftOut();
    void recordedPointsAnHourLater();
    void extraSeriesOfOnePoolAveragedOnce();
    void labelMissing();
    void refused_data();
    void refused();
};

void TestPrometheusMatrix::plainAnswer()
{
    const Read r = read(R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"datacenter":"east","modelName":"A100"},"values":[[1767578400,"50"],[1767582000,"25.5"]]},
        {"metric":{"datacenter":"west","modelName":"H800"},"values":[[1767578400.000,"1e2"]]}]}})");
    QVERIFY(r.problems.empty());
    QCOMPARE(r.series, 2);
    QCOMPARE(r.samples.size(), std::size_t(4));
    QCOMPARE(r.samples[1].center, std::string("east"));
    QCOMPARE(r.samples[1].time, std::int64_t(1767578400 - 3600));  // the interval's start
    QCOMPARE(r.samples[1].utilization, 0.5);
    QCOMPARE(r.samples[2].utilization, 0.255);
    QCOMPARE(r.samples[3].chip, std::string("H800"));
    QCOMPARE(r.samples[3].utilization, 1.0);
}

void TestPrometheusMatrix::anyOrderAndWhitespace()
{
    // Values before the labels, unknown members (stats, warnings) anywhere, and spacing.
    const Read r = read("{ \"data\" : { \"result\" : [ { \"values\" : [ [ 1767578400 , \"40\" ] ] ,\n"
                        "  \"extra\" : {\"a\":[1,true,null,\"x\"]}, \"metric\" : { \"modelName\" : \"A100\" ,"
                        " \"datacenter\" : \"east\" } } ], \"resultType\" : \"matrix\", \"stats\": {} },\r\n"
                        "\"warnings\": [\"partial\"], \"status\" : \"success\" }");
    QVERIFY(r.problems.empty());
    QCOMPARE(r.samples.size(), std::size_t(2));
    QCOMPARE(r.samples[1].center, std::string("east"));
    QCOMPARE(r.samples[1].utilization, 0.4);
}

void TestPrometheusMatrix::escapedLabels()
{
    // Go's encoder escapes <, > and & as \u00XX; names may hold quotes and CJK text,
    // raw or escaped (a surrogate pair too).
    const Read r = read(R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"datacenter":"\u5e86\u9633 \"A\" \u003cnew\u003e","modelName":"910B\ud83d\ude80"},"values":[[1767578400,"10"]]},
        {"metric":{"datacenter":"庆阳","modelName":"a\\b"},"values":[[1767578400,"20"]]}]}})");
    QVERIFY(r.problems.empty());
    QCOMPARE(QString::fromStdString(r.samples[1].center), QStringLiteral("庆阳 \"A\" <new>"));
    QCOMPARE(QString::fromStdString(r.samples[1].chip), QStringLiteral("910B") + QString::fromUcs4(U"\U0001F680"));
    QCOMPARE(QString::fromStdString(r.samples[2].center), QStringLiteral("庆阳"));
    QCOMPARE(r.samples[2].chip, std::string("a\\b"));
}

void TestPrometheusMatrix::nanAndInfLeftOut()
{
    const Read r = read(R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"datacenter":"east","modelName":"A100"},"values":[[1,"NaN"],[2,"+Inf"],[3,"-Inf"],[4,"7"]]}]}})");
    QVERIFY(r.problems.empty());
    QCOMPARE(r.samples.size(), std::size_t(2));
    QCOMPARE(r.samples[1].time, std::int64_t(4 - 3600));
}

void TestPrometheusMatrix::recordedPointsAnHourLater()
{
    PrometheusSettings s = settings();
    s.recordedMetric = QStringLiteral("datacenter_modelName:DCGM_FI_DEV_GPU_UTIL:avg1h");
    s.step = 86400;
    const Read r = read(R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"datacenter":"east","modelName":"A100"},"values":[[1767661200,"50"]]}]}})", s);
    QCOMPARE(r.samples.size(), std::size_t(2));
    QCOMPARE(r.samples[1].time, std::int64_t(1767661200 - 86400 - 3600));
}

void TestPrometheusMatrix::extraSeriesOfOnePoolAveragedOnce()
{
    // A recorded metric whose rule kept another label (here `instance`): the reader keeps
    // both series' points, and the aggregation averages them once and says so.
    PrometheusSettings s = settings();
    s.recordedMetric = QStringLiteral("datacenter_modelName:DCGM_FI_DEV_GPU_UTIL:avg1h");
    const std::int64_t jan1 = 1767225600;  // 2026-01-01T00:00:00Z
    const QByteArray body = QStringLiteral(R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"datacenter":"east","modelName":"A100","instance":"a"},"values":[[%1,"40"]]},
        {"metric":{"datacenter":"east","modelName":"A100","instance":"b"},"values":[[%1,"60"]]}]}})")
                                .arg(jan1 + 2 * 3600).toUtf8();
    std::vector<PoolSample> samples;
    std::vector<Problem> problems;
    QCOMPARE(prometheus::readMatrix(body, s, QStringLiteral("http://p"), samples, problems), 2);
    QCOMPARE(samples.size(), std::size_t(2));
    QCOMPARE(samples[0].time, jan1);

    Project p;
    p.periods = Periods{Month{2026, 1}, 1, PeriodLength::Month};
    p.centers = {Center{.id = "east", .name = "East"}};
    p.chips = {Chip{.id = "A100", .vendor = "NVIDIA", .name = "A100", .tflops = 312}};
    p.inventory = {Inventory{.center = "east", .chip = "A100", .count = 8}};
    NameMapping mapping;
    mapping.centers["east"] = "east";
    mapping.chips["A100"] = "A100";
    AggregateOptions options;
    options.importId = "import-1";
    options.step = s.step;
    const auto monthly = aggregatePools(p, mapping, PoolData{samples, 2, 0, {}}, options);
    QVERIFY(monthly.ok());
    QCOMPARE(monthly->pools.size(), std::size_t(1));
    QVERIFY(test::fuzzyEqual(monthly->pools[0].utilization, 0.5));
    QCOMPARE(monthly->report.merged, std::int64_t(1));
}

void TestPrometheusMatrix::labelMissing()
{
    const Read r = read(R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"datacenter":"east"},"values":[[1,"5"]]},
        {"metric":{"modelName":"A100"},"values":[[1,"5"]]},
        {"metric":{"datacenter":"west"},"values":[[1,"5"]]}]}})");
    QCOMPARE(r.problems.size(), std::size_t(2));  // each label once
    QCOMPARE(r.problems[0].code, Code::PrometheusLabelMissing);
    QCOMPARE(r.samples.size(), std::size_t(1));
}

void TestPrometheusMatrix::refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("truncated") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"datacenter":"e","modelName":"A"},"values":[[1,"5"],[2,)")
                               << QStringLiteral("not JSON (at byte");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << QStringLiteral("not JSON (at byte 0)");
    QTest::newRow("error status") << QByteArray(R"({"status":"error","errorType":"bad_data","error":"x"})")
                                  << QStringLiteral("status is not success");
    QTest::newRow("vector") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})")
                            << QStringLiteral("resultType is not matrix");
    QTest::newRow("no result") << QByteArray(R"({"status":"success","data":{"resultType":"matrix"}})")
                               << QStringLiteral("resultType is not matrix");
    QTest::newRow("bad value") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"datacenter":"e","modelName":"A"},"values":[[1,"5"],[2,"five"]]}]}})")
                               << QStringLiteral("malformed point");
    QTest::newRow("number value") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"datacenter":"e","modelName":"A"},"values":[[1,5]]}]}})")
                                  << QStringLiteral("not JSON (at byte");
    QTest::newRow("nesting past any answer") << (QByteArray(R"({"status":"success","x":)") + QByteArray(300000, '['))
                                             << QStringLiteral("not JSON (at byte");
    QTest::newRow("nan time") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"datacenter":"e","modelName":"A"},"values":[[nan,"5"]]}]}})")
                              << QStringLiteral("not JSON (at byte");
    QTest::newRow("time past 2^53") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"datacenter":"e","modelName":"A"},"values":[[1e300,"5"]]}]}})")
                                    << QStringLiteral("not JSON (at byte");
    QTest::newRow("trailing garbage") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[]}} x)")
                                      << QStringLiteral("not JSON (at byte");
}

void TestPrometheusMatrix::refused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const Read r = read(body);
    QCOMPARE(r.problems.size(), std::size_t(1));
    QCOMPARE(r.problems[0].code, Code::PrometheusBadResponse);
    QVERIFY2(QString::fromStdString(r.problems[0].args.at(1)).startsWith(detail),
             r.problems[0].args.at(1).c_str());
    QCOMPARE(r.samples.size(), std::size_t(1));  // nothing of this answer, the earlier kept
    QCOMPARE(r.samples[0].center, std::string("kept"));
}

QTEST_GUILESS_MAIN(TestPrometheusMatrix)
#include "tst_prometheusmatrix.moc"
