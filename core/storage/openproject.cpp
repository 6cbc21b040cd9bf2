// openProject: a .atlas file is untrusted input (FORMAT.md "Project file").

#include "projectfile.h"

#include "database.h"
#include "fsutil.h"
#include "migrate.h"
#include "projectreader.h"
#include "schema.h"
#include "statement.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace atlas {

using namespace storage;

namespace {

Result<OpenedProject> refuse(Code code, const std::string &path, std::vector<std::string> args = {})
{
    args.insert(args.begin(), path);
    Problem problem = error(code, {}, std::move(args));
    problem.file = path;
    Result<OpenedProject> result;
    result.problems.push_back(std::move(problem));
    return result;
}

/** "ok", or the first message of PRAGMA quick_check. */
std::string quickCheck(Database &db)
{
    Statement st(db, "PRAGMA quick_check");
    if (!st.step())
        return "quick_check returned nothing";
    return st.text(0);
}

/** 0 when the first bytes are an SQLite header, else NotSqlite or an errno value (negated). */
int checkHeader(const std::string &path)
{
    static const char kMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    unsigned char header[100];
    size_t got = 0;
    while (got < sizeof header) {
        const ssize_t n = ::read(fd, header + got, sizeof header - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int saved = errno;
            ::close(fd);
            return -saved;
        }
        if (n == 0)
            break;
        got += static_cast<size_t>(n);
    }
    ::close(fd);
    // A database file is at least one page; its header is 100 bytes.
    if (got < sizeof header || std::memcmp(header, kMagic, sizeof kMagic) != 0)
        return 1;
    return 0;
}

} // namespace

Result<OpenedProject> openProject(const std::string &path)
{
    struct stat info;
    if (::stat(path.c_str(), &info) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return refuse(Code::FileNotFound, path);
        return refuse(Code::FileUnreadable, path, {errnoText(errno)});
    }
    if (S_ISDIR(info.st_mode))
        return refuse(Code::FileUnreadable, path, {errnoText(EISDIR)});

    const int header = checkHeader(path);
    if (header < 0)
        return refuse(Code::FileUnreadable, path, {errnoText(-header)});
    if (header > 0)
        return refuse(Code::NotSqlite, path);

    try {
        Database db;
        db.openUntrusted(path);

        if (db.queryInt("PRAGMA application_id") != kApplicationId)
            return refuse(Code::NotAProject, path);
        const long long version = db.queryInt("PRAGMA user_version");
        if (version > kSchemaVersion)
            return refuse(Code::NewerSchema, path, {std::to_string(version), std::to_string(kSchemaVersion)});
        if (version < 1)
            return refuse(Code::Damaged, path, {"schema version " + std::to_string(version)});

        const std::string check = quickCheck(db);
        if (check != "ok")
            return refuse(Code::Damaged, path, {check});

        if (const auto foreign = findForeignObject(db, static_cast<int>(version)))
            return refuse(Code::ForeignSchemaObject, path, {foreign->type, foreign->name});

        Result<OpenedProject> result;
        result.value.emplace();
        if (version < kSchemaVersion) {
            Database memory;
            memory.open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY | SQLITE_OPEN_NOMUTEX);
            memory.harden();
            migrateIntoMemory(db, static_cast<int>(version), memory);
            result.value->data = readProjectData(memory, result.value->warnings);
        } else {
            result.value->data = readProjectData(db, result.value->warnings);
        }
        for (Problem &w : result.value->warnings) {
            w.args.insert(w.args.begin(), path);
            w.file = path;
        }
        return result;
    } catch (const SqlError &e) {
        // Out of memory on a small file means sizes in it are nonsense: also Damaged.
        if ((e.code() & 0xff) == SQLITE_CANTOPEN)
            return refuse(Code::FileUnreadable, path, {e.what()});
        return refuse(Code::Damaged, path, {e.what()});
    } catch (const std::bad_alloc &) {
        return refuse(Code::DatabaseError, path, {"out of memory"});
    }
}

} // namespace atlas
