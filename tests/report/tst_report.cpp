// The PDF report, read back with poppler-utils as a reader of the file would see it.
#include "testutil.h"

#include "engine/scheduler.h"
#include "language.h"
#include "projectloader.h"
#include "report/reportformat.h"
#include "report/reportrenderer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace atlas;
using atlas::test::TempDir;

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000))
        return QString();
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

QString cliPath()
{
    return QStringLiteral(ATLAS_BINARY_DIR "/app/cli/computeatlas-cli");
}

} // namespace

class TstReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contents_data();
    void contents();
    void fontsEmbeddedAndPages();
    void sameWhateverAppLanguage();
    void sectionsLeftOut();
    void unwritable_data();
    void unwritable();
    void cliReport_data();
    void cliReport();

private:
    std::vector<ScenarioResult> results(const QStringList &ids) const;
    QString render(const QString &language, const QString &name, const QStringList &ids = {});

    ProjectData mData;
    TempDir mDir;
};

void TstReport::initTestCase()
{
    auto loaded = loadAnyProject(test::sourcePath("tests/cli/data/small.yaml"));
    QVERIFY(loaded.ok());
    mData = loaded->data;
    for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
}

std::vector<ScenarioResult> TstReport::results(const QStringList &ids) const
{
    std::vector<ScenarioResult> out;
    for (const QString &id : ids) {
        auto r = runScenario(mData.project, id.toStdString());
        if (r)
            out.push_back(*r);
    }
    return out;
}

QString TstReport::render(const QString &language, const QString &name, const QStringList &ids)
{
    ReportOptions options;
    options.scenarios = ids.isEmpty() ? QStringList{QStringLiteral("today"), QStringLiteral("use"),
                                                    QStringLiteral("build")}
                                      : ids;
    options.language = language;
    options.organisation = QStringLiteral("测试规划院");
    const QString path = QString::fromStdString(mDir.path(name.toStdString()));
    const Status status = ReportRenderer::render(mData, results(options.scenarios), options, path);
    if (!status.ok())
        return QString();
    return path;
}

void TstReport::contents_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("headings");
    QTest::addColumn<QStringList>("foreign");  // headings of the other language: must be absent
    const QStringList en{QStringLiteral("Executive summary"), QStringLiteral("Contents"),
                         QStringLiteral("Assumptions"), QStringLiteral("Data sources")};
    const QStringList zh{QStringLiteral("执行摘要"), QStringLiteral("目录"), QStringLiteral("假设条件"),
                         QStringLiteral("数据来源")};
    QTest::newRow("en") << QStringLiteral("en") << en << zh;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << zh << en;
}

void TstReport::contents()
{
    QFETCH(QString, language);
    QFETCH(QStringList, headings);
    QFETCH(QStringList, foreign);
    const QString pdf = render(language, QStringLiteral("contents-%1.pdf").arg(language));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());

    // The Chinese names, as the reader's search finds them (no look-alike radicals).
    for (const QString &name : {QStringLiteral("小型测试项目"), QStringLiteral("贵安集群"), QStringLiteral("青浦智算中心"),
                                QStringLiteral("上海某银行"), QStringLiteral("东部新建"), QStringLiteral("测试规划院")})
        QVERIFY2(text.contains(name), qPrintable(name));
    for (const QString &h : headings)
        QVERIFY2(text.contains(h), qPrintable(h));
    for (const QString &h : foreign)
        QVERIFY2(!text.contains(h), qPrintable(h));

    // The KPI values equal the engine's, as the report formats them.
    const QLocale locale = reportformat::locale(language);
    for (const auto &r : results({QStringLiteral("today"), QStringLiteral("use"), QStringLiteral("build")})) {
        const Totals &t = r.totals;
        for (double v : {t.demandPflopsHours, t.servedPflopsHours, t.unservedPflopsHours, t.energyMwh, t.energyCost,
                         t.objective, t.capex}) {
            const QString s = reportformat::number(v, locale);
            QVERIFY2(text.contains(s), qPrintable(QStringLiteral("%1: %2").arg(QString::fromStdString(r.scenario), s)));
        }
        QVERIFY(text.contains(reportformat::percent(t.utilization, locale)));
    }
}

void TstReport::fontsEmbeddedAndPages()
{
    const QString pdf = render(QStringLiteral("zh_CN"), QStringLiteral("fonts.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);  // header, rule, at least one font
    const int emb = lines.at(0).indexOf(QStringLiteral("emb"));
    QVERIFY(emb > 0);
    QStringList names;
    for (int i = 2; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).mid(emb, 3) == QStringLiteral("yes"), qPrintable(lines.at(i)));
        names << lines.at(i).section(u' ', 0, 0);
    }
    // The report's own text is set in Noto Sans CJK SC, regular and bold.
    QVERIFY2(names.contains(QStringLiteral("NotoSansCJKsc-Regular")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("NotoSansCJKsc-Bold")), qPrintable(names.join(u',')));

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(match.hasMatch());
    QVERIFY(match.captured(1).toInt() > 1);
    QCOMPARE(match.captured(1).toInt(), ReportRenderer::lastPageCount());
}

void TstReport::sameWhateverAppLanguage()
{
    // The report's language is its own: the app's language neither leaks in nor changes.
    setLanguage(QStringLiteral("zh_CN"));
    const QString a = render(QStringLiteral("en"), QStringLiteral("under-zh.pdf"));
    QCOMPARE(currentLanguage(), QStringLiteral("zh_CN"));
    setLanguage(QStringLiteral("en"));
    const QString b = render(QStringLiteral("en"), QStringLiteral("under-en.pdf"));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QCOMPARE(pdfText(a), pdfText(b));
}

void TstReport::sectionsLeftOut()
{
    ReportOptions options;
    options.scenarios = {QStringLiteral("today"), QStringLiteral("use")};
    options.language = QStringLiteral("en");
    options.sections = {ReportSection::Summary};
    const QString path = QString::fromStdString(mDir.path("summary-only.pdf"));
    QVERIFY(ReportRenderer::render(mData, results(options.scenarios), options, path).ok());
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Executive summary")));
    QVERIFY(!text.contains(QStringLiteral("Assumptions")));
    QVERIFY(!text.contains(QStringLiteral("Contents")));
}

void TstReport::unwritable_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/report.pdf");
    QTest::newRow("target is a folder") << QStringLiteral("folder");
}

void TstReport::unwritable()
{
    QFETCH(QString, relative);
    TempDir dir;
    QDir(QString::fromStdString(dir.root())).mkdir(QStringLiteral("folder"));
    const QString path = QString::fromStdString(dir.path(relative.toStdString()));
    ReportOptions options;
    options.scenarios = {QStringLiteral("today")};
    const Status status = ReportRenderer::render(mData, results(options.scenarios), options, path);
    QVERIFY(!status.ok());
    QCOMPARE(status.problems.front().code, Code::FileUnwritable);
    // Nothing half-written: the folder holds only what it held before.
    QCOMPARE(QDir(QString::fromStdString(dir.root())).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList{QStringLiteral("folder")});
    QVERIFY(QDir(QString::fromStdString(dir.path("folder"))).isEmpty());
}

void TstReport::cliReport_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("written");
    const QString out = QStringLiteral("@OUT@");
    QTest::newRow("ok") << QStringList{QStringLiteral("--scenarios"), QStringLiteral("today,use"),
                                       QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("zh_CN")}
                        << 0 << true;
    QTest::newRow("unknown scenario") << QStringList{QStringLiteral("--scenarios"), QStringLiteral("today,nope"),
                                                     QStringLiteral("--out"), out}
                                      << 2 << false;
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--scenarios"), QStringLiteral("today"),
                                                     QStringLiteral("--out"), out, QStringLiteral("--lang"),
                                                     QStringLiteral("fr")}
                                      << 2 << false;
    QTest::newRow("no --out") << QStringList{QStringLiteral("--scenarios"), QStringLiteral("today")} << 2 << false;
    QTest::newRow("unwritable") << QStringList{QStringLiteral("--scenarios"), QStringLiteral("today"),
                                               QStringLiteral("--out"), QStringLiteral("@DIR@/missing/r.pdf")}
                                << 3 << false;
}

void TstReport::cliReport()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(bool, written);
    if (!QFile::exists(cliPath()))
        QSKIP("computeatlas-cli is not built");
    TempDir dir;
    const QString out = QString::fromStdString(dir.path("r.pdf"));
    for (QString &a : arguments)
        a.replace(QStringLiteral("@OUT@"), out).replace(QStringLiteral("@DIR@"), QString::fromStdString(dir.root()));
    QProcess p;
    // A private runtime folder, so that Qt has nothing to say on standard error.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QString::fromStdString(mDir.root()));
    p.setProcessEnvironment(env);
    p.start(cliPath(), QStringList{QStringLiteral("report"), QString::fromStdString(test::sourcePath("tests/cli/data/small.yaml"))}
                           + arguments);
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), exitCode);
    QCOMPARE(QFile::exists(out), written);
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (exitCode != 0)
        QVERIFY2(!err.isEmpty() && !err.contains(u'\n'), qPrintable(err));  // one clear line
    QCOMPARE(QDir(QString::fromStdString(dir.root())).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).size(),
             written ? 1 : 0);
    if (written)
        QVERIFY(pdfText(out).contains(QStringLiteral("执行摘要")));
}

QTEST_MAIN(TstReport)
#include "tst_report.moc"
