#include "interchange/yaml.h"
#include "testutil.h"

#include <QDir>
#include <QTest>

#include <algorithm>

using namespace atlas;

Q_DECLARE_METATYPE(atlas::Code)
Q_DECLARE_METATYPE(atlas::Severity)

namespace {

// A valid project; each bad-input row below changes one thing in it.
const std::string Base =
    "format: computeatlas/1\n"
    "project:\n"
    "  name: 测试项目\n"
    "  currency: CNY\n"
    "  periods: {start: 2026-01, count: 3, length: month}\n"
    "regions:\n"
    "  - {id: GZ, name: 贵州, lat: 26.6, lon: 106.7}\n"
    "  - {id: HN, name: 湖南, lat: 28.2, lon: 112.9}\n"
    "centers:\n"
    "  - id: guian\n"
    "    name: 贵安\n"
    "    region: GZ\n"
    "    lat: 26.38\n"
    "    lon: 106.43\n"
    "    pue: 1.2\n"
    "    power_mw: 120\n"
    "    electricity_price: 0.35\n"
    "    availability: 0.97\n"
    "chips:\n"
    "  - {id: ascend-910b, vendor: 华为, name: 昇腾910B, ecosystem: cann, tflops: 320, memory_gb: 64, tdp_w: 400, idle_fraction: 0.3, price: 120000}\n"
    "inventory:\n"
    "  - {center: guian, chip: ascend-910b, count: 4096, from: 2026-01, until: 2030-12}\n"
    "links:\n"
    "  - {from: GZ, to: HN, latency_ms: 8, bandwidth_gbps: 400}\n"
    "tenants:\n"
    "  - id: hn-auto-01\n"
    "    name: 长沙汽车\n"
    "    region: HN\n"
    "    industry: 制造业\n"
    "    workload: inference\n"
    "    ecosystems: [cann]\n"
    "    max_latency_ms: 20\n"
    "    value: 3.0\n"
    "    demand: {base: 50, growth: 0.02, from: 2026-02}\n"
    "  - id: gz-series\n"
    "    name: 贵州政务\n"
    "    region: GZ\n"
    "    industry: 政务\n"
    "    workload: hpc\n"
    "    ecosystems: [cann]\n"
    "    value: 1\n"
    "    demand: {series: [1, 2, 3]}\n"
    "scenarios:\n"
    "  - {id: today, name: 现状, policy: local}\n"
    "  - id: build\n"
    "    name: 新建\n"
    "    policy: optimal\n"
    "    demand_scale: 1.5\n"
    "    add_centers:\n"
    "      - {id: hn-new, name: 长沙二期, region: HN, lat: 28.2, lon: 112.9, pue: 1.3, electricity_price: 0.62, build_cost: 8e8}\n"
    "    add_inventory:\n"
    "      - {center: hn-new, chip: ascend-910b, count: 100, from: 2026-02}\n"
    "    add_links:\n"
    "      - {from: hn-new, to: GZ, latency_ms: 10}\n";

const Problem *findCode(const Result<Project> &r, Code code)
{
    const auto it = std::find_if(r.problems.begin(), r.problems.end(),
                                 [&](const Problem &p) { return p.code == code; });
    return it == r.problems.end() ? nullptr : &*it;
}

QString describe(const Result<Project> &r)
{
    QString s;
    for (const auto &p : r.problems)
        s += QStringLiteral("%1:%2 code %3 %4\n").arg(p.line).arg(p.column).arg(int(p.code))
                 .arg(QString::fromStdString(p.path));
    return s;
}

} // namespace

class TstYamlReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void baseLoads();
    void problems_data();
    void problems();
    void syntax_data();
    void syntax();
    void invalidUtf8_data();
    void invalidUtf8();
    void optionalFieldsMayBeLeftOut();
    void numbersAndIntegers();
    void readsFiles();
    void regressionInputs();
};

void TstYamlReader::baseLoads()
{
    const auto r = parseYaml(Base, "base.yaml");
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY2(r.problems.empty(), qPrintable(describe(r)));
    QCOMPARE(r->name, std::string("测试项目"));
    QCOMPARE(r->periods.count, 3);
    QCOMPARE(r->centers.at(0).name, std::string("贵安"));
    QCOMPARE(r->centers.at(0).availability, 0.97);
    QCOMPARE(r->inventory.at(0).count, std::int64_t(4096));
    QCOMPARE(formatMonth(*r->inventory.at(0).until), std::string("2030-12"));
    QCOMPARE(int(r->tenants.at(0).workload), int(Workload::Inference));
    QCOMPARE(r->tenants.at(1).demand.series, (std::vector<double>{1, 2, 3}));
    QVERIFY(r->tenants.at(1).demand.explicitSeries);
    QCOMPARE(r->scenarios.at(1).addCenters.at(0).buildCost.value_or(0), 8e8);
    QCOMPARE(r->scenarios.at(1).demandScale.value_or(0), 1.5);
}

void TstYamlReader::problems_data()
{
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<Code>("code");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    auto row = [](const char *name, const char *find, const char *replace, Code code,
                  Severity severity, int line, int column) {
        QTest::newRow(name) << QString::fromUtf8(find) << QString::fromUtf8(replace) << code
                            << severity << line << column;
    };
    // Lines and columns (1-based, columns in characters) name the offending value, or
    // the entry that lacks a field.
    row("format wrong", "format: computeatlas/1", "format: computeatlas/2", Code::UnknownFormat, Severity::Error, 1, 9);
    row("format missing", "format: computeatlas/1\n", "", Code::UnknownFormat, Severity::Error, 1, 1);
    row("format not text", "format: computeatlas/1", "format: [computeatlas/1]", Code::UnknownFormat, Severity::Error, 1, 9);
    // syntax unclosed flow
    row("missing pue", "    pue: 1.2\n", "", Code::MissingField, Severity::Error, 10, 5);
    row("missing tdp in flow map", "tdp_w: 400, ", "", Code::MissingField, Severity::Error, 20, 5);
    row("missing project name", "  name: 测试项目\n", "", Code::MissingField, Severity::Error, 3, 3);
    row("missing demand base", "{base: 50, growth", "{growth", Code::MissingField, Severity::Error, 34, 13);
    row("missing tenant demand", "    demand: {series: [1, 2, 3]}\n", "", Code::MissingField, Severity::Error, 35, 5);
    row("text for number", "pue: 1.2", "pue: high", Code::WrongType, Severity::Error, 15, 10);
    row("quoted number", "pue: 1.2", "pue: \"1.2\"", Code::WrongType, Severity::Error, 15, 10);
    row("map for text", "name: 贵安", "name: {a: 1}", Code::WrongType, Severity::Error, 11, 11);
    row("scalar for list", "ecosystems: [cann]\n    max", "ecosystems: cann\n    max", Code::WrongType, Severity::Error, 31, 17);
    row("text count", "count: 4096", "count: many", Code::WrongType, Severity::Error, 22, 47);
    row("non-integer count", "count: 4096", "count: 4096.5", Code::NotInteger, Severity::Error, 22, 47);
    row("huge count", "count: 4096", "count: 99999999999999999999", Code::OutOfRange, Severity::Error, 22, 47);
    row("month without zero", "from: 2026-01, until", "from: 2026-1, until", Code::BadMonth, Severity::Error, 22, 59);
    row("month with day", "until: 2030-12", "until: 2030-12-01", Code::BadMonth, Severity::Error, 22, 75);
    row("month 13", "start: 2026-01", "start: 2026-13", Code::BadMonth, Severity::Error, 5, 20);
    row("unknown policy", "policy: local", "policy: cheapest", Code::UnknownPolicy, Severity::Error, 44, 35);
    row("unknown workload", "workload: inference", "workload: chat", Code::UnknownWorkload, Severity::Error, 30, 15);
    row("unknown period length", "length: month", "length: week", Code::UnknownPeriodLength, Severity::Error, 5, 47);
    row("unknown center region", "region: GZ\n    lat: 26.38", "region: XX\n    lat: 26.38", Code::UnknownReference, Severity::Error, 12, 13);
    row("unknown inventory chip", "chip: ascend-910b, count: 4096", "chip: a100, count: 4096", Code::UnknownReference, Severity::Error, 22, 27);
    row("unknown inventory center", "center: guian, chip", "center: nowhere, chip", Code::UnknownReference, Severity::Error, 22, 14);
    row("unknown link node", "{from: GZ, to: HN", "{from: GZ, to: XX", Code::UnknownReference, Severity::Error, 24, 20);
    row("unknown tenant region", "region: HN\n    industry: 制造业", "region: XX\n    industry: 制造业", Code::UnknownReference, Severity::Error, 28, 13);
    row("unknown added inventory center", "center: hn-new, chip", "center: hn-old, chip", Code::UnknownReference, Severity::Error, 52, 18);
    row("unknown added link node", "{from: hn-new, to: GZ", "{from: hn-new, to: XX", Code::UnknownReference, Severity::Error, 54, 28);
    row("duplicate region", "{id: HN, name: 湖南", "{id: GZ, name: 湖南", Code::DuplicateId, Severity::Error, 8, 10);
    row("duplicate tenant", "id: gz-series", "id: hn-auto-01", Code::DuplicateId, Severity::Error, 35, 9);
    row("added centre clashes with base", "{id: hn-new, name: 长沙二期", "{id: guian, name: 长沙二期", Code::DuplicateId, Severity::Error, 50, 14);
    row("duplicate key", "    pue: 1.2\n", "    pue: 1.2\n    pue: 1.3\n", Code::DuplicateKey, Severity::Error, 16, 5);
    row("negative price", "electricity_price: 0.35", "electricity_price: -0.35", Code::NegativeNumber, Severity::Error, 17, 24);
    row("negative count", "count: 100", "count: -100", Code::NegativeNumber, Severity::Error, 52, 52);
    row("negative demand scale", "demand_scale: 1.5", "demand_scale: -1", Code::NegativeNumber, Severity::Error, 48, 19);
    row("negative series value", "[1, 2, 3]", "[1, -2, 3]", Code::NegativeNumber, Severity::Error, 42, 26);
    row("nan latitude", "lat: 26.38", "lat: .nan", Code::NotFinite, Severity::Error, 13, 10);
    row("infinite value", "value: 3.0", "value: .inf", Code::NotFinite, Severity::Error, 33, 12);
    row("overflowing number", "tdp_w: 400", "tdp_w: 1e999", Code::NotFinite, Severity::Error, 20, 101);
    row("pue below one", "pue: 1.2", "pue: 0.9", Code::PueBelowOne, Severity::Error, 15, 10);
    row("added pue below one", "pue: 1.3", "pue: 0.5", Code::PueBelowOne, Severity::Error, 50, 74);
    row("availability above one", "availability: 0.97", "availability: 1.5", Code::OutOfRange, Severity::Error, 18, 19);
    row("availability zero", "availability: 0.97", "availability: 0", Code::NotPositive, Severity::Error, 18, 19);
    row("idle fraction above one", "idle_fraction: 0.3", "idle_fraction: 1.2", Code::OutOfRange, Severity::Error, 20, 121);
    row("growth minus one", "growth: 0.02", "growth: -1", Code::OutOfRange, Severity::Error, 34, 32);
    row("growth too high", "growth: 0.02", "growth: 11", Code::OutOfRange, Severity::Error, 34, 32);
    row("latitude out of range", "lat: 26.6", "lat: 95", Code::OutOfRange, Severity::Error, 7, 29);
    row("zero tflops", "tflops: 320", "tflops: 0", Code::NotPositive, Severity::Error, 20, 74);
    row("series too short", "[1, 2, 3]", "[1, 2]", Code::SeriesLength, Severity::Error, 42, 22);
    row("series too long", "[1, 2, 3]", "[1, 2, 3, 4]", Code::SeriesLength, Severity::Error, 42, 22);
    row("demand from after horizon", "from: 2026-02}", "from: 2026-04}", Code::DemandFromOutsideHorizon, Severity::Error, 34, 44);
    row("demand from before horizon", "from: 2026-02}", "from: 2025-12}", Code::DemandFromOutsideHorizon, Severity::Error, 34, 44);
    row("until before from", "until: 2030-12", "until: 2025-12", Code::UntilBeforeFrom, Severity::Error, 22, 75);
    row("zero periods", "count: 3", "count: 0", Code::OutOfRange, Severity::Error, 5, 36);
    row("empty centre id", "id: guian", "id: \"\"", Code::EmptyId, Severity::Error, 10, 9);
    row("self link", "{from: GZ, to: HN", "{from: GZ, to: GZ", Code::SelfLink, Severity::Error, 24, 20);
    row("empty ecosystems", "ecosystems: [cann]\n    max", "ecosystems: []\n    max", Code::EmptyList, Severity::Error, 31, 17);
    row("second document", "", "---\nformat: computeatlas/1\n", Code::ExtraDocument, Severity::Error, 56, 1);
    row("unknown key", "    pue: 1.2\n", "    pue: 1.2\n    colour: red\n", Code::UnknownKey, Severity::Warning, 16, 5);
    row("unknown key in flow map", "lat: 26.6, lon: 106.7}", "lat: 26.6, lon: 106.7, alt: 1000}", Code::UnknownKey, Severity::Warning, 7, 47);
    row("unknown top-level key", "links:\n", "link_notes: hi\nlinks:\n", Code::UnknownKey, Severity::Warning, 23, 1);
    row("build cost on base centre", "    availability: 0.97\n", "    availability: 0.97\n    build_cost: 5\n", Code::UnknownKey, Severity::Warning, 19, 5);
    row("series beside base", "{series: [1, 2, 3]}", "{series: [1, 2, 3], base: 4}", Code::UnknownKey, Severity::Warning, 42, 33);
    row("ecosystem no chip has", "ecosystems: [cann]\n    max", "ecosystems: [cann, dtk]\n    max", Code::UnknownEcosystem, Severity::Warning, 31, 24);
    row("power limit exceeded", "power_mw: 120", "power_mw: 1", Code::PowerLimitExceeded, Severity::Warning, 16, 15);
}

void TstYamlReader::problems()
{
    QFETCH(QString, find);
    QFETCH(QString, replace);
    QFETCH(Code, code);
    QFETCH(Severity, severity);
    QFETCH(int, line);
    QFETCH(int, column);
    std::string text = Base;
    if (find.isEmpty()) {
        text += replace.toStdString();
    } else {
        const size_t at = text.find(find.toStdString());
        QVERIFY(at != std::string::npos);
        text.replace(at, find.toUtf8().size(), replace.toStdString());
    }
    const auto r = parseYaml(text, "case.yaml");
    const Problem *p = findCode(r, code);
    QVERIFY2(p, qPrintable(describe(r)));
    QCOMPARE(int(p->severity), int(severity));
    QCOMPARE(p->file, std::string("case.yaml"));
    QCOMPARE(p->line, line);
    QCOMPARE(p->column, column);
    // Errors refuse the whole file; warnings come with the project.
    QCOMPARE(r.ok(), severity == Severity::Warning);
    QCOMPARE(hasError(r.problems), severity == Severity::Error);
}

void TstYamlReader::syntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Code>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty file") << QString() << Code::UnknownFormat << 1 << 1;
    QTest::newRow("plain text") << QStringLiteral("hello") << Code::UnknownFormat << 1 << 1;
    QTest::newRow("a list") << QStringLiteral("- format: computeatlas/1\n") << Code::UnknownFormat << 1 << 1;
    QTest::newRow("unclosed flow map")
        << QStringLiteral("format: computeatlas/1\nregions:\n  - {id: GZ, name: x\n")
        << Code::YamlSyntax << 4 << 1;
    QTest::newRow("bad indentation")
        << QStringLiteral("format: computeatlas/1\nproject:\n  name: a\n periods: b\n")
        << Code::YamlSyntax << 4 << 2;
    // Columns count characters, not UTF-8 bytes: the second colon is the 11th character.
    QTest::newRow("second colon after Chinese")
        << QStringLiteral("format: computeatlas/1\nproject:\n  name: 名字: b\n")
        << Code::YamlSyntax << 3 << 11;
    QTest::newRow("undefined alias")
        << QStringLiteral("format: computeatlas/1\nproject: *nothing\n")
        << Code::YamlSyntax << 2 << 10;
    QTest::newRow("deep nesting") << QString(100000, QLatin1Char('[')) << Code::YamlSyntax << 1 << -1;
}

void TstYamlReader::syntax()
{
    QFETCH(QString, text);
    QFETCH(Code, code);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto r = parseYaml(text.toStdString(), "syntax.yaml");
    QVERIFY(!r.ok());
    QVERIFY2(!r.problems.empty(), "no problem reported");
    const Problem &p = r.problems.front();
    QVERIFY2(p.code == code, qPrintable(describe(r)));
    QCOMPARE(p.line, line);
    if (column > 0)
        QCOMPARE(p.column, column);
    else
        QVERIFY(p.column >= 1);
}

void TstYamlReader::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("stray byte after Chinese") << QByteArray("format: computeatlas/1\nproject:\n  name: \xe5\x90\x8d\xff\n") << 3 << 10;
    QTest::newRow("cut sequence") << QByteArray("format: computeatlas/1\nproject:\n  name: \xe5\x90\n") << 3 << 9;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << 1 << 1;
    QTest::newRow("surrogate") << QByteArray("a: \xed\xa0\x80") << 1 << 4;
    QTest::newRow("Latin-1 file") << QByteArray("format: computeatlas/1\nproject: {name: Caf\xe9}\n") << 2 << 20;
}

void TstYamlReader::invalidUtf8()
{
    // Bytes that are not UTF-8 are refused where they stand, never passed on to be
    // written back differently.
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto r = parseYaml(std::string(bytes.constData(), size_t(bytes.size())), "bytes.yaml");
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), size_t(1));
    QCOMPARE(int(r.problems[0].code), int(Code::NotUtf8));
    QCOMPARE(r.problems[0].line, line);
    QCOMPARE(r.problems[0].column, column);
}

void TstYamlReader::optionalFieldsMayBeLeftOut()
{
    const std::string text =
        "format: computeatlas/1\n"
        "project:\n"
        "  name: 最小项目\n"
        "  periods: {start: 2026-01, count: 2, length: year}\n"
        "regions:\n"
        "  - {id: R, name: 区域, lat: 1, lon: 2}\n"
        "centers:\n"
        "  - {id: C, name: 中心, region: R, lat: 1, lon: 2, pue: 1.1, electricity_price: 0.5}\n"
        "chips:\n"
        "  - {id: K, vendor: V, name: N, ecosystem: E, tflops: 10, tdp_w: 100, idle_fraction: 0.1, price: 1}\n"
        "inventory:\n"
        "  - {center: C, chip: K, count: 8}\n"
        "links:\n"
        "  - {from: R, to: C, latency_ms: 2}\n"
        "tenants:\n"
        "  - {id: T, name: 租户, region: R, industry: x, workload: video, ecosystems: [E], value: 1,\n"
        "     demand: {base: 5}}\n";
    const auto r = parseYaml(text, "min.yaml");
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY2(r.problems.empty(), qPrintable(describe(r)));
    QCOMPARE(r->currency, std::string("CNY"));
    QCOMPARE(r->parameters, Parameters{});
    QVERIFY(!r->centers[0].powerMw);
    QCOMPARE(r->centers[0].availability, 1.0);
    QCOMPARE(r->chips[0].memoryGb, 0.0);
    QVERIFY(!r->inventory[0].from);
    QVERIFY(!r->inventory[0].until);
    QVERIFY(!r->links[0].bandwidthGbps);
    QVERIFY(!r->tenants[0].maxLatencyMs);
    QVERIFY(!r->tenants[0].transferCost);
    QCOMPARE(r->tenants[0].demand.growth, 0.0);
    QVERIFY(!r->tenants[0].demand.from);
    QVERIFY(r->scenarios.empty());
}

void TstYamlReader::numbersAndIntegers()
{
    // Integral counts may be written as decimals; YAML's other number spellings read too.
    std::string text = Base;
    text.replace(text.find("count: 4096"), 11, "count: 4.096e3");
    text.replace(text.find("price: 120000"), 13, "price: +1.2E5");
    text.replace(text.find("memory_gb: 64"), 13, "memory_gb: !!float 64");
    const auto r = parseYaml(text, "numbers.yaml");
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r->inventory[0].count, std::int64_t(4096));
    QCOMPARE(r->chips[0].price, 120000.0);
    QCOMPARE(r->chips[0].memoryGb, 64.0);
}

void TstYamlReader::readsFiles()
{
    test::TempDir dir;
    const std::string path = dir.path("项目.yaml");
    test::writeAll(path, Base);
    const auto r = readYaml(path);
    QVERIFY2(r.ok(), qPrintable(describe(r)));

    test::writeAll(path, Base + "extra_key: 1\n");
    const auto w = readYaml(path);
    QVERIFY(w.ok());
    QCOMPARE(w.problems.size(), size_t(1));
    QCOMPARE(w.problems[0].file, path);

    const auto missing = readYaml(dir.path("absent.yaml"));
    QVERIFY(!missing.ok());
    QCOMPARE(int(missing.problems.at(0).code), int(Code::FileNotFound));

    const auto folder = readYaml(dir.root());
    QVERIFY(!folder.ok());
    QCOMPARE(int(folder.problems.at(0).code), int(Code::FileUnreadable));
}

void TstYamlReader::regressionInputs()
{
    // Inputs that once crashed or hung the reader (found by fuzzing): each must now
    // either load or be refused with located problems.
    const QDir dir(QString::fromStdString(test::sourcePath("tests/interchange/regress")));
    const auto files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        const auto r = readYaml(dir.filePath(name).toStdString());
        QVERIFY2(r.ok() != hasError(r.problems), qPrintable(name));
        for (const auto &p : r.problems)
            QVERIFY2(p.line >= 1 && p.column >= 1, qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TstYamlReader)
#include "tst_yamlreader.moc"
