#include "samples.h"
#include "testutil.h"

#include "storage/projectfile.h"

#include <QFileInfo>
#include <QTest>

using namespace atlas;
using namespace atlas::test;

class TestRecoveryStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void saveListOpenRemove();
    void emptyOrMissingFolder();
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

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
