// Every window and dialog of the app in Chinese: no English left in sight, no text cut
// off. The main window is walked with the demo's scenarios run (every dock, tab, table,
// dashboard, the map, their context and drop-down menus), every menu action that is not
// an edit or a quit is triggered and whatever window it opens is checked and closed, and
// the message boxes the app shows are provoked. New dialogs reached from a menu are
// covered without touching this file. Set ATLAS_SCREENSHOT_DIR to keep a PNG of each.

#include "actionmanager.h"
#include "csvimportdialog.h"
#include "documentmanager.h"
#include "editorarea.h"
#include "language.h"
#include "mainwindow.h"
#include "map/boundaryimportdialog.h"
#include "rundock.h"
#include "scenariorunner.h"
#include "testutil.h"
#include "uitextcheck.h"
#include "windowwalker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace atlas;
using atlas::test::UiTextCheck;
using atlas::test::WindowWalker;

class TstWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void checkerTellsEnglishFromChinese_data();
    void checkerTellsEnglishFromChinese();
    void mainWindowDocksAndTabs();
    void menus();
    void dialogsFromEveryAction();
    void messageBoxes();
    void importDialogsWithAFile();

private:
    void watch();
    void handleWindow(QWidget *w);
    void settle(int ms = 60) { QTest::qWait(ms); }
    void walkTabs(QTabWidget *tabs, const QString &name);
    void inspectPage(const QString &name);
    void openPopups(QWidget *root);
    void verifyWalk();

    test::TempDir mTemp;
    UiTextCheck mCheck;
    std::unique_ptr<WindowWalker> mWalker;
    std::unique_ptr<MainWindow> mWindow;
    QTimer mWatch;
    bool mWatching = false;
    QHash<QWidget *, qint64> mFirstSeen;
    QElapsedTimer mClock;
    QStringList mWindowsSeen;   ///< class and title of each window the watcher closed
    QSet<QByteArray> mContextTried;
    int mShot = 0;
};

void TstWindows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("computeatlas-tst-windows"));
    setLanguage(QStringLiteral("zh_CN"));
    QVERIFY2(QCoreApplication::translate("atlas::MainWindow", "&File") != QStringLiteral("&File"),
             "the zh_CN catalogue is not loaded");

    QFile demo(QString::fromStdString(test::sourcePath("resources/demo/demo.yaml")));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    mCheck.addDataFromYaml(QString::fromUtf8(demo.readAll()));

    // Whatever window appears — modal or not — is checked, photographed and closed.
    mClock.start();
    connect(&mWatch, &QTimer::timeout, this, &TstWindows::watch);
    mWatch.start(50);

    mWindow = std::make_unique<MainWindow>();
    mWindow->documents()->setRecoveryFolder(QString::fromStdString(mTemp.path("recovery")));
    mWindow->documents()->clearRecentFiles();
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    QVERIFY(mWindow->documents()->openFile(demo.fileName()));
    Document *doc = mWindow->documents()->document();
    QStringList all;
    for (const auto &s : doc->project().scenarios)
        all << QString::fromStdString(s.id);
    QSignalSpy finished(mWindow->runDock()->runner(), &ScenarioRunner::finished);
    mWindow->runDock()->run(all);
    QVERIFY(finished.wait(600000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toStringList().isEmpty());
    settle(300);
}

void TstWindows::init()
{
    mWalker = std::make_unique<WindowWalker>(mCheck);
    mWalker->setShotFolder(qEnvironmentVariable("ATLAS_SCREENSHOT_DIR"));
}

void TstWindows::cleanupTestCase()
{
    mWatch.stop();
    if (mWindow)
        mWindow->documents()->setInteractive(false);
    mWindow.reset();
}

void TstWindows::checkerTellsEnglishFromChinese_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("offending");
    QTest::newRow("english") << "Open Recent" << "Open, Recent";
    QTest::newRow("mnemonic") << "打开(&O)…" << "";
    QTest::newRow("untranslated mnemonic") << "&Open…" << "Open";
    QTest::newRow("units") << "算力 12.5 PFLOPS，PUE 1.25，15 MW" << "";
    QTest::newRow("data") << "张家口集群（怀来）：horinger → BJ，Ascend 910B" << "";
    QTest::newRow("data inside a word") << "horingers" << "horingers";
    QTest::newRow("enumeration is not data") << "调度策略：optimal" << "optimal";
    QTest::newRow("file name") << "已保存 /tmp/demo-copy.atlas" << "";
    QTest::newRow("file filter") << "CSV 文件 (*.csv *.txt)" << "";
    QTest::newRow("rich text") << "<b>结果</b>已过期" << "";
    QTest::newRow("half translated") << "运行 Scenarios" << "Scenarios";
}

void TstWindows::checkerTellsEnglishFromChinese()
{
    QFETCH(QString, text);
    QFETCH(QString, offending);
    QCOMPARE(mCheck.offendingWords(text).join(QStringLiteral(", ")), offending);
}

// --- the watcher -------------------------------------------------------------------

void TstWindows::watch()
{
    if (mWatching)
        return;
    mWatching = true;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w == mWindow.get() || !w->isVisible()) {
            mFirstSeen.remove(w);
            continue;
        }
        if (w->inherits("QTipLabel"))
            continue;
        // Let it settle (deferred fills, layouts) before looking.
        const qint64 first = mFirstSeen.value(w, -1);
        if (first < 0) {
            mFirstSeen.insert(w, mClock.elapsed());
            continue;
        }
        if (mClock.elapsed() - first < 250)
            continue;
        mFirstSeen.remove(w);
        handleWindow(w);
    }
    mWatching = false;
}

void TstWindows::handleWindow(QWidget *w)
{
    const QString cls = QString::fromLatin1(w->metaObject()->className()).remove(QStringLiteral("atlas::"));
    mWindowsSeen << cls + QStringLiteral(": ") + w->windowTitle();
    if (auto *files = qobject_cast<QFileDialog *>(w)) {
        // Qt's own dialog: only the caption and the filters are the app's.
        if (mWalker) {
            mWalker->checkText(WindowWalker::objectPath(w), QStringLiteral("title"), files->windowTitle());
            const QStringList filters = files->nameFilters();
            for (const QString &f : filters)
                mWalker->checkText(WindowWalker::objectPath(w), QStringLiteral("file filter"), f);
        }
        files->reject();
        return;
    }
    if (mWalker) {
        mWalker->inspect(w);
        mWalker->screenshot(w, QStringLiteral("window-%1-%2").arg(++mShot, 2, 10, QLatin1Char('0')).arg(cls));
    }
    if (auto *box = qobject_cast<QMessageBox *>(w)) {
        if (box->escapeButton())
            box->escapeButton()->click();
        else
            box->reject();
    } else if (auto *dialog = qobject_cast<QDialog *>(w)) {
        dialog->reject();
    } else {
        w->close();
    }
}

// --- the main window ---------------------------------------------------------------

void TstWindows::inspectPage(const QString &name)
{
    settle();
    mWalker->inspect(mWindow.get());
    mWalker->screenshot(mWindow.get(), name);
    openPopups(mWindow.get());
}

/** Context menus of the app's own widgets and drop-down menus of buttons, once per class. */
void TstWindows::openPopups(QWidget *root)
{
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        const QByteArray cls = w->metaObject()->className();
        const QPoint centre = w->rect().center();
        if (auto *button = qobject_cast<QToolButton *>(w); button && button->menu()) {
            if (!mContextTried.contains("menu:" + cls + button->objectName().toLatin1() + button->text().toUtf8())) {
                mContextTried.insert("menu:" + cls + button->objectName().toLatin1() + button->text().toUtf8());
                button->showMenu();   // modal until the watcher has looked
            }
        }
        const bool own = cls.startsWith("atlas::");
        if ((own || w->contextMenuPolicy() == Qt::CustomContextMenu) && !mContextTried.contains(cls)) {
            mContextTried.insert(cls);
            if (w->contextMenuPolicy() == Qt::CustomContextMenu) {
                Q_EMIT w->customContextMenuRequested(centre);
            } else if (own) {
                QContextMenuEvent event(QContextMenuEvent::Mouse, centre, w->mapToGlobal(centre));
                QCoreApplication::sendEvent(w, &event);
            }
            settle();
        }
    }
}

void TstWindows::walkTabs(QTabWidget *tabs, const QString &name)
{
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        settle(150);
        QWidget *page = tabs->widget(i);
        const QString here = QStringLiteral("%1-%2").arg(name).arg(i, 2, 10, QLatin1Char('0'));
        // A table: pick its first row so the properties dock shows that kind of entity.
        const auto views = page->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *v : views)
            if (v->isVisible() && v->model() && v->model()->rowCount() > 0 && !v->currentIndex().isValid()) {
                v->setCurrentIndex(v->model()->index(0, 0));
                break;
            }
        QList<QTabWidget *> inner;
        const auto nested = page->findChildren<QTabWidget *>();
        for (QTabWidget *t : nested) {
            QWidget *p = t->parentWidget();
            while (p && p != page && !qobject_cast<QTabWidget *>(p))
                p = p->parentWidget();
            if (p == page && t->isVisible())
                inner << t;
        }
        if (inner.isEmpty())
            inspectPage(here);
        for (QTabWidget *t : std::as_const(inner))
            walkTabs(t, here);
    }
}

void TstWindows::verifyWalk()
{
    const QStringList untranslated = mWalker->untranslated();
    const QStringList cut = mWalker->cutOff();
    for (const QString &line : untranslated)
        qWarning().noquote() << "ENGLISH" << line;
    for (const QString &line : cut)
        qWarning().noquote() << "CUT OFF" << line;
    qInfo("%d texts checked", mWalker->textsChecked());
    QVERIFY(mWalker->textsChecked() > 0);
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("%1 texts with English left in them (listed above)").arg(untranslated.size())));
    QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1 texts cut off (listed above)").arg(cut.size())));
}

void TstWindows::mainWindowDocksAndTabs()
{
    const auto docks = mWindow->findChildren<QDockWidget *>();
    QVERIFY(!docks.isEmpty());
    for (QDockWidget *dock : docks) {
        dock->show();
        dock->raise();
        inspectPage(QStringLiteral("main-dock-") + dock->objectName());
    }
    QList<QTabWidget *> top;
    const auto tabs = mWindow->findChildren<QTabWidget *>();
    for (QTabWidget *t : tabs) {
        QWidget *p = t->parentWidget();
        while (p && !qobject_cast<QTabWidget *>(p))
            p = p->parentWidget();
        if (!p && t->isVisible())
            top << t;
    }
    QVERIFY(top.contains(mWindow->editorArea()));
    for (QTabWidget *t : std::as_const(top))
        walkTabs(t, QStringLiteral("main-tab"));
    verifyWalk();
}

void TstWindows::menus()
{
    const auto bar = mWindow->menuBar()->actions();
    QVERIFY(!bar.isEmpty());
    for (QAction *top : bar) {
        QMenu *menu = top->menu();
        QVERIFY(menu);
        mWalker->inspectMenu(menu, QStringLiteral("MenuBar"));
        menu->popup(mWindow->mapToGlobal(QPoint(20, 20)));
        settle(400);   // the watcher looks at it and closes it
    }
    const auto toolbars = mWindow->findChildren<QToolBar *>();
    for (QToolBar *t : toolbars)
        mWalker->inspect(t);
    verifyWalk();
}

// --- dialogs -----------------------------------------------------------------------

void TstWindows::dialogsFromEveryAction()
{
    using A = ActionManager;
    // Edits, runs and what replaces or closes the document open no window; the rest are
    // all triggered, so a dialog added to a menu later is checked here without a change.
    QSet<QAction *> skip;
    for (auto id : {A::New, A::NewFromDemo, A::Revert, A::Close, A::Quit, A::Undo, A::Redo, A::AddRow,
                    A::DuplicateRow, A::DeleteRow, A::Paste, A::RunSelected, A::RerunStale, A::CancelRun})
        skip.insert(mWindow->actions()->action(id));
    QList<QAction *> actions;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        const auto list = menu->actions();
        for (QAction *a : list) {
            if (a->menu())
                collect(a->menu());
            else if (!a->isSeparator() && !actions.contains(a))
                actions << a;
        }
    };
    for (QAction *top : mWindow->menuBar()->actions())
        if (top->menu())
            collect(top->menu());

    int triggered = 0;
    for (QAction *a : std::as_const(actions)) {
        if (skip.contains(a) || !a->isEnabled() || a->isCheckable() || a->menuRole() == QAction::QuitRole
            || a->shortcut() == QKeySequence(QKeySequence::Print))
            continue;
        qInfo().noquote() << "triggering" << a->text();
        a->trigger();   // a modal dialog returns once the watcher has checked and rejected it
        settle(400);    // a non-modal window is checked and closed by the watcher meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(!mWindow->runDock()->runner()->isRunning(), 300000);
        ++triggered;
        QVERIFY2(mWindow->documents()->document(), qPrintable(a->text()));
    }
    QVERIFY(triggered > 0);
    // The dialogs the app has today are among what was seen (others join them later).
    const QString seen = mWindowsSeen.join(u'\n');
    qInfo().noquote() << "windows seen:" << seen;
    for (const char *cls : {"SettingsDialog", "AboutDialog", "ScenarioManager", "BoundaryImportDialog", "QInputDialog"})
        QVERIFY2(seen.contains(QLatin1String(cls)), cls);
    verifyWalk();
}

void TstWindows::messageBoxes()
{
    DocumentManager *documents = mWindow->documents();
    const int before = mWindowsSeen.size();
    // A file that is not there, and one that is not a project. (A YAML syntax error is left
    // out: its detail is yaml-cpp's own English sentence.)
    QVERIFY(!documents->openFile(QString::fromStdString(mTemp.path("missing.atlas"))));
    const QString junk = QString::fromStdString(mTemp.path("junk.atlas"));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a project");
    }
    QVERIFY(!documents->openFile(junk));
    // Closing with unsaved changes asks first; the watcher answers Cancel.
    QVERIFY(documents->document()->isModified());
    QVERIFY(!documents->close());
    QVERIFY(documents->document());
    qInfo().noquote() << "windows seen:" << mWindowsSeen.mid(before).join(QStringLiteral("; "));
    QVERIFY(mWindowsSeen.size() >= before + 3);
    verifyWalk();
}

void TstWindows::importDialogsWithAFile()
{
    Document *doc = mWindow->documents()->document();
    QVERIFY(doc);
    const int before = mWindowsSeen.size();
    {
        const QString csv = QStringLiteral("id,name,region,industry,workload,ecosystems,value,demand.base\n"
                                           "bj-llm-09,北京某大模型企业,BJ,internet,training,cuda,80,990\n"
                                           "x,y,ZZ,,,,abc,\n");
        // The file's own header and cells are data, shown as they are.
        for (const QString &line : csv.split(u'\n'))
            for (const QString &cell : line.split(u','))
                mCheck.addData(cell);
        CsvImportDialog dialog(doc, csv, mWindow.get());
        dialog.exec();
    }
    const QString geojson = QString::fromStdString(mTemp.path("boundary.geojson"));
    {
        QFile f(geojson);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"北京市"},
                   "geometry":{"type":"Polygon","coordinates":[[[116,39],[117,39],[117,40],[116,40],[116,39]]]}}]})");
    }
    {
        BoundaryImportDialog dialog(mWindow.get());
        dialog.setFile(geojson);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 30000);
        dialog.exec();
    }
    QCOMPARE(mWindowsSeen.size(), before + 2);
    verifyWalk();
}

QTEST_MAIN(TstWindows)
#include "tst_windows.moc"
