#include "clicommands.h"
#include "language.h"

#include <QCoreApplication>
#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <map>
#include <memory>

using namespace atlas::cli;

namespace {

QString usageText()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: computeatlas-cli COMMAND [ARGUMENTS]\n"
        "\n"
        "Commands:\n"
        "  validate FILE                          check a .yaml or .atlas file\n"
        "  import IN.yaml OUT.atlas [--force]     create a project file\n"
        "  export IN.atlas OUT.yaml               write the interchange file\n"
        "  schedule FILE --scenario ID [--json OUT|-] [--no-flows] [--threads N]\n"
        "                                         run one scenario\n"
        "  compare FILE --scenarios A,B,...       compare the totals of scenarios\n"
        "  report FILE --scenarios A,B,... --out OUT.pdf [--lang en|zh_CN]\n"
        "                                         write the PDF report\n"
        "  --version, --help\n"
        "\n"
        "FILE may be a .yaml or an .atlas file. Exit status: 0 success, 1 invalid project\n"
        "or failed run, 2 usage error, 3 file could not be read or written.\n");
}

/** Options that take a value; every other --option is a flag. */
bool takesValue(const QString &option)
{
    static const QStringList withValue = {QStringLiteral("--scenario"), QStringLiteral("--scenarios"),
                                          QStringLiteral("--json"), QStringLiteral("--out"),
                                          QStringLiteral("--lang"), QStringLiteral("--threads")};
    return withValue.contains(option);
}

} // namespace

int main(int argc, char **argv)
{
    // Reports lay out text and draw the map and charts (widgets): they need a QApplication, on the
    // offscreen platform when there is no display. Every other command stays headless.
    bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = report ? std::make_unique<QApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("computeatlas-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
    atlas::setLanguage(QString());

    QStringList words = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    if (words.isEmpty()) {
        fail(QCoreApplication::translate("Cli", "no command given; try --help"));
        return Usage;
    }
    if (words.first() == QStringLiteral("--help") || words.first() == QStringLiteral("-h")) {
        out << usageText();
        return Ok;
    }
    if (words.first() == QStringLiteral("--version")) {
        out << QStringLiteral("computeatlas-cli %1\n").arg(QStringLiteral(ATLAS_VERSION));
        return Ok;
    }

    Args args;
    args.command = words.takeFirst();
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.startsWith(QStringLiteral("--")) && w.size() > 2) {
            QString name = w;
            QString value = QStringLiteral("1");
            const int eq = w.indexOf(u'=');
            if (eq > 0) {
                name = w.left(eq);
                value = w.mid(eq + 1);
            } else if (takesValue(w)) {
                if (i + 1 >= words.size()) {
                    fail(QCoreApplication::translate("Cli", "%1 needs a value").arg(w));
                    return Usage;
                }
                value = words.at(++i);
            }
            args.options.insert(name, value);
        } else {
            args.positional << w;
        }
    }
    if (args.has(QStringLiteral("--help"))) {
        out << usageText();
        return Ok;
    }

    static const std::map<QString, int (*)(const Args &)> commands = {
        {QStringLiteral("validate"), runValidate}, {QStringLiteral("import"), runImport},
        {QStringLiteral("export"), runExport},     {QStringLiteral("schedule"), runSchedule},
        {QStringLiteral("compare"), runCompare},   {QStringLiteral("report"), runReport},
    };
    const auto it = commands.find(args.command);
    if (it == commands.end()) {
        fail(QCoreApplication::translate("Cli", "unknown command \"%1\"; try --help").arg(args.command));
        return Usage;
    }
    return it->second(args);
}
