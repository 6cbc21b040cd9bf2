#include "clisupport.h"

#include "problemtext.h"
#include "projectloader.h"

#include <QCoreApplication>
#include <QTextStream>

namespace atlas::cli {

void fail(const QString &message)
{
    QTextStream err(stderr);
    err << QStringLiteral("computeatlas-cli: ") << message << u'\n';
}

int exitFor(const std::vector<Problem> &problems)
{
    for (const auto &p : problems) {
        if (p.severity != Severity::Error)
            continue;
        switch (p.code) {
        case Code::FileNotFound:
        case Code::FileUnreadable:
        case Code::FileUnwritable:
        case Code::FileExists:
        case Code::SaveFailed:
        case Code::LockedByOther:
        case Code::ReadOnly:
            return Io;
        case Code::UnknownFileType:
            return Usage;
        default:
            break;
        }
    }
    return hasError(problems) ? Invalid : Ok;
}

void printProblems(const std::vector<Problem> &problems, const QString &file)
{
    QTextStream err(stderr);
    for (const auto &p : problems)
        err << problemLine(p, file) << u'\n';
}

std::optional<OpenedProject> load(const QString &path, int &exit)
{
    auto loaded = loadAnyProject(path.toStdString());
    printProblems(loaded.problems, path);
    if (!loaded.value) {
        exit = exitFor(loaded.problems);
        if (exit == Ok)
            exit = Invalid;
        return std::nullopt;
    }
    exit = Ok;
    return std::move(*loaded.value);
}

bool expectPositional(const Args &args, int count, const QString &synopsis)
{
    if (args.positional.size() == count)
        return true;
    fail(QCoreApplication::translate("Cli", "usage: computeatlas-cli %1").arg(synopsis));
    return false;
}

QStringList splitIds(const QString &list)
{
    QStringList ids;
    for (const QString &part : list.split(u','))
        if (!part.trimmed().isEmpty())
            ids << part.trimmed();
    return ids;
}

} // namespace atlas::cli
