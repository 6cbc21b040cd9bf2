#include "testutil.h"

#include "storage/projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace atlas;
using namespace atlas::test;

/**
 * Replays inputs the fuzzer (tests/fuzz/storage/fuzz_open.cpp) found interesting or that
 * once crashed: every one must open or be refused with one typed problem, never crash,
 * and stay unchanged. The file name's prefix says the expected outcome: valid-,
 * not-sqlite-, not-a-project-, newer-schema-, damaged-, foreign-; crash- (a former crash)
 * accepts any outcome but a crash.
 */
class TestOpenRegress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestOpenRegress::replay_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QString::fromStdString(sourcePath("tests/storage/regress")));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), "tests/storage/regress is empty");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestOpenRegress::replay()
{
    QFETCH(QString, file);
    const QString name = QFileInfo(file).fileName();
    const std::pair<const char *, int> expectations[] = {
        {"valid-", -1},
        {"not-sqlite", static_cast<int>(Code::NotSqlite)},
        {"not-a-project", static_cast<int>(Code::NotAProject)},
        {"newer-schema", static_cast<int>(Code::NewerSchema)},
        {"damaged-", static_cast<int>(Code::Damaged)},
        {"foreign-", static_cast<int>(Code::ForeignSchemaObject)},
        {"crash-", -2},
    };
    int expected = -3;
    for (const auto &[prefix, code] : expectations)
        if (name.startsWith(QLatin1String(prefix)))
            expected = code;
    QVERIFY2(expected != -3, "regression file without a known prefix");

    // Work on a copy: openProject must not need (or change) anything beside the file.
    TempDir dir;
    const std::string path = dir.path("input.atlas");
    writeAll(path, readAll(file.toStdString()));
    const auto opened = openProject(path);
    if (opened.ok()) {
        QVERIFY(!hasError(opened.problems));
        QVERIFY(expected == -1 || expected == -2);
    } else {
        QCOMPARE(opened.problems.size(), size_t(1));
        if (expected != -2)
            QCOMPARE(static_cast<int>(opened.problems[0].code), expected);
    }
    QCOMPARE(readAll(path), readAll(file.toStdString()));
}

QTEST_GUILESS_MAIN(TestOpenRegress)
#include "tst_openregress.moc"
