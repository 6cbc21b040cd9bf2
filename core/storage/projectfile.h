#pragma once

#include "model/model.h"
#include "ops/actuals.h"
#include "model/problem.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace atlas {

/** The latest results of one scenario as stored; the payload is the engine's JSON. */
struct StoredResult {
    std::string scenario;
    std::string fingerprint;  ///< of the inputs the results were computed from
    std::string computedAt;   ///< ISO 8601 UTC
    std::string payload;      ///< computeatlas-result/1 JSON

    bool operator==(const StoredResult &) const = default;
};

/** A boundary layer the user imported (geometry as GeoJSON text). */
struct BoundaryLayer {
    std::string name;
    std::string source;
    std::string approvalNumber; ///< 审图号
    std::string geojson;

    bool operator==(const BoundaryLayer &) const = default;
};

/** Everything a .atlas file holds. */
struct ProjectData {
    Project project;
    std::map<std::string, std::string> layout;  ///< document view state, e.g. "map.view"
    std::vector<StoredResult> results;
    std::vector<BoundaryLayer> boundaries;
    Actuals actuals;  ///< operations: what the centres and tenants really did

    bool operator==(const ProjectData &) const = default;
};

/** How a file was opened. */
struct OpenedProject {
    ProjectData data;
    bool readOnly = false;             ///< opened read-only (asked for, or a warning explains why)
    std::vector<Problem> warnings;
};

constexpr std::int32_t kApplicationId = 0x41544c53; ///< 'ATLS'
constexpr int kSchemaVersion = 3;

/**
 * Opens a .atlas file as untrusted input: not SQLite, not a project, a newer schema,
 * damaged, or carrying schema objects we did not create → refused with a problem.
 * Older schema versions are migrated in memory (the file itself is not touched).
 *
 * A refusal is exactly one problem whose args[0] (and `file`) is the path: FileNotFound,
 * FileUnreadable {reason}, NotSqlite, NotAProject, NewerSchema {found, supported},
 * Damaged {detail}, ForeignSchemaObject {type, name}, DatabaseError {detail}.
 * The file is only read (no journal, lock or -shm file is created); the model is not
 * validated here (call validate() on it). Actuals rows that break their rules are left
 * out with warnings in OpenedProject::warnings (args[0] the path): OpsActualRowsSkipped
 * {path, table, reason, count}, OpsThresholdsReset {path, column}.
 * docs/project-file.md has the schema.
 */
Result<OpenedProject> openProject(const std::string &path);

/**
 * Saves atomically: a crash during save leaves the old or the new file, never a broken one.
 * Writes a temporary file in the same folder, syncs it, renames it over `path` and syncs
 * the folder. Fails with FileUnwritable {path, reason} or SaveFailed {path, detail},
 * leaving `path` untouched and no temporary file behind.
 */
Status saveProject(const ProjectData &data, const std::string &path);

/** Who holds a file open: "user@host pid N"; empty when nobody does (stale locks are ignored). */
std::string lockHolder(const std::string &path);

/**
 * Marks a file as held by this process for its lifetime (a sidecar lock file beside it).
 * acquire() fails with LockedByOther when another live process holds it.
 */
class ProjectLock {
public:
    ProjectLock() = default;
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    Status acquire(const std::string &path);
    void release();
    bool held() const { return !mLockPath.empty(); }

private:
    std::string mLockPath;
};

/**
 * Unsaved work kept beside the user's files so that a crash loses nothing.
 * The app calls save() after edits (debounced); remove() after a proper save or discard.
 */
class RecoveryStore {
public:
    explicit RecoveryStore(std::string folder);

    struct Entry {
        std::string recoveryFile;  ///< the .atlas holding the unsaved state
        std::string originalPath;  ///< the document's own path ("" for untitled)
        std::string savedAt;       ///< ISO 8601 UTC
        /** Written by a process that is still running (another open instance, or this one):
         *  not a crash's leftover, so it must not be offered for recovery. */
        bool inUse = false;
    };

    /** Writes (or replaces) the entry of `documentKey`; creates the folder when needed. */
    Status save(const ProjectData &data, const std::string &documentKey, const std::string &originalPath);
    /** Deletes the entry of `documentKey`, if any. */
    void remove(const std::string &documentKey);
    /** Complete entries, newest first; each says whether its writer still runs. */
    std::vector<Entry> entries() const;

private:
    std::string mFolder;
};

} // namespace atlas
