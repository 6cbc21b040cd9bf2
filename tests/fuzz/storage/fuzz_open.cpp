// libFuzzer harness: any bytes as a .atlas file must open or be refused, never crash.
// Built only with -DATLAS_FUZZ=ON and clang (tests/storage/CMakeLists.txt).
// Run:  fuzz_open -max_total_time=180 corpus/ tests/fuzz/storage/seeds/
// Inputs that crash go to tests/storage/regress/, replayed by tst_openregress.

#include "storage/projectfile.h"

#include <cstdint>
#include <cstdio>
#include <string>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    static const std::string path = [] {
        const char *tmp = std::getenv("TMPDIR");
        return std::string(tmp ? tmp : "/tmp") + "/fuzz_open-" + std::to_string(::getpid()) + ".atlas";
    }();
    std::FILE *file = std::fopen(path.c_str(), "wb");
    if (!file)
        return 0;
    std::fwrite(data, 1, size, file);
    std::fclose(file);
    const auto opened = atlas::openProject(path);
    // Either a value or at least one problem, never neither.
    if (!opened.ok() && opened.problems.empty())
        __builtin_trap();
    return 0;
}
