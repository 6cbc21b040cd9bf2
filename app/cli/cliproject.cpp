// validate, import, export: the commands that move a project between its two files.
#include "clisupport.h"

#include "interchange/yaml.h"
#include "problemtext.h"
#include "projectloader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

/** Translation context "Cli" (a class so that lupdate and the runtime agree on it). */
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace atlas::cli {
int runValidate(const Args &args)
{
    if (!expectPositional(args, 1, QStringLiteral("validate FILE")))
        return Usage;
    const QString path = args.positional.first();
    auto loaded = loadAnyProject(path.toStdString());
    QTextStream out(stdout);
    for (const auto &p : loaded.problems)
        out << problemLine(p, path) << u'\n';
    if (hasError(loaded.problems) || !loaded.value) {
        const int exit = exitFor(loaded.problems);
        return exit == Ok ? Invalid : exit;
    }
    const Project &p = loaded.value->data.project;
    out << Cli::tr("%1: valid — %2 regions, %3 centres, %4 chips, %5 tenants, %6 scenarios, %7 periods")
               .arg(path).arg(p.regions.size()).arg(p.centers.size()).arg(p.chips.size())
               .arg(p.tenants.size()).arg(p.scenarios.size()).arg(p.periods.count)
        << u'\n';
    return Ok;
}

int runImport(const Args &args)
{
    if (!expectPositional(args, 2, QStringLiteral("import IN.yaml OUT.atlas [--force]")))
        return Usage;
    const QString in = args.positional.at(0);
    const QString outPath = args.positional.at(1);
    if (fileKind(in.toStdString()) != FileKind::Yaml || fileKind(outPath.toStdString()) != FileKind::Atlas) {
        fail(Cli::tr("import reads a .yaml file and writes an .atlas file"));
        return Usage;
    }
    if (QFileInfo::exists(outPath) && !args.has(QStringLiteral("--force"))) {
        fail(problemMessage(error(Code::FileExists, {}, {outPath.toStdString()})));
        return Io;
    }
    int exit = Ok;
    auto opened = load(in, exit);
    if (!opened)
        return exit;
    const Status saved = saveProject(opened->data, outPath.toStdString());
    if (!saved) {
        printProblems(saved.problems, outPath);
        return Io;
    }
    QTextStream(stdout) << Cli::tr("wrote %1").arg(outPath) << u'\n';
    return Ok;
}

int runExport(const Args &args)
{
    if (!expectPositional(args, 2, QStringLiteral("export IN.atlas OUT.yaml")))
        return Usage;
    const QString in = args.positional.at(0);
    const QString outPath = args.positional.at(1);
    if (fileKind(outPath.toStdString()) != FileKind::Yaml) {
        fail(Cli::tr("export writes a .yaml file"));
        return Usage;
    }
    int exit = Ok;
    auto opened = load(in, exit);
    if (!opened)
        return exit;
    const Status saved = saveYaml(opened->data.project, outPath.toStdString());
    if (!saved) {
        printProblems(saved.problems, outPath);
        return Io;
    }
    QTextStream(stdout) << Cli::tr("wrote %1").arg(outPath) << u'\n';
    return Ok;
}

} // namespace atlas::cli
