#pragma once

#include "model/model.h"
#include "model/problem.h"

#include <string>

namespace atlas {

/**
 * Reads a computeatlas/1 interchange file. Every problem carries file, line and
 * column. The value is present when there is no error (warnings, such as unknown
 * keys, may come with it).
 */
Result<Project> readYaml(const std::string &path);

/** As readYaml, from text; `fileLabel` is what problems name as their file. */
Result<Project> parseYaml(const std::string &text, const std::string &fileLabel);

/** The interchange text: stable key order, UTF-8 unescaped, defaults left out. */
std::string writeYaml(const Project &project);

/** Writes writeYaml() atomically (temporary file, then rename): never half a file. */
Status saveYaml(const Project &project, const std::string &path);

} // namespace atlas
