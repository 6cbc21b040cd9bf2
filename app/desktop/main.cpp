// computeatlas: the desktop app. `computeatlas [FILE]` opens a .atlas project or imports
// a .yaml interchange file as an untitled document.

#include "documentmanager.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ComputeAtlas"));
    QApplication::setApplicationName(QStringLiteral("computeatlas"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.computeatlas.ComputeAtlas"));
    QApplication::setApplicationDisplayName(QStringLiteral("ComputeAtlas"));
    QApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/computeatlas.svg")));
    atlas::SettingsDialog::applySavedLanguage();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Capacity planning for regional AI compute networks"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A .atlas project or a .yaml interchange file to open."));
    parser.process(app);

    atlas::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // After the event loop starts, so that dialogs (recovery, errors) have a window to sit on.
    QTimer::singleShot(0, &window, [&window, files] {
        auto *documents = window.documents();
        const bool recovered = documents->offerRecovery();
        if (!files.isEmpty() && !recovered)
            documents->openFile(files.front());
        else if (!documents->document())
            documents->newFromDemo() || documents->newEmpty();
    });
    return app.exec();
}
