#pragma once

#include "clicommands.h"
#include "storage/projectfile.h"

#include <optional>
#include <vector>

namespace atlas::cli {

/** Which exit status a set of problems calls for: Io for file-system failures, Invalid otherwise. */
int exitFor(const std::vector<Problem> &problems);

/** Prints each problem as one line ("FILE:LINE:COL: error: …") to standard error. */
void printProblems(const std::vector<Problem> &problems, const QString &file);

/** Loads a .yaml or .atlas project, printing its problems; nullopt with `exit` set on failure. */
std::optional<OpenedProject> load(const QString &path, int &exit);

/** Usage error unless exactly `count` positional arguments were given. */
bool expectPositional(const Args &args, int count, const QString &synopsis);

/** Splits "a,b , c" into ids, dropping empty ones. */
QStringList splitIds(const QString &list);

} // namespace atlas::cli
