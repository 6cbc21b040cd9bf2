#pragma once

// Internal to core/ops/sources: a CSV file row by row, with located problems, progress
// and cancel, shared by the pool and usage readers and the preview.

#include "ops/sources/csvactuals.h"
#include "ops/sources/csvtext.h"
#include "ops/sources/timestamps.h"

#include <string>
#include <string_view>
#include <vector>

namespace atlas::ops {

class CsvRowReader {
public:
    CsvRowReader(std::string path, CsvOptions options, const ImportControl &control, bool quotes = true);

    /** Reads, decodes and takes the header; false with problems when it cannot. */
    bool open();
    const std::vector<std::string> &header() const { return mHeader; }
    const std::string &encoding() const { return mText.encoding; }
    char delimiter() const { return mDelimiter; }

    /** A needed column: absent (-1) or past the header → OpsMissingColumn {role}. */
    void require(int column, const char *role);

    /** The next data row; false at the end, on cancel, on an unterminated quote or
     *  after too many problems (stopped() tells those apart from the end). */
    bool next();
    const std::vector<std::string_view> &fields() const { return mFields; }
    /** A required cell; a missing or empty one is a problem and marks the row bad. */
    std::string_view field(int column);
    std::string_view optionalField(int column) const;
    bool rowOk() const { return mRowOk; }
    int line() const { return mCursor.line(); }

    /** A problem in the current row's `column` (0-based); the header name leads the args
     *  for the codes whose first argument is the column. */
    void cellProblem(Code code, int column, std::vector<std::string> args);
    /** A problem at `line` and 1-based `column` (0 = whole row), args as given. */
    void rowProblem(Code code, int line, int column, std::vector<std::string> args);

    bool failed() const { return hasError(mProblems); }
    bool stopped() const { return mStopped; }
    std::vector<Problem> takeProblems() { return std::move(mProblems); }

private:
    std::string mPath;
    CsvOptions mOptions;
    ImportControl mControl;  // a copy: callers may pass a temporary
    DecodedText mText;
    CsvCursor mCursor{{}, ','};
    char mDelimiter = ',';
    bool mQuotes = true;
    int mHeaderLine = 1;
    std::vector<std::string> mHeader;
    std::vector<std::string_view> mFields;
    std::vector<Problem> mProblems;
    std::int64_t mRows = 0;
    bool mRowOk = true;
    bool mStopped = false;
};

/** A number as text without trailing zeros ("130", "1.5"). */
std::string formatNumber(double v);

} // namespace atlas::ops
