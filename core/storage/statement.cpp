#include "statement.h"

#include <bit>
#include <cstring>

namespace atlas::storage {

namespace {

std::uint64_t toLittleEndian(std::uint64_t v)
{
    if constexpr (std::endian::native == std::endian::little)
        return v;
    std::uint64_t r = 0;
    for (int i = 0; i < 8; ++i)
        r |= ((v >> (8 * i)) & 0xffu) << (8 * (7 - i));
    return r;
}

} // namespace

Statement::Statement(Database &db, const char *sql) : mDb(db)
{
    const int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &mStmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, std::string("prepare ") + sql);
}

Statement::~Statement()
{
    sqlite3_finalize(mStmt);
}

Statement &Statement::bind(int i, std::string_view text)
{
    // SQLITE_TRANSIENT: SQLite copies, so temporaries are fine. A non-null pointer keeps
    // an empty string '' rather than NULL.
    const int rc = sqlite3_bind_text64(mStmt, i, text.empty() ? "" : text.data(), text.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        mDb.fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int i, double value)
{
    const int rc = sqlite3_bind_double(mStmt, i, value);
    if (rc != SQLITE_OK)
        mDb.fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int i, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(mStmt, i, value);
    if (rc != SQLITE_OK)
        mDb.fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int i, const std::optional<double> &value)
{
    return value ? bind(i, *value) : bindNull(i);
}

Statement &Statement::bindNull(int i)
{
    const int rc = sqlite3_bind_null(mStmt, i);
    if (rc != SQLITE_OK)
        mDb.fail(rc, "bind");
    return *this;
}

Statement &Statement::bindDoubles(int i, const std::vector<double> &values)
{
    std::string bytes(values.size() * 8, '\0');
    for (size_t k = 0; k < values.size(); ++k) {
        const std::uint64_t v = toLittleEndian(std::bit_cast<std::uint64_t>(values[k]));
        std::memcpy(bytes.data() + 8 * k, &v, 8);
    }
    const int rc = sqlite3_bind_blob64(mStmt, i, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        mDb.fail(rc, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(mStmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    mDb.fail(rc, "");
}

void Statement::run()
{
    step();
    reset();
}

void Statement::reset()
{
    sqlite3_reset(mStmt);
    sqlite3_clear_bindings(mStmt);
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(mStmt, col) == SQLITE_NULL;
}

bool Statement::isNumber(int col) const
{
    const int type = sqlite3_column_type(mStmt, col);
    return type == SQLITE_INTEGER || type == SQLITE_FLOAT;
}

void Statement::mismatch(int col, const char *expected) const
{
    const char *name = sqlite3_column_name(mStmt, col);
    throw SqlError(SQLITE_MISMATCH, std::string(name ? name : "?") + ": expected " + expected);
}

std::string Statement::text(int col) const
{
    if (sqlite3_column_type(mStmt, col) != SQLITE_TEXT)
        mismatch(col, "text");
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, col));
    const int n = sqlite3_column_bytes(mStmt, col);
    return p ? std::string(p, static_cast<size_t>(n)) : std::string();
}

double Statement::real(int col) const
{
    const int type = sqlite3_column_type(mStmt, col);
    if (type != SQLITE_FLOAT && type != SQLITE_INTEGER)
        mismatch(col, "number");
    return sqlite3_column_double(mStmt, col);
}

std::int64_t Statement::int64(int col) const
{
    if (sqlite3_column_type(mStmt, col) != SQLITE_INTEGER)
        mismatch(col, "integer");
    return sqlite3_column_int64(mStmt, col);
}

std::optional<double> Statement::optReal(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return real(col);
}

std::vector<double> Statement::doubles(int col) const
{
    const int type = sqlite3_column_type(mStmt, col);
    if (type == SQLITE_NULL)
        return {};
    if (type != SQLITE_BLOB)
        mismatch(col, "blob");
    const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(mStmt, col));
    const int n = sqlite3_column_bytes(mStmt, col);
    if (n % 8 != 0)
        throw SqlError(SQLITE_MISMATCH, "series blob of " + std::to_string(n) + " bytes");
    std::vector<double> values(static_cast<size_t>(n / 8));
    for (size_t k = 0; k < values.size(); ++k) {
        std::uint64_t v;
        std::memcpy(&v, p + 8 * k, 8);
        values[k] = std::bit_cast<double>(toLittleEndian(v));
    }
    return values;
}

} // namespace atlas::storage
