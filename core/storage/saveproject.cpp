// saveProject: the whole database goes to a temporary file beside the target, which is
// synced and renamed over it, so a crash leaves the old file or the new one.

#include "projectfile.h"

#include "database.h"
#include "fsutil.h"
#include "projectwriter.h"
#include "schema.h"
#include "transaction.h"

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

namespace atlas {

using namespace storage;

namespace {

Status failed(Code code, const std::string &path, const std::string &detail)
{
    Problem problem = error(code, {}, {path, detail});
    problem.file = path;
    return Status{{std::move(problem)}};
}

void writeDatabase(const std::string &file, const ProjectData &data)
{
    Database db;
    db.open(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
    // The journal is only needed to roll back a failed save; the file is thrown away
    // then, and the target is never written in place.
    db.exec("PRAGMA journal_mode = MEMORY");
    db.exec("PRAGMA synchronous = FULL");
    {
        Transaction transaction(db);
        createSchema(db);
        writeProjectData(db, data);
        transaction.commit();
    }
    db.close();
}

} // namespace

Status saveProject(const ProjectData &data, const std::string &path)
{
    removeDeadTemps(path); // left by a process killed while saving
    const std::string temp = createTempBeside(path);
    if (temp.empty())
        return failed(Code::FileUnwritable, path, errnoText(errno));

    try {
        writeDatabase(temp, data);
    } catch (const SqlError &e) {
        ::unlink(temp.c_str());
        return failed(Code::SaveFailed, path, e.what());
    } catch (const std::bad_alloc &) {
        ::unlink(temp.c_str());
        return failed(Code::SaveFailed, path, "out of memory");
    }

    if (const int error = syncPath(temp, false)) {
        ::unlink(temp.c_str());
        return failed(Code::SaveFailed, path, errnoText(error));
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        return failed(Code::FileUnwritable, path, errnoText(error));
    }
    if (const int error = syncPath(parentDir(path), true))
        return failed(Code::SaveFailed, path, errnoText(error)); // renamed, but maybe not durable
    return {};
}

} // namespace atlas
