#include "projectloader.h"

#include "interchange/validate.h"
#include "interchange/yaml.h"

#include <algorithm>

namespace atlas {

FileKind fileKind(const std::string &path)
{
    auto endsWith = [&](const std::string &suffix) {
        if (path.size() < suffix.size())
            return false;
        return std::equal(suffix.rbegin(), suffix.rend(), path.rbegin(),
                          [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
    };
    if (endsWith(".yaml") || endsWith(".yml"))
        return FileKind::Yaml;
    if (endsWith(".atlas"))
        return FileKind::Atlas;
    return FileKind::Unknown;
}

Result<OpenedProject> loadAnyProject(const std::string &path)
{
    Result<OpenedProject> out;
    switch (fileKind(path)) {
    case FileKind::Yaml: {
        auto read = readYaml(path);
        out.problems = std::move(read.problems);
        if (read.value) {
            OpenedProject opened;
            opened.data.project = std::move(*read.value);
            out.value = std::move(opened);
        }
        return out;
    }
    case FileKind::Atlas: {
        out = openProject(path);
        if (out.value) {
            // A project file holds a model that was valid when saved; check it again
            // (another tool or an older version may have written it).
            for (auto p : validate(out.value->data.project)) {
                p.file = path;
                out.problems.push_back(std::move(p));
            }
            if (hasError(out.problems))
                out.value.reset();
        }
        return out;
    }
    case FileKind::Unknown:
        out.problems.push_back(error(Code::UnknownFileType, {}, {path}));
        return out;
    }
    return out;
}

} // namespace atlas
