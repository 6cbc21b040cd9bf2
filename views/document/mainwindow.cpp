#include "mainwindow.h"

#include "map/boundaryimportdialog.h"
#include "ops/actualsimportdialog.h"
#include "ops/opsmapbinder.h"

#include "aboutdialog.h"
#include "actionmanager.h"
#include "csvimportdialog.h"
#include "dashboardview.h"
#include "documentmanager.h"
#include "editorarea.h"
#include "entitytableeditor.h"
#include "mappanel.h"
#include "problemsdock.h"
#include "projectexplorer.h"
#include "propertiesdock.h"
#include "proposals.h"
#include "reportdialog.h"
#include "resultsbrowser.h"
#include "rundock.h"
#include "scenariomanager.h"
#include "settingsdialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace atlas {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mDocuments(new DocumentManager(this, this))
    , mActions(new ActionManager(this))
    , mEditors(new EditorArea(this))
    , mBanner(new QLabel(this))
    , mExplorer(new ProjectExplorer(this))
    , mProblems(new ProblemsDock(this))
    , mProperties(new PropertiesDock(this))
    , mRuns(new RunDock(this))
    , mUndoDock(new QDockWidget(this))
    , mUndoView(new QUndoView(this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/computeatlas.svg")));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    mBanner->setWordWrap(true);
    mBanner->setMargin(6);
    mBanner->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e0c060;"));
    mBanner->hide();
    layout->addWidget(mBanner);
    layout->addWidget(mEditors, 1);
    setCentralWidget(central);

    mUndoDock->setObjectName(QStringLiteral("UndoDock"));
    mUndoDock->setWidget(mUndoView);
    addDockWidget(Qt::LeftDockWidgetArea, mExplorer);
    addDockWidget(Qt::LeftDockWidgetArea, mUndoDock);
    addDockWidget(Qt::RightDockWidgetArea, mProperties);
    addDockWidget(Qt::RightDockWidgetArea, mRuns);
    addDockWidget(Qt::BottomDockWidgetArea, mProblems);
    tabifyDockWidget(mExplorer, mUndoDock);
    mExplorer->raise();

    createMenus();
    connectActions();
    connect(mDocuments, &DocumentManager::documentChanged, this, &MainWindow::documentChanged);
    connect(mDocuments, &DocumentManager::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(mDocuments, &DocumentManager::statusMessage, this, &MainWindow::showStatus);
    connect(mEditors, &EditorArea::statusMessage, this, &MainWindow::showStatus);
    connect(mProperties, &PropertiesDock::statusMessage, this, &MainWindow::showStatus);
    connect(mRuns, &RunDock::statusMessage, this, &MainWindow::showStatus);
    connect(mEditors, &EditorArea::currentRowChanged, mProperties, &PropertiesDock::showEntity);
    connect(mEditors, &EditorArea::currentRowChanged, mExplorer, &ProjectExplorer::highlightList);
    connect(mExplorer, &ProjectExplorer::listActivated, mEditors, &EditorArea::showList);
    connect(mExplorer, &ProjectExplorer::projectActivated, mProperties, [this] {
        mProperties->showProject();
        mProperties->raise();
    });
    connect(mExplorer, &ProjectExplorer::resultsActivated, mEditors, [this](const QString &s) { mEditors->showResults(s); });
    connect(mProblems, &ProblemsDock::cellRequested, mEditors, &EditorArea::selectCell);
    connect(mRuns, &RunDock::runningChanged, this, [this](bool running) {
        mActions->action(ActionManager::CancelRun)->setEnabled(running);
        mActions->action(ActionManager::RunSelected)->setEnabled(!running);
    });
    mActions->action(ActionManager::CancelRun)->setEnabled(false);

    retranslate();
    updateRecentMenu();
    documentChanged(nullptr);
    resize(1400, 900);
    if (!restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray())) {
        // First start: a compact problems panel under a wide editor area.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({mProblems}, {140}, Qt::Vertical);
            resizeDocks({mExplorer, mProperties}, {240, 320}, Qt::Horizontal);
        });
    }
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    using A = ActionManager;
    auto *a = mActions;
    mFileMenu = menuBar()->addMenu(QString());
    for (auto id : {A::New, A::NewFromDemo, A::Open})
        mFileMenu->addAction(a->action(id));
    mRecentMenu = mFileMenu->addMenu(QString());
    mFileMenu->addSeparator();
    for (auto id : {A::Save, A::SaveAs, A::ExportYaml, A::Revert})
        mFileMenu->addAction(a->action(id));
    mFileMenu->addSeparator();
    for (auto id : {A::ImportCsv, A::ImportProposal, A::ExportProposal, A::ImportBoundaries, A::ImportActuals, A::ExportMap})
        mFileMenu->addAction(a->action(id));
    mFileMenu->addAction(a->action(A::ExportReport));
    mFileMenu->addSeparator();
    mFileMenu->addAction(a->action(A::Close));
    mFileMenu->addAction(a->action(A::Quit));
    mEditMenu = menuBar()->addMenu(QString());
    for (auto id : {A::Undo, A::Redo})
        mEditMenu->addAction(a->action(id));
    mEditMenu->addSeparator();
    for (auto id : {A::AddRow, A::DuplicateRow, A::DeleteRow, A::Paste})
        mEditMenu->addAction(a->action(id));
    mEditMenu->addSeparator();
    mEditMenu->addAction(a->action(A::Settings));
    mScenarioMenu = menuBar()->addMenu(QString());
    for (auto id : {A::ScenarioManager, A::RunSelected, A::RerunStale, A::CancelRun})
        mScenarioMenu->addAction(a->action(id));
    mViewMenu = menuBar()->addMenu(QString());
    mViewMenu->addAction(a->action(A::ShowMap));
    mViewMenu->addAction(a->action(A::ShowResults));
    mViewMenu->addAction(a->action(A::ShowDashboards));
    mViewMenu->addSeparator();
    for (QDockWidget *dock : {static_cast<QDockWidget *>(mExplorer), static_cast<QDockWidget *>(mProblems),
                              static_cast<QDockWidget *>(mProperties), static_cast<QDockWidget *>(mRuns), mUndoDock})
        mViewMenu->addAction(dock->toggleViewAction());
    mHelpMenu = menuBar()->addMenu(QString());
    mHelpMenu->addAction(a->action(A::About));

    auto *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (auto id : {A::New, A::Open, A::Save, A::Undo, A::Redo, A::RunSelected, A::CancelRun})
        bar->addAction(a->action(id));
}

void MainWindow::connectActions()
{
    using A = ActionManager;
    auto on = [this](A::Id id, auto &&f) { connect(mActions->action(id), &QAction::triggered, this, f); };
    on(A::New, [this] { mDocuments->newEmpty(); });
    on(A::NewFromDemo, [this] { mDocuments->newFromDemo(); });
    on(A::Open, [this] { mDocuments->openWithDialog(); });
    on(A::Save, [this] { mDocuments->save(); });
    on(A::SaveAs, [this] { mDocuments->saveAsWithDialog(); });
    on(A::ExportYaml, [this] { mDocuments->exportWithDialog(); });
    on(A::Revert, [this] { mDocuments->revert(); });
    on(A::Close, [this] { mDocuments->close(); });
    on(A::Quit, [this] { close(); });
    on(A::Undo, [this] { if (auto *d = mDocuments->document()) d->undoStack()->undo(); });
    on(A::Redo, [this] { if (auto *d = mDocuments->document()) d->undoStack()->redo(); });
    auto withEditor = [this](void (EntityTableEditor::*f)()) {
        return [this, f] { if (auto *e = mEditors->currentEditor()) (e->*f)(); };
    };
    on(A::AddRow, withEditor(&EntityTableEditor::addRow));
    on(A::DuplicateRow, withEditor(&EntityTableEditor::duplicateRows));
    on(A::DeleteRow, withEditor(&EntityTableEditor::deleteRows));
    on(A::Paste, withEditor(&EntityTableEditor::paste));
    on(A::ImportCsv, [this] {
        if (auto *d = mDocuments->document())
            CsvImportDialog::importInto(d, this);
    });
    on(A::ImportProposal, [this] {
        if (auto *d = mDocuments->document())
            showStatus(proposals::importWithDialog(*d, this));
    });
    on(A::ExportProposal, [this] {
        if (auto *d = mDocuments->document())
            showStatus(proposals::exportWithDialog(*d, this));
    });
    on(A::ScenarioManager, [this] {
        if (auto *d = mDocuments->document()) {
            ScenarioManager dialog(d, this);
            dialog.exec();
        }
    });
    on(A::RunSelected, [this] { mRuns->raise(); mRuns->runChecked(); });
    on(A::RerunStale, [this] { mRuns->rerunStale(); });
    on(A::CancelRun, [this] { mRuns->cancel(); });
    on(A::ShowResults, [this] { mEditors->showResults(); });
    on(A::ShowDashboards, [this] { mEditors->showDashboards(); });
    on(A::ShowMap, [this] { mEditors->showMap(); });
    on(A::ExportMap, [this] {
        if (auto *map = mEditors->mapPanel()) {
            mEditors->showMap();
            map->exportWithDialog();
        }
    });
    on(A::ImportBoundaries, [this] {
        auto *d = mDocuments->document();
        if (!d)
            return;
        if (auto layer = BoundaryImportDialog::importLayer(this)) {
            const auto outcome = edit::addBoundaryLayer(*d, std::move(*layer));
            if (!outcome)
                showStatus(outcome.reason);
            mEditors->showMap();
        }
    });
    on(A::ImportActuals, [this] {
        if (auto *d = mDocuments->document()) {
            ActualsImportDialog::run(d, this);
            mEditors->showDashboards();
            if (auto *dash = mEditors->dashboards())
                dash->showOperations();
        }
    });
    on(A::ExportReport, [this] { ReportDialog::showFor(mDocuments->document(), this); });
    on(A::Settings, [this] { SettingsDialog(this).exec(); });
    on(A::About, [this] { AboutDialog(this).exec(); });
}

void MainWindow::documentChanged(Document *doc)
{
    mEditors->setDocument(doc);
    if (doc && mEditors->mapPanel())
        new OpsMapBinder(doc, mEditors->mapPanel());  // owned by the map panel
    mExplorer->setDocument(doc);
    mProblems->setDocument(doc);
    mProperties->setDocument(doc);
    mRuns->setDocument(doc);
    mUndoView->setStack(doc ? doc->undoStack() : nullptr);
    if (doc) {
        connect(doc, &Document::modifiedChanged, this, &MainWindow::updateTitle);
        connect(doc, &Document::filePathChanged, this, &MainWindow::updateTitle);
        connect(doc, &Document::readOnlyChanged, this, &MainWindow::updateBanner);
        connect(doc->notifier(), &DocumentNotifier::projectSettingsChanged, this, &MainWindow::updateTitle);
        connect(mEditors->resultsBrowser(), &ResultsBrowser::rerunRequested, mRuns, &RunDock::run);
        auto *stack = doc->undoStack();
        QAction *undo = mActions->action(ActionManager::Undo);
        QAction *redo = mActions->action(ActionManager::Redo);
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
        connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    }
    using A = ActionManager;
    for (auto id : {A::Save, A::SaveAs, A::ExportYaml, A::Revert, A::Close, A::AddRow, A::DuplicateRow,
                    A::DeleteRow, A::Paste, A::ImportCsv, A::ImportProposal, A::ExportProposal,
                    A::ScenarioManager, A::RunSelected, A::RerunStale, A::ShowResults, A::ShowDashboards,
                    A::ShowMap, A::ExportMap, A::ImportBoundaries, A::ExportReport,
                    A::ImportActuals})
        mActions->action(id)->setEnabled(doc != nullptr);
    if (!doc) {
        mActions->action(A::Undo)->setEnabled(false);
        mActions->action(A::Redo)->setEnabled(false);
    }
    updateTitle();
    updateBanner();
}

void MainWindow::updateTitle()
{
    Document *doc = mDocuments->document();
    if (!doc) {
        setWindowTitle(tr("ComputeAtlas"));
        setWindowModified(false);
        return;
    }
    const QString name = QString::fromStdString(doc->project().name);
    // "name — file[*] — ComputeAtlas"; [*] shows the modified mark.
    setWindowTitle(tr("%1 — %2[*] — ComputeAtlas").arg(name.isEmpty() ? tr("(unnamed)") : name, doc->displayName()));
    setWindowModified(doc->isModified());
    mActions->action(ActionManager::Revert)->setEnabled(!doc->isUntitled() && doc->isModified());
}

void MainWindow::updateBanner()
{
    Document *doc = mDocuments->document();
    if (!doc || !doc->isReadOnly()) {
        mBanner->hide();
        return;
    }
    QString text = tr("Read-only: changes cannot be saved to this file. Use Save As to keep a copy.");
    if (!doc->readOnlyReason().isEmpty())
        text = doc->readOnlyReason() + QLatin1Char(' ') + text;
    mBanner->setText(text);
    mBanner->show();
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList files = mDocuments->recentFiles();
    for (const QString &file : files) {
        QAction *a = mRecentMenu->addAction(QFileInfo(file).fileName());
        a->setToolTip(file);
        connect(a, &QAction::triggered, this, [this, file] { mDocuments->openFile(file); });
    }
    mRecentMenu->addSeparator();
    QAction *clear = mRecentMenu->addAction(tr("Clear Recent Files"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, mDocuments, &DocumentManager::clearRecentFiles);
}

void MainWindow::retranslate()
{
    mActions->retranslate();
    mFileMenu->setTitle(tr("&File"));
    mRecentMenu->setTitle(tr("Open &Recent"));
    mEditMenu->setTitle(tr("&Edit"));
    mScenarioMenu->setTitle(tr("&Scenarios"));
    mViewMenu->setTitle(tr("&View"));
    mHelpMenu->setTitle(tr("&Help"));
    mUndoDock->setWindowTitle(tr("Undo History"));
    mUndoView->setEmptyLabel(tr("<opened>"));
    updateRecentMenu();
    updateTitle();
    updateBanner();
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mDocuments->close()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile()) {
        const QString suffix = QFileInfo(urls.front().toLocalFile()).suffix().toLower();
        if (suffix == QStringLiteral("atlas") || suffix == QStringLiteral("yaml") || suffix == QStringLiteral("yml"))
            event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.front().isLocalFile()) {
        event->acceptProposedAction();
        mDocuments->openFile(urls.front().toLocalFile());
    }
}

} // namespace atlas
