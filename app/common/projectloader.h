#pragma once

#include "model/problem.h"
#include "storage/projectfile.h"

#include <string>

namespace atlas {

enum class FileKind { Yaml, Atlas, Unknown };

/** By extension: .yaml/.yml → Yaml, .atlas → Atlas. */
FileKind fileKind(const std::string &path);

/**
 * Reads a project from a .yaml or an .atlas file. Problems carry file and place;
 * warnings may come with a value.
 */
Result<OpenedProject> loadAnyProject(const std::string &path);

} // namespace atlas
