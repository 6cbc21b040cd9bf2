#pragma once

#include <string>

namespace atlas::storage {

/** strerror(errno) as text, e.g. "Permission denied". */
std::string errnoText(int error);

/** "dir/name.atlas" → "dir"; "name.atlas" → ".". */
std::string parentDir(const std::string &path);
/** "dir/name.atlas" → "name.atlas". */
std::string baseName(const std::string &path);

/** fsync a file or folder by path; returns 0 or an errno value. */
int syncPath(const std::string &path, bool directory);

/** Whole file; false (errno set) when unreadable. */
bool readFile(const std::string &path, std::string &bytes);

/**
 * Writes bytes to a new temporary file beside `path`, syncs it and renames it over
 * `path`. Returns 0 or an errno value; the temporary file never survives a failure.
 */
int writeFileAtomic(const std::string &path, const std::string &bytes);

/**
 * Creates a new empty file beside `path` with a unique hidden name
 * ".<name>.saving-<host>-<pid>-<n>" (O_EXCL, mode 0666 less the umask, or the mode of
 * `path` when it exists). Returns its path, or "" with errno set.
 */
std::string createTempBeside(const std::string &path);

/** gethostname(), or "localhost". */
std::string hostName();

/** A process with this pid does not exist on this machine. */
bool processIsDead(long pid);

/**
 * Deletes temporary files createTempBeside() left beside `path` when a process died
 * while saving (same host, pid no longer running).
 */
void removeDeadTemps(const std::string &path);

/** ISO 8601 UTC time of now, e.g. "2026-03-01T12:00:00Z". */
std::string nowUtc();

} // namespace atlas::storage
