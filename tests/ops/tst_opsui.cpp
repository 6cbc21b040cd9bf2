// The operations UI in the app: importing actuals through the import dialog's logic is
// one undo step, cancel changes nothing, the plan-versus-actual chart shows comparePlan's
// numbers, alerts follow the thresholds (undoable), the map colours centres by deviation,
// and the actuals survive saving and reopening.

#include "../app/apptestutil.h"
#include "prometheus/promserver.h"
#include "charts/chartwidget.h"
#include "charts/opscharts.h"
#include "map/mapcompareview.h"
#include "map/maplayerpanel.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "mappanel.h"
#include "ops/actualsedits.h"
#include "ops/actualsimportdialog.h"
#include "ops/alertspanel.h"
#include "ops/namemappingtable.h"
#include "ops/opsdashboard.h"
#include "ops/opsmapbinder.h"
#include "ops/prometheusform.h"
#include "ops/prometheus/prometheusimporter.h"
#include "ops/prometheus/prometheusquery.h"
#include "scenariorunner.h"
#include "entityfields.h"
#include "entitytablemodel.h"
#include "language.h"
#include "problemtext.h"
#include "storage/projectfile.h"

#include <QClipboard>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>
#include <fstream>

using namespace atlas;

namespace {

const QString kPlan = QStringLiteral("today");

/** Hourly rows of one pool over the first `hours` hours of 2026 (the demo's horizon starts 2026-01). */
void poolRows(std::ofstream &out, const char *center, const char *chip, double utilization, int hours)
{
    for (int h = 0; h < hours; ++h) {
        const int day = h / 24 + 1, hour = h % 24;
        const int month = day > 31 ? 2 : 1;
        const int dom = day > 31 ? day - 31 : day;
        char line[160];
        std::snprintf(line, sizeof line, "2026-%02d-%02dT%02d:00:00Z,%s,%s,%.4f\n", month, dom, hour, center, chip,
                      utilization);
        out << line;
    }
}

} // namespace

class TestOpsUi : public QObject
{
    Q_OBJECT

private:
    test::TempDir mTemp;
    std::unique_ptr<DocumentManager> mManager;
    Document *mDoc = nullptr;
    static constexpr int kHours = 744 + 672;  // January and February 2026
    static constexpr int kUnknownRows = 48;
    static constexpr int kOutsideRows = 3;

    /** The pool CSV: horinger's A100 idle (names as the project spells them, not ids), zhongwei's Ascend overloaded. */
    QString poolCsv()
    {
        const std::string path = mTemp.path("pools.csv");
        std::ofstream out(path);
        out << "timestamp,center,chip,utilization\n";
        poolRows(out, "和林格尔集群", "A100 SXM4 80GB", 0.15, kHours);
        poolRows(out, "zhongwei", "ascend-910b", 0.97, kHours);
        poolRows(out, "Atlantis", "ascend-910b", 0.5, kUnknownRows);
        for (int i = 0; i < kOutsideRows; ++i)
            out << "2031-0" << (i + 1) << "-01T00:00:00Z,zhongwei,ascend-910b,0.5\n";
        return QString::fromStdString(path);
    }

    QString bigCsv()
    {
        const std::string path = mTemp.path("big.csv");
        std::ofstream out(path);
        out << "timestamp,center,chip,utilization\n";
        for (int k = 0; k < 200; ++k)
            poolRows(out, ("site-" + std::to_string(k)).c_str(), "ascend-910b", 0.5, kHours);
        return QString::fromStdString(path);
    }

    /** Reads and imports a file through the dialog, as the user's clicks would. */
    static bool importFile(ActualsImportDialog &dialog, ActualsSource source, const QString &path)
    {
        dialog.setSource(source);
        dialog.setFile(path);
        QSignalSpy read(dialog.session(), &ImportSession::readFinished);
        if (!dialog.readSource() || !read.wait(60000) || !read.first().at(0).toBool())
            return false;
        QSignalSpy imported(dialog.session(), &ImportSession::importFinished);
        return dialog.startImport() && imported.wait(60000) && imported.first().at(0).toBool();
    }

    PlanVsActual comparison() const
    {
        return comparePlan(mDoc->project(), *mDoc->result(kPlan.toStdString()), mDoc->data().actuals);
    }

    static int rowOf(const std::vector<Center> &centers, const std::string &id)
    {
        for (size_t i = 0; i < centers.size(); ++i)
            if (centers[i].id == id)
                return int(i);
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        mManager = test::quietManager(QString::fromStdString(mTemp.path("recovery")));
        QVERIFY(mManager->openFile(test::demoYaml()));
        mDoc = mManager->document();
        ScenarioRunner runner(mDoc);
        QSignalSpy finished(&runner, &ScenarioRunner::finished);
        QVERIFY(runner.run({kPlan}));
        QVERIFY(finished.wait(180000));
        QVERIFY(mDoc->result(kPlan.toStdString()));
    }

    void init()
    {
        // Every test starts from the demo as opened (its stored plan results stay).
        mDoc->undoStack()->setIndex(0);
        mDoc->undoStack()->clear();
        QVERIFY(mDoc->data().actuals.empty());
    }

    void importIsOneUndoStep()
    {
        ActualsImportDialog dialog(mDoc);
        dialog.setSource(ActualsSource::PoolCsv);
        dialog.setFile(poolCsv());
        QCOMPARE(dialog.session()->columns().center, 1);  // guessed from the header
        QSignalSpy read(dialog.session(), &ImportSession::readFinished);
        QVERIFY(dialog.readSource());
        QVERIFY(read.wait(60000));
        QVERIFY(read.first().at(0).toBool());
        QVERIFY(mDoc->data().actuals.empty());  // reading changes nothing

        // Names are matched by name as well as id; the unknown one is marked, counted, not dropped.
        const NameMapping suggested = dialog.session()->mapping();
        QCOMPARE(suggested.centers.at("和林格尔集群"), std::string("horinger"));
        QCOMPARE(suggested.chips.at("A100 SXM4 80GB"), std::string("a100-sxm"));
        QCOMPARE(dialog.mappingTable()->unmatchedCount(), 1);
        const auto unmatched = dialog.session()->unmatched();
        QCOMPARE(unmatched.size(), size_t(1));
        QCOMPARE(unmatched.front().name, std::string("Atlantis"));
        QCOMPARE(unmatched.front().rows, std::int64_t(kUnknownRows));
        QCOMPARE(dialog.session()->unmatchedRows(), std::int64_t(kUnknownRows));

        const int steps = mDoc->undoStack()->count();
        QSignalSpy imported(dialog.session(), &ImportSession::importFinished);
        QVERIFY(dialog.startImport());
        QVERIFY(imported.wait(60000));
        QVERIFY2(imported.first().at(0).toBool(), qPrintable(dialog.message()));
        QCOMPARE(mDoc->undoStack()->count(), steps + 1);

        const ImportSummary &s = dialog.session()->summary();
        QCOMPARE(s.unmatchedRows, std::int64_t(kUnknownRows));
        QCOMPARE(s.unmatchedNames, 1);
        QCOMPARE(s.outsideHorizon, std::int64_t(kOutsideRows));
        QCOMPARE(s.values, 4);  // two pools × January and February
        QVERIFY(dialog.message().contains(QString::number(kUnknownRows)));

        const Actuals after = mDoc->data().actuals;
        QCOMPARE(after.imports.size(), size_t(1));
        QCOMPARE(after.imports.front().kind, ActualSourceKind::Csv);
        QCOMPARE(after.pools.size(), size_t(4));
        for (const PoolActual &p : after.pools) {
            QVERIFY(p.center == "horinger" || p.center == "zhongwei");
            QVERIFY(test::fuzzyEqual(p.utilization, p.center == "horinger" ? 0.15 : 0.97, 1e-6));
            QCOMPARE(p.importId, after.imports.front().id);
        }

        mDoc->undoStack()->undo();
        QVERIFY(mDoc->data().actuals.empty());
        mDoc->undoStack()->redo();
        QVERIFY(mDoc->data().actuals == after);
    }

    void cancelChangesNothing()
    {
        ActualsImportDialog dialog(mDoc);
        dialog.setSource(ActualsSource::PoolCsv);
        dialog.setFile(bigCsv());
        const int steps = mDoc->undoStack()->count();

        // Cancel while reading: nothing read, the dialog offers Retry.
        QSignalSpy read(dialog.session(), &ImportSession::readFinished);
        QVERIFY(dialog.readSource());
        dialog.cancel();
        QVERIFY(read.wait(60000));
        QVERIFY(!read.first().at(0).toBool());
        QVERIFY(!dialog.session()->hasRead());
        QVERIFY(hasError(dialog.session()->problems()));
        QCOMPARE(dialog.session()->problems().front().code, Code::Cancelled);
        QVERIFY(dialog.isRetryVisible());

        // Retry reads; cancel during the import leaves the document as it was.
        read.clear();
        QVERIFY(dialog.readSource());
        QVERIFY(read.wait(60000));
        QVERIFY(read.first().at(0).toBool());
        QSignalSpy imported(dialog.session(), &ImportSession::importFinished);
        QVERIFY(dialog.startImport());
        dialog.cancel();
        QVERIFY(imported.wait(60000));
        QVERIFY(!imported.first().at(0).toBool());
        QCOMPARE(dialog.session()->problems().front().code, Code::Cancelled);
        QVERIFY(mDoc->data().actuals.empty());
        QCOMPARE(mDoc->undoStack()->count(), steps);
    }

    void badFileFailsWithRetry()
    {
        const std::string path = mTemp.path("bad.csv");
        test::writeAll(path, "timestamp,center,chip,utilization\nyesterday,horinger,a100-sxm,0.5\n");
        ActualsImportDialog dialog(mDoc);
        dialog.setSource(ActualsSource::PoolCsv);
        dialog.setFile(QString::fromStdString(path));
        QSignalSpy read(dialog.session(), &ImportSession::readFinished);
        QVERIFY(dialog.readSource());
        QVERIFY(read.wait(60000));
        QVERIFY(!read.first().at(0).toBool());
        QCOMPARE(dialog.session()->problems().front().code, Code::OpsBadTime);
        QVERIFY(dialog.message().contains(QStringLiteral("yesterday")));
        QVERIFY(dialog.isRetryVisible());
        QVERIFY(mDoc->data().actuals.empty());
    }

    void chartShowsComparePlan()
    {
        ActualsImportDialog dialog(mDoc);
        QVERIFY(importFile(dialog, ActualsSource::PoolCsv, poolCsv()));
        OpsDashboard dash(mDoc);
        dash.setScenario(kPlan);
        QVERIFY(dash.comparison());
        const PlanVsActual expected = comparison();
        const ChartData &chart = dash.utilizationChart()->chartData();
        QVERIFY(!chart.isEmpty());
        QCOMPARE(chart.series.size(), size_t(2));
        // The x axis spans the periods with actuals: January and February.
        QCOMPARE(chart.xLabels, (QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02")}));
        for (int t = 0; t < chart.periodCount(); ++t) {
            const PeriodComparison &p = expected.periods[size_t(t)];
            QVERIFY(p.poolsWithActuals > 0);
            QVERIFY(test::fuzzyEqual(chart.series[0].values[size_t(t)], p.planUtilization()));
            QVERIFY(test::fuzzyEqual(chart.series[1].values[size_t(t)], p.actualUtilization()));
        }
        // The period marker follows the map's period inside that span.
        mDoc->setViewPeriod(1);
        QCOMPARE(dash.utilizationChart()->period(), 1);
        mDoc->setViewPeriod(7);
        QCOMPARE(dash.utilizationChart()->period(), -1);
        mDoc->setViewPeriod(0);
        // A period inside the span without actuals is a gap, not a zero.
        PlanVsActual gapped = expected;
        gapped.periods[1].poolsWithActuals = 0;
        gapped.periods[2] = expected.periods[0];
        gapped.periods[2].period = 2;
        const ChartData withGap = charts::planVsActualUtilization(gapped, mDoc->project());
        QCOMPARE(withGap.periodCount(), 3);
        QVERIFY(std::isnan(withGap.series[0].values[1]) && std::isnan(withGap.series[1].values[1]));
        QVERIFY(!std::isnan(withGap.series[1].values[2]));
        // The deviation table holds the same comparison: actual − plan per pool and period.
        QCOMPARE(dash.deviationTable()->rowCount(), 2);
        // New actuals reach the tab through the document, without a refresh call.
        mDoc->undoStack()->undo();
        QVERIFY(dash.utilizationChart()->chartData().isEmpty());
        QCOMPARE(dash.deviationTable()->rowCount(), 0);
    }

    void noResultsSaysRunTheScenario()
    {
        OpsDashboard dash(mDoc);
        dash.setScenario(QStringLiteral("use"));  // never run here
        QVERIFY(!dash.comparison());
        QVERIFY(dash.statusText().contains(QStringLiteral("run the scenario")));
    }

    void alertsFollowThresholds()
    {
        ActualsImportDialog dialog(mDoc);
        QVERIFY(importFile(dialog, ActualsSource::PoolCsv, poolCsv()));
        OpsDashboard dash(mDoc);
        dash.setScenario(kPlan);
        AlertsPanel *panel = dash.alertsPanel();
        auto count = [&](AlertKind kind, const std::string &center) {
            return std::count_if(panel->alerts().begin(), panel->alerts().end(),
                                 [&](const Alert &a) { return a.kind == kind && a.center == center; });
        };
        // Defaults: idle below 30 %, overloaded above 90 %.
        QCOMPARE(count(AlertKind::LowUtilization, "horinger"), 2);
        QCOMPARE(count(AlertKind::HighUtilization, "zhongwei"), 2);
        QCOMPARE(dash.cardValue(3), QStringLiteral("1"));  // idle pools in the card's period

        // A crafted threshold: idle only below 10 % → horinger (15 %) is no longer idle.
        AlertThresholds t = mDoc->data().actuals.thresholds;
        t.lowUtilization = 0.10;
        QVERIFY(edit::setAlertThresholds(*mDoc, t));
        QCOMPARE(count(AlertKind::LowUtilization, "horinger"), 0);
        QCOMPARE(count(AlertKind::HighUtilization, "zhongwei"), 2);
        QVERIFY(panel->alertText(0).contains(QStringLiteral("中卫")) || panel->alertText(0).contains(QStringLiteral("zhongwei")));
        // One row per pool and kind: zhongwei's two overloaded months are one row with two
        // children, and the row names the worse month.
        {
            auto *tree = panel->findChild<QTreeWidget *>();
            int children = 0;
            for (int r = 0; r < tree->topLevelItemCount(); ++r)
                children += std::max(1, tree->topLevelItem(r)->childCount());
            QCOMPARE(children, int(panel->alerts().size()));
            QTreeWidgetItem *row = tree->topLevelItem(0);
            QCOMPARE(row->childCount(), 2);
            const Alert &worst = panel->alerts()[size_t(row->data(0, Qt::UserRole).toInt())];
            for (int c = 0; c < 2; ++c)
                QVERIFY(worst.value >= panel->alerts()[size_t(row->child(c)->data(0, Qt::UserRole).toInt())].value);
            QVERIFY(row->text(2).contains(QLatin1String("worst of 2 periods")));
        }

        // Clicking an alert selects its centre.
        QSignalSpy requested(&dash, &OpsDashboard::entityRequested);
        auto *list = panel->findChild<QTreeWidget *>();
        QVERIFY(list);
        Q_EMIT list->itemClicked(list->topLevelItem(0), 0);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).value<EntityList>(), (EntityList{EntityKind::Center, -1}));
        QCOMPARE(requested.first().at(1).toInt(), rowOf(mDoc->project().centers, "zhongwei"));
    }

    void alertRowNamesTheWorstPeriod()
    {
        // A tenant over plan in two periods that are not consecutive: the row names the
        // period furthest over its own limit (50 against 11 beats 115 against 110), and
        // its span says that periods lie between.
        AlertsPanel panel(mDoc);
        const std::string tenant = mDoc->project().tenants.front().id;
        panel.setAlerts({Alert{AlertKind::TenantOverPlan, 0, {}, {}, tenant, 115, 110},
                         Alert{AlertKind::TenantOverPlan, 2, {}, {}, tenant, 50, 11}});
        auto *tree = panel.findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *row = tree->topLevelItem(0);
        QCOMPARE(row->data(0, Qt::UserRole).toInt(), 1);
        QCOMPARE(row->childCount(), 2);
        QVERIFY2(row->text(1).contains(QStringLiteral("…")), qPrintable(row->text(1)));
        panel.setAlerts({Alert{AlertKind::LowUtilization, 0, "zhongwei", "a100", {}, 0.2, 0.3},
                         Alert{AlertKind::LowUtilization, 1, "zhongwei", "a100", {}, 0.1, 0.3}});
        row = tree->topLevelItem(0);
        QCOMPARE(row->data(0, Qt::UserRole).toInt(), 1);  // idle: the lowest utilization
        QVERIFY2(row->text(1).contains(QStringLiteral("–")), qPrintable(row->text(1)));
    }

    void thresholdsAreUndoable()
    {
        OpsDashboard dash(mDoc);
        AlertsPanel *panel = dash.alertsPanel();
        const AlertThresholds before = mDoc->data().actuals.thresholds;
        const int steps = mDoc->undoStack()->count();
        panel->lowBox()->setValue(25.0);  // the user's edit
        QCOMPARE(mDoc->undoStack()->count(), steps + 1);
        QVERIFY(test::fuzzyEqual(mDoc->data().actuals.thresholds.lowUtilization, 0.25));
        mDoc->undoStack()->undo();
        QVERIFY(mDoc->data().actuals.thresholds == before);
        QCOMPARE(panel->lowBox()->value(), before.lowUtilization * 100.0);  // the box follows
        mDoc->undoStack()->redo();
        QVERIFY(test::fuzzyEqual(mDoc->data().actuals.thresholds.lowUtilization, 0.25));

        // Idle above overloaded is refused, nothing stored.
        AlertThresholds wrong = mDoc->data().actuals.thresholds;
        wrong.lowUtilization = 0.95;
        QVERIFY(!edit::setAlertThresholds(*mDoc, wrong));
        QVERIFY(test::fuzzyEqual(mDoc->data().actuals.thresholds.lowUtilization, 0.25));
    }

    void tenantUsageOverPlan()
    {
        // bj-llm-01 plans about 990 PFLOPS; 10 M A100 GPU-hours in January are ≈ 4,200 PFLOPS sustained.
        const std::string path = mTemp.path("usage.csv");
        test::writeAll(path, "tenant,gpu_type,start,end,gpu_hours\n"
                             "bj-llm-01,A100 SXM4 80GB,2026-01-01T00:00:00Z,2026-02-01T00:00:00Z,10000000\n");
        ActualsImportDialog dialog(mDoc);
        QVERIFY(importFile(dialog, ActualsSource::UsageCsv, QString::fromStdString(path)));
        QCOMPARE(mDoc->data().actuals.tenants.size(), size_t(1));
        OpsDashboard dash(mDoc);
        dash.setScenario(kPlan);
        const auto &alerts = dash.alertsPanel()->alerts();
        QVERIFY(std::any_of(alerts.begin(), alerts.end(), [](const Alert &a) {
            return a.kind == AlertKind::TenantOverPlan && a.tenant == "bj-llm-01" && a.period == 0;
        }));
        QCOMPARE(dash.cardValue(2), QStringLiteral("1"));
        QVERIFY(!dash.tenantChart()->chartData().isEmpty());
    }

    void removeImportIsUndoable()
    {
        ActualsImportDialog dialog(mDoc);
        QVERIFY(importFile(dialog, ActualsSource::PoolCsv, poolCsv()));
        const Actuals with = mDoc->data().actuals;
        OpsDashboard dash(mDoc);
        QCOMPARE(dash.importList()->topLevelItemCount(), 1);
        dash.importList()->topLevelItem(0)->setSelected(true);
        dash.removeSelectedImport();
        QVERIFY(mDoc->data().actuals.pools.empty());
        QCOMPARE(dash.importList()->topLevelItemCount(), 0);
        mDoc->undoStack()->undo();
        QVERIFY(mDoc->data().actuals == with);
    }

    void mapColoursCentresByDeviation()
    {
        ActualsImportDialog dialog(mDoc);
        QVERIFY(importFile(dialog, ActualsSource::PoolCsv, poolCsv()));
        MapPanel panel(mDoc);
        new OpsMapBinder(mDoc, &panel);
        panel.setScenario(kPlan);
        panel.refresh();
        MapView *view = panel.mapView();
        QVERIFY(!view->isDeviationColoring());
        panel.layerPanel()->setDeviationColoring(true);  // the layer panel's choice
        QVERIFY(view->isDeviationColoring());
        const CenterDeviations &d = view->mapScene()->centerDeviations();
        QVERIFY(d.hasPlan);
        const auto expected = charts::centerDeviations(comparison(), mDoc->project().periods.count);
        QVERIFY(expected.at("zhongwei")[0].has_value());
        QVERIFY(test::fuzzyEqual(d.at(QStringLiteral("zhongwei"), 0), *expected.at("zhongwei")[0]));
        QVERIFY(std::isnan(d.at(QStringLiteral("zhongwei"), 5)));  // no actuals in June
        QVERIFY(std::isnan(d.at(QStringLiteral("guian"), 0)));
        QVERIFY(!d.planStale);
        // An edit after the run: the colouring still shows the stored plan, and says it is stale.
        {
            const EntityList tenants{EntityKind::Tenant, -1};
            EntityTableModel model(mDoc, tenants);
            const int col = columnForField(tenants, "value");
            QVERIFY(col >= 0);
            QVERIFY(model.setData(model.index(0, col), QStringLiteral("123")));
        }
        QVERIFY(mDoc->isStale(kPlan.toStdString()));
        QVERIFY(view->mapScene()->centerDeviations().planStale);
        mDoc->undoStack()->undo();
        QVERIFY(!view->mapScene()->centerDeviations().planStale);
        // Side by side: each map colours by its own scenario's plan (one without results says so).
        panel.setCompare(true, kPlan);
        for (MapView *side : {panel.compareView()->left(), panel.compareView()->right()}) {
            QVERIFY(side->isDeviationColoring());
            const CenterDeviations &sd = side->mapScene()->centerDeviations();
            QVERIFY(sd.hasPlan);
            QVERIFY(test::fuzzyEqual(sd.at(QStringLiteral("zhongwei"), 0), *expected.at("zhongwei")[0]));
        }
        {
            // The right map's legend is the pair's: it warns when the left plan goes stale.
            const EntityList tenants{EntityKind::Tenant, -1};
            EntityTableModel model(mDoc, tenants);
            QVERIFY(model.setData(model.index(0, columnForField(tenants, "value")), QStringLiteral("123")));
        }
        QVERIFY(panel.compareView()->right()->mapScene()->centerDeviations().planStale);
        mDoc->undoStack()->undo();
        QVERIFY(!panel.compareView()->right()->mapScene()->centerDeviations().planStale);
        QString unrun;
        for (const Scenario &sc : mDoc->project().scenarios)
            if (!mDoc->result(sc.id))
                unrun = QString::fromStdString(sc.id);
        QVERIFY(!unrun.isEmpty());
        panel.setCompare(true, unrun);
        QVERIFY(!panel.compareView()->right()->mapScene()->centerDeviations().hasPlan);
        QVERIFY(panel.compareView()->left()->mapScene()->centerDeviations().hasPlan);
        panel.setCompare(false);
        // Undoing the import clears the colouring's values.
        mDoc->undoStack()->undo();
        QVERIFY(view->mapScene()->centerDeviations().isEmpty());
    }

    void unreachableServerInTheUsersLanguage()
    {
        // The importer reports why a server cannot be reached as a key; the message says it
        // in the user's language, and a cause without a key keeps the network library's text.
        const Problem refused = error(Code::PrometheusUnreachable, {}, {"http://10.0.0.1:9090", "connection-refused"});
        const Problem other = error(Code::PrometheusUnreachable, {}, {"http://10.0.0.1:9090", "Unknown error"});
        setLanguage(QStringLiteral("zh_CN"));
        const QString zh = problemMessage(refused);
        const QString zhOther = problemMessage(other);
        setLanguage(QStringLiteral("en"));
        QVERIFY2(zh.contains(QStringLiteral("连接被拒绝")), qPrintable(zh));
        QVERIFY2(!zh.contains(QLatin1String("connection-refused")), qPrintable(zh));
        QVERIFY(problemMessage(refused).contains(QLatin1String("the connection was refused")));
        QVERIFY(zhOther.contains(QLatin1String("Unknown error")));
        // TLS keeps the library's words beside the key's: they name the certificate's fault.
        const Problem tls = error(Code::PrometheusUnreachable, {}, {"https://p", "tls", "The certificate is self-signed"});
        QVERIFY(problemMessage(tls).contains(QLatin1String("the secure (TLS) connection failed (The certificate is self-signed)")));
        // Refused credentials say so, not just the status.
        const Problem denied = error(Code::PrometheusHttpError, {}, {"http://p/api/v1/query_range", "401", "Unauthorized"});
        QVERIFY(problemMessage(denied).contains(QLatin1String("refused the credentials")));
    }

    void prometheusFormCopiesTheRecordingRule()
    {
        // The operator asks for the rule: it lands on the clipboard for this metric and
        // these labels, and the field takes the rule's metric, which the import then reads.
        PrometheusForm form(mDoc->project());
        auto *copy = form.findChild<QPushButton *>();
        QVERIFY(copy);
        QCOMPARE(form.settings().recordedMetric, QString());
        QApplication::clipboard()->clear();
        copy->click();
        const QString rule = QApplication::clipboard()->text();
        QVERIFY(rule.contains(QLatin1String("record: datacenter_modelName:DCGM_FI_DEV_GPU_UTIL:avg1h")));
        QVERIFY(rule.contains(QLatin1String("avg by (datacenter, modelName) (avg_over_time(DCGM_FI_DEV_GPU_UTIL[")));
        QCOMPARE(form.settings().recordedMetric, QStringLiteral("datacenter_modelName:DCGM_FI_DEV_GPU_UTIL:avg1h"));
    }

    void prometheusImportAgainstRealServer()
    {
        const QString missing = test::PrometheusServer::missingTools();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        // Two days of DCGM samples every 15 s: horinger's A100s at 60 %, an unknown site at 10 %.
        constexpr std::int64_t start = 1767225600;  // 2026-01-01T00:00:00Z
        const QString om = QString::fromStdString(mTemp.path("gpu.om"));
        {
            test::OpenMetricsWriter out(om);
            out.family("DCGM_FI_DEV_GPU_UTIL", "gauge");
            for (const char *dc : {"和林格尔集群", "atlantis"})
                for (int gpu = 0; gpu < 2; ++gpu) {
                    const std::string series = std::string("DCGM_FI_DEV_GPU_UTIL{datacenter=\"") + dc
                                               + "\",modelName=\"A100 SXM4 80GB\",gpu=\"" + std::to_string(gpu) + "\"}";
                    for (std::int64_t t = start; t < start + 2 * 86400; t += 15)
                        out.sample(series, std::string(dc) == "atlantis" ? 10.0 : 60.0, t);
                }
            QVERIFY(out.close());
        }
        test::PrometheusServer server(QString::fromStdString(mTemp.path("tsdb")));
        QString error;
        QVERIFY2(server.backfill(om, 72, &error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));

        ActualsImportDialog dialog(mDoc);
        dialog.setSource(ActualsSource::Prometheus);
        dialog.prometheusForm()->setServer(server.url().toString());
        dialog.prometheusForm()->setRange(start, start + 2 * 86400, 3600);
        QSignalSpy read(dialog.session(), &ImportSession::readFinished);
        QVERIFY(dialog.readSource());
        QVERIFY(read.wait(60000));
        QVERIFY2(read.first().at(0).toBool(), qPrintable(dialog.message()));
        QCOMPARE(dialog.mappingTable()->unmatchedCount(), 1);  // atlantis
        QVERIFY(mDoc->data().actuals.empty());

        QSignalSpy imported(dialog.session(), &ImportSession::importFinished);
        QVERIFY(dialog.startImport());
        QVERIFY(imported.wait(120000));
        QVERIFY2(imported.first().at(0).toBool(), qPrintable(dialog.message()));
        const Actuals &a = mDoc->data().actuals;
        QCOMPARE(a.imports.size(), size_t(1));
        QCOMPARE(a.imports.front().kind, ActualSourceKind::Prometheus);
        QVERIFY(!QString::fromStdString(a.imports.front().origin).contains(QLatin1Char('@')));
        QCOMPARE(a.pools.size(), size_t(1));
        QCOMPARE(a.pools.front().center, std::string("horinger"));
        QCOMPARE(a.pools.front().chip, std::string("a100-sxm"));
        QVERIFY(test::fuzzyEqual(a.pools.front().utilization, 0.60, 1e-6));
        QVERIFY(test::fuzzyEqual(a.pools.front().coverage, 2.0 / 31.0, 1e-3));
        // The address is remembered for the next time, without credentials.
        QCOMPARE(QSettings().value(QStringLiteral("ops/prometheusUrl")).toString(),
                 PrometheusImporter::origin(server.url()));
        mDoc->undoStack()->undo();
        QVERIFY(mDoc->data().actuals.empty());
        server.stop();
    }

    void actualsSurviveSaveAndReopen()
    {
        ActualsImportDialog dialog(mDoc);
        QVERIFY(importFile(dialog, ActualsSource::PoolCsv, poolCsv()));
        AlertThresholds t = mDoc->data().actuals.thresholds;
        t.highUtilization = 0.85;
        QVERIFY(edit::setAlertThresholds(*mDoc, t));
        const QString path = QString::fromStdString(mTemp.path("ops.atlas"));
        QVERIFY(mDoc->saveTo(path));
        const auto reopened = openProject(path.toStdString());
        QVERIFY(reopened);
        QVERIFY(reopened->data.actuals == mDoc->data().actuals);
        QVERIFY(test::fuzzyEqual(reopened->data.actuals.thresholds.highUtilization, 0.85));
    }
};

QTEST_MAIN(TestOpsUi)
#include "tst_opsui.moc"
