// The command line as CLI.md specifies it, driven as a user or a script would.
#include "storage/projectfile.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace atlas;

namespace {

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(ATLAS_CLI));
    p.setArguments(args);
    p.start();
    p.waitForFinished(120000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString data(const char *name)
{
    return QString::fromStdString(test::sourcePath(std::string("tests/cli/data/") + name));
}

} // namespace

class TstCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void validateGood();
    void validateReportsPlace();
    void validateMissingFile();
    void importRefusesOverwrite();
    void importInvalidWritesNothing();
    void importExportRoundTrip();
    void scheduleJson();
    void scheduleStoresResultsInProject();
    void compareTable();
};

void TstCli::versionAndHelp()
{
    const Run v = cli({QStringLiteral("--version")});
    QCOMPARE(v.exit, 0);
    QVERIFY(v.out.contains(QRegularExpression(QStringLiteral("^computeatlas-cli \\d+\\.\\d+\\.\\d+"))));
    const Run h = cli({QStringLiteral("--help")});
    QCOMPARE(h.exit, 0);
    QVERIFY(h.out.contains(QStringLiteral("schedule FILE --scenario ID")));
}

void TstCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("validate without file") << QStringList{QStringLiteral("validate")};
    QTest::newRow("schedule without scenario") << QStringList{QStringLiteral("schedule"), data("small.yaml")};
    QTest::newRow("unknown scenario")
        << QStringList{QStringLiteral("schedule"), data("small.yaml"), QStringLiteral("--scenario"), QStringLiteral("nope")};
    QTest::newRow("compare unknown scenario")
        << QStringList{QStringLiteral("compare"), data("small.yaml"), QStringLiteral("--scenarios"), QStringLiteral("use,nope")};
    QTest::newRow("option without value") << QStringList{QStringLiteral("schedule"), data("small.yaml"), QStringLiteral("--scenario")};
}

void TstCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exit, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!r.err.contains(QStringLiteral("terminate called")));
}

void TstCli::validateGood()
{
    const Run r = cli({QStringLiteral("validate"), data("small.yaml")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(!r.out.contains(QStringLiteral("error")), qPrintable(r.out));
}

void TstCli::validateReportsPlace()
{
    const Run r = cli({QStringLiteral("validate"), data("bad-reference.yaml")});
    QCOMPARE(r.exit, 1);
    // FILE:LINE:COL: error: message — the region reference sits on line 10.
    const QRegularExpression line(QStringLiteral("bad-reference\\.yaml:10:\\d+: error: .*NOPE"));
    QVERIFY2(r.out.contains(line), qPrintable(r.out + r.err));
}

void TstCli::validateMissingFile()
{
    const Run r = cli({QStringLiteral("validate"), QStringLiteral("/nonexistent/x.yaml")});
    QCOMPARE(r.exit, 3);
}

void TstCli::importRefusesOverwrite()
{
    test::TempDir dir;
    const QString out = QString::fromStdString(dir.path("p.atlas"));
    QCOMPARE(cli({QStringLiteral("import"), data("small.yaml"), out}).exit, 0);
    const QByteArray before = QByteArray::fromStdString(test::readAll(out.toStdString()));
    const Run again = cli({QStringLiteral("import"), data("small.yaml"), out});
    QCOMPARE(again.exit, 3);
    QVERIFY(again.err.contains(QStringLiteral("--force")));
    QCOMPARE(QByteArray::fromStdString(test::readAll(out.toStdString())), before);
    QCOMPARE(cli({QStringLiteral("import"), data("small.yaml"), out, QStringLiteral("--force")}).exit, 0);
}

void TstCli::importInvalidWritesNothing()
{
    test::TempDir dir;
    const QString out = QString::fromStdString(dir.path("bad.atlas"));
    const Run r = cli({QStringLiteral("import"), data("bad-reference.yaml"), out});
    QCOMPARE(r.exit, 1);
    QVERIFY(!QFile::exists(out));
    QVERIFY(r.err.contains(QStringLiteral("bad-reference.yaml:10:")));
}

void TstCli::importExportRoundTrip()
{
    test::TempDir dir;
    const QString atlas1 = QString::fromStdString(dir.path("a.atlas"));
    const QString yaml1 = QString::fromStdString(dir.path("a.yaml"));
    const QString atlas2 = QString::fromStdString(dir.path("b.atlas"));
    const QString yaml2 = QString::fromStdString(dir.path("b.yaml"));
    QCOMPARE(cli({QStringLiteral("import"), data("small.yaml"), atlas1}).exit, 0);
    QCOMPARE(cli({QStringLiteral("export"), atlas1, yaml1}).exit, 0);
    QCOMPARE(cli({QStringLiteral("import"), yaml1, atlas2}).exit, 0);
    QCOMPARE(cli({QStringLiteral("export"), atlas2, yaml2}).exit, 0);
    const auto first = test::readAll(yaml1.toStdString());
    QVERIFY(first.find("小型测试项目") != std::string::npos); // Chinese kept as UTF-8, not escaped
    QCOMPARE(test::readAll(yaml2.toStdString()), first);
    auto a = openProject(atlas1.toStdString());
    auto b = openProject(atlas2.toStdString());
    QVERIFY(a && b);
    QVERIFY(a->data.project == b->data.project);
}

void TstCli::scheduleJson()
{
    const Run r = cli({QStringLiteral("schedule"), data("small.yaml"), QStringLiteral("--scenario"),
                       QStringLiteral("use"), QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.exit, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("computeatlas-result/1"));
    QCOMPARE(root.value(QStringLiteral("scenario")).toString(), QStringLiteral("use"));
    QCOMPARE(root.value(QStringLiteral("policy")).toString(), QStringLiteral("optimal"));
    const QJsonArray periods = root.value(QStringLiteral("periods")).toArray();
    QCOMPARE(periods.size(), 3);
    QCOMPARE(periods.at(0).toObject().value(QStringLiteral("period")).toString(), QStringLiteral("2026-01"));
    QCOMPARE(periods.at(0).toObject().value(QStringLiteral("hours")).toDouble(), 744.0);
    for (const char *key : {"capacity_pflops", "demand_pflops", "served_pflops", "unserved_pflops", "utilization",
                            "cross_region_share", "energy_mwh", "energy_cost", "objective"})
        QVERIFY2(periods.at(1).toObject().contains(QLatin1String(key)), key);
    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    for (const char *key : {"demand_pflops_hours", "served_pflops_hours", "unserved_pflops_hours", "utilization",
                            "energy_mwh", "energy_cost", "objective", "capex"})
        QVERIFY2(totals.contains(QLatin1String(key)), key);
    QVERIFY(root.contains(QStringLiteral("pools")));
    QVERIFY(root.contains(QStringLiteral("tenants")));
    QVERIFY(root.contains(QStringLiteral("flows")));
    // Demand is served somewhere: 100 PFLOPS of finance demand fits in either centre.
    QVERIFY(totals.value(QStringLiteral("served_pflops_hours")).toDouble() > 0);

    const Run noFlows = cli({QStringLiteral("schedule"), data("small.yaml"), QStringLiteral("--scenario"),
                             QStringLiteral("use"), QStringLiteral("--json"), QStringLiteral("-"),
                             QStringLiteral("--no-flows")});
    QCOMPARE(noFlows.exit, 0);
    QVERIFY(!QJsonDocument::fromJson(noFlows.out.toUtf8()).object().contains(QStringLiteral("flows")));
}

void TstCli::scheduleStoresResultsInProject()
{
    test::TempDir dir;
    const QString atlas = QString::fromStdString(dir.path("p.atlas"));
    QCOMPARE(cli({QStringLiteral("import"), data("small.yaml"), atlas}).exit, 0);
    QCOMPARE(cli({QStringLiteral("schedule"), atlas, QStringLiteral("--scenario"), QStringLiteral("build")}).exit, 0);
    auto opened = openProject(atlas.toStdString());
    QVERIFY(opened);
    QCOMPARE(opened->data.results.size(), size_t(1));
    QCOMPARE(QString::fromStdString(opened->data.results[0].scenario), QStringLiteral("build"));
    QVERIFY(!opened->data.results[0].fingerprint.empty());
}

void TstCli::compareTable()
{
    const Run r = cli({QStringLiteral("compare"), data("small.yaml"), QStringLiteral("--scenarios"),
                       QStringLiteral("today,use,build")});
    QCOMPARE(r.exit, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 9);
    QVERIFY(lines.first().contains(QStringLiteral("today")) && lines.first().contains(QStringLiteral("build")));
    QVERIFY(r.out.contains(QStringLiteral("capex")));
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
