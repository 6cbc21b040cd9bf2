#pragma once

#include "document.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

class QWidget;

namespace atlas {

/**
 * Owns the open document and does what the File menu does: new (empty or the demo),
 * open (.atlas directly, .yaml as an untitled import), save, save as, export YAML,
 * revert, close with a prompt, recent files, and crash recovery (unsaved work is
 * written to the recovery folder about two seconds after each edit).
 *
 * A file that cannot be opened leaves the current document untouched. With
 * setInteractive(false) (tests) no dialog is shown: errors go to errorOccurred() and
 * the save prompt asks the function set by setSavePrompt().
 */
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    enum class SaveAnswer { Save, Discard, Cancel };

    explicit DocumentManager(QWidget *dialogParent, QObject *parent = nullptr);
    ~DocumentManager() override;

    Document *document() const { return mDoc.get(); }

    void setInteractive(bool interactive) { mInteractive = interactive; }
    void setSavePrompt(std::function<SaveAnswer(const QString &name)> prompt) { mSavePrompt = std::move(prompt); }
    /** Where recovery files live (default: the app data folder's "recovery"). */
    void setRecoveryFolder(const QString &folder);
    QString recoveryFolder() const { return mRecoveryFolder; }

    /** The bundled demo (installed share folder, or the source tree in a build). */
    static QString demoPath();

    bool newEmpty();
    bool newFromDemo();
    /** Opens a .atlas or .yaml file; false (with a dialog) when it cannot be read. */
    bool openFile(const QString &path);
    bool save();
    bool saveAs(const QString &path);
    bool exportYaml(const QString &path);
    bool revert();
    /** Closes the document, asking to save unsaved changes; false when the user cancels. */
    bool close();

    /** Dialog-driven variants for the menu. */
    void openWithDialog();
    bool saveAsWithDialog();
    void exportWithDialog();

    QStringList recentFiles() const;
    void clearRecentFiles();

    /** Offers to restore unsaved work a crash left behind; true when something was restored. */
    bool offerRecovery();
    /** Writes the recovery copy now (normally ~2 s after an edit). */
    void writeRecovery();

Q_SIGNALS:
    void documentChanged(atlas::Document *doc);
    void recentFilesChanged();
    void errorOccurred(const QString &title, const QString &text);
    void statusMessage(const QString &text);

private:
    bool maybeSave();
    void setDocument(std::unique_ptr<Document> doc);
    void addRecent(const QString &path);
    void showError(const QString &title, const QString &text);
    QString defaultFolder() const;

    QWidget *mDialogParent;
    std::unique_ptr<Document> mDoc;
    bool mInteractive = true;
    std::function<SaveAnswer(const QString &)> mSavePrompt;
    QString mRecoveryFolder;
    QTimer mRecoveryTimer;
    QThreadPool mRecoveryPool;
};

} // namespace atlas
