// Slurm accounting (sacct --parsable2): GPUs from AllocTRES, steps, running jobs, every
// refusal with its line and column, and jobs split across periods by time.

#include "interchange/yaml.h"
#include "ops/sources/aggregation.h"
#include "ops/sources/slurm.h"
#include "testutil.h"

#include <QtTest>

using namespace atlas;
using namespace atlas::test;

Q_DECLARE_METATYPE(atlas::Code)
using Strings = std::vector<std::string>;
Q_DECLARE_METATYPE(Strings)

namespace {

const char *const kHeader = "JobID|Account|User|Start|End|Elapsed|AllocTRES|State\n";

/** "chip:hours chip:hours" of the records, in order ("-" for an untyped GPU). */
QString recordsText(const UsageData &data)
{
    QStringList parts;  // of QString: a record's text
    for (const UsageRecord &r : data.records)
        parts << QStringLiteral("%1:%2").arg(r.chip.empty() ? QStringLiteral("-") : QString::fromStdString(r.chip))
                     .arg(r.chipHours);
    return parts.join(QLatin1Char(' '));
}

Project smallProject()
{
    Project p;
    p.periods = Periods{Month{2026, 1}, 3, PeriodLength::Month};
    p.chips = {Chip{.id = "a100-sxm", .vendor = "NVIDIA", .name = "A100 SXM4 80GB", .tflops = 312},
               Chip{.id = "h100-sxm", .vendor = "NVIDIA", .name = "H100 SXM5 80GB", .tflops = 989}};
    p.tenants = {Tenant{.id = "bytedance-ai", .name = "ByteDance"}, Tenant{.id = "zhipu", .name = "Zhipu"}};
    return p;
}

} // namespace

class TestSlurm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleFile();
    void gres_data();
    void gres();
    void errors_data();
    void errors();
    void duplicateJob();
    void parsableTrailingBar();
    void monthBoundary_data();
    void monthBoundary();
    void demoProject();
};

void TestSlurm::sampleFile()
{
    auto data = readSacct(sourcePath("tests/ops/data/sacct-gpu.txt"));
    QVERIFY(data);
    QVERIFY(data.problems.empty());
    QCOMPARE(data->rows, qint64(10));
    QCOMPARE(data->jobSteps, qint64(3));  // 104211.batch, 104211.extern, 104212.0: not counted twice
    QCOMPARE(data->runningJobs, (std::vector<std::string>{"104215"}));
    QCOMPARE(data->jobsNeverStarted, qint64(1));
    QCOMPARE(data->jobsWithoutGpu, qint64(1));
    QCOMPARE(data->duplicateRows, qint64(0));
    // 104211: 8 a100 × 8 h; 104212: 4 untyped × 2 h; 104213: 2 a100 + 1 h100 × 24 h; 104217_3: 2 a100 × 1 h.
    QCOMPARE(recordsText(*data), QStringLiteral("a100:64 -:8 a100:48 h100:24 a100:2"));
    QCOMPARE(data->records[0].tenant, std::string("bytedance-ai"));
    QCOMPARE(data->records[4].tenant, std::string("zhipu"));

    // Running jobs reach the aggregation report, and its warnings.
    auto result = aggregateUsage(smallProject(), NameMapping{{}, {{"a100", "a100-sxm"}, {"h100", "h100-sxm"}},
                                                             {{"bytedance-ai", "bytedance-ai"}, {"zhipu", "zhipu"}}},
                                 *data, {"import-1", 0, "a100-sxm"});
    QVERIFY(result);
    QCOMPARE(result->report.runningJobs, data->runningJobs);
    QCOMPARE(result->report.used, qint64(5));
    QVERIFY(std::any_of(result.problems.begin(), result.problems.end(),
                        [](const Problem &p) { return p.code == Code::OpsRunningJobs; }));
}

void TestSlurm::gres_data()
{
    QTest::addColumn<QString>("field");    // header of the GPU column
    QTest::addColumn<QString>("tres");
    QTest::addColumn<QString>("records");  // for one hour
    QTest::addColumn<qint64>("withoutGpu");
    QTest::newRow("untyped") << "AllocTRES" << "billing=4,cpu=4,gres/gpu=4,mem=16G,node=1" << "-:4" << qint64(0);
    QTest::newRow("typed only") << "AllocTRES" << "cpu=4,gres/gpu:a100=2,node=1" << "a100:2" << qint64(0);
    QTest::newRow("typed and its total") << "AllocTRES" << "cpu=4,gres/gpu:a100=2,gres/gpu=2,node=1" << "a100:2"
                                         << qint64(0);
    QTest::newRow("two types and an untyped rest")
        << "AllocTRES" << "gres/gpu:a100=2,gres/gpu:h100=1,gres/gpu=4" << "a100:2 h100:1 -:1" << qint64(0);
    QTest::newRow("no GPU") << "AllocTRES" << "billing=8,cpu=8,mem=16G,node=1" << "" << qint64(1);
    QTest::newRow("zero GPUs") << "AllocTRES" << "cpu=8,gres/gpu=0" << "" << qint64(1);
    QTest::newRow("AllocGRES, typed") << "AllocGRES" << "gpu:v100:2(IDX:0-1)" << "v100:2" << qint64(0);
    QTest::newRow("AllocGRES, untyped") << "AllocGRES" << "gpu:8" << "-:8" << qint64(0);
}

void TestSlurm::gres()
{
    QFETCH(QString, field);
    QFETCH(QString, tres);
    QFETCH(QString, records);
    QFETCH(qint64, withoutGpu);
    TempDir dir;
    writeAll(dir.path("s.txt"), "JobID|Account|Start|End|" + field.toStdString() + "\n7|lab|2026-01-05T10:00:00|"
                                    "2026-01-05T11:00:00|" + tres.toStdString() + "\n");
    auto data = readSacct(dir.path("s.txt"));
    QVERIFY(data);
    QCOMPARE(recordsText(*data), records);
    QCOMPARE(data->jobsWithoutGpu, withoutGpu);
}

void TestSlurm::errors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<Code>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<Strings>("args");
    const QByteArray head = kHeader;
    QTest::newRow("bad gres count") << head + "9|lab|u|2026-01-05T10:00:00|2026-01-05T11:00:00|01:00:00|"
                                              "cpu=4,gres/gpu=four|COMPLETED\n"
                                    << Code::OpsBadTres << 2 << 7 << Strings{"AllocTRES", "gres/gpu=four"};
    QTest::newRow("bad start") << head + "9|lab|u|05/01/2026|2026-01-05T11:00:00|01:00:00|gres/gpu=1|COMPLETED\n"
                               << Code::OpsBadTime << 2 << 4 << Strings{"Start", "05/01/2026"};
    QTest::newRow("end before start")
        << head + "1|lab|u|2026-01-05T09:00:00|2026-01-05T10:00:00|01:00:00|gres/gpu=1|COMPLETED\n"
                  "9|lab|u|2026-01-05T12:00:00|2026-01-05T11:00:00|01:00:00|gres/gpu=1|COMPLETED\n"
        << Code::OpsEndBeforeStart << 3 << 5 << Strings{"2026-01-05T12:00:00", "2026-01-05T11:00:00"};
    QTest::newRow("no AllocTRES") << QByteArray("JobID|Account|Start|End\n9|lab|2026-01-05|2026-01-06\n")
                                  << Code::OpsMissingColumn << 1 << 0 << Strings{"AllocTRES"};
    QTest::newRow("--noheader output") << QByteArray("9|lab|u|2026-01-05T10:00:00|2026-01-05T11:00:00|01:00:00|"
                                                     "gres/gpu=1|COMPLETED\n")
                                       << Code::OpsMissingColumn << 1 << 0 << Strings{"JobID"};
    QTest::newRow("empty") << QByteArray("\n\n") << Code::OpsNoHeader << 0 << 0 << Strings{};
}

void TestSlurm::errors()
{
    QFETCH(QByteArray, content);
    QFETCH(Code, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(Strings, args);
    TempDir dir;
    const std::string path = dir.path("bad.txt");
    writeAll(path, content.toStdString());
    auto data = readSacct(path);
    QVERIFY(!data);
    const Problem &p = data.problems.at(0);
    QCOMPARE(p.code, code);
    QCOMPARE(p.file, path);
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    if (code != Code::OpsNoHeader) {
        QCOMPARE(p.args, args);
    }
}

void TestSlurm::duplicateJob()
{
    TempDir dir;
    const std::string job = "9|lab|u|2026-01-05T10:00:00|2026-01-05T11:00:00|01:00:00|gres/gpu=1|COMPLETED\n";
    writeAll(dir.path("a.txt"), kHeader + job + job);
    auto data = readSacct(dir.path("a.txt"));
    QVERIFY(data);
    QCOMPARE(data->duplicateRows, qint64(1));
    QCOMPARE(data->records.size(), std::size_t(1));

    writeAll(dir.path("b.txt"), kHeader + job + "9|lab|u|2026-01-05T10:00:00|2026-01-05T12:00:00|02:00:00|"
                                                "gres/gpu=1|COMPLETED\n");
    data = readSacct(dir.path("b.txt"));
    QVERIFY(!data);
    QCOMPARE(data.problems[0].code, Code::OpsConflictingRows);
    QCOMPARE(data.problems[0].args, (std::vector<std::string>{"2", "3"}));
}

void TestSlurm::parsableTrailingBar()
{
    // sacct --parsable (not 2) ends every line with '|'; CRLF from a Windows copy.
    TempDir dir;
    writeAll(dir.path("p.txt"), "JobID|Account|Start|End|AllocTRES|\r\n"
                                "31|lab|2026-01-05T10:00:00|2026-01-05T10:30:00|gres/gpu:a100=4|\r\n");
    auto data = readSacct(dir.path("p.txt"));
    QVERIFY(data);
    QCOMPARE(recordsText(*data), QStringLiteral("a100:2"));
}

void TestSlurm::monthBoundary_data()
{
    QTest::addColumn<int>("utcOffsetMinutes");
    QTest::addColumn<double>("january");   // a100 GPU-hours
    QTest::addColumn<double>("february");
    // 104211 runs 2026-01-31T20:00 → 02-01T04:00 local with 8 GPUs: 64 GPU-hours.
    QTest::newRow("UTC cluster: 4 h each side") << 0 << 32.0 << 32.0;
    QTest::newRow("UTC+8 cluster: all in January") << 480 << 64.0 << 0.0;
}

void TestSlurm::monthBoundary()
{
    QFETCH(int, utcOffsetMinutes);
    QFETCH(double, january);
    QFETCH(double, february);
    SacctOptions options;
    options.utcOffsetMinutes = utcOffsetMinutes;
    auto data = readSacct(sourcePath("tests/ops/data/sacct-gpu.txt"), options);
    QVERIFY(data);
    data->records.resize(1);  // 104211 alone
    NameMapping mapping;
    mapping.tenants = {{"bytedance-ai", "bytedance-ai"}};
    mapping.chips = {{"a100", "a100-sxm"}};
    auto result = aggregateUsage(smallProject(), mapping, *data, {"import-1", 0, {}});
    QVERIFY(result);
    double jan = 0, feb = 0;
    for (const TenantActual &a : result->tenants) {
        QCOMPARE(a.tenant, std::string("bytedance-ai"));
        (a.period == 0 ? jan : feb) += a.chipHours;
        QVERIFY(fuzzyEqual(a.pflops, a.chipHours * 312 / 1000.0 / (a.period == 0 ? 744 : 672)));
    }
    QVERIFY(fuzzyEqual(jan, january));
    QVERIFY(fuzzyEqual(feb, february));
}

void TestSlurm::demoProject()
{
    auto demo = readYaml(sourcePath("resources/demo/demo.yaml"));
    QVERIFY(demo);
    TempDir dir;
    writeAll(dir.path("demo.txt"), std::string(kHeader)
                                       + "501|bj-llm-01|u|2026-02-01T00:00:00|2026-02-02T00:00:00|1-00:00:00|"
                                         "cpu=64,gres/gpu:a100=8,gres/gpu=8,node=1|COMPLETED\n"
                                         "502|北京某国有银行|u|2026-02-03T00:00:00|2026-02-03T12:00:00|12:00:00|"
                                         "cpu=8,gres/gpu=2,node=1|COMPLETED\n");
    auto data = readSacct(dir.path("demo.txt"));
    QVERIFY(data);
    NameMapping mapping = suggestMapping(*demo, sourceNames(data->records));
    QCOMPARE(mapping.tenants.at("bj-llm-01"), std::string("bj-llm-01"));
    QCOMPARE(mapping.tenants.at("北京某国有银行"), std::string("bj-fin-01"));
    // "a100" is not a demo chip id or name: left for the user, listed until mapped.
    const auto before = unmatchedNames(*demo, mapping, sourceNames(data->records));
    QCOMPARE(before, (std::vector<UnmatchedName>{{NameKind::Chip, "a100", 1}}));
    mapping.chips["a100"] = "a100-sxm";
    auto result = aggregateUsage(*demo, mapping, *data, {"import-1", 0, "ascend-910b"});
    QVERIFY(result);
    QVERIFY(result.problems.empty());
    QCOMPARE(result->tenants.size(), std::size_t(2));
    // February 2026 (period 1, 672 h): 192 A100-hours; 24 Ascend-hours on the default chip.
    QCOMPARE(result->tenants[0].period, 1);
    QCOMPARE(result->tenants[0].tenant, std::string("bj-llm-01"));
    QVERIFY(fuzzyEqual(result->tenants[0].pflops, 192 * 312 / 1000.0 / 672));
    QCOMPARE(result->tenants[1].tenant, std::string("bj-fin-01"));
    QVERIFY(fuzzyEqual(result->tenants[1].pflops, 24 * 320 / 1000.0 / 672));
}

QTEST_GUILESS_MAIN(TestSlurm)
#include "tst_slurm.moc"
