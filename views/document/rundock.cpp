#include "rundock.h"

#include "scenariorunner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace atlas {

RunDock::RunDock(QWidget *parent)
    : QDockWidget(parent)
    , mList(new QListWidget(this))
    , mProgress(new QProgressBar(this))
    , mState(new QLabel(this))
    , mRun(new QPushButton(this))
    , mRerun(new QPushButton(this))
    , mCancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("RunDock"));
    auto *inner = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mRun);
    buttons->addWidget(mRerun);
    buttons->addWidget(mCancel);
    auto *layout = new QVBoxLayout(inner);
    layout->addWidget(mList, 1);
    layout->addLayout(buttons);
    layout->addWidget(mProgress);
    layout->addWidget(mState);
    mState->setWordWrap(true);
    mProgress->setRange(0, 1000);
    mProgress->setValue(0);
    mCancel->setEnabled(false);
    mRun->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    mCancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    setWidget(inner);
    connect(mRun, &QPushButton::clicked, this, &RunDock::runChecked);
    connect(mRerun, &QPushButton::clicked, this, &RunDock::rerunStale);
    connect(mCancel, &QPushButton::clicked, this, &RunDock::cancel);
    retranslate();
}

void RunDock::setDocument(Document *doc)
{
    if (mDoc)
        disconnect(mDoc->notifier(), nullptr, this, nullptr);
    delete mRunner;  // cancels and joins a run of the previous document
    mRunner = nullptr;
    mDoc = doc;
    if (doc) {
        mRunner = new ScenarioRunner(doc, this);
        connect(mRunner, &ScenarioRunner::started, this, [this](const QStringList &s) {
            mRun->setEnabled(false);
            mRerun->setEnabled(false);
            mCancel->setEnabled(true);
            mProgress->setValue(0);
            mState->setText(tr("Running %1…").arg(s.join(QStringLiteral(", "))));
            Q_EMIT runningChanged(true);
        });
        connect(mRunner, &ScenarioRunner::progress, this, [this](double fraction, const QString &scenario) {
            mProgress->setValue(static_cast<int>(fraction * 1000));
            if (!scenario.isEmpty())
                mState->setText(tr("Running %1…").arg(scenario));
        });
        connect(mRunner, &ScenarioRunner::scenarioFinished, this, &RunDock::refill);
        connect(mRunner, &ScenarioRunner::finished, this, [this](bool cancelled, const QStringList &failures) {
            mRun->setEnabled(true);
            mRerun->setEnabled(true);
            mCancel->setEnabled(false);
            QString text = cancelled ? tr("Cancelled.") : tr("Done.");
            if (!failures.isEmpty())
                text = tr("Failed: %1").arg(failures.join(QLatin1Char('\n')));
            mState->setText(text);
            Q_EMIT statusMessage(text);
            Q_EMIT runningChanged(false);
            refill();
        });
        auto *n = doc->notifier();
        for (auto signal : {&DocumentNotifier::entitiesInserted, &DocumentNotifier::entitiesRemoved})
            connect(n, signal, this, &RunDock::refill);
        connect(n, &DocumentNotifier::entityChanged, this, &RunDock::refill);
        connect(n, &DocumentNotifier::reset, this, &RunDock::refill);
        connect(n, &DocumentNotifier::resultsChanged, this, &RunDock::refill);
    }
    refill();
}

QStringList RunDock::checkedScenarios() const
{
    QStringList out;
    for (int i = 0; i < mList->count(); ++i)
        if (mList->item(i)->checkState() == Qt::Checked)
            out << mList->item(i)->data(Qt::UserRole).toString();
    return out;
}

void RunDock::setChecked(const QStringList &scenarios)
{
    for (int i = 0; i < mList->count(); ++i) {
        auto *item = mList->item(i);
        item->setCheckState(scenarios.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void RunDock::runChecked()
{
    QStringList scenarios = checkedScenarios();
    if (scenarios.isEmpty() && mList->currentItem())
        scenarios << mList->currentItem()->data(Qt::UserRole).toString();
    if (scenarios.isEmpty()) {
        Q_EMIT statusMessage(tr("Tick the scenarios to run."));
        return;
    }
    run(scenarios);
}

void RunDock::rerunStale()
{
    if (!mDoc)
        return;
    QStringList stale;
    for (const auto &r : mDoc->data().results)
        if (mDoc->project().scenario(r.scenario) && mDoc->isStale(r.scenario))
            stale << QString::fromStdString(r.scenario);
    if (stale.isEmpty())
        Q_EMIT statusMessage(tr("No stale results."));
    else
        run(stale);
}

void RunDock::run(const QStringList &scenarios)
{
    if (mRunner)
        mRunner->run(scenarios);
}

void RunDock::cancel()
{
    if (mRunner)
        mRunner->cancel();
}

void RunDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refill();
    }
    QDockWidget::changeEvent(event);
}

void RunDock::retranslate()
{
    setWindowTitle(tr("Runs"));
    mRun->setText(tr("Run"));
    mRun->setToolTip(tr("Run the ticked scenarios in the background"));
    mRerun->setText(tr("Re-run stale"));
    mCancel->setText(tr("Cancel"));
}

void RunDock::refill()
{
    const QStringList checked = checkedScenarios();
    mList->clear();
    if (!mDoc)
        return;
    for (const auto &s : mDoc->project().scenarios) {
        const QString id = QString::fromStdString(s.id);
        QString state;
        if (!mDoc->storedResult(s.id))
            state = tr("no results");
        else if (mDoc->isStale(s.id))
            state = tr("stale");
        else
            state = tr("up to date");
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(s.name.empty() ? id : QString::fromStdString(s.name), state), mList);
        item->setData(Qt::UserRole, id);
        item->setToolTip(id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace atlas
