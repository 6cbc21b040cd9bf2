// ProjectLock and lockHolder: a sidecar "<path>.lock" holding "user@host pid N".

#include "projectfile.h"

#include "fsutil.h"

#include <cerrno>
#include <cstdlib>

#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

namespace atlas {

using namespace storage;

namespace {

std::string lockPathOf(const std::string &path)
{
    return path + ".lock";
}

std::string userName()
{
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return pw->pw_name;
    if (const char *user = std::getenv("USER"))
        return user;
    return std::to_string(::geteuid());
}

std::string ownHolder()
{
    return userName() + "@" + hostName() + " pid " + std::to_string(::getpid());
}

std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    return text;
}

/** A holder on this host whose process no longer exists. Unparsable content is not stale. */
bool isStale(const std::string &holder)
{
    const size_t at = holder.find('@');
    const size_t pidAt = holder.rfind(" pid ");
    if (at == std::string::npos || pidAt == std::string::npos || pidAt < at)
        return false;
    if (holder.substr(at + 1, pidAt - at - 1) != hostName())
        return false; // another machine: we cannot tell
    char *end = nullptr;
    const long pid = std::strtol(holder.c_str() + pidAt + 5, &end, 10);
    if (pid <= 0 || *end != '\0')
        return false;
    return processIsDead(pid);
}

/**
 * Removes a stale lock without removing a fresh one another process wrote meanwhile:
 * the lock is renamed aside first and only deleted if it still says what we read.
 */
void removeStale(const std::string &lockPath, const std::string &staleContent)
{
    const std::string aside = lockPath + ".stale-" + std::to_string(::getpid());
    if (::rename(lockPath.c_str(), aside.c_str()) != 0)
        return;
    std::string content;
    if (readFile(aside, content) && content == staleContent) {
        ::unlink(aside.c_str());
        return;
    }
    // Someone else's live lock: put it back unless a third party took the place.
    if (::link(aside.c_str(), lockPath.c_str()) != 0) {}
    ::unlink(aside.c_str());
}

} // namespace

std::string lockHolder(const std::string &path)
{
    std::string content;
    if (!readFile(lockPathOf(path), content))
        return {};
    const std::string holder = trimmed(content);
    return isStale(holder) ? std::string() : holder;
}

ProjectLock::~ProjectLock()
{
    release();
}

Status ProjectLock::acquire(const std::string &path)
{
    release();
    const std::string lockPath = lockPathOf(path);
    const std::string content = ownHolder() + "\n";
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int fd = ::open(lockPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0) {
            const bool written = ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
            ::close(fd);
            if (!written) {
                ::unlink(lockPath.c_str());
                Problem problem = error(Code::FileUnwritable, {}, {lockPath, errnoText(errno)});
                problem.file = path;
                return Status{{std::move(problem)}};
            }
            mLockPath = lockPath;
            return {};
        }
        if (errno != EEXIST) {
            Problem problem = error(Code::FileUnwritable, {}, {lockPath, errnoText(errno)});
            problem.file = path;
            return Status{{std::move(problem)}};
        }
        std::string existing;
        if (!readFile(lockPath, existing))
            continue; // released meanwhile
        const std::string holder = trimmed(existing);
        if (!isStale(holder)) {
            Problem problem = error(Code::LockedByOther, {}, {path, holder});
            problem.file = path;
            return Status{{std::move(problem)}};
        }
        removeStale(lockPath, existing);
    }
    Problem problem = error(Code::LockedByOther, {}, {path, lockHolder(path)});
    problem.file = path;
    return Status{{std::move(problem)}};
}

void ProjectLock::release()
{
    if (mLockPath.empty())
        return;
    std::string content;
    if (readFile(mLockPath, content) && trimmed(content) == ownHolder())
        ::unlink(mLockPath.c_str());
    mLockPath.clear();
}

} // namespace atlas
