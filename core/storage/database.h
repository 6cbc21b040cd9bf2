#pragma once

#include <sqlite3.h>

#include <stdexcept>
#include <string>

namespace atlas::storage {

/** An SQLite failure inside storage; the public functions turn it into a Problem. */
class SqlError : public std::runtime_error {
public:
    SqlError(int code, const std::string &what) : std::runtime_error(what), mCode(code) {}
    int code() const { return mCode; }

private:
    int mCode;
};

/** One connection, closed in the destructor. */
class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** sqlite3_open_v2 with `flags`; throws SqlError on failure. */
    void open(const std::string &name, int flags);
    /**
     * Opens a file from elsewhere as untrusted input: read-only and immutable (no locks,
     * no journal, no -shm file), then harden(). Throws SqlError on failure.
     */
    void openUntrusted(const std::string &path);
    /** Settings that keep SQL text stored in the file from doing anything (triggers,
     *  views, extensions off; trusted_schema off; defensive on; cell size checks). */
    void harden();

    /** Closes now; throws SqlError when SQLite refuses (e.g. unfinalised statements). */
    void close();

    /** Runs SQL text we wrote ourselves (never text read from a file). */
    void exec(const char *sql);
    /** The first column of the first row of `sql` as an integer (for PRAGMAs). */
    long long queryInt(const char *sql);

    [[noreturn]] void fail(int rc, const std::string &context) const;

    sqlite3 *handle() const { return mDb; }

private:
    sqlite3 *mDb = nullptr;
};

} // namespace atlas::storage
