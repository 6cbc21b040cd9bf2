#include "samples.h"
#include "testutil.h"

#include "ops/actualsrules.h"
#include "storage/projectfile.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace atlas;
using namespace atlas::test;

namespace {

/** Actuals for richProjectData() (60 monthly periods): every source kind, Chinese text,
 *  a centre and a tenant the project does not have (kept: storage does not validate names). */
Actuals richActuals()
{
    Actuals a;
    a.imports = {{"import-1", ActualSourceKind::Csv, "/home/运维/利用率 2026.csv", "GBK", "2026-04-01T08:00:00Z"},
                 {"import-2", ActualSourceKind::Prometheus, "http://prom.example:9090",
                  "avg by (center, chip) (DCGM_FI_DEV_GPU_UTIL)", "2026-04-02T09:30:00Z"},
                 {"import-3", ActualSourceKind::Slurm, "sacct --parsable2", "", "2026-04-03T00:00:00Z"}};
    a.pools = {{0, "guian", "ascend-910b", 0.73, 1.0, "import-1"},
               {1, "guian", "ascend-910b", 0.1 + 0.2, 0.5, "import-2"},
               {59, "cs", "h800", 1.0, 0.0, "import-2"},
               {0, "retired-centre", "h800", 0.0, 1.0, "import-1"}};
    a.tenants = {{0, "hn-auto-01", 12.5, 3000, "import-3"},
                 {59, "gz-video", 0.0, 0.0, "import-3"},
                 {3, "gone-tenant", 1e-300, 1e6, "import-3"}};
    a.thresholds = AlertThresholds{0.25, 0.95, 0.2};
    return a;
}

ProjectData withActuals(Actuals actuals)
{
    ProjectData d = richProjectData();
    d.actuals = std::move(actuals);
    return d;
}

QString describe(const Problem &p)
{
    QStringList parts;
    parts << (p.code == Code::OpsActualRowsSkipped ? QStringLiteral("skipped")
              : p.code == Code::OpsThresholdsReset ? QStringLiteral("reset")
                                                    : QStringLiteral("code%1").arg(static_cast<int>(p.code)));
    for (size_t i = 1; i < p.args.size(); ++i)
        parts << QString::fromStdString(p.args[i]);
    return parts.join(QLatin1Char(' '));
}

int schemaVersionOnDisk(const std::string &path)
{
    const std::string bytes = readAll(path);
    if (bytes.size() < 100)
        return -1;
    int v = 0;
    for (int i = 60; i < 64; ++i)
        v = v * 256 + static_cast<unsigned char>(bytes[static_cast<size_t>(i)]);
    return v;
}

} // namespace

class TestActualsStorage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void sharesBitIdentical();
    void olderVersions_data();
    void olderVersions();
    void currentVersionSample();
    void damaged_data();
    void damaged();
};

void TestActualsStorage::roundTrip_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("no actuals, default thresholds") << 0;
    QTest::newRow("rich actuals") << 1;
    QTest::newRow("thresholds only") << 2;
    QTest::newRow("an import no value names") << 3;
    QTest::newRow("60 periods x 40 pools x 30 tenants") << 4;
}

void TestActualsStorage::roundTrip()
{
    QFETCH(int, which);
    Actuals actuals;
    if (which == 1)
        actuals = richActuals();
    if (which == 2)
        actuals.thresholds = AlertThresholds{0.0, 1.0, 0.0};
    if (which == 3) {
        actuals = richActuals();
        actuals.tenants.clear();  // import-3 is now unreferenced: storage keeps it as given
    }
    if (which == 4) {
        actuals.imports = {{"import-1", ActualSourceKind::Prometheus, "http://127.0.0.1:9090", "", "2026-01-01T00:00:00Z"}};
        for (int t = 0; t < 60; ++t) {
            for (int q = 0; q < 40; ++q)
                actuals.pools.push_back({t, "c" + std::to_string(q), "h800", std::fmod(t * 0.013 + q * 0.07, 1.0),
                                         1.0 - q / 80.0, "import-1"});
            for (int j = 0; j < 30; ++j)
                actuals.tenants.push_back({t, "t" + std::to_string(j), j * 1.25 + t / 7.0, j * 720.0, "import-1"});
        }
    }
    const ProjectData data = withActuals(actuals);
    TempDir dir;
    const std::string path = dir.path("运维.atlas");
    QVERIFY(saveProject(data, path).ok());
    QCOMPARE(schemaVersionOnDisk(path), kSchemaVersion);
    const auto opened = openProject(path);
    QVERIFY2(opened.ok(), opened.problems.empty() ? "" : opened.problems[0].args.back().c_str());
    QVERIFY(opened->warnings.empty());
    QCOMPARE(opened->data.actuals.imports, data.actuals.imports);
    QCOMPARE(opened->data.actuals.pools.size(), data.actuals.pools.size());
    QCOMPARE(opened->data.actuals.thresholds, data.actuals.thresholds);
    QVERIFY(opened->data == data);
}

void TestActualsStorage::sharesBitIdentical()
{
    Actuals actuals = richActuals();
    actuals.pools[0].utilization = -0.0;
    actuals.pools[1].coverage = std::nextafter(1.0, 0.0);
    actuals.tenants[0].pflops = 5e-324;
    TempDir dir;
    const std::string path = dir.path("bits.atlas");
    QVERIFY(saveProject(withActuals(actuals), path).ok());
    const auto opened = openProject(path);
    QVERIFY(opened.ok());
    const Actuals &got = opened->data.actuals;
    QVERIFY(std::signbit(got.pools[0].utilization));
    QCOMPARE(got.pools[1].coverage, std::nextafter(1.0, 0.0));
    QCOMPARE(got.tenants[0].pflops, 5e-324);
}

void TestActualsStorage::olderVersions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("version");
    QTest::newRow("version 1") << QStringLiteral("tests/storage/regress/valid-v1.atlas") << 1;
    QTest::newRow("version 2") << QStringLiteral("tests/storage/regress/valid-v2.atlas") << 2;
}

void TestActualsStorage::olderVersions()
{
    // Older files open with no actuals and the default thresholds, unchanged on disk;
    // saved again they are the current version and keep actuals added meanwhile.
    QFETCH(QString, file);
    QFETCH(int, version);
    TempDir dir;
    const std::string path = dir.path("old.atlas");
    writeAll(path, readAll(sourcePath(file.toStdString())));
    QCOMPARE(schemaVersionOnDisk(path), version);
    const std::string before = readAll(path);
    auto opened = openProject(path);
    QVERIFY(opened.ok());
    QVERIFY(opened->warnings.empty());
    QVERIFY(opened->data.actuals.empty());
    QCOMPARE(opened->data.actuals.thresholds, AlertThresholds{});
    QCOMPARE(readAll(path), before);

    ProjectData data = opened->data;
    data.actuals.imports = {{"import-1", ActualSourceKind::Csv, "a.csv", "", "2026-01-01T00:00:00Z"}};
    data.actuals.pools = {{0, "x", "y", 0.5, 1.0, "import-1"}};
    QVERIFY(saveProject(data, path).ok());
    QCOMPARE(schemaVersionOnDisk(path), kSchemaVersion);
    const auto reopened = openProject(path);
    QVERIFY(reopened.ok());
    QVERIFY(reopened->data == data);
}

void TestActualsStorage::currentVersionSample()
{
    // tests/storage/regress/valid-v3.atlas: the version 2 sample with the operations
    // tables filled by plain SQL (as another tool, or an older build of ours, would).
    const auto opened = openProject(sourcePath("tests/storage/regress/valid-v3.atlas"));
    QVERIFY(opened.ok());
    QVERIFY(opened->warnings.empty());
    const Actuals &a = opened->data.actuals;
    QCOMPARE(a.imports.size(), size_t(2));
    QCOMPARE(a.imports[0], (ActualImport{"import-1", ActualSourceKind::Csv, "/data/利用率.csv", "GBK", "2026-04-01T00:00:00Z"}));
    QVERIFY(a.imports[1].kind == ActualSourceKind::Prometheus);
    QCOMPARE(a.pools.size(), size_t(2));
    QCOMPARE(a.pools[1], (PoolActual{1, "guian", "ascend-910b", 0.7, 1.0, "import-2"}));
    QCOMPARE(a.tenants.size(), size_t(1));
    QCOMPARE(a.tenants[0], (TenantActual{0, "hn-auto-01", 48.5, 35000.0, "import-1"}));
    QCOMPARE(a.thresholds, (AlertThresholds{0.3, 0.85, 0.1}));
}

void TestActualsStorage::damaged_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("refusal");        // a Code when the file must be refused, else -1
    QTest::addColumn<QStringList>("expected"); // refused: args after the path; opened: the warnings
    QTest::addColumn<int>("pools");          // values left after opening
    QTest::addColumn<int>("tenants");
    auto opens = [](const char *name, const char *sql, QStringList warnings, int pools = 4, int tenants = 3) {
        QTest::newRow(name) << QString::fromUtf8(sql) << -1 << warnings << pools << tenants;
    };
    auto refused = [](const char *name, const char *sql, Code code, QStringList args = {}) {
        QTest::newRow(name) << QString::fromUtf8(sql) << static_cast<int>(code) << args << 0 << 0;
    };
    const QString skipped = QStringLiteral("skipped ");
    opens("utilization missing (a NaN is saved as NULL)", "UPDATE pool_actuals SET utilization = NULL WHERE ord = 0",
          {skipped + QStringLiteral("pool_actuals utilization 1")}, 3);
    opens("negative utilization", "UPDATE pool_actuals SET utilization = -0.5 WHERE ord = 1",
          {skipped + QStringLiteral("pool_actuals utilization 1")}, 3);
    opens("utilization above one", "UPDATE pool_actuals SET utilization = 1.5 WHERE ord = 1",
          {skipped + QStringLiteral("pool_actuals utilization 1")}, 3);
    opens("utilization as text", "UPDATE pool_actuals SET utilization = 'high' WHERE ord = 2",
          {skipped + QStringLiteral("pool_actuals utilization 1")}, 3);
    opens("coverage above one", "UPDATE pool_actuals SET coverage = 2 WHERE ord = 0",
          {skipped + QStringLiteral("pool_actuals coverage 1")}, 3);
    opens("period past the horizon", "UPDATE pool_actuals SET period = 60 WHERE ord = 0",
          {skipped + QStringLiteral("pool_actuals period 1")}, 3);
    opens("negative period", "UPDATE tenant_actuals SET period = -1 WHERE ord = 0",
          {skipped + QStringLiteral("tenant_actuals period 1")}, 4, 2);
    opens("period not an integer", "UPDATE pool_actuals SET period = 1.5 WHERE ord = 3",
          {skipped + QStringLiteral("pool_actuals period 1")}, 3);
    opens("unknown import id", "UPDATE pool_actuals SET import_id = 'import-9' WHERE ord IN (0, 1)",
          {skipped + QStringLiteral("pool_actuals import 2")}, 2);
    opens("pool row twice", "INSERT INTO pool_actuals SELECT 100, period, center, chip, 0.5, 1, import_id"
                            " FROM pool_actuals WHERE ord = 0",
          {skipped + QStringLiteral("pool_actuals duplicate 1")}, 4);
    opens("negative tenant compute", "UPDATE tenant_actuals SET pflops = -1 WHERE ord = 0",
          {skipped + QStringLiteral("tenant_actuals pflops 1")}, 4, 2);
    opens("infinite GPU-hours", "UPDATE tenant_actuals SET chip_hours = 9e999 WHERE ord = 1",
          {skipped + QStringLiteral("tenant_actuals chip_hours 1")}, 4, 2);
    opens("tenant row twice", "INSERT INTO tenant_actuals SELECT 100, period, tenant, 1, 1, import_id"
                              " FROM tenant_actuals WHERE ord = 2",
          {skipped + QStringLiteral("tenant_actuals duplicate 1")}, 4, 3);
    opens("unknown source kind takes its values along", "UPDATE actual_imports SET kind = 'ftp' WHERE id = 'import-3'",
          {skipped + QStringLiteral("actual_imports kind 1"), skipped + QStringLiteral("tenant_actuals import 3")}, 4, 0);
    opens("an import id twice", "UPDATE actual_imports SET id = 'import-1' WHERE id = 'import-2'",
          {skipped + QStringLiteral("actual_imports duplicate 1"), skipped + QStringLiteral("pool_actuals import 2")}, 2, 3);
    opens("several faults, one warning per table and reason",
          "UPDATE pool_actuals SET utilization = 7 WHERE ord IN (0, 2); UPDATE pool_actuals SET period = 99 WHERE ord = 1;"
          "UPDATE tenant_actuals SET pflops = NULL",
          {skipped + QStringLiteral("pool_actuals utilization 2"), skipped + QStringLiteral("pool_actuals period 1"),
           skipped + QStringLiteral("tenant_actuals pflops 3")}, 1, 0);
    opens("threshold missing", "UPDATE alert_thresholds SET low_utilization = NULL",
          {QStringLiteral("reset low_utilization")});
    opens("low threshold above the high one", "UPDATE alert_thresholds SET low_utilization = 0.96",
          {QStringLiteral("reset high_utilization")});
    opens("negative tenant threshold", "UPDATE alert_thresholds SET tenant_over_plan = -0.1",
          {QStringLiteral("reset tenant_over_plan")});

    refused("centre a blob, not text", "UPDATE pool_actuals SET center = X'07' WHERE ord = 0", Code::Damaged);
    refused("no thresholds row", "DELETE FROM alert_thresholds", Code::Damaged);
    refused("two thresholds rows", "DROP TABLE alert_thresholds; CREATE TABLE alert_thresholds (id INTEGER PRIMARY KEY,"
                                   " low_utilization, high_utilization, tenant_over_plan);"
                                   " INSERT INTO alert_thresholds VALUES (1, .3, .9, .1), (2, .3, .9, .1)",
            Code::Damaged);
    refused("actuals table missing", "DROP TABLE tenant_actuals", Code::Damaged);
    refused("actuals table lacking columns",
            "DROP TABLE pool_actuals; CREATE TABLE pool_actuals (ord INTEGER PRIMARY KEY, period INTEGER)", Code::Damaged);
    refused("version 2 with actuals tables", "PRAGMA user_version = 2", Code::ForeignSchemaObject,
            {QStringLiteral("table"), QStringLiteral("actual_imports")});
    refused("index on an actuals table", "CREATE INDEX by_period ON pool_actuals(period)", Code::ForeignSchemaObject,
            {QStringLiteral("index"), QStringLiteral("by_period")});
    refused("newer version", "PRAGMA user_version = 4", Code::NewerSchema, {QStringLiteral("4"), QStringLiteral("3")});
}

void TestActualsStorage::damaged()
{
    QFETCH(QString, sql);
    QFETCH(int, refusal);
    QFETCH(QStringList, expected);
    QFETCH(int, pools);
    QFETCH(int, tenants);
    TempDir dir;
    const std::string path = dir.path("damaged.atlas");
    const ProjectData data = withActuals(richActuals());
    QVERIFY(saveProject(data, path).ok());
    QCOMPARE(execSql(path, sql.toStdString()), std::string());

    const auto opened = openProject(path);
    if (refusal >= 0) {
        QVERIFY(!opened.ok());
        QCOMPARE(opened.problems.size(), size_t(1));
        const Problem &p = opened.problems[0];
        QCOMPARE(static_cast<int>(p.code), refusal);
        QCOMPARE(p.args.at(0), path);
        QStringList args;
        for (size_t i = 1; i < p.args.size(); ++i)
            args << QString::fromStdString(p.args[i]);
        if (!expected.isEmpty())
            QCOMPARE(args, expected);
        return;
    }

    QVERIFY2(opened.ok(), opened.problems.empty() ? "" : opened.problems[0].args.back().c_str());
    QStringList warnings;
    for (const Problem &w : opened->warnings) {
        QCOMPARE(w.severity, Severity::Warning);
        QCOMPARE(w.args.at(0), path);
        QCOMPARE(w.file, path);
        warnings << describe(w);
    }
    QCOMPARE(warnings, expected);
    const ProjectData &got = opened->data;
    QVERIFY(got.project == data.project);  // the plan is untouched by bad actuals
    QCOMPARE(static_cast<int>(got.actuals.pools.size()), pools);
    QCOMPARE(static_cast<int>(got.actuals.tenants.size()), tenants);
    // What is left keeps the rules, and every value names a kept import.
    for (const auto &p : got.actuals.pools) {
        QVERIFY(poolActualFault(p, got.project.periods.count).empty());
        QVERIFY(std::any_of(got.actuals.imports.begin(), got.actuals.imports.end(),
                            [&](const ActualImport &i) { return i.id == p.importId; }));
    }
    for (const auto &t : got.actuals.tenants)
        QVERIFY(tenantActualFault(t, got.project.periods.count).empty());
    QVERIFY(thresholdsFault(got.actuals.thresholds).empty());
    if (expected.size() == 1 && expected[0].startsWith(QLatin1String("reset")))
        QCOMPARE(got.actuals.thresholds, AlertThresholds{});
    else
        QCOMPARE(got.actuals.thresholds, data.actuals.thresholds);
}

QTEST_GUILESS_MAIN(TestActualsStorage)
#include "tst_actualsstorage.moc"
