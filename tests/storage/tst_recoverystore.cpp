#include "samples.h"
#include "testutil.h"

#include "storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace atlas;
using namespace atlas::test;

class TestRecoveryStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void saveListOpenRemove();
    void emptyOrMissingFolder();
    void runningWriterIsInUse();
};

void TestRecoveryStore::saveListOpenRemove()
{
    TempDir dir;
    RecoveryStore store(dir.path("recovery/nested"));
    const ProjectData first = richProjectData();
    const ProjectData second = smallProjectData("B", 3);

    QVERIFY(store.save(first, "/home/张工/规划.atlas", "/home/张工/规划.atlas").ok());
    auto entries = store.entries();
    QCOMPARE(entries.size(), size_t(1));
    QCOMPARE(entries[0].originalPath, std::string("/home/张工/规划.atlas"));
    QCOMPARE(entries[0].savedAt.size(), size_t(20)); // 2026-01-01T00:00:00Z
    QCOMPARE(entries[0].savedAt.back(), 'Z');
    auto opened = openProject(entries[0].recoveryFile);
    QVERIFY(opened.ok());
    QVERIFY(opened->data == first);

    // A second document (untitled), and the first saved again: still one entry each.
    QVERIFY(store.save(second, "untitled-1", "").ok());
    QVERIFY(store.save(second, "/home/张工/规划.atlas", "/home/张工/规划.atlas").ok());
    entries = store.entries();
    QCOMPARE(entries.size(), size_t(2));
    for (const auto &e : entries) {
        opened = openProject(e.recoveryFile);
        QVERIFY(opened.ok());
        QVERIFY(opened->data == second);
    }

    store.remove("/home/张工/规划.atlas");
    entries = store.entries();
    QCOMPARE(entries.size(), size_t(1));
    QCOMPARE(entries[0].originalPath, std::string());
    store.remove("untitled-1");
    QVERIFY(store.entries().empty());
    QVERIFY(QFileInfo(QString::fromStdString(dir.path("recovery/nested"))).isDir());
}

void TestRecoveryStore::emptyOrMissingFolder()
{
    TempDir dir;
    QVERIFY(RecoveryStore(dir.path("never-created")).entries().empty());
    // Stray files in the folder are not entries.
    writeAll(dir.path("notes.json"), "{}");
    writeAll(dir.path("0123456789abcdef.json"), "not json");
    writeAll(dir.path("0123456789abcdef.atlas"), "");
    QVERIFY(RecoveryStore(dir.root()).entries().empty());
}


// A second instance must not offer the first one's unsaved work as a crash's leftover:
// an entry whose writer still runs is in use; once the writer is gone it is offered.
void TestRecoveryStore::runningWriterIsInUse()
{
    TempDir dir;
    RecoveryStore store(dir.path("recovery"));
    QVERIFY(store.save(smallProjectData("A", 2), "doc-a", "/tmp/a.atlas").ok());
    auto entries = store.entries();
    QCOMPARE(entries.size(), size_t(1));
    QVERIFY(entries[0].inUse);  // written by this (running) process

    // Rewrite the index as if a process that has since exited had written it.
    const QString json = QString::fromStdString(entries[0].recoveryFile).chopped(6) + QStringLiteral(".json");
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    const QByteArray ownPid = "\"pid\": " + QByteArray::number(QCoreApplication::applicationPid());
    QVERIFY2(text.contains(ownPid), text.constData());
    text.replace(ownPid, "\"pid\": 2147483646");  // above any pid_max: no such process
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    entries = store.entries();
    QCOMPARE(entries.size(), size_t(1));
    QVERIFY(!entries[0].inUse);

    // Another host's entry cannot be checked: it is left alone.
    text.replace("\"host\": \"", "\"host\": \"elsewhere-");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    QVERIFY(store.entries()[0].inUse);
}

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
