#include "samples.h"
#include "testutil.h"

#include "storage/projectfile.h"

#include <QDir>
#include <QTest>

#include <chrono>
#include <random>
#include <thread>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace atlas;
using namespace atlas::test;

/** A process killed at any moment while saving leaves the old file or the new one. */
class TestAtomicSave : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWhileSaving();
};

void TestAtomicSave::killedWhileSaving()
{
    TempDir dir;
    const std::string path = dir.path("shared.atlas");
    // Large enough that a save takes a few milliseconds, so kills land inside saves.
    const ProjectData a = smallProjectData("A", 400);
    const ProjectData b = smallProjectData("B", 400);
    QVERIFY(saveProject(a, path).ok());

    std::mt19937 rng(20260101);
    std::uniform_int_distribution<int> delayMs(1, 60);
    int sawA = 0;
    int sawB = 0;
    const int rounds = 60;
    for (int round = 0; round < rounds; ++round) {
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // Alternate A and B until killed; stop on our own after 20 s in case the parent died.
            const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
            // Start with B in even rounds, A in odd ones: even one finished save per round shows both.
            for (int i = round % 2; std::chrono::steady_clock::now() < until; ++i)
                if (!saveProject(i % 2 ? a : b, path).ok())
                    ::_exit(2);
            ::_exit(0);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs(rng)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        QVERIFY2(WIFSIGNALED(status), "the saving child stopped by itself (a save failed)");

        const auto opened = openProject(path);
        QVERIFY2(opened.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(
                                  QString::fromStdString(opened.problems.empty() ? std::string() : opened.problems[0].args.back()))));
        const bool isA = opened->data == a;
        const bool isB = opened->data == b;
        QVERIFY2(isA || isB, qPrintable(QStringLiteral("round %1: neither A nor B").arg(round)));
        sawA += isA;
        sawB += isB;
    }
    // Both versions showed up: the kills really interrupted a stream of saves.
    QVERIFY(sawA > 0);
    QVERIFY(sawB > 0);
    const QDir folder(QString::fromStdString(dir.root()));
    qInfo("A %d times, B %d times; temporary files left by killed saves: %lld", sawA, sawB,
          static_cast<long long>(folder.entryList(QDir::Files | QDir::Hidden).size() - 1));

    // The next save clears what the killed saves left behind.
    QVERIFY(saveProject(a, path).ok());
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("shared.atlas")}));
}

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "tst_atomicsave.moc"
