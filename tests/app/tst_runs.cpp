// Background runs, stale results, the results browser, dashboards and proposals.

#include "apptestutil.h"
#include "dashboardview.h"
#include "editcommands.h"
#include "entityfields.h"
#include "kpicard.h"
#include "proposals.h"
#include "resultsbrowser.h"
#include "scenariorunner.h"

#include <QtTest>

using namespace atlas;

class TestRuns : public QObject
{
    Q_OBJECT

private:
    test::TempDir mTemp;
    std::unique_ptr<DocumentManager> mManager;

    Document *openDemo()
    {
        mManager = test::quietManager(QString::fromStdString(mTemp.path("recovery")));
        return mManager->openFile(test::demoYaml()) ? mManager->document() : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void runInBackgroundAndStore_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("local") << "today";
        QTest::newRow("optimal") << "use";
        QTest::newRow("with additions") << "build";
    }
    void runInBackgroundAndStore()
    {
        QFETCH(QString, scenario);
        Document *doc = openDemo();
        QVERIFY(doc);
        ScenarioRunner runner(doc);
        QSignalSpy finished(&runner, &ScenarioRunner::finished);
        QSignalSpy progress(&runner, &ScenarioRunner::progress);
        // The GUI thread keeps turning while the run goes on: count timer ticks meanwhile.
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start(0);  // every turn of the event loop: a fast run still sees some
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runner.run({scenario}));
        const qint64 returnedAfter = clock.elapsed();
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(120000));
        tick.stop();
        // ticks may be 0 when a small run ends before the loop's first turn; what proves the
        // GUI thread was free is that run() returned at once while the work went on.
        Q_UNUSED(ticks);
        QVERIFY(returnedAfter < 1000);             // run() hands the work off at once
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toStringList().isEmpty());
        QVERIFY(!progress.isEmpty());

        const std::string id = scenario.toStdString();
        QVERIFY(doc->storedResult(id));
        QVERIFY(!doc->isStale(id));
        auto result = doc->result(id);
        QVERIFY(result);
        QCOMPARE(static_cast<int>(result->periods.size()), doc->project().periods.count);
        QVERIFY(doc->isModified());                 // results are part of the file

        ResultsBrowser browser(doc);
        browser.showScenario(scenario);
        QCOMPARE(browser.scenario(), scenario);
        QCOMPARE(browser.tableRows(0), doc->project().periods.count);
        QCOMPARE(browser.tableRows(8), static_cast<int>(doc->project().tenants.size()));
        // Rows by name, not id: centres (tab 2) and tenants (tab 8).
        QStringList centreNames, tenantNames;
        for (const Center &c : doc->project().centers)
            centreNames << QString::fromStdString(c.name);
        for (const Tenant &t : doc->project().tenants)
            tenantNames << QString::fromStdString(t.name);
        QVERIFY2(centreNames.contains(browser.rowLabel(2, 0)), qPrintable(browser.rowLabel(2, 0)));
        QVERIFY2(tenantNames.contains(browser.rowLabel(8, 0)), qPrintable(browser.rowLabel(8, 0)));

        // An edit of an input makes the results stale.
        const EntityList tenants{EntityKind::Tenant, -1};
        QVERIFY(edit::setField(*doc, tenants, 0, columnForField(tenants, "demand.base"), 123.0));
        QVERIFY(doc->isStale(id));
        doc->undoStack()->undo();
        QVERIFY(!doc->isStale(id));
    }

    void cancelARun()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        ScenarioRunner runner(doc);
        QSignalSpy finished(&runner, &ScenarioRunner::finished);
        QStringList all;
        for (const auto &s : doc->project().scenarios)
            all << QString::fromStdString(s.id);
        QVERIFY(runner.run(all));
        QVERIFY(!runner.run(all));                 // one run at a time
        runner.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!runner.isRunning());
        QVERIFY(static_cast<int>(doc->data().results.size()) < all.size());
        // The runner is usable again after a cancel.
        QVERIFY(runner.run({all.front()}));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().at(0).toBool(), false);
    }

    void destroyingTheRunnerMidRunIsSafe()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        {
            ScenarioRunner runner(doc);
            QVERIFY(runner.run({QStringLiteral("use")}));
        }  // joins the worker; nothing is stored afterwards
        QCoreApplication::processEvents();
        QVERIFY(true);
    }

    void dashboardsCompareWithBaseline()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        ScenarioRunner runner(doc);
        QSignalSpy finished(&runner, &ScenarioRunner::finished);
        QVERIFY(runner.run({QStringLiteral("today"), QStringLiteral("use")}));
        QVERIFY(finished.wait(240000));
        DashboardView view(doc);
        view.setScenarios(QStringLiteral("use"), QStringLiteral("today"));
        for (int tab = 0; tab < 3; ++tab) {
            QVERIFY(!view.cards(tab).isEmpty());
            for (auto *card : view.cards(tab))
                QVERIFY(!card->valueText().isEmpty());
        }
        // Use: utilization against the baseline shows a change, not "no baseline".
        KpiCard *utilization = view.cards(1).front();
        QVERIFY(utilization->changeText() != KpiCard::tr("no baseline"));
        view.setScenarios(QStringLiteral("use"), QString());
        QCOMPARE(view.cards(1).front()->changeText(), KpiCard::tr("no baseline"));
    }

    void proposalRoundTripAndClashes()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        const std::string path = mTemp.path("proposal.yaml");
        QVERIFY(proposals::exportProposal(doc->project(), {"build"}, path));
        const Scenario build = *doc->project().scenario("build");

        // Into the same project: every id clashes, nothing is renamed or overwritten.
        const Project before = doc->project();
        auto report = proposals::importProposal(*doc, path);
        QVERIFY(report.error.isEmpty());
        QVERIFY(report.added.isEmpty());
        QVERIFY(!report.clashes.isEmpty());
        QVERIFY(report.clashes.join(QLatin1Char(' ')).contains(QStringLiteral("build")));
        QVERIFY(doc->project() == before);

        // Into a project without it: imported as a new scenario, in one undo step.
        const EntityList scenarios{EntityKind::Scenario, -1};
        int row = -1;
        for (int i = 0; i < static_cast<int>(doc->project().scenarios.size()); ++i)
            if (doc->project().scenarios[i].id == "build")
                row = i;
        QVERIFY(edit::removeEntities(*doc, scenarios, {row}));
        QVERIFY(!doc->project().scenario("build"));
        report = proposals::importProposal(*doc, path);
        QVERIFY(report.error.isEmpty());
        QCOMPARE(report.added, QStringList{QStringLiteral("build")});
        QVERIFY(report.clashes.isEmpty());
        QVERIFY(doc->project().scenario("build"));
        QVERIFY(*doc->project().scenario("build") == build);
        doc->undoStack()->undo();
        QVERIFY(!doc->project().scenario("build"));
    }
};

QTEST_MAIN(TestRuns)
#include "tst_runs.moc"
