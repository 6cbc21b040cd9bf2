// libFuzzer harness: arbitrary bytes into the computeatlas/1 reader. Whatever it is
// given, parseYaml must return (no crash, hang or sanitizer report), a value only
// without errors, and every problem located; a project it accepts must write out
// and read back equal.
#include "interchange/yaml.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const auto result = atlas::parseYaml(text, "fuzz.yaml");
    for (const auto &p : result.problems)
        if (p.line < 1 || p.column < 1)
            std::abort();
    if (result.ok() == atlas::hasError(result.problems))
        std::abort();
    if (result.ok()) {
        const std::string written = atlas::writeYaml(*result);
        const auto again = atlas::parseYaml(written, "written.yaml");
        if (!again.ok() || !(*again == *result) || atlas::writeYaml(*again) != written)
            std::abort();
    }
    return 0;
}
