#include "documentmanager.h"

#include "interchange/yaml.h"
#include "problemtext.h"
#include "projectloader.h"
#include "settingskeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace atlas {
namespace {

const QString kRecentKey = QStringLiteral("recentFiles");
constexpr int kMaxRecent = 8;

QString problemsText(const std::vector<Problem> &problems, const QString &file, int limit = 12)
{
    QStringList lines;
    for (const auto &p : problems) {
        if (lines.size() == limit) {
            lines << QCoreApplication::translate("DocumentManager", "… and %n more", nullptr,
                                                 static_cast<int>(problems.size()) - limit);
            break;
        }
        lines << problemUiLine(p, file);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

DocumentManager::DocumentManager(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , mDialogParent(dialogParent)
{
    mRecoveryFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
    mRecoveryPool.setMaxThreadCount(1);
    mRecoveryTimer.setSingleShot(true);
    mRecoveryTimer.setInterval(2000);
    connect(&mRecoveryTimer, &QTimer::timeout, this, &DocumentManager::writeRecovery);
}

DocumentManager::~DocumentManager()
{
    mRecoveryPool.waitForDone();
    // A clean shutdown with unsaved work keeps the recovery copy; otherwise drop it.
    if (mDoc && !mDoc->isModified())
        RecoveryStore(mRecoveryFolder.toStdString()).remove(mDoc->recoveryKey().toStdString());
}

void DocumentManager::setRecoveryFolder(const QString &folder)
{
    mRecoveryFolder = folder;
}

QString DocumentManager::demoPath()
{
    const QString installed = QCoreApplication::applicationDirPath()
        + QStringLiteral("/../share/computeatlas/demo/demo.yaml");
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
#ifdef ATLAS_SOURCE_DIR
    const QString source = QStringLiteral(ATLAS_SOURCE_DIR "/resources/demo/demo.yaml");
    if (QFileInfo::exists(source))
        return source;
#endif
    return {};
}

QString DocumentManager::defaultFolder() const
{
    const QString folder = QSettings().value(settingskeys::defaultFolder).toString();
    if (!folder.isEmpty())
        return folder;
    if (mDoc && !mDoc->isUntitled())
        return QFileInfo(mDoc->filePath()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void DocumentManager::showError(const QString &title, const QString &text)
{
    Q_EMIT errorOccurred(title, text);
    if (mInteractive)
        QMessageBox::warning(mDialogParent, title, text);
}

void DocumentManager::setDocument(std::unique_ptr<Document> doc)
{
    mRecoveryPool.waitForDone();
    if (mDoc)
        RecoveryStore(mRecoveryFolder.toStdString()).remove(mDoc->recoveryKey().toStdString());
    mRecoveryTimer.stop();
    std::unique_ptr<Document> old = std::move(mDoc);
    mDoc = std::move(doc);
    if (mDoc)
        connect(mDoc->notifier(), &DocumentNotifier::projectChanged, &mRecoveryTimer, qOverload<>(&QTimer::start));
    Q_EMIT documentChanged(mDoc.get());
    old.reset();  // after every view has let go of it
}

bool DocumentManager::maybeSave()
{
    if (!mDoc || !mDoc->isModified())
        return true;
    SaveAnswer answer = SaveAnswer::Cancel;
    if (mSavePrompt) {
        answer = mSavePrompt(mDoc->displayName());
    } else if (mInteractive) {
        const auto button = QMessageBox::warning(
            mDialogParent, tr("Unsaved changes"),
            tr("Save the changes to “%1” before closing it?").arg(mDoc->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        answer = button == QMessageBox::Save ? SaveAnswer::Save
               : button == QMessageBox::Discard ? SaveAnswer::Discard : SaveAnswer::Cancel;
    }
    switch (answer) {
    case SaveAnswer::Save: return save();
    case SaveAnswer::Discard: return true;
    case SaveAnswer::Cancel: break;
    }
    return false;
}

bool DocumentManager::close()
{
    if (!maybeSave())
        return false;
    setDocument(nullptr);
    return true;
}

bool DocumentManager::newEmpty()
{
    if (!maybeSave())
        return false;
    ProjectData data;
    data.project.name = tr("New project").toStdString();
    setDocument(std::make_unique<Document>(std::move(data)));
    return true;
}

bool DocumentManager::newFromDemo()
{
    const QString path = demoPath();
    if (path.isEmpty()) {
        showError(tr("Demo not found"), tr("The demo project is not installed."));
        return false;
    }
    auto loaded = loadAnyProject(path.toStdString());
    if (!loaded) {
        showError(tr("Cannot open the demo"), problemsText(loaded.problems, path));
        return false;
    }
    if (!maybeSave())
        return false;
    setDocument(std::make_unique<Document>(std::move(loaded->data)));
    return true;
}

bool DocumentManager::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto loaded = loadAnyProject(absolute.toStdString());
    if (!loaded) {
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), problemsText(loaded.problems, absolute));
        return false;
    }
    if (!maybeSave())
        return false;
    auto doc = std::make_unique<Document>(std::move(loaded->data));
    if (fileKind(absolute.toStdString()) == FileKind::Atlas) {
        doc->setFilePath(absolute);
        QString reason;
        for (const auto &w : loaded->warnings)
            reason += problemMessage(w) + QLatin1Char(' ');
        if (loaded->readOnly) {
            doc->setReadOnly(true, reason.trimmed().isEmpty() ? tr("The file is read-only.") : reason.trimmed());
        } else if (Status locked = doc->lock(absolute); !locked) {
            const QString why = locked.problems.empty() ? QString() : problemMessage(locked.problems.front());
            doc->setReadOnly(true, why);
        }
    }
    setDocument(std::move(doc));
    addRecent(absolute);
    if (!loaded.problems.empty())
        Q_EMIT statusMessage(tr("Opened with %n warning(s).", nullptr, static_cast<int>(loaded.problems.size())));
    return true;
}

bool DocumentManager::save()
{
    if (!mDoc)
        return false;
    if (mDoc->isUntitled() || mDoc->isReadOnly())
        return mInteractive ? saveAsWithDialog() : false;
    return saveAs(mDoc->filePath());
}

bool DocumentManager::saveAs(const QString &path)
{
    if (!mDoc)
        return false;
    QString target = QFileInfo(path).absoluteFilePath();
    if (!target.endsWith(QStringLiteral(".atlas"), Qt::CaseInsensitive))
        target += QStringLiteral(".atlas");
    Status status = mDoc->saveTo(target);
    if (!status) {
        showError(tr("Cannot save"), problemsText(status.problems, target));
        return false;
    }
    mRecoveryPool.waitForDone();
    RecoveryStore(mRecoveryFolder.toStdString()).remove(mDoc->recoveryKey().toStdString());
    addRecent(target);
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)));
    return true;
}

bool DocumentManager::exportYaml(const QString &path)
{
    if (!mDoc)
        return false;
    Status status = saveYaml(mDoc->project(), path.toStdString());
    if (!status) {
        showError(tr("Cannot export"), problemsText(status.problems, path));
        return false;
    }
    Q_EMIT statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentManager::revert()
{
    if (!mDoc || mDoc->isUntitled())
        return false;
    auto loaded = loadAnyProject(mDoc->filePath().toStdString());
    if (!loaded) {
        showError(tr("Cannot revert"), problemsText(loaded.problems, mDoc->filePath()));
        return false;
    }
    mDoc->replaceData(std::move(loaded->data));
    RecoveryStore(mRecoveryFolder.toStdString()).remove(mDoc->recoveryKey().toStdString());
    return true;
}

void DocumentManager::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        mDialogParent, tr("Open project"), defaultFolder(),
        tr("Projects (*.atlas *.yaml *.yml);;Project files (*.atlas);;Interchange YAML (*.yaml *.yml)"));
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentManager::saveAsWithDialog()
{
    if (!mDoc)
        return false;
    QString suggestion = mDoc->isUntitled()
        ? defaultFolder() + QLatin1Char('/') + QString::fromStdString(mDoc->project().name) + QStringLiteral(".atlas")
        : mDoc->filePath();
    const QString path = QFileDialog::getSaveFileName(mDialogParent, tr("Save project as"), suggestion,
                                                      tr("Project files (*.atlas)"));
    return path.isEmpty() ? false : saveAs(path);
}

void DocumentManager::exportWithDialog()
{
    if (!mDoc)
        return;
    const QString path = QFileDialog::getSaveFileName(mDialogParent, tr("Export interchange YAML"),
                                                      defaultFolder(), tr("Interchange YAML (*.yaml *.yml)"));
    if (!path.isEmpty())
        exportYaml(path);
}

QStringList DocumentManager::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void DocumentManager::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    Q_EMIT recentFilesChanged();
}

void DocumentManager::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    Q_EMIT recentFilesChanged();
}

void DocumentManager::writeRecovery()
{
    if (!mDoc)
        return;
    RecoveryStore store(mRecoveryFolder.toStdString());
    if (!mDoc->isModified()) {
        store.remove(mDoc->recoveryKey().toStdString());
        return;
    }
    // Saving a national-size project takes longer than a GUI frame: write a copy off
    // the GUI thread, one save at a time (the pool has a single thread).
    auto data = std::make_shared<const ProjectData>(mDoc->data());
    const std::string folder = mRecoveryFolder.toStdString();
    const std::string key = mDoc->recoveryKey().toStdString();
    const std::string original = mDoc->filePath().toStdString();
    mRecoveryPool.start([data, folder, key, original] { RecoveryStore(folder).save(*data, key, original); });
}

bool DocumentManager::offerRecovery()
{
    RecoveryStore store(mRecoveryFolder.toStdString());
    const auto entries = store.entries();
    for (const auto &entry : entries) {
        if (entry.inUse)
            continue;  // another running instance's unsaved work, not a crash's
        const QString original = QString::fromStdString(entry.originalPath);
        const QString name = original.isEmpty() ? tr("an untitled project") : QFileInfo(original).fileName();
        bool restore = !mInteractive;
        if (mInteractive) {
            restore = QMessageBox::question(
                mDialogParent, tr("Recover unsaved work"),
                tr("ComputeAtlas did not close properly. Unsaved changes to %1 from %2 were kept.\n\n"
                   "Restore them?").arg(name, QString::fromStdString(entry.savedAt)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
        }
        // Entries name their files, not their keys: remove the pair directly.
        const QString file = QString::fromStdString(entry.recoveryFile);
        auto discard = [file] {
            QFile::remove(file);
            QFile::remove(file.left(file.size() - 6) + QStringLiteral(".json"));
        };
        if (!restore) {
            discard();
            continue;
        }
        auto opened = openProject(entry.recoveryFile);
        if (!opened) {
            showError(tr("Cannot recover"), problemsText(opened.problems, QString::fromStdString(entry.recoveryFile)));
            continue;
        }
        auto doc = std::make_unique<Document>(std::move(opened->data));
        if (!original.isEmpty()) {
            doc->setFilePath(original);
            if (Status locked = doc->lock(original); !locked)
                doc->setReadOnly(true, locked.problems.empty() ? QString() : problemMessage(locked.problems.front()));
        }
        doc->setDirty();
        setDocument(std::move(doc));
        discard();
        writeRecovery();
        return true;  // one document per window: the rest stay for the next start
    }
    return false;
}

} // namespace atlas
