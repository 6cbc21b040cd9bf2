// The report dialog (File ▸ Export Report): its choices write the PDF the command line
// writes, missing results are run first and stored, or named in the report.
#include "testutil.h"

#include "document.h"
#include "projectloader.h"
#include "reportdialog.h"
#include "scenariorunner.h"

#include <QDir>
#include <QFile>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace atlas;
using atlas::test::TempDir;

namespace {

QString run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForFinished(120000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

int pdfPages(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString cliPath()
{
    return QStringLiteral(ATLAS_BINARY_DIR "/app/cli/computeatlas-cli");
}

const QString kOrganisation = QStringLiteral("测试规划院");

} // namespace

class TstReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsCli_data();
    void sameAsCli();
    void sections_data();
    void sections();
    void nameMissing_data();
    void nameMissing();
    void previewHasThePdfPages();
    void unwritable();

private:
    std::unique_ptr<Document> openSmall() const;
    /** Exports through the dialog and waits for the outcome (runs included). */
    bool exportAndWait(ReportDialog &dialog, const QString &path, QString *message = nullptr);
    void runFirst(Document *doc, const QStringList &ids);

    ProjectData mData;
    TempDir mDir;
};

void TstReportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // QSettings away from the user's
    QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("computeatlas-report-tests"));
    auto loaded = loadAnyProject(test::sourcePath("tests/cli/data/small.yaml"));
    QVERIFY(loaded.ok());
    mData = loaded->data;
    for (const char *tool : {"pdftotext", "pdfinfo"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
    // The cover names the version: the one the command line reports.
    if (QFile::exists(cliPath())) {
        const QString version = run(cliPath(), {QStringLiteral("--version")}).trimmed().section(u' ', 1);
        QCoreApplication::setApplicationVersion(version);
    }
}

std::unique_ptr<Document> TstReportDialog::openSmall() const
{
    return std::make_unique<Document>(mData);
}

bool TstReportDialog::exportAndWait(ReportDialog &dialog, const QString &path, QString *message)
{
    QSignalSpy done(&dialog, &ReportDialog::exportFinished);
    dialog.exportTo(path);
    if (done.isEmpty() && !done.wait(120000))
        return false;
    if (message)
        *message = done.first().at(1).toString();
    return done.first().at(0).toBool();
}

void TstReportDialog::runFirst(Document *doc, const QStringList &ids)
{
    ScenarioRunner runner(doc);
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    QVERIFY(runner.run(ids));
    QVERIFY(finished.wait(120000));
}

void TstReportDialog::sameAsCli_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("scenarios");
    QTest::newRow("en, two") << QStringLiteral("en") << QStringList{QStringLiteral("today"), QStringLiteral("use")};
    QTest::newRow("zh_CN, three") << QStringLiteral("zh_CN")
                                  << QStringList{QStringLiteral("use"), QStringLiteral("near"), QStringLiteral("build")};
}

void TstReportDialog::sameAsCli()
{
    QFETCH(QString, language);
    QFETCH(QStringList, scenarios);
    if (!QFile::exists(cliPath()))
        QSKIP("computeatlas-cli is not built");
    auto doc = openSmall();
    ReportDialog dialog(doc.get());
    dialog.setInteractive(false);
    dialog.setScenarios(scenarios);
    dialog.setLanguage(language);
    dialog.setOrganisation(kOrganisation);
    dialog.setMissingResults(ReportDialog::MissingResults::RunFirst);
    QCOMPARE(dialog.missingScenarios(), scenarios);

    // Run first: the dialog runs the scenarios and stores their results in the document.
    TempDir dir;
    const QString first = QString::fromStdString(dir.path("first.pdf"));
    QString message;
    QVERIFY2(exportAndWait(dialog, first, &message), qPrintable(message));
    for (const QString &id : scenarios) {
        QVERIFY2(doc->result(id.toStdString()), qPrintable(id));
        QVERIFY(!doc->isStale(id.toStdString()));
    }
    QVERIFY(dialog.missingScenarios().isEmpty());
    QVERIFY(doc->isModified());

    // Saved with its results, the project gives the command line the same stored results.
    const QString atlas = QString::fromStdString(dir.path("small.atlas"));
    QVERIFY(doc->saveTo(atlas).ok());
    const QString fromDialog = QString::fromStdString(dir.path("dialog.pdf"));
    QVERIFY2(exportAndWait(dialog, fromDialog, &message), qPrintable(message));

    // The command line reads the organisation from the app's settings.
    TempDir config;
    QDir(QString::fromStdString(config.root())).mkpath(QStringLiteral("ComputeAtlas"));
    {
        QSettings settings(QString::fromStdString(config.path("ComputeAtlas/computeatlas.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("organisation"), kOrganisation);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QString::fromStdString(config.root()));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QString::fromStdString(mDir.root()));
    const QString fromCli = QString::fromStdString(dir.path("cli.pdf"));
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(cliPath(), {QStringLiteral("report"), atlas, QStringLiteral("--scenarios"), scenarios.join(u','),
                          QStringLiteral("--out"), fromCli, QStringLiteral("--lang"), language});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);

    const QString a = pdfText(fromDialog);
    const QString b = pdfText(fromCli);
    QVERIFY(a.contains(kOrganisation));
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
    QCOMPARE(pdfPages(fromDialog), pdfPages(fromCli));
}

void TstReportDialog::sections_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QList<int>>("sections");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    using S = ReportSection;
    QTest::newRow("summary and sources, en")
        << QStringLiteral("en") << QList<int>{int(S::Summary), int(S::DataSources)}
        << QStringList{QStringLiteral("Executive summary"), QStringLiteral("Data sources")}
        << QStringList{QStringLiteral("Contents"), QStringLiteral("Assumptions"), QStringLiteral("Appendix: methods"),
                       QStringLiteral("Capacity planning report")};
    QTest::newRow("cover, assumptions, methods, zh_CN")
        << QStringLiteral("zh_CN") << QList<int>{int(S::Cover), int(S::Assumptions), int(S::Methods)}
        << QStringList{QStringLiteral("算力规划报告"), QStringLiteral("假设条件"), QStringLiteral("附录")}
        << QStringList{QStringLiteral("执行摘要"), QStringLiteral("数据来源"), QStringLiteral("Assumptions")};
}

void TstReportDialog::sections()
{
    QFETCH(QString, language);
    QFETCH(QList<int>, sections);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    auto doc = openSmall();
    runFirst(doc.get(), {QStringLiteral("today"), QStringLiteral("use")});
    ReportDialog dialog(doc.get());
    dialog.setInteractive(false);
    std::vector<ReportSection> chosen;
    for (int s : sections)
        chosen.push_back(ReportSection(s));
    dialog.setSections(chosen);
    dialog.setScenarios({QStringLiteral("today"), QStringLiteral("use")});
    dialog.setLanguage(language);
    QCOMPARE(dialog.options().sections, chosen);
    TempDir dir;
    const QString pdf = QString::fromStdString(dir.path("sections.pdf"));
    QVERIFY(exportAndWait(dialog, pdf));
    const QString text = pdfText(pdf);
    for (const QString &s : present)
        QVERIFY2(text.contains(s, Qt::CaseInsensitive), qPrintable(s));
    for (const QString &s : absent)
        QVERIFY2(!text.contains(s, Qt::CaseInsensitive), qPrintable(s));
}

void TstReportDialog::nameMissing_data()
{
    QTest::addColumn<bool>("stale");  // the missing scenario has stale results rather than none
    QTest::addColumn<QString>("language");
    QTest::newRow("never run, en") << false << QStringLiteral("en");
    QTest::newRow("stale, zh_CN") << true << QStringLiteral("zh_CN");
}

void TstReportDialog::nameMissing()
{
    QFETCH(bool, stale);
    QFETCH(QString, language);
    auto doc = openSmall();
    runFirst(doc.get(), {QStringLiteral("today")});
    if (stale) {
        runFirst(doc.get(), {QStringLiteral("build")});
        StoredResult old = *doc->storedResult("build");
        old.fingerprint = "inputs of an earlier version";
        doc->storeResult(old);
        QVERIFY(doc->isStale("build"));
    }
    ReportDialog dialog(doc.get());
    dialog.setInteractive(false);
    dialog.setScenarios({QStringLiteral("today"), QStringLiteral("build")});
    dialog.setLanguage(language);
    dialog.setMissingResults(ReportDialog::MissingResults::NameInReport);
    QCOMPARE(dialog.missingScenarios(), QStringList{QStringLiteral("build")});
    TempDir dir;
    const QString pdf = QString::fromStdString(dir.path("missing.pdf"));
    QVERIFY(exportAndWait(dialog, pdf));
    // Nothing was run for the report, and the report names what it leaves out.
    QCOMPARE(doc->result("build") != nullptr, stale);
    QVERIFY(doc->isStale("build"));
    // "build" (东部新建) has no other place in a report of "today" alone.
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("今日")));
    QVERIFY(text.contains(QStringLiteral("东部新建")));
    if (language == QStringLiteral("en"))
        QVERIFY(text.contains(QStringLiteral("Not in this report: 东部新建 (build).")));
}

void TstReportDialog::previewHasThePdfPages()
{
    auto doc = openSmall();
    runFirst(doc.get(), {QStringLiteral("today"), QStringLiteral("use")});
    ReportDialog dialog(doc.get());
    dialog.setInteractive(false);
    dialog.setScenarios({QStringLiteral("today"), QStringLiteral("use")});
    dialog.setLanguage(QStringLiteral("en"));
    dialog.refreshPreview();
    auto *preview = dialog.findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    TempDir dir;
    const QString pdf = QString::fromStdString(dir.path("preview.pdf"));
    QVERIFY(exportAndWait(dialog, pdf));
    QVERIFY(preview->pageCount() > 3);
    QCOMPARE(preview->pageCount(), pdfPages(pdf));
}

void TstReportDialog::unwritable()
{
    auto doc = openSmall();
    runFirst(doc.get(), {QStringLiteral("today")});
    ReportDialog dialog(doc.get());
    dialog.setInteractive(false);
    dialog.setScenarios({QStringLiteral("today")});
    TempDir dir;
    const QString path = QString::fromStdString(dir.path("missing-folder/r.pdf"));
    QString message;
    QVERIFY(!exportAndWait(dialog, path, &message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)) || message.contains(path), qPrintable(message));
    QVERIFY(QDir(QString::fromStdString(dir.root())).isEmpty());
}

QTEST_MAIN(TstReportDialog)
#include "tst_reportdialog.moc"
