#pragma once

#include "document.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <thread>

namespace atlas {

/**
 * Runs scenarios of a document off the GUI thread, one after another, on a copy of the
 * model taken when the run starts. Progress is polled from atomics by a GUI-thread timer;
 * each finished scenario is stored in the document (its fingerprint is that of the copy,
 * so an edit made during the run leaves the results marked stale). Destroying the runner
 * cancels and joins the worker.
 */
class ScenarioRunner : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioRunner(Document *doc, QObject *parent = nullptr);
    ~ScenarioRunner() override;

    bool isRunning() const { return mRunning; }
    /** Starts a run; ignored (false) while one is running or when the list is empty. */
    bool run(const QStringList &scenarios);
    void cancel();

Q_SIGNALS:
    void started(const QStringList &scenarios);
    /** fraction 0..1 of the whole run; the scenario being computed. */
    void progress(double fraction, const QString &scenario);
    void scenarioFinished(const QString &scenario);
    /** failures: translated one-line reasons per scenario that did not finish. */
    void finished(bool cancelled, const QStringList &failures);

private:
    void poll();
    void join();

    QPointer<Document> mDoc;
    std::thread mThread;
    std::atomic<bool> mCancel{false};
    std::atomic<int> mIndex{0};
    std::atomic<int> mPeriodsDone{0};
    std::atomic<int> mPeriodsTotal{1};
    QStringList mScenarios;
    QStringList mFailures;
    QTimer mPoll;
    bool mRunning = false;
};

} // namespace atlas
