// The report's operations section: the demo project with actuals, read back with pdftotext.
#include "testutil.h"

#include "document.h"
#include "engine/scheduler.h"
#include "ops/importmerge.h"
#include "ops/planvsactual.h"
#include "projectloader.h"
#include "report/reportformat.h"
#include "report/reportoperations.h"
#include "report/reportrenderer.h"
#include "reportdialog.h"

#include <QGroupBox>
#include <QListWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <set>

using namespace atlas;
using atlas::test::TempDir;

namespace {

const QString kOrigin = QStringLiteral("/srv/ops/pool-utilization-2026h1.csv");

/** pdftotext -layout: a table row stays on one line. */
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                          QStringLiteral("-")});
    if (!p.waitForFinished(120000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** Whether one line of `text` holds every piece, in this order. */
bool lineWith(const QString &text, const QStringList &pieces)
{
    for (const QString &line : text.split(u'\n')) {
        qsizetype at = 0;
        bool all = true;
        for (const QString &piece : pieces) {
            at = line.indexOf(piece, at);
            if (at < 0) {
                all = false;
                break;
            }
            at += piece.size();
        }
        if (all)
            return true;
    }
    return false;
}

QString nameOf(const std::vector<Center> &centers, const std::string &id)
{
    for (const Center &c : centers)
        if (c.id == id)
            return QString::fromStdString(c.name);
    return QString();
}

} // namespace

class TstReportOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void section_data();
    void section();
    void leftOutWithoutActuals_data();
    void leftOutWithoutActuals();
    void dialogChoice_data();
    void dialogChoice();

private:
    QString render(const ProjectData &data, const QString &language, const QString &name,
                   const std::vector<ReportSection> &sections = ReportOptions::allSections());

    ProjectData mPlain;    ///< the demo as shipped: no actuals
    ProjectData mActuals;  ///< the demo with six months of pool actuals and one tenant's
    std::vector<ScenarioResult> mResults;
    TempDir mDir;
};

void TstReportOps::initTestCase()
{
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    auto loaded = loadAnyProject(test::sourcePath("resources/demo/demo.yaml"));
    QVERIFY(loaded.ok());
    mPlain = loaded->data;
    QVERIFY(mPlain.actuals.empty());
    auto plan = runScenario(mPlain.project, "today");
    QVERIFY(plan.ok());
    mResults = {*plan};

    // Every pool of the inventory, periods 0..5, utilizations from idle to overloaded.
    const double levels[] = {0.12, 0.48, 0.71, 0.96, 0.63, 0.22, 0.85};
    std::set<std::pair<std::string, std::string>> pools;
    for (const Inventory &i : mPlain.project.inventory)
        pools.insert({i.center, i.chip});
    std::vector<PoolActual> values;
    int k = 0;
    for (const auto &[center, chip] : pools) {
        for (int t = 0; t < 6; ++t) {
            PoolActual a;
            a.period = t;
            a.center = center;
            a.chip = chip;
            a.utilization = levels[(k + t) % 7];
            values.push_back(a);
        }
        ++k;
    }
    std::vector<TenantActual> tenants;
    TenantActual tenant;
    tenant.period = 5;
    tenant.tenant = mPlain.project.tenants.front().id;
    tenant.pflops = 1e6;  // far above any plan
    tenants.push_back(tenant);
    ActualImport import;
    import.kind = ActualSourceKind::Csv;
    import.origin = kOrigin.toStdString();
    import.importedAt = "2026-07-02T08:30:00Z";
    mActuals = mPlain;
    mActuals.actuals = mergeImport({}, import, values, tenants);
    QVERIFY(reportoperations::available(mActuals));
    QVERIFY(!reportoperations::available(mPlain));
}

QString TstReportOps::render(const ProjectData &data, const QString &language, const QString &name,
                             const std::vector<ReportSection> &sections)
{
    ReportOptions options;
    options.sections = sections;
    options.scenarios = {QStringLiteral("today")};
    options.language = language;
    const QString path = QString::fromStdString(mDir.path(name.toStdString()));
    const Status status = ReportRenderer::render(data, mResults, options, path);
    return status.ok() ? path : QString();
}

void TstReportOps::section_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Operations: plan versus actual");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("运营：计划与实际");
}

void TstReportOps::section()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    const QLocale locale = reportformat::locale(language);

    // The whole report, as the command line writes it: the section is in it.
    const QString full = render(mActuals, language, QStringLiteral("full-%1.pdf").arg(language));
    QVERIFY(!full.isEmpty());
    QVERIFY2(pdfText(full).contains(heading), qPrintable(heading));

    // The section alone: what it shows are the comparison's numbers.
    const QString pdf = render(mActuals, language, QStringLiteral("ops-%1.pdf").arg(language),
                               {ReportSection::Contents, ReportSection::Operations});
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(heading), qPrintable(heading));

    const Project &project = mActuals.project;
    const PlanVsActual c = comparePlan(project, mResults.front(), mActuals.actuals);
    for (int t : {0, 3, 5}) {
        const PeriodComparison &p = c.periods[size_t(t)];
        QVERIFY(p.poolsWithActuals > 0);
        // The period's row: label, planned and actual utilization, the deviation in points.
        const QStringList row{QString::fromStdString(project.periods.label(t)),
                              reportformat::percent(p.planUtilization(), locale),
                              reportformat::percent(p.actualUtilization(), locale),
                              reportoperations::points(p.actualUtilization() - p.planUtilization(), locale)};
        QVERIFY2(lineWith(text, row), qPrintable(row.join(QStringLiteral(" | "))));
    }

    // The alerts of the latest period: the first one's pool, with its value and threshold.
    const std::vector<Alert> alerts = findAlerts(c, mActuals.actuals.thresholds);
    std::vector<Alert> latest;
    for (const Alert &a : alerts)
        if (a.period == 5)
            latest.push_back(a);
    QVERIFY(latest.size() > 20);  // the data make more than the table shows
    const Alert *pool = nullptr;
    for (const Alert &a : latest)
        if (a.kind != AlertKind::TenantOverPlan) {
            pool = &a;
            break;
        }
    QVERIFY(pool);
    const QString center = nameOf(project.centers, pool->center);
    QVERIFY(!center.isEmpty());
    QVERIFY2(lineWith(text, {center, reportformat::percent(pool->value, locale),
                             reportformat::percent(pool->threshold, locale)}),
             qPrintable(center));
    if (language == QStringLiteral("en"))
        QVERIFY(text.contains(QStringLiteral("and %1 more").arg(latest.size() - 20)));

    // The import: where the actuals came from.
    QVERIFY(lineWith(text, {QStringLiteral("CSV"), kOrigin, QStringLiteral("2026-07-02 08:30 UTC")}));
}

void TstReportOps::leftOutWithoutActuals_data()
{
    section_data();
}

void TstReportOps::leftOutWithoutActuals()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    const QString pdf = render(mPlain, language, QStringLiteral("plain-%1.pdf").arg(language),
                               {ReportSection::Contents, ReportSection::Summary, ReportSection::Operations});
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(heading), qPrintable(heading));
    QVERIFY(!text.contains(kOrigin));
}

void TstReportOps::dialogChoice_data()
{
    QTest::addColumn<bool>("actuals");
    QTest::newRow("with actuals") << true;
    QTest::newRow("without actuals") << false;
}

void TstReportOps::dialogChoice()
{
    QFETCH(bool, actuals);
    QStandardPaths::setTestModeEnabled(true);  // QSettings away from the user's
    Document doc(actuals ? mActuals : mPlain);
    ReportDialog dialog(&doc);
    dialog.setInteractive(false);
    auto chosen = [&] {
        const auto s = dialog.options().sections;
        return std::find(s.begin(), s.end(), ReportSection::Operations) != s.end();
    };
    // On by default with actuals; without them off, and choosing every section leaves it off.
    QCOMPARE(chosen(), actuals);
    dialog.setSections(ReportOptions::allSections());
    QCOMPARE(chosen(), actuals);

    QListWidgetItem *item = nullptr;
    auto *sections = dialog.findChild<QGroupBox *>(QStringLiteral("sections"));
    QVERIFY(sections);
    for (QListWidget *list : sections->findChildren<QListWidget *>())
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole) == QVariant(int(ReportSection::Operations)))
                item = list->item(i);
    QVERIFY(item);
    QCOMPARE(bool(item->flags() & Qt::ItemIsEnabled), actuals);
    QCOMPARE(item->toolTip().isEmpty(), actuals);  // the tooltip says to import actuals first
}

QTEST_MAIN(TstReportOps)
#include "tst_reportops.moc"
