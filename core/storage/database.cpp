#include "database.h"

#include "statement.h"

#include <cstdio>

namespace atlas::storage {

Database::~Database()
{
    if (mDb)
        sqlite3_close_v2(mDb);
}

void Database::open(const std::string &name, int flags)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close_v2(db);
        throw SqlError(rc, message);
    }
    sqlite3_extended_result_codes(db, 1);
    mDb = db;
}

void Database::close()
{
    if (!mDb)
        return;
    const int rc = sqlite3_close(mDb);
    if (rc != SQLITE_OK)
        fail(rc, "close");
    mDb = nullptr;
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(mDb, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw SqlError(rc, text);
    }
}

long long Database::queryInt(const char *sql)
{
    Statement st(*this, sql);
    if (!st.step())
        throw SqlError(SQLITE_ERROR, std::string("no row from ") + sql);
    return st.int64(0);
}

void Database::fail(int rc, const std::string &context) const
{
    std::string text = mDb ? sqlite3_errmsg(mDb) : sqlite3_errstr(rc);
    if (!context.empty())
        text = context + ": " + text;
    throw SqlError(rc, text);
}

namespace {

/** A URI that opens the file read-only and immutable. */
std::string readOnlyUri(const std::string &path)
{
    std::string uri = path.starts_with('/') ? "file://" : "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned char>(c));
            uri += escaped;
        } else {
            uri += c;
        }
    }
    return uri + "?mode=ro&immutable=1";
}

} // namespace

void Database::openUntrusted(const std::string &path)
{
    open(readOnlyUri(path), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX);
    harden();
}

void Database::harden()
{
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    exec("PRAGMA cell_size_check = ON");
}

} // namespace atlas::storage
