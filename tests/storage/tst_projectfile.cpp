#include "samples.h"
#include "testutil.h"

#include "storage/projectfile.h"

#include <QDir>
#include <QTest>

#include <bit>
#include <random>

using namespace atlas;
using namespace atlas::test;

Q_DECLARE_METATYPE(atlas::Code)

namespace {

// How a refusal test builds its file at `path`.
enum class Build {
    Missing, Directory, Text, Empty, RandomBytes, SqliteHeaderThenGarbage, OtherApp, WrongApplicationId,
    NewerVersion, ZeroVersion, Corrupted, Trigger, View, ExtraTable, ExtraIndex, VirtualTable,
    MissingColumn, DanglingScenario, TextInNumberColumn, UnknownWorkload
};

std::string randomBytes(size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::string bytes(n, '\0');
    for (auto &c : bytes)
        c = static_cast<char>(rng() & 0xff);
    return bytes;
}

void saveRich(const std::string &path, int tenants = 0)
{
    QVERIFY(saveProject(richProjectData(tenants), path).ok());
}

void build(Build how, const std::string &path)
{
    switch (how) {
    case Build::Missing:
        return;
    case Build::Directory:
        QVERIFY(QDir().mkdir(QString::fromStdString(path)));
        return;
    case Build::Text:
        writeAll(path, "format: computeatlas/1\nproject:\n  name: 不是数据库\n");
        return;
    case Build::Empty:
        writeAll(path, "");
        return;
    case Build::RandomBytes:
        writeAll(path, randomBytes(8192, 7));
        return;
    case Build::SqliteHeaderThenGarbage:
        writeAll(path, std::string("SQLite format 3", 16) + randomBytes(8192, 8));
        return;
    case Build::OtherApp:
        QCOMPARE(execSql(path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                               "INSERT INTO moz_places VALUES (1, 'https://example.org');"), std::string());
        return;
    default:
        break;
    }
    saveRich(path, how == Build::Corrupted ? 300 : 0);
    std::string sql;
    switch (how) {
    case Build::WrongApplicationId: sql = "PRAGMA application_id = 1347240521;"; break;
    case Build::NewerVersion: sql = "PRAGMA user_version = 4;"; break;
    case Build::ZeroVersion: sql = "PRAGMA user_version = 0;"; break;
    case Build::Trigger:
        sql = "CREATE TRIGGER evil AFTER INSERT ON regions BEGIN DELETE FROM tenants; END;";
        break;
    case Build::View: sql = "CREATE VIEW v AS SELECT * FROM regions;"; break;
    case Build::ExtraTable: sql = "CREATE TABLE notes (text TEXT);"; break;
    case Build::ExtraIndex: sql = "CREATE INDEX tenants_by_region ON tenants(region);"; break;
    case Build::VirtualTable:
        sql = "DROP TABLE boundaries; CREATE VIRTUAL TABLE boundaries USING fts5(name, source, approval_number, geojson);";
        break;
    case Build::MissingColumn: sql = "DROP TABLE tenants; CREATE TABLE tenants (ord INTEGER PRIMARY KEY, id TEXT);"; break;
    case Build::DanglingScenario:
        sql = "INSERT INTO links VALUES (99, 0, 'GZ', 'HN', 1, NULL);";
        break;
    case Build::TextInNumberColumn: sql = "UPDATE regions SET lat = 'north' WHERE ord = 0;"; break;
    case Build::UnknownWorkload: sql = "UPDATE tenants SET workload = 'mining' WHERE ord = 0;"; break;
    case Build::Corrupted: {
        std::string bytes = readAll(path);
        QVERIFY(bytes.size() > 40 * 4096);
        // Overwrite a run of pages in the middle of the file, leaving the header intact.
        const size_t from = (bytes.size() / 4096 / 2) * 4096;
        const std::string garbage = randomBytes(8 * 4096, 9);
        bytes.replace(from, garbage.size(), garbage);
        writeAll(path, bytes);
        return;
    }
    default: QFAIL("unhandled"); return;
    }
    QCOMPARE(execSql(path, sql), std::string());
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void doublesBitIdentical();
    void refuse_data();
    void refuse();
    void openingOnlyReads();
    void migrateVersion1();
    void saveReplacesExisting();
    void failedSaveLeavesTargetAndNoTemp();
};

void TestProjectFile::roundTrip_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("rich") << 0;
    QTest::newRow("empty document") << 1;
    QTest::newRow("optionals all absent") << 2;
    QTest::newRow("optionals all present") << 3;
    QTest::newRow("many tenants") << 4;
}

void TestProjectFile::roundTrip()
{
    QFETCH(int, which);
    ProjectData data;
    if (which == 0)
        data = richProjectData();
    if (which == 4)
        data = richProjectData(500);
    if (which == 2 || which == 3) {
        data = richProjectData();
        const bool on = which == 3;
        for (auto &c : data.project.centers) {
            c.powerMw = on ? std::optional(5.0) : std::nullopt;
            c.buildCost = on ? std::optional(-0.0) : std::nullopt;
        }
        for (auto &i : data.project.inventory) {
            i.from = on ? std::optional(Month{1999, 12}) : std::nullopt;
            i.until = on ? std::optional(Month{2100, 1}) : std::nullopt;
        }
        for (auto &l : data.project.links)
            l.bandwidthGbps = on ? std::optional(0.0) : std::nullopt;
        for (auto &t : data.project.tenants) {
            t.maxLatencyMs = on ? std::optional(0.5) : std::nullopt;
            t.transferCost = on ? std::optional(0.0) : std::nullopt;
            t.demand.from = on ? std::optional(Month{2026, 2}) : std::nullopt;
        }
        for (auto &s : data.project.scenarios)
            s.demandScale = on ? std::optional(2.0) : std::nullopt;
    }

    TempDir dir;
    const std::string path = dir.path("项目 #1?.atlas");
    const Status saved = saveProject(data, path);
    QVERIFY(saved.ok());
    const auto opened = openProject(path);
    QVERIFY2(opened.ok(), opened.problems.empty() ? "" : opened.problems[0].args.back().c_str());
    QVERIFY(opened.problems.empty());
    QVERIFY(opened->warnings.empty());
    QVERIFY(opened->data == data);
}

void TestProjectFile::doublesBitIdentical()
{
    // operator== treats -0.0 and 0.0 as equal; a planner's file must not change either way.
    TempDir dir;
    const std::string path = dir.path("bits.atlas");
    ProjectData data = richProjectData();
    data.project.regions[0].lat = -0.0;
    data.project.centers[0].buildCost = -0.0;
    data.project.parameters.transferCost = 5e-324;
    QVERIFY(saveProject(data, path).ok());
    const auto opened = openProject(path);
    QVERIFY(opened.ok());
    const Project &p = opened->data.project;
    QVERIFY(std::signbit(p.regions[0].lat));
    QVERIFY(p.centers[0].buildCost && std::signbit(*p.centers[0].buildCost));
    QCOMPARE(std::bit_cast<std::uint64_t>(p.parameters.transferCost), std::bit_cast<std::uint64_t>(5e-324));
    const auto &series = p.tenants[1].demand.series;
    QCOMPARE(series.size(), data.project.tenants[1].demand.series.size());
    for (size_t i = 0; i < series.size(); ++i)
        QCOMPARE(std::bit_cast<std::uint64_t>(series[i]),
                 std::bit_cast<std::uint64_t>(data.project.tenants[1].demand.series[i]));
}

void TestProjectFile::refuse_data()
{
    QTest::addColumn<int>("how");
    QTest::addColumn<atlas::Code>("code");
    QTest::addColumn<QString>("detail"); // expected args[1] when not empty
    auto row = [](const char *name, Build how, Code code, const char *detail = "") {
        QTest::newRow(name) << static_cast<int>(how) << code << QString::fromUtf8(detail);
    };
    row("missing file", Build::Missing, Code::FileNotFound);
    row("a folder", Build::Directory, Code::FileUnreadable);
    row("text file", Build::Text, Code::NotSqlite);
    row("empty file", Build::Empty, Code::NotSqlite);
    row("random bytes", Build::RandomBytes, Code::NotSqlite);
    row("sqlite header then garbage", Build::SqliteHeaderThenGarbage, Code::Damaged);
    row("another application's database", Build::OtherApp, Code::NotAProject);
    row("wrong application_id", Build::WrongApplicationId, Code::NotAProject);
    row("newer user_version", Build::NewerVersion, Code::NewerSchema, "4");
    row("user_version 0", Build::ZeroVersion, Code::Damaged);
    row("pages overwritten", Build::Corrupted, Code::Damaged);
    row("added trigger", Build::Trigger, Code::ForeignSchemaObject, "trigger");
    row("added view", Build::View, Code::ForeignSchemaObject, "view");
    row("extra table", Build::ExtraTable, Code::ForeignSchemaObject, "table");
    row("extra index", Build::ExtraIndex, Code::ForeignSchemaObject, "index");
    row("virtual table under our name", Build::VirtualTable, Code::ForeignSchemaObject, "table");
    row("table lacking columns", Build::MissingColumn, Code::Damaged);
    row("row of a missing scenario", Build::DanglingScenario, Code::Damaged);
    row("text in a number column", Build::TextInNumberColumn, Code::Damaged);
    row("unknown workload", Build::UnknownWorkload, Code::Damaged);
}

void TestProjectFile::refuse()
{
    QFETCH(int, how);
    QFETCH(atlas::Code, code);
    QFETCH(QString, detail);
    TempDir dir;
    const std::string path = dir.path("input.atlas");
    build(static_cast<Build>(how), path);
    if (QTest::currentTestFailed())
        return;

    const auto opened = openProject(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.problems.size(), size_t(1));
    const Problem &p = opened.problems[0];
    QCOMPARE(p.severity, Severity::Error);
    QCOMPARE(static_cast<int>(p.code), static_cast<int>(code));
    QCOMPARE(p.args.at(0), path);
    QCOMPARE(p.file, path);
    if (!detail.isEmpty())
        QCOMPARE(QString::fromStdString(p.args.at(1)), detail);
}

void TestProjectFile::openingOnlyReads()
{
    // Opening must not write: no journal, no -shm, the same bytes afterwards, even when refused.
    TempDir dir;
    const std::string good = dir.path("good.atlas");
    const std::string bad = dir.path("bad.atlas");
    saveRich(good);
    saveRich(bad);
    QCOMPARE(execSql(bad, "CREATE VIEW v AS SELECT 1;"), std::string());
    const std::string goodBytes = readAll(good);
    const std::string badBytes = readAll(bad);
    QVERIFY(openProject(good).ok());
    QVERIFY(!openProject(bad).ok());
    QCOMPARE(readAll(good), goodBytes);
    QCOMPARE(readAll(bad), badBytes);
    const QStringList files = QDir(QString::fromStdString(dir.root())).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList({QStringLiteral("bad.atlas"), QStringLiteral("good.atlas")}));
}

void TestProjectFile::migrateVersion1()
{
    // Version 1: tenant ecosystems as one comma-separated column, no boundaries table.
    TempDir dir;
    const std::string path = dir.path("old.atlas");
    const std::string sql = R"sql(
CREATE TABLE project (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, currency TEXT NOT NULL,
    period_start INTEGER NOT NULL, period_count INTEGER NOT NULL, period_length TEXT NOT NULL);
CREATE TABLE parameters (id INTEGER PRIMARY KEY CHECK (id = 1), access_latency_ms, transfer_cost,
    migration_cost, amortization_years);
CREATE TABLE regions (ord INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, lat, lon);
CREATE TABLE centers (scenario INTEGER, ord INTEGER NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
    region TEXT NOT NULL, lat, lon, pue, power_mw, electricity_price, availability, build_cost);
CREATE TABLE chips (ord INTEGER PRIMARY KEY, id TEXT NOT NULL, vendor TEXT NOT NULL, name TEXT NOT NULL,
    ecosystem TEXT NOT NULL, tflops, memory_gb, tdp_w, idle_fraction, price);
CREATE TABLE inventory (scenario INTEGER, ord INTEGER NOT NULL, center TEXT NOT NULL, chip TEXT NOT NULL,
    count INTEGER NOT NULL, from_month INTEGER, until_month INTEGER);
CREATE TABLE links (scenario INTEGER, ord INTEGER NOT NULL, from_node TEXT NOT NULL, to_node TEXT NOT NULL,
    latency_ms, bandwidth_gbps);
CREATE TABLE tenants (ord INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, region TEXT NOT NULL,
    industry TEXT NOT NULL, workload TEXT NOT NULL, ecosystems TEXT NOT NULL, max_latency_ms, value,
    transfer_cost, demand_explicit INTEGER NOT NULL, demand_series BLOB, demand_base, demand_growth,
    demand_from INTEGER);
CREATE TABLE scenarios (ord INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, policy TEXT NOT NULL,
    demand_scale);
CREATE TABLE layout (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE results (ord INTEGER PRIMARY KEY, scenario TEXT NOT NULL, fingerprint TEXT NOT NULL,
    computed_at TEXT NOT NULL, payload TEXT NOT NULL);
PRAGMA application_id = 1096043603;
PRAGMA user_version = 1;
INSERT INTO project VALUES (1, '西部算力', 'CNY', 24312, 24, 'quarter');
INSERT INTO parameters VALUES (1, 2.0, 0.1, 0.2, 5);
INSERT INTO regions VALUES (0, 'GZ', '贵州', 26.6, 106.7), (1, 'HN', '湖南', 28.2, 112.9);
INSERT INTO centers VALUES (NULL, 0, 'guian', '贵安', 'GZ', 26.38, 106.43, 1.2, NULL, 0.35, 0.97, NULL);
INSERT INTO centers VALUES (0, 0, 'hn-new', '长沙二期', 'HN', 28.2, 112.9, 1.3, 80, 0.62, 1, 800000000);
INSERT INTO chips VALUES (0, 'ascend-910b', '华为', 'Ascend 910B', 'cann', 320, 64, 400, 0.3, 120000);
INSERT INTO inventory VALUES (NULL, 0, 'guian', 'ascend-910b', 4096, 24312, NULL);
INSERT INTO links VALUES (NULL, 0, 'GZ', 'HN', 12.5, 400);
INSERT INTO tenants VALUES (0, 'a', '甲', 'HN', '制造', 'training', 'cuda,cann', 20, 3, NULL, 0, NULL, 50, 0.02, 24314);
INSERT INTO tenants VALUES (1, 'b', '乙', 'GZ', '', 'hpc', 'cann', NULL, 1, 0.5, 1, X'000000000000F03F0000000000000040', 0, 0, NULL);
INSERT INTO scenarios VALUES (0, 'build', '新建', 'optimal', NULL);
INSERT INTO layout VALUES ('map.view', '{}');
INSERT INTO results VALUES (0, 'build', 'fp', '2025-01-01T00:00:00Z', '{}');
)sql";
    QCOMPARE(execSql(path, sql), std::string());
    const std::string before = readAll(path);

    ProjectData expected;
    Project &p = expected.project;
    p.name = "西部算力";
    p.periods = Periods{Month{2026, 1}, 24, PeriodLength::Quarter};
    p.parameters = Parameters{2.0, 0.1, 0.2, 5};
    p.regions = {{"GZ", "贵州", 26.6, 106.7}, {"HN", "湖南", 28.2, 112.9}};
    p.centers = {{"guian", "贵安", "GZ", 26.38, 106.43, 1.2, std::nullopt, 0.35, 0.97, std::nullopt}};
    p.chips = {{"ascend-910b", "华为", "Ascend 910B", "cann", 320, 64, 400, 0.3, 120000}};
    p.inventory = {{"guian", "ascend-910b", 4096, Month{2026, 1}, std::nullopt}};
    p.links = {{"GZ", "HN", 12.5, 400.0}};
    Tenant a{"a", "甲", "HN", "制造", Workload::Training, {"cuda", "cann"}, 20.0, 3, std::nullopt,
             Demand{false, {}, 50, 0.02, Month{2026, 3}}};
    Tenant b{"b", "乙", "GZ", "", Workload::Hpc, {"cann"}, std::nullopt, 1, 0.5, Demand{true, {1.0, 2.0}, 0, 0, std::nullopt}};
    p.tenants = {a, b};
    Scenario build{"build", "新建", Policy::Optimal, std::nullopt, {}, {}, {}};
    build.addCenters = {{"hn-new", "长沙二期", "HN", 28.2, 112.9, 1.3, 80.0, 0.62, 1, 8e8}};
    p.scenarios = {build};
    expected.layout = {{"map.view", "{}"}};
    expected.results = {{"build", "fp", "2025-01-01T00:00:00Z", "{}"}};

    const auto opened = openProject(path);
    QVERIFY2(opened.ok(), opened.problems.empty() ? "" : opened.problems[0].args.back().c_str());
    QVERIFY(opened->data == expected);
    QCOMPARE(readAll(path), before); // migrated in memory only
}

void TestProjectFile::saveReplacesExisting()
{
    TempDir dir;
    const std::string path = dir.path("doc.atlas");
    QVERIFY(saveProject(smallProjectData("A"), path).ok());
    QVERIFY(saveProject(smallProjectData("B"), path).ok());
    const auto opened = openProject(path);
    QVERIFY(opened.ok());
    QVERIFY(opened->data == smallProjectData("B"));
    const QStringList files = QDir(QString::fromStdString(dir.root())).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList({QStringLiteral("doc.atlas")}));
}

void TestProjectFile::failedSaveLeavesTargetAndNoTemp()
{
    TempDir dir;
    // The target is a folder: the rename fails after the whole database was written.
    const std::string folder = dir.path("taken.atlas");
    QVERIFY(QDir().mkdir(QString::fromStdString(folder)));
    const Status status = saveProject(richProjectData(), folder);
    QVERIFY(!status.ok());
    QCOMPARE(static_cast<int>(status.problems.at(0).code), static_cast<int>(Code::FileUnwritable));
    QCOMPARE(status.problems.at(0).args.at(0), folder);
    QVERIFY(QFileInfo(QString::fromStdString(folder)).isDir());
    const QStringList files = QDir(QString::fromStdString(dir.root())).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));

    // A folder that does not exist.
    const Status missing = saveProject(richProjectData(), dir.path("no/such/folder/x.atlas"));
    QVERIFY(!missing.ok());
    QCOMPARE(static_cast<int>(missing.problems.at(0).code), static_cast<int>(Code::FileUnwritable));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
