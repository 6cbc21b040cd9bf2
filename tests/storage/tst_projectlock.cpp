#include "testutil.h"

#include "storage/projectfile.h"

#include <QFileInfo>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace atlas;
using namespace atlas::test;

namespace {

std::string pidSuffix(pid_t pid)
{
    return " pid " + std::to_string(pid);
}

bool endsWith(const std::string &text, const std::string &suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string hostOf(const std::string &holder)
{
    const size_t at = holder.find('@');
    const size_t pid = holder.rfind(" pid ");
    return holder.substr(at + 1, pid - at - 1);
}

} // namespace

class TestProjectLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acquireAndRelease();
    void otherProcessHolds();
    void staleLockIsTakenOver();
    void lockFromAnotherHostIsRespected();
};

void TestProjectLock::acquireAndRelease()
{
    TempDir dir;
    const std::string path = dir.path("doc.atlas");
    QCOMPARE(lockHolder(path), std::string());
    {
        ProjectLock lock;
        QVERIFY(lock.acquire(path).ok());
        QVERIFY(lock.held());
        const std::string holder = lockHolder(path);
        QVERIFY2(endsWith(holder, pidSuffix(::getpid())), holder.c_str());
        QVERIFY(holder.find('@') != std::string::npos);
        QVERIFY(QFileInfo::exists(QString::fromStdString(path + ".lock")));
        lock.release();
        QVERIFY(!lock.held());
        QCOMPARE(lockHolder(path), std::string());
        QVERIFY(lock.acquire(path).ok());
    }
    // The destructor released it.
    QVERIFY(!QFileInfo::exists(QString::fromStdString(path + ".lock")));
}

void TestProjectLock::otherProcessHolds()
{
    TempDir dir;
    const std::string path = dir.path("shared.atlas");
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ProjectLock lock;
        const char answer = lock.acquire(path).ok() ? 'y' : 'n';
        (void)!::write(ready[1], &answer, 1);
        ::sleep(30);
        ::_exit(0);
    }
    char answer = 0;
    QCOMPARE(::read(ready[0], &answer, 1), ssize_t(1));
    ::close(ready[0]);
    ::close(ready[1]);
    QCOMPARE(answer, 'y');

    const std::string childHolder = lockHolder(path);
    QVERIFY2(endsWith(childHolder, pidSuffix(child)), childHolder.c_str());

    ProjectLock second;
    const Status refused = second.acquire(path);
    QVERIFY(!refused.ok());
    QCOMPARE(static_cast<int>(refused.problems.at(0).code), static_cast<int>(Code::LockedByOther));
    QCOMPARE(refused.problems.at(0).args.at(0), path);
    QCOMPARE(refused.problems.at(0).args.at(1), childHolder);
    QVERIFY(!second.held());

    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);

    // The dead child's lock file is still there but stale.
    QVERIFY(QFileInfo::exists(QString::fromStdString(path + ".lock")));
    QCOMPARE(lockHolder(path), std::string());
    QVERIFY(second.acquire(path).ok());
    QVERIFY(endsWith(lockHolder(path), pidSuffix(::getpid())));
}

void TestProjectLock::staleLockIsTakenOver()
{
    TempDir dir;
    const std::string path = dir.path("doc.atlas");
    // A pid that surely is dead: a child that has exited and been reaped.
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    ProjectLock mine;
    QVERIFY(mine.acquire(path).ok());
    const std::string host = hostOf(lockHolder(path));
    mine.release();

    writeAll(path + ".lock", "someone@" + host + pidSuffix(child) + "\n");
    QCOMPARE(lockHolder(path), std::string());
    QVERIFY(mine.acquire(path).ok());
    QVERIFY(endsWith(lockHolder(path), pidSuffix(::getpid())));
}

void TestProjectLock::lockFromAnotherHostIsRespected()
{
    // We cannot see another machine's processes, so its lock holds even with a pid dead here.
    TempDir dir;
    const std::string path = dir.path("doc.atlas");
    const std::string holder = "张工@another-host.invalid pid 999999";
    writeAll(path + ".lock", holder + "\n");
    QCOMPARE(lockHolder(path), holder);
    ProjectLock mine;
    const Status refused = mine.acquire(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.problems.at(0).args.at(1), holder);
    QCOMPARE(readAll(path + ".lock"), holder + "\n");
}

QTEST_GUILESS_MAIN(TestProjectLock)
#include "tst_projectlock.moc"
