#pragma once

#include "storage/projectfile.h"

#include <string>

namespace atlas::test {

/**
 * A document touching every field: Chinese names, optionals present and absent, an
 * explicit series and a growth demand, scenario overlays, results, layout, boundaries,
 * a few actuals with non-default thresholds.
 * `tenants` extra generated tenants with 60-period series make the file span many pages.
 */
ProjectData richProjectData(int tenants = 0);

/** A small valid document; `tag` changes its names and numbers (A and B of the save test). */
ProjectData smallProjectData(const std::string &tag, int tenants = 20);

/** Runs SQL on a file with the plain SQLite API (to build or tamper with test files); "" or the error. */
std::string execSql(const std::string &path, const std::string &sql);

} // namespace atlas::test
