#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QUndoView;

namespace atlas {

class ActionManager;
class Document;
class DocumentManager;
class EditorArea;
class ProblemsDock;
class ProjectExplorer;
class PropertiesDock;
class RunDock;

/**
 * The main window. It only composes: the document manager, the action manager, the
 * editor area and the docks do the work; this class wires them together.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentManager *documents() const { return mDocuments; }
    ActionManager *actions() const { return mActions; }
    EditorArea *editorArea() const { return mEditors; }
    ProblemsDock *problemsDock() const { return mProblems; }
    RunDock *runDock() const { return mRuns; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void connectActions();
    void documentChanged(Document *doc);
    void updateTitle();
    void updateBanner();
    void updateRecentMenu();
    void retranslate();
    void showStatus(const QString &text);

    DocumentManager *mDocuments;
    ActionManager *mActions;
    EditorArea *mEditors;
    QLabel *mBanner;
    ProjectExplorer *mExplorer;
    ProblemsDock *mProblems;
    PropertiesDock *mProperties;
    RunDock *mRuns;
    QDockWidget *mUndoDock;
    QUndoView *mUndoView;
    QMenu *mFileMenu = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mEditMenu = nullptr;
    QMenu *mScenarioMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QMenu *mHelpMenu = nullptr;
};

} // namespace atlas
