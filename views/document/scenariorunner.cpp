#include "scenariorunner.h"

#include "engine/scheduler.h"
#include "problemtext.h"

#include <QDateTime>

namespace atlas {

ScenarioRunner::ScenarioRunner(Document *doc, QObject *parent)
    : QObject(parent)
    , mDoc(doc)
{
    mPoll.setInterval(100);
    connect(&mPoll, &QTimer::timeout, this, &ScenarioRunner::poll);
}

ScenarioRunner::~ScenarioRunner()
{
    mCancel = true;
    join();
}

void ScenarioRunner::join()
{
    if (mThread.joinable())
        mThread.join();
}

bool ScenarioRunner::run(const QStringList &scenarios)
{
    if (mRunning || scenarios.isEmpty() || !mDoc)
        return false;
    join();
    mRunning = true;
    mCancel = false;
    mIndex = 0;
    mPeriodsDone = 0;
    mPeriodsTotal = 1;
    mScenarios = scenarios;
    mFailures.clear();

    std::vector<std::string> ids;
    for (const auto &s : scenarios)
        ids.push_back(s.toStdString());
    auto project = std::make_shared<const Project>(mDoc->project());

    mThread = std::thread([this, ids, project] {
        for (size_t i = 0; i < ids.size() && !mCancel; ++i) {
            mIndex = static_cast<int>(i);
            mPeriodsDone = 0;
            RunOptions options;
            options.cancel = &mCancel;
            options.progress = [this](int done, int total) {
                mPeriodsDone = done;
                mPeriodsTotal = std::max(1, total);
            };
            auto result = runScenario(*project, ids[i], options);
            const QString id = QString::fromStdString(ids[i]);
            if (!result) {
                QString reason;
                bool cancelled = false;
                for (const auto &p : result.problems) {
                    cancelled = cancelled || p.code == Code::Cancelled;
                    if (p.severity == Severity::Error && reason.isEmpty())
                        reason = problemMessage(p);
                }
                if (!cancelled)
                    QMetaObject::invokeMethod(this, [this, id, reason] {
                        mFailures << tr("%1: %2").arg(id, reason);
                    }, Qt::QueuedConnection);
                continue;
            }
            StoredResult stored;
            stored.scenario = ids[i];
            stored.fingerprint = inputFingerprint(*project, ids[i]);
            stored.computedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
            // Flows make the JSON large; very large runs keep only the breakdowns.
            stored.payload = resultToJson(*result, *project, result->flows.size() < 200000);
            auto parsed = std::make_shared<const ScenarioResult>(std::move(*result));
            QMetaObject::invokeMethod(this, [this, stored = std::move(stored), parsed, id]() mutable {
                if (mDoc)
                    mDoc->storeResult(std::move(stored), parsed);
                Q_EMIT scenarioFinished(id);
            }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this] {
            join();
            mRunning = false;
            mPoll.stop();
            Q_EMIT progress(1.0, QString());
            Q_EMIT finished(mCancel, mFailures);
        }, Qt::QueuedConnection);
    });
    mPoll.start();
    Q_EMIT started(scenarios);
    return true;
}

void ScenarioRunner::cancel()
{
    mCancel = true;
}

void ScenarioRunner::poll()
{
    const int index = mIndex;
    const double within = double(mPeriodsDone) / double(std::max(1, int(mPeriodsTotal)));
    const double fraction = (index + std::min(1.0, within)) / std::max<qsizetype>(1, mScenarios.size());
    Q_EMIT progress(fraction, index < mScenarios.size() ? mScenarios[index] : QString());
}

} // namespace atlas
