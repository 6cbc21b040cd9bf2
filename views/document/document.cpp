#include "document.h"

#include "engine/results.h"
#include "interchange/validate.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>

namespace atlas {

Document::Document(ProjectData data, QObject *parent)
    : QObject(parent)
    , mData(std::move(data))
    , mRecoveryKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(&mUndoStack, &QUndoStack::cleanChanged, this, &Document::updateModified);
    connect(&mNotifier, &DocumentNotifier::projectChanged, this, [this] {
        mProblemsValid = false;
        updateModified();
    });
}

Document::~Document() = default;

QString Document::displayName() const
{
    if (isUntitled())
        return tr("Untitled");
    return QFileInfo(mFilePath).fileName();
}

void Document::setReadOnly(bool readOnly, const QString &reason)
{
    mReadOnlyReason = reason;
    if (mReadOnly == readOnly)
        return;
    mReadOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

bool Document::isModified() const
{
    return !mUndoStack.isClean() || mDirty;
}

void Document::setDirty()
{
    mDirty = true;
    updateModified();
}

void Document::updateModified()
{
    const bool modified = isModified();
    if (modified != mLastModified) {
        mLastModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

Status Document::lock(const QString &path)
{
    auto lock = std::make_unique<ProjectLock>();
    Status status = lock->acquire(path.toStdString());
    if (status)
        mLock = std::move(lock);
    return status;
}

Status Document::saveTo(const QString &path)
{
    if (path != mFilePath) {
        // Take the new file's lock first: saving over a file another instance has open
        // would pull it from under that user.
        auto lock = std::make_unique<ProjectLock>();
        Status locked = lock->acquire(path.toStdString());
        if (!locked)
            return locked;
        Status saved = saveProject(mData, path.toStdString());
        if (!saved)
            return saved;
        mLock = std::move(lock);
        mFilePath = path;
        setReadOnly(false);
        Q_EMIT filePathChanged(path);
    } else {
        Status saved = saveProject(mData, path.toStdString());
        if (!saved)
            return saved;
    }
    mDirty = false;
    mUndoStack.setClean();
    updateModified();
    return {};
}

void Document::storeResult(StoredResult result, std::shared_ptr<const ScenarioResult> parsed)
{
    if (parsed)
        mParsed[result.scenario] = std::move(parsed);
    else
        mParsed.erase(result.scenario);
    const QString scenario = QString::fromStdString(result.scenario);
    bool replaced = false;
    for (auto &r : mData.results) {
        if (r.scenario == result.scenario) {
            r = result;
            replaced = true;
        }
    }
    if (!replaced)
        mData.results.push_back(std::move(result));
    mDirty = true;
    updateModified();
    Q_EMIT mNotifier.resultsChanged(scenario);
}

const StoredResult *Document::storedResult(const std::string &scenario) const
{
    for (const auto &r : mData.results)
        if (r.scenario == scenario)
            return &r;
    return nullptr;
}

std::shared_ptr<const ScenarioResult> Document::result(const std::string &scenario) const
{
    auto it = mParsed.find(scenario);
    if (it != mParsed.end())
        return it->second;
    const StoredResult *stored = storedResult(scenario);
    if (!stored)
        return nullptr;
    auto parsed = resultFromJson(stored->payload);
    std::shared_ptr<const ScenarioResult> out;
    if (parsed)
        out = std::make_shared<const ScenarioResult>(std::move(*parsed));
    mParsed[scenario] = out;
    return out;
}

bool Document::isStale(const std::string &scenario) const
{
    const StoredResult *r = storedResult(scenario);
    if (!r || !project().scenario(scenario))
        return true;
    return r->fingerprint != inputFingerprint(project(), scenario);
}

const std::vector<Problem> &Document::problems() const
{
    if (!mProblemsValid) {
        mProblems = validate(mData.project);
        mProblemsValid = true;
    }
    return mProblems;
}

void Document::replaceData(ProjectData data)
{
    Q_EMIT mNotifier.aboutToReset();
    mData = std::move(data);
    mParsed.clear();
    mUndoStack.clear();
    mDirty = false;
    Q_EMIT mNotifier.reset();
    Q_EMIT mNotifier.projectSettingsChanged();
    Q_EMIT mNotifier.resultsChanged(QString());
    Q_EMIT mNotifier.projectChanged();
    Q_EMIT mNotifier.actualsChanged();
    updateModified();
}

void Document::setViewPeriod(int period)
{
    period = std::max(0, period);
    if (period == mViewPeriod)
        return;
    mViewPeriod = period;
    Q_EMIT viewPeriodChanged(period);
}

} // namespace atlas
