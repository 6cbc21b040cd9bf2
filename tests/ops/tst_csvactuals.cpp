// CSV sources of actuals: column suggestion, encodings, formats, every refusal with its
// line and column, duplicates, cancel, and an import into the demo project.

#include "interchange/yaml.h"
#include "ops/sources/aggregation.h"
#include "ops/sources/csvactuals.h"
#include "testutil.h"

#include <QtTest>

using namespace atlas;
using namespace atlas::test;

Q_DECLARE_METATYPE(atlas::Code)
using Strings = std::vector<std::string>;
Q_DECLARE_METATYPE(Strings)
Q_DECLARE_METATYPE(atlas::CsvColumns)
Q_DECLARE_METATYPE(std::vector<double>)

namespace {

std::string dataPath(const char *name)
{
    return sourcePath(std::string("tests/ops/data/") + name);
}

CsvColumns poolColumns()
{
    CsvColumns c;
    c.time = 0;
    c.center = 1;
    c.chip = 2;
    c.utilization = 3;
    return c;
}

std::vector<double> utilizations(const PoolData &data)
{
    std::vector<double> out;
    for (const PoolSample &s : data.samples)
        out.push_back(s.utilization);
    return out;
}

} // namespace

class TestCsvActuals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggest_data();
    void suggest();
    void files_data();
    void files();
    void scale_data();
    void scale();
    void errors_data();
    void errors();
    void forcedEncoding();
    void duplicates();
    void conflictingRows();
    void preview();
    void usageFile();
    void usageTimestampOnly();
    void cancelAndProgress();
    void demoProject();
};

void TestCsvActuals::suggest_data()
{
    QTest::addColumn<Strings>("header");
    QTest::addColumn<CsvColumns>("expected");
    CsvColumns pool = poolColumns();
    QTest::newRow("English") << Strings{"timestamp", "center", "chip", "utilization"} << pool;
    QTest::newRow("English, other words") << Strings{"Time", "Data Centre", "GPU_Model", "util"} << pool;
    CsvColumns percent = pool;
    percent.scale = UtilizationScale::Percent;
    QTest::newRow("Chinese, percent") << Strings{"时间", "数据中心", "芯片型号", "利用率(%)"} << percent;
    QTest::newRow("English, percent") << Strings{"time", "site", "gpu", "utilization_percent"} << percent;
    CsvColumns busy;
    busy.time = 0;
    busy.center = 1;
    busy.chip = 2;
    busy.busyChips = 3;
    QTest::newRow("Chinese, busy chips") << Strings{"时间", "中心", "芯片", "在用卡数"} << busy;
    CsvColumns usage;
    usage.tenant = 0;
    usage.chip = 1;
    usage.start = 2;
    usage.end = 3;
    usage.chipHours = 4;
    QTest::newRow("usage, English") << Strings{"tenant", "gpu_type", "start", "end", "gpu_hours"} << usage;
    QTest::newRow("usage, Chinese") << Strings{"租户", "卡型", "开始时间", "结束时间", "卡时"} << usage;
    CsvColumns none;
    QTest::newRow("nothing known") << Strings{"a", "b"} << none;
}

void TestCsvActuals::suggest()
{
    QFETCH(Strings, header);
    QFETCH(CsvColumns, expected);
    QCOMPARE(suggestColumns(header), expected);
}

void TestCsvActuals::files_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<Strings>("centers");  // of the samples, in order
    QTest::addColumn<std::vector<double>>("values");  // utilization, or busy chips
    QTest::addColumn<qint64>("firstTime");
    QTest::newRow("UTF-8, fractions")
        << "pool-utilization.csv" << "UTF-8"
        << Strings{"Horinger", "Horinger", "Horinger", "Horinger", "Horinger", "Horinger", "Atlantis"}
        << std::vector<double>{0.5, 0.7, 0.9, 0.25, 0.35, 0.45, 0.1} << qint64(1767225600);
    QTest::newRow("GBK, Chinese names, percent, CRLF")
        << "pool-gbk.csv" << "GBK" << Strings{"和林格尔", "和林格尔", "中卫", "中卫"}
        << std::vector<double>{0.625, 0.75, 0.4, 0.6} << qint64(1769904000);
    QTest::newRow("UTF-8 BOM, busy chips, +08:00")
        << "pool-bom-busy.csv" << "UTF-8" << Strings{"horinger", "horinger"} << std::vector<double>{1024, 1536}
        << qint64(1772323200);
}

void TestCsvActuals::files()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(Strings, centers);
    QFETCH(std::vector<double>, values);
    QFETCH(qint64, firstTime);
    const std::string path = dataPath(file.toUtf8().constData());
    auto preview = previewCsv(path);
    QVERIFY(preview);
    QCOMPARE(QString::fromStdString(preview->encoding), encoding);
    const CsvColumns columns = suggestColumns(preview->header);
    auto data = readPoolCsv(path, columns);
    QVERIFY2(data, data.problems.empty() ? "" : data.problems[0].args.empty() ? "" : data.problems[0].args[0].c_str());
    QCOMPARE(QString::fromStdString(data->encoding), encoding);
    QCOMPARE(data->samples.size(), std::size_t(centers.size()));
    for (std::size_t i = 0; i < data->samples.size(); ++i) {
        const PoolSample &s = data->samples[i];
        QCOMPARE(s.center, centers[i]);
        const double v = s.busyChips ? *s.busyChips : s.utilization;
        QVERIFY2(fuzzyEqual(v, values[i]), QByteArray::number(v).constData());
    }
    QCOMPARE(qint64(data->samples[0].time), firstTime);
    if (file == QLatin1String("pool-gbk.csv"))
        QCOMPARE(data->samples[2].chip, std::string("海光K100"));
}

void TestCsvActuals::scale_data()
{
    QTest::addColumn<QString>("values");  // one per row
    QTest::addColumn<int>("scale");
    QTest::addColumn<std::vector<double>>("expected");
    QTest::newRow("fractions") << "0.5 1 0" << int(UtilizationScale::Auto) << std::vector<double>{0.5, 1, 0};
    QTest::newRow("percent, detected") << "50 100 0.5" << int(UtilizationScale::Auto)
                                       << std::vector<double>{0.5, 1, 0.005};
    QTest::newRow("percent sign") << "50% 0.5 1" << int(UtilizationScale::Auto) << std::vector<double>{0.5, 0.5, 1};
    QTest::newRow("percent, forced") << "0.5 1" << int(UtilizationScale::Percent)
                                     << std::vector<double>{0.005, 0.01};
    QTest::newRow("fraction, forced, with sign") << "0.5 20%" << int(UtilizationScale::Fraction)
                                                 << std::vector<double>{0.5, 0.2};
}

void TestCsvActuals::scale()
{
    QFETCH(QString, values);
    QFETCH(int, scale);
    QFETCH(std::vector<double>, expected);
    TempDir dir;
    std::string text = "time,center,chip,util\n";
    int hour = 0;
    for (const QString &v : values.split(QLatin1Char(' ')))
        text += "2026-01-01T0" + std::to_string(hour++) + ":00:00Z,c,k," + v.toStdString() + "\n";
    writeAll(dir.path("u.csv"), text);
    CsvColumns columns = poolColumns();
    columns.scale = UtilizationScale(scale);
    auto data = readPoolCsv(dir.path("u.csv"), columns);
    QVERIFY(data);
    const auto got = utilizations(*data);
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        QVERIFY2(fuzzyEqual(got[i], expected[i]), QByteArray::number(got[i]).constData());
}

void TestCsvActuals::errors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<CsvColumns>("columns");
    QTest::addColumn<Code>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<Strings>("args");
    const CsvColumns pool = poolColumns();
    const QByteArray head = "time,center,chip,util\n";
    QTest::newRow("empty file") << QByteArray() << pool << Code::OpsNoHeader << 0 << 0 << Strings{};
    QTest::newRow("header only") << head << pool << Code::OpsNoRows << 0 << 0 << Strings{};
    CsvColumns noChip = pool;
    noChip.chip = -1;
    QTest::newRow("no chip column") << head + "2026-01-01,a,b,0.5\n" << noChip << Code::OpsMissingColumn << 1 << 0
                                    << Strings{"chip"};
    CsvColumns pastEnd = pool;
    pastEnd.utilization = 7;
    QTest::newRow("column past the header") << head + "2026-01-01,a,b,0.5\n" << pastEnd << Code::OpsMissingColumn
                                            << 1 << 8 << Strings{"value"};
    QTest::newRow("bad date") << head + "2026-01-01,a,b,0.5\n2026-02-30,a,b,0.5\n" << pool << Code::OpsBadTime << 3
                              << 1 << Strings{"time", "2026-02-30"};
    QTest::newRow("bad number") << head + "2026-01-01,a,b,half\n" << pool << Code::OpsBadNumber << 2 << 4
                                << Strings{"util", "half"};
    QTest::newRow("decimal comma, semicolons") << QByteArray("time;center;chip;util\n2026-01-01;a;b;0,5\n") << pool
                                               << Code::OpsBadNumber << 2 << 4 << Strings{"util", "0,5"};
    QTest::newRow("short row") << head + "\n2026-01-01,a\n" << pool << Code::OpsShortRow << 3 << 3
                               << Strings{"chip"};
    QTest::newRow("empty cell") << head + "2026-01-01,,b,0.5\n" << pool << Code::OpsEmptyValue << 2 << 2
                                << Strings{"center"};
    QTest::newRow("negative") << head + "2026-01-01,a,b,-0.1\n" << pool << Code::OpsValueOutOfRange << 2 << 4
                              << Strings{"util", "-0.1", "0", "1"};
    QTest::newRow("above 100 %") << head + "2026-01-01,a,b,50\n2026-01-02,a,b,130\n" << pool
                                 << Code::OpsValueOutOfRange << 3 << 4 << Strings{"util", "130", "0", "100"};
    CsvColumns fraction = pool;
    fraction.scale = UtilizationScale::Fraction;
    QTest::newRow("above 1, fraction forced") << head + "2026-01-01,a,b,1.5\n" << fraction
                                              << Code::OpsValueOutOfRange << 2 << 4
                                              << Strings{"util", "1.5", "0", "1"};
    QTest::newRow("unterminated quote") << head + "2026-01-01,\"a,b,0.5\n" << pool << Code::OpsUnterminatedQuote
                                        << 2 << 2 << Strings{};
    QTest::newRow("not UTF-8 nor GBK") << head + "2026-01-01,\x80\xff,b,0.5\n" << pool << Code::OpsEncoding << 0 << 0
                                       << Strings{"", "GBK"};
}

void TestCsvActuals::errors()
{
    QFETCH(QByteArray, content);
    QFETCH(CsvColumns, columns);
    QFETCH(Code, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(Strings, args);
    TempDir dir;
    const std::string path = dir.path("bad.csv");
    writeAll(path, content.toStdString());
    auto data = readPoolCsv(path, columns);
    QVERIFY(!data);  // nothing half-imported
    QVERIFY(!data.problems.empty());
    const Problem &p = data.problems[0];
    QCOMPARE(p.code, code);
    QCOMPARE(p.severity, Severity::Error);
    QCOMPARE(p.file, path);
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    if (code == Code::OpsNoHeader || code == Code::OpsNoRows)
        args = {path};
    if (!args.empty() && args[0].empty())
        args[0] = path;  // file-level problems name the file
    QCOMPARE(p.args, args);
}

void TestCsvActuals::forcedEncoding()
{
    const std::string path = dataPath("pool-gbk.csv");
    CsvOptions utf8;
    utf8.encoding = "UTF-8";
    auto refused = previewCsv(path, utf8);
    QVERIFY(!refused);
    QCOMPARE(refused.problems[0].code, Code::OpsEncoding);
    CsvOptions gbk;
    gbk.encoding = "cp936";
    auto preview = previewCsv(path, gbk);
    QVERIFY(preview);
    QCOMPARE(preview->header[0], std::string("时间"));
    QCOMPARE(preview->rows[0][1], std::string("和林格尔"));
}

void TestCsvActuals::duplicates()
{
    TempDir dir;
    writeAll(dir.path("d.csv"), "time,center,chip,util\n"
                                "2026-01-01T00:00:00Z,a,k,0.5\n"
                                "2026-01-01T01:00:00Z,a,k,0.6\n"
                                "2026-01-01T00:00:00Z,a,k,0.5\n"
                                "2026-01-01T00:00:00Z,b,k,0.5\n"
                                "2026-01-01 00:00:00,a,k,0.50\n");
    auto data = readPoolCsv(dir.path("d.csv"), poolColumns());
    QVERIFY(data);
    QCOMPARE(data->rows, qint64(5));
    QCOMPARE(data->duplicateRows, qint64(2));
    QCOMPARE(utilizations(*data), (std::vector<double>{0.5, 0.6, 0.5}));
    QCOMPARE(data->samples[2].center, std::string("b"));
}

void TestCsvActuals::conflictingRows()
{
    TempDir dir;
    writeAll(dir.path("c.csv"), "time,center,chip,util\n"
                                "2026-01-01T00:00:00Z,a,k,0.5\n"
                                "2026-01-01T01:00:00Z,a,k,0.6\n"
                                "2026-01-01T08:00:00+08:00,a,k,0.7\n");
    auto data = readPoolCsv(dir.path("c.csv"), poolColumns());
    QVERIFY(!data);
    QCOMPARE(data.problems.size(), std::size_t(1));
    QCOMPARE(data.problems[0].code, Code::OpsConflictingRows);
    QCOMPARE(data.problems[0].args, (std::vector<std::string>{"2", "4"}));
    QCOMPARE(data.problems[0].line, 4);
}

void TestCsvActuals::preview()
{
    TempDir dir;
    writeAll(dir.path("p.csv"), "Zeit;Zentrum;Chip;Auslastung\n"
                                "2026-01-01;\"Nord; West\";A100;0.5\n"
                                "2026-01-02;\"He said \"\"hi\"\"\";A100;0.5\n"
                                "2026-01-03;c;A100;0.5\n");
    auto p = previewCsv(dir.path("p.csv"), {}, 2);
    QVERIFY(p);
    QCOMPARE(p->delimiter, ';');
    QCOMPARE(p->encoding, std::string("UTF-8"));
    QCOMPARE(p->header, (std::vector<std::string>{"Zeit", "Zentrum", "Chip", "Auslastung"}));
    QCOMPARE(p->rows.size(), std::size_t(2));
    QCOMPARE(p->rows[0][1], std::string("Nord; West"));
    QCOMPARE(p->rows[1][1], std::string("He said \"hi\""));
}

void TestCsvActuals::usageFile()
{
    const std::string path = dataPath("tenant-usage.csv");
    auto preview = previewCsv(path);
    QVERIFY(preview);
    auto data = readUsageCsv(path, suggestColumns(preview->header));
    QVERIFY(data);
    QCOMPARE(data->records.size(), std::size_t(3));
    QCOMPARE(data->records[1].tenant, std::string("Zhipu, Inc."));
    QCOMPARE(data->records[2].chip, std::string());
    QCOMPARE(qint64(data->records[0].end - data->records[0].start), qint64(86400));
    QCOMPARE(data->records[0].chipHours, 192.0);
}

void TestCsvActuals::usageTimestampOnly()
{
    TempDir dir;
    writeAll(dir.path("u.csv"), "日期,租户,卡时\n2026-01-05,zhipu,120\n2026-01-06,zhipu,-1\n");
    const CsvColumns columns = suggestColumns({"日期", "租户", "卡时"});
    QCOMPARE(columns.time, 0);
    auto data = readUsageCsv(dir.path("u.csv"), columns);
    QVERIFY(!data);
    QCOMPARE(data.problems[0].code, Code::OpsValueOutOfRange);
    QCOMPARE(data.problems[0].line, 3);
    writeAll(dir.path("u.csv"), "日期,租户,卡时\n2026-01-05,zhipu,120\n");
    data = readUsageCsv(dir.path("u.csv"), columns);
    QVERIFY(data);
    QCOMPARE(data->records[0].start, data->records[0].end);
}

void TestCsvActuals::cancelAndProgress()
{
    TempDir dir;
    std::string text = "time,center,chip,util\n";
    for (int i = 0; i < 20000; ++i)
        text += std::to_string(1767225600 + i * 60) + ",a,k,0.5\n";
    writeAll(dir.path("big.csv"), text);

    std::vector<double> fractions;
    ImportControl control;
    control.progress = [&fractions](double f) { fractions.push_back(f); };
    auto data = readPoolCsv(dir.path("big.csv"), poolColumns(), {}, control);
    QVERIFY(data);
    QCOMPARE(data->samples.size(), std::size_t(20000));
    QVERIFY(fractions.size() >= 3);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.back(), 1.0);

    std::atomic<bool> cancel{false};
    control.cancel = &cancel;
    control.progress = [&cancel](double f) {
        if (f > 0.2)
            cancel = true;
    };
    data = readPoolCsv(dir.path("big.csv"), poolColumns(), {}, control);
    QVERIFY(!data);
    QCOMPARE(data.problems.size(), std::size_t(1));
    QCOMPARE(data.problems[0].code, Code::Cancelled);
}

void TestCsvActuals::demoProject()
{
    auto demo = readYaml(sourcePath("resources/demo/demo.yaml"));
    QVERIFY(demo);
    const std::string path = dataPath("pool-bom-busy.csv");
    auto preview = previewCsv(path);
    QVERIFY(preview);
    auto data = readPoolCsv(path, suggestColumns(preview->header));
    QVERIFY(data);
    const NameMapping mapping = suggestMapping(*demo, sourceNames(data->samples));
    QCOMPARE(mapping.centers.at("horinger"), std::string("horinger"));
    QCOMPARE(mapping.chips.at("a100-sxm"), std::string("a100-sxm"));
    auto result = aggregatePools(*demo, mapping, *data, {"import-1", 0, {}});
    QVERIFY(result);
    QVERIFY(result.problems.empty());
    // horinger has 2048 A100 in service; 1024 then 1536 busy for an hour each in March 2026.
    QCOMPARE(result->pools.size(), std::size_t(1));
    const PoolActual &a = result->pools[0];
    QCOMPARE(a.period, 2);
    QVERIFY(fuzzyEqual(a.utilization, (0.5 + 0.75) / 2));
    QVERIFY(fuzzyEqual(a.coverage, 2.0 / (31 * 24)));
}

QTEST_GUILESS_MAIN(TestCsvActuals)
#include "tst_csvactuals.moc"
