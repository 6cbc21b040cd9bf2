#pragma once

#include "document.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace atlas {

class ScenarioRunner;

/**
 * The run panel: the scenarios with the state of their results (none, current, stale),
 * Run for the checked ones, Re-run stale, and a progress bar with Cancel. Runs happen
 * off the GUI thread (ScenarioRunner).
 */
class RunDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RunDock(QWidget *parent = nullptr);
    void setDocument(Document *doc);
    ScenarioRunner *runner() const { return mRunner; }

    QStringList checkedScenarios() const;
    void setChecked(const QStringList &scenarios);
    void runChecked();
    void rerunStale();
    void run(const QStringList &scenarios);
    void cancel();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refill();
    void retranslate();

    QPointer<Document> mDoc;
    ScenarioRunner *mRunner = nullptr;
    QListWidget *mList;
    QProgressBar *mProgress;
    QLabel *mState;
    QPushButton *mRun;
    QPushButton *mRerun;
    QPushButton *mCancel;
};

} // namespace atlas
