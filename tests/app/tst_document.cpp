// Documents: open, save, reopen, close with a prompt, read-only files, crash recovery.

#include "apptestutil.h"
#include "editcommands.h"
#include "entityfields.h"
#include "mainwindow.h"
#include "storage/projectfile.h"

#include <QtTest>

using namespace atlas;

class TestDocument : public QObject
{
    Q_OBJECT

private:
    test::TempDir mTemp;
    QString recovery() const { return QString::fromStdString(mTemp.path("recovery")); }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void openYamlAsUntitled()
    {
        auto m = test::quietManager(recovery());
        QVERIFY(m->openFile(test::demoYaml()));
        Document *doc = m->document();
        QVERIFY(doc);
        QVERIFY(doc->isUntitled());              // imported: Save asks where
        QVERIFY(!doc->isModified());
        QVERIFY(!doc->project().tenants.empty());
        QVERIFY(m->recentFiles().contains(QFileInfo(test::demoYaml()).absoluteFilePath()));
    }

    void windowTitleShowsNameFileAndMark()
    {
        MainWindow window;
        window.documents()->setInteractive(false);
        window.documents()->setRecoveryFolder(recovery());
        window.documents()->setSavePrompt([](const QString &) { return DocumentManager::SaveAnswer::Discard; });
        QVERIFY(window.documents()->openFile(test::demoYaml()));
        Document *doc = window.documents()->document();
        const QString name = QString::fromStdString(doc->project().name);
        QVERIFY(window.windowTitle().startsWith(name + QStringLiteral(" — ")));
        QVERIFY(window.windowTitle().endsWith(QStringLiteral("[*] — ComputeAtlas")));
        QVERIFY(!window.isWindowModified());
        QVERIFY(edit::setField(*doc, EntityList{EntityKind::Center, -1}, 0,
                               columnForField(EntityList{EntityKind::Center, -1}, "pue"), 1.5));
        QVERIFY(window.isWindowModified());
        doc->undoStack()->undo();
        QVERIFY(!window.isWindowModified());
    }

    void saveAndReopenEqual()
    {
        auto m = test::quietManager(recovery());
        QVERIFY(m->openFile(test::demoYaml()));
        Document *doc = m->document();
        QVERIFY(edit::setField(*doc, EntityList{EntityKind::Tenant, -1}, 0,
                               columnForField(EntityList{EntityKind::Tenant, -1}, "name"), QStringLiteral("改过的名字")));
        const Project edited = doc->project();
        const QString path = QString::fromStdString(mTemp.path("saved.atlas"));
        QVERIFY(m->saveAs(path));
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->filePath(), path);
        QVERIFY(m->close());

        auto again = test::quietManager(recovery());
        QVERIFY(again->openFile(path));
        QVERIFY(again->document()->project() == edited);
        QVERIFY(!again->document()->isUntitled());
        QVERIFY(!again->document()->isReadOnly());
    }

    void secondInstanceOpensReadOnly()
    {
        const QString path = QString::fromStdString(mTemp.path("shared.atlas"));
        auto first = test::quietManager(recovery());
        QVERIFY(first->openFile(test::demoYaml()));
        QVERIFY(first->saveAs(path));
        const QString holder = QString::fromStdString(lockHolder(path.toStdString()));
        QVERIFY(!holder.isEmpty());
        // A second window (as a second instance would) is told who holds it and gets it read-only.
        auto second = test::quietManager(recovery());
        QVERIFY(second->openFile(path));
        Document *doc = second->document();
        QVERIFY(doc->isReadOnly());
        QVERIFY(doc->readOnlyReason().contains(holder));
        QVERIFY(doc->project() == first->document()->project());
        // Edits are refused with the reason, and Save does not write over the other's file.
        const edit::Outcome outcome = edit::setField(*doc, EntityList{EntityKind::Region, -1}, 0, 1, QStringLiteral("x"));
        QVERIFY(!outcome);
        QVERIFY(!second->save());
        // Once the first closes, the file opens writable.
        QVERIFY(first->close());
        auto third = test::quietManager(recovery());
        QVERIFY(third->openFile(path));
        QVERIFY(!third->document()->isReadOnly());
    }

    void unreadableFileLeavesDocumentUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("not sqlite") << QByteArray("hello, this is not a database") << "bad.atlas";
        QTest::newRow("broken yaml") << QByteArray("format: computeatlas/1\nproject: [") << "bad.yaml";
        QTest::newRow("wrong format") << QByteArray("format: other/9\n") << "other.yaml";
        QTest::newRow("unknown type") << QByteArray("x") << "notes.txt";
    }
    void unreadableFileLeavesDocumentUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        const std::string path = mTemp.path(name.toStdString());
        test::writeAll(path, bytes.toStdString());
        auto m = test::quietManager(recovery());
        QVERIFY(m->openFile(test::demoYaml()));
        Document *doc = m->document();
        QVERIFY(edit::addEntity(*doc, EntityList{EntityKind::Tenant, -1}) >= 0);
        QSignalSpy errors(m.get(), &DocumentManager::errorOccurred);
        QVERIFY(!m->openFile(QString::fromStdString(path)));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().at(1).toString().isEmpty());  // says why
        QCOMPARE(m->document(), doc);                          // the same document, edits kept
        QVERIFY(doc->isModified());
    }

    void closePromptCancelKeepsDocument()
    {
        auto m = test::quietManager(recovery());
        QVERIFY(m->openFile(test::demoYaml()));
        QVERIFY(edit::addEntity(*m->document(), EntityList{EntityKind::Region, -1}) >= 0);
        int asked = 0;
        m->setSavePrompt([&asked](const QString &) {
            ++asked;
            return DocumentManager::SaveAnswer::Cancel;
        });
        QVERIFY(!m->close());
        QCOMPARE(asked, 1);
        QVERIFY(m->document());
        QVERIFY(!m->newEmpty());                 // New asks too
        QCOMPARE(asked, 2);
        m->setSavePrompt([](const QString &) { return DocumentManager::SaveAnswer::Discard; });
        QVERIFY(m->close());
        QVERIFY(!m->document());
    }

    void revertRestoresSavedFile()
    {
        auto m = test::quietManager(recovery());
        QVERIFY(m->openFile(test::demoYaml()));
        const QString path = QString::fromStdString(mTemp.path("revert.atlas"));
        QVERIFY(m->saveAs(path));
        const Project saved = m->document()->project();
        QVERIFY(edit::addEntity(*m->document(), EntityList{EntityKind::Region, -1}) >= 0);
        QVERIFY(m->revert());
        QVERIFY(m->document()->project() == saved);
        QVERIFY(!m->document()->isModified());
        QVERIFY(!m->document()->undoStack()->canUndo());
    }

    void recoveryAfterCrash()
    {
        const QString folder = QString::fromStdString(mTemp.path("crash-recovery"));
        Project edited;
        {
            auto m = test::quietManager(folder);
            QVERIFY(m->openFile(test::demoYaml()));
            QVERIFY(edit::setField(*m->document(), EntityList{EntityKind::Region, -1}, 0, 1,
                                   QStringLiteral("崩溃前的修改")));
            edited = m->document()->project();
            m->writeRecovery();
            // A crash: the manager dies without closing (its destructor keeps modified work).
        }
        QVERIFY(!RecoveryStore(folder.toStdString()).entries().empty());
        auto next = test::quietManager(folder);
        // While its writer runs (here: this process), the copy is another instance's work.
        QVERIFY(!next->offerRecovery());
        QVERIFY(!next->document());
        // The writer crashed: its process is gone.
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")})) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray text = file.readAll();
            file.close();
            const QByteArray ownPid = "\"pid\": " + QByteArray::number(QCoreApplication::applicationPid());
            QVERIFY(text.contains(ownPid));
            text.replace(ownPid, "\"pid\": 2147483646");  // above any pid_max: no such process
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        }
        QVERIFY(next->offerRecovery());
        QVERIFY(next->document());
        QVERIFY(next->document()->project() == edited);
        QVERIFY(next->document()->isModified());
        // Saving clears the recovery copy.
        QVERIFY(next->saveAs(QString::fromStdString(mTemp.path("recovered.atlas"))));
        QTRY_VERIFY(RecoveryStore(folder.toStdString()).entries().empty());
    }

    void newFromDemo()
    {
        auto m = test::quietManager(recovery());
        QVERIFY(!DocumentManager::demoPath().isEmpty());
        QVERIFY(m->newFromDemo());
        QVERIFY(m->document()->isUntitled());
        QVERIFY(m->newEmpty());
        QVERIFY(m->document()->project().tenants.empty());
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
