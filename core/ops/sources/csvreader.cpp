#include "csvreader.h"

#include <cstdio>

namespace atlas::ops {

namespace {

constexpr int kMaxProblems = 50;
constexpr std::int64_t kCheckEvery = 4096;

bool leadsWithColumn(Code code)
{
    return code == Code::OpsShortRow || code == Code::OpsEmptyValue || code == Code::OpsBadTime
        || code == Code::OpsBadNumber || code == Code::OpsValueOutOfRange || code == Code::OpsBadTres;
}

} // namespace

std::string formatNumber(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

CsvRowReader::CsvRowReader(std::string path, CsvOptions options, const ImportControl &control, bool quotes)
    : mPath(std::move(path))
    , mOptions(std::move(options))
    , mControl(control)
    , mQuotes(quotes)
{
}

bool CsvRowReader::open()
{
    auto decoded = readDecoded(mPath, mOptions.encoding);
    if (!decoded) {
        mProblems = std::move(decoded.problems);
        return false;
    }
    mText = std::move(*decoded);
    // The view is the storage without its BOM; a move may have moved short storage.
    mText.view = std::string_view(mText.storage).substr(mText.storage.size() - mText.view.size());
    std::string_view firstLine = mText.view.substr(0, mText.view.find('\n'));
    mDelimiter = mOptions.delimiter ? mOptions.delimiter : detectDelimiter(firstLine);
    mCursor = CsvCursor(mText.view, mDelimiter, mQuotes);
    if (!mCursor.next(mFields)) {
        if (mCursor.failed())
            rowProblem(Code::OpsUnterminatedQuote, mCursor.line(), mCursor.failColumn(), {});
        else
            rowProblem(Code::OpsNoHeader, 0, 0, {mPath});
        return false;
    }
    mHeaderLine = mCursor.line();
    for (const std::string_view f : mFields)
        mHeader.emplace_back(f);
    return true;
}

void CsvRowReader::require(int column, const char *role)
{
    if (column < 0 || column >= int(mHeader.size()))
        rowProblem(Code::OpsMissingColumn, mHeaderLine, column >= 0 ? column + 1 : 0, {role});
}

bool CsvRowReader::next()
{
    if (mStopped)
        return false;
    if (mRows % kCheckEvery == 0) {
        if (mControl.cancelled()) {
            mProblems.assign(1, error(Code::Cancelled, {}));
            mStopped = true;
            return false;
        }
        if (mCursor.size() > 0)
            mControl.report(0.9 * double(mCursor.offset()) / double(mCursor.size()));
    }
    if (int(mProblems.size()) >= kMaxProblems) {
        mStopped = true;
        return false;
    }
    mRowOk = true;
    if (!mCursor.next(mFields)) {
        if (mCursor.failed()) {
            rowProblem(Code::OpsUnterminatedQuote, mCursor.line(), mCursor.failColumn(), {});
            mStopped = true;
        } else if (mRows == 0 && !failed()) {
            rowProblem(Code::OpsNoRows, 0, 0, {mPath});
        }
        return false;
    }
    ++mRows;
    return true;
}

std::string_view CsvRowReader::field(int column)
{
    if (column < 0)
        return {};
    if (column >= int(mFields.size())) {
        if (mRowOk)
            cellProblem(Code::OpsShortRow, column, {});
        mRowOk = false;
        return {};
    }
    const std::string_view f = mFields[std::size_t(column)];
    if (f.empty()) {
        if (mRowOk)
            cellProblem(Code::OpsEmptyValue, column, {});
        mRowOk = false;
    }
    return f;
}

std::string_view CsvRowReader::optionalField(int column) const
{
    return column >= 0 && column < int(mFields.size()) ? mFields[std::size_t(column)] : std::string_view();
}

void CsvRowReader::cellProblem(Code code, int column, std::vector<std::string> args)
{
    if (leadsWithColumn(code))
        args.insert(args.begin(), column >= 0 && column < int(mHeader.size()) ? mHeader[std::size_t(column)]
                                                                             : std::to_string(column + 1));
    rowProblem(code, mCursor.line(), column + 1, std::move(args));
    mRowOk = false;
}

void CsvRowReader::rowProblem(Code code, int line, int column, std::vector<std::string> args)
{
    Problem p = error(code, {}, std::move(args));
    p.file = mPath;
    p.line = line;
    p.column = column;
    mProblems.push_back(std::move(p));
}

} // namespace atlas::ops
