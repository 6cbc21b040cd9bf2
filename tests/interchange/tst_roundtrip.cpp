#include "interchange/yaml.h"
#include "testutil.h"

#include <QDir>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

using namespace atlas;

namespace {

const std::string Golden = "tests/interchange/golden/";

QString describe(const std::vector<Problem> &problems)
{
    QString s;
    for (const auto &p : problems)
        s += QStringLiteral("%1:%2 code %3 %4\n").arg(p.line).arg(p.column).arg(int(p.code))
                 .arg(QString::fromStdString(p.path));
    return s;
}

Project smallProject()
{
    Project p;
    p.name = "往返";
    p.periods.start = Month{2026, 1};
    p.periods.count = 2;
    p.regions.push_back({"GZ", "贵州", 26.6, 106.7});
    p.centers.push_back({"guian", "贵安", "GZ", 26.4, 106.4, 1.2, std::nullopt, 0.35, 1.0, std::nullopt});
    Chip chip;
    chip.id = "k";
    chip.ecosystem = "cann";
    chip.tflops = 300;
    p.chips.push_back(chip);
    Tenant t;
    t.id = "t";
    t.region = "GZ";
    t.ecosystems = {"cann"};
    t.demand.base = 1;
    p.tenants.push_back(t);
    return p;
}

} // namespace

class TstRoundTrip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void texts_data();
    void texts();
    void numbers_data();
    void numbers();
    void chineseIsWrittenRaw();
    void saveReplacesAtomically();
    void saveFailureLeavesNothing();
};

void TstRoundTrip::golden_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(QString::fromStdString(test::sourcePath(Golden)));
    const auto files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TstRoundTrip::golden()
{
    QFETCH(QString, name);
    const std::string path = test::sourcePath(Golden + name.toStdString());
    const auto first = readYaml(path);
    QVERIFY2(first.ok(), qPrintable(describe(first.problems)));
    QVERIFY2(!hasError(first.problems), qPrintable(describe(first.problems)));

    const std::string exported = writeYaml(*first);
    const auto second = parseYaml(exported, "exported.yaml");
    QVERIFY2(second.ok(), qPrintable(describe(second.problems)));
    QVERIFY(*second == *first);
    // Byte-stable: exporting what was exported gives the same bytes.
    QCOMPARE(writeYaml(*second), exported);

    // The readable layout people review in diffs, fixed in expected/.
    const std::string expectedPath = test::sourcePath(Golden + "expected/" + name.toStdString());
    if (!QFile::exists(QString::fromStdString(expectedPath)))
        QSKIP("no expected export for this file");
    QCOMPARE(QString::fromStdString(exported), QString::fromStdString(test::readAll(expectedPath)));
}

void TstRoundTrip::texts_data()
{
    QTest::addColumn<QString>("text");
    const char *texts[] = {"2026", "001", "2026-01", "1e3", "0x1F", ".inf", "-.5", "+1", "true", "yes",
                           "No", "off", "null", "~", "", " leading", "trailing ", "a: b", "a #b", "#c",
                           "- x", "[x]", "{x}", "a, b", "it's", "\"q\"", "&anchor", "*alias", "!tag",
                           "%pct", "@at", "`bt", "|", ">", "?", "多行\n名称", "tab\there", "中文：冒号",
                           "東數西算 🚀", "\\backslash"};
    for (const char *t : texts)
        QTest::newRow(t) << QString::fromUtf8(t);
}

void TstRoundTrip::texts()
{
    QFETCH(QString, text);
    const std::string s = text.toStdString();
    Project p = smallProject();
    p.name = s;
    p.regions[0].name = s;
    p.chips[0].vendor = s;
    p.tenants[0].industry = s;
    p.scenarios.push_back({"s", s, Policy::Nearest, std::nullopt, {}, {}, {}});
    const auto back = parseYaml(writeYaml(p), "texts.yaml");
    QVERIFY2(back.ok(), qPrintable(describe(back.problems) + QString::fromStdString(writeYaml(p))));
    QCOMPARE(back->name, s);
    QCOMPARE(back->regions[0].name, s);
    QCOMPARE(back->chips[0].vendor, s);
    QCOMPARE(back->tenants[0].industry, s);
    QCOMPARE(back->scenarios[0].name, s);
}

void TstRoundTrip::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("1/3") << 1.0 / 3.0;
    QTest::newRow("-0") << -0.0;
    QTest::newRow("max") << std::numeric_limits<double>::max();
    QTest::newRow("denormal") << 5e-324;
    QTest::newRow("min normal") << std::numeric_limits<double>::min();
    QTest::newRow("big integer") << 123456789012345678.0;
    QTest::newRow("1e16") << 1e16;
    QTest::newRow("8e8") << 8e8;
    QTest::newRow("small") << 1.5e-7;
    QTest::newRow("next after 1") << std::nextafter(1.0, 2.0);
    QTest::newRow("negative") << -179.99999999999997;
}

void TstRoundTrip::numbers()
{
    QFETCH(double, value);
    // Any quantity goes into a price (no upper limit); negatives into a longitude.
    Project p = smallProject();
    const bool asPrice = !(value < 0);
    (asPrice ? p.chips[0].price : p.regions[0].lon) = value;
    const auto back = parseYaml(writeYaml(p), "numbers.yaml");
    QVERIFY2(back.ok(), qPrintable(describe(back.problems)));
    const double read = asPrice ? back->chips[0].price : back->regions[0].lon;
    QCOMPARE(std::bit_cast<std::uint64_t>(read), std::bit_cast<std::uint64_t>(value));
}

void TstRoundTrip::chineseIsWrittenRaw()
{
    const std::string text = writeYaml(smallProject());
    QVERIFY(text.find("name: 往返") != std::string::npos);
    QVERIFY(text.find("name: 贵州") != std::string::npos);
    QVERIFY(text.find("\\u") == std::string::npos);
}

void TstRoundTrip::saveReplacesAtomically()
{
    test::TempDir dir;
    const std::string path = dir.path("导出.yaml");
    test::writeAll(path, "old contents");
    const Project p = smallProject();
    const Status s = saveYaml(p, path);
    QVERIFY2(s.ok(), qPrintable(describe(s.problems)));
    QCOMPARE(test::readAll(path), writeYaml(p));
    const auto back = readYaml(path);
    QVERIFY(back.ok());
    QVERIFY(*back == p);
    // No temporary file is left beside it.
    QCOMPARE(QDir(QString::fromStdString(dir.root())).entryList(QDir::Files).size(), qsizetype(1));
}

void TstRoundTrip::saveFailureLeavesNothing()
{
    test::TempDir dir;
    const std::string path = dir.path("missing-folder/out.yaml");
    const Status s = saveYaml(smallProject(), path);
    QVERIFY(!s.ok());
    QCOMPARE(int(s.problems.at(0).code), int(Code::FileUnwritable));
    QCOMPARE(s.problems.at(0).file, path);
    QVERIFY(QDir(QString::fromStdString(dir.root())).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TstRoundTrip)
#include "tst_roundtrip.moc"
