#pragma once

#include <QHash>
#include <QStringList>

namespace atlas::cli {

/** Exit statuses of CLI.md. */
enum Exit { Ok = 0, Invalid = 1, Usage = 2, Io = 3 };

/** One parsed command line: the command word, its positional arguments and options. */
struct Args {
    QString command;
    QStringList positional;
    QHash<QString, QString> options;  ///< "--json" → "out.json"; flags map to "1"
    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name); }
};

int runValidate(const Args &args);
int runImport(const Args &args);
int runExport(const Args &args);
int runSchedule(const Args &args);
int runCompare(const Args &args);
int runReport(const Args &args);

/** One line to standard error: "computeatlas-cli: message". */
void fail(const QString &message);

} // namespace atlas::cli
