// RecoveryStore: per document "<key hash>.atlas" plus "<key hash>.json" naming it.

#include "projectfile.h"

#include "fsutil.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace atlas {

using namespace storage;

namespace {

/** FNV-1a: file names from any key (a path, "untitled-3") without escaping rules. */
std::string stemOf(const std::string &key)
{
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (const unsigned char c : key) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

int makeFolders(const std::string &folder)
{
    if (folder.empty() || folder == "/" || folder == ".")
        return 0;
    struct stat info;
    if (::stat(folder.c_str(), &info) == 0)
        return S_ISDIR(info.st_mode) ? 0 : ENOTDIR;
    if (const int error = makeFolders(parentDir(folder)))
        return error;
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
        return errno;
    return 0;
}

} // namespace

RecoveryStore::RecoveryStore(std::string folder) : mFolder(std::move(folder)) {}

Status RecoveryStore::save(const ProjectData &data, const std::string &documentKey, const std::string &originalPath)
{
    if (const int failure = makeFolders(mFolder)) {
        Problem problem = error(Code::FileUnwritable, {}, {mFolder, errnoText(failure)});
        problem.file = mFolder;
        return Status{{std::move(problem)}};
    }
    const std::string stem = mFolder + "/" + stemOf(documentKey);
    Status status = saveProject(data, stem + ".atlas");
    if (!status)
        return status;
    const nlohmann::json index = {
        {"key", documentKey}, {"originalPath", originalPath}, {"savedAt", nowUtc()},
        {"host", hostName()}, {"pid", static_cast<long>(::getpid())}};
    // Replace invalid UTF-8 rather than throw: a key is usually a path, and paths are bytes.
    const std::string text = index.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    if (const int failure = writeFileAtomic(stem + ".json", text)) {
        Problem problem = error(Code::FileUnwritable, {}, {stem + ".json", errnoText(failure)});
        problem.file = stem + ".json";
        return Status{{std::move(problem)}};
    }
    return {};
}

void RecoveryStore::remove(const std::string &documentKey)
{
    const std::string stem = mFolder + "/" + stemOf(documentKey);
    ::unlink((stem + ".json").c_str());
    ::unlink((stem + ".atlas").c_str());
}

std::vector<RecoveryStore::Entry> RecoveryStore::entries() const
{
    std::vector<Entry> result;
    DIR *dir = ::opendir(mFolder.c_str());
    if (!dir)
        return result;
    while (const dirent *entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name.size() != 16 + 5 || !name.ends_with(".json"))
            continue;
        const std::string stem = mFolder + "/" + name.substr(0, 16);
        std::string text;
        struct stat info;
        if (!readFile(stem + ".json", text) || ::stat((stem + ".atlas").c_str(), &info) != 0)
            continue;
        const nlohmann::json index = nlohmann::json::parse(text, nullptr, false);
        if (!index.is_object())
            continue;
        Entry e;
        e.recoveryFile = stem + ".atlas";
        e.originalPath = index.value("originalPath", std::string());
        e.savedAt = index.value("savedAt", std::string());
        // Another host's writer cannot be checked: treat it as running (never take its work).
        // Entries from before the writer was recorded are offered, as they always were.
        const long pid = index.value("pid", 0L);
        if (pid > 0)
            e.inUse = index.value("host", std::string()) != hostName() || !processIsDead(pid);
        result.push_back(std::move(e));
    }
    ::closedir(dir);
    std::sort(result.begin(), result.end(), [](const Entry &a, const Entry &b) {
        return a.savedAt != b.savedAt ? a.savedAt > b.savedAt : a.recoveryFile < b.recoveryFile;
    });
    return result;
}

} // namespace atlas
