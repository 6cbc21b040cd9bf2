#pragma once

#include "database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::storage {

/**
 * A prepared statement, finalised in the destructor. Bind indexes are 1-based as in
 * SQLite, column indexes 0-based. Failures throw SqlError.
 */
class Statement {
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int i, std::string_view text);
    Statement &bind(int i, double value);
    Statement &bind(int i, std::int64_t value);
    Statement &bind(int i, int value) { return bind(i, static_cast<std::int64_t>(value)); }
    Statement &bind(int i, const std::optional<double> &value);
    Statement &bindNull(int i);
    /** The doubles as a BLOB of little-endian IEEE 754 values. */
    Statement &bindDoubles(int i, const std::vector<double> &values);

    /** Steps once: true while there is a row. */
    bool step();
    /** Steps a statement that returns no rows, then resets it for the next use. */
    void run();
    void reset();

    // Column readers check the stored type (the file is untrusted): a value of another
    // type throws SqlError(SQLITE_MISMATCH) naming the column instead of being converted.
    bool isNull(int col) const;
    /** An integer or a real (for values that are checked rather than refused). */
    bool isNumber(int col) const;
    std::string text(int col) const;
    double real(int col) const;
    std::int64_t int64(int col) const;
    std::optional<double> optReal(int col) const;
    /** Reads a BLOB written by bindDoubles; throws SqlError when its size is not a multiple of 8. */
    std::vector<double> doubles(int col) const;

private:
    [[noreturn]] void mismatch(int col, const char *expected) const;

    Database &mDb;
    sqlite3_stmt *mStmt = nullptr;
};

} // namespace atlas::storage
