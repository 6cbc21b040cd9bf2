#pragma once

#include "documentnotifier.h"
#include "engine/results.h"
#include "storage/projectfile.h"

#include <QObject>
#include <QUndoStack>

#include <map>
#include <memory>

namespace atlas {

/**
 * One open project: its data (model, layout, stored results), its file, its undo stack
 * and its change notifier. Only undo commands change the model (through
 * editableProject()); everything else reads project().
 */
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(ProjectData data, QObject *parent = nullptr);
    ~Document() override;

    const Project &project() const { return mData.project; }
    const ProjectData &data() const { return mData; }
    /** For undo commands only: they emit the notifier after changing it. */
    Project &editableProject() { return mData.project; }
    /** For undo commands only, like editableProject(). */
    std::vector<BoundaryLayer> &editableBoundaries() { return mData.boundaries; }
    /** For undo commands only, like editableProject(): the operations actuals. */
    Actuals &editableActuals() { return mData.actuals; }

    QUndoStack *undoStack() { return &mUndoStack; }
    DocumentNotifier *notifier() { return &mNotifier; }

    /** The .atlas file, or empty for an untitled document (new, or imported YAML). */
    QString filePath() const { return mFilePath; }
    void setFilePath(const QString &path) { mFilePath = path; }
    bool isUntitled() const { return mFilePath.isEmpty(); }
    QString displayName() const;

    bool isReadOnly() const { return mReadOnly; }
    void setReadOnly(bool readOnly, const QString &reason = QString());
    QString readOnlyReason() const { return mReadOnlyReason; }

    bool isModified() const;
    /** Marks changes the undo stack does not know of (recovered work, stored results). */
    void setDirty();
    /** A key naming this document's recovery entry (stable for its lifetime). */
    QString recoveryKey() const { return mRecoveryKey; }

    /** Holds the file's lock; fails (LockedByOther) when another instance has it. */
    Status lock(const QString &path);

    /** Saves to an .atlas file; on success the document is clean and takes that path. */
    Status saveTo(const QString &path);

    /** Stores a run's results (replacing the scenario's earlier ones); not undoable. */
    void storeResult(StoredResult result, std::shared_ptr<const ScenarioResult> parsed = nullptr);
    /** The stored results of a scenario, parsed (cached); null when none or unreadable. */
    std::shared_ptr<const ScenarioResult> result(const std::string &scenario) const;
    const StoredResult *storedResult(const std::string &scenario) const;
    /** True when the stored results of the scenario no longer match the inputs. */
    bool isStale(const std::string &scenario) const;

    /** validate() of the current model, cached until the next change. */
    const std::vector<Problem> &problems() const;

    /** Replaces the whole model and clears the undo stack (revert). */
    void replaceData(ProjectData data);

    /**
     * The period the views show (view state, not part of the model): the map's period
     * slider sets it, the charts' period markers follow it. Clamped to 0.
     */
    int viewPeriod() const { return mViewPeriod; }
    void setViewPeriod(int period);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);
    void filePathChanged(const QString &path);
    void viewPeriodChanged(int period);

private:
    void updateModified();

    ProjectData mData;
    QString mFilePath;
    bool mReadOnly = false;
    QString mReadOnlyReason;
    bool mDirty = false;
    bool mLastModified = false;
    int mViewPeriod = 0;
    QString mRecoveryKey;
    QUndoStack mUndoStack;
    DocumentNotifier mNotifier;
    std::unique_ptr<ProjectLock> mLock;
    mutable std::vector<Problem> mProblems;
    mutable bool mProblemsValid = false;
    mutable std::map<std::string, std::shared_ptr<const ScenarioResult>> mParsed;
};

} // namespace atlas
