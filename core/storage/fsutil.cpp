#include "fsutil.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>

#include <csignal>
#include <cstdlib>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace atlas::storage {

std::string errnoText(int error)
{
    return std::strerror(error);
}

std::string parentDir(const std::string &path)
{
    const size_t slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    if (slash == 0)
        return "/";
    return path.substr(0, slash);
}

std::string baseName(const std::string &path)
{
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

int syncPath(const std::string &path, bool directory)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0));
    if (fd < 0)
        return errno;
    int result = 0;
    if (::fsync(fd) != 0 && !(directory && (errno == EINVAL || errno == EROFS)))
        result = errno; // some file systems cannot sync a folder; the rename is still atomic
    ::close(fd);
    return result;
}

bool readFile(const std::string &path, std::string &bytes)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    bytes.clear();
    char buffer[65536];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int saved = errno;
            ::close(fd);
            errno = saved;
            return false;
        }
        if (n == 0)
            break;
        bytes.append(buffer, static_cast<size_t>(n));
    }
    ::close(fd);
    return true;
}

std::string hostName()
{
    char buffer[256] = {};
    if (::gethostname(buffer, sizeof buffer - 1) != 0 || buffer[0] == '\0')
        return "localhost";
    return buffer;
}

bool processIsDead(long pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

namespace {

std::string tempPrefix(const std::string &path)
{
    return "." + baseName(path) + ".saving-" + hostName() + "-";
}

} // namespace

void removeDeadTemps(const std::string &path)
{
    const std::string folder = parentDir(path);
    const std::string prefix = tempPrefix(path);
    DIR *dir = ::opendir(folder.c_str());
    if (!dir)
        return;
    while (const dirent *entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (!name.starts_with(prefix))
            continue;
        char *end = nullptr;
        const long pid = std::strtol(name.c_str() + prefix.size(), &end, 10);
        if (end && *end == '-' && processIsDead(pid))
            ::unlink((folder + "/" + name).c_str());
    }
    ::closedir(dir);
}

std::string createTempBeside(const std::string &path)
{
    static std::atomic<unsigned> counter{0};
    struct stat target;
    const bool exists = ::stat(path.c_str(), &target) == 0;
    const std::string stem = parentDir(path) + "/" + tempPrefix(path) + std::to_string(::getpid()) + "-";
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::string candidate = stem + std::to_string(counter++) + "-"
            + std::to_string(static_cast<unsigned long>(std::time(nullptr)));
        const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return {};
        }
        if (exists)
            ::fchmod(fd, target.st_mode & 07777);
        ::close(fd);
        return candidate;
    }
    errno = EEXIST;
    return {};
}

int writeFileAtomic(const std::string &path, const std::string &bytes)
{
    const std::string temp = createTempBeside(path);
    if (temp.empty())
        return errno;
    const int fd = ::open(temp.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    int error = fd < 0 ? errno : 0;
    size_t done = 0;
    while (!error && done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            error = errno;
        else
            done += static_cast<size_t>(n);
    }
    if (!error && ::fsync(fd) != 0)
        error = errno;
    if (fd >= 0 && ::close(fd) != 0 && !error)
        error = errno;
    if (!error && ::rename(temp.c_str(), path.c_str()) != 0)
        error = errno;
    if (error) {
        ::unlink(temp.c_str());
        return error;
    }
    return syncPath(parentDir(path), true);
}

std::string nowUtc()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    ::gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

} // namespace atlas::storage
