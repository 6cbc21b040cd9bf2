#pragma once

// Internal to core/ops/sources: reading, decoding and splitting delimited text.

#include "model/problem.h"

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::ops {

/** A file's text as UTF-8, BOM dropped. `view` points into `storage`. */
struct DecodedText {
    std::string storage;
    std::string_view view;
    std::string encoding;  // "UTF-8" | "GBK" | the forced name
};

/** Reads and decodes `path`: `encoding` "" detects (UTF-8 if valid, else GBK). */
Result<DecodedText> readDecoded(const std::string &path, const std::string &encoding);

/** ',', ';', '\t' or '|', whichever the line has most of (',' when none). */
char detectDelimiter(std::string_view line);

/** Records of delimited text (RFC 4180 quotes, fields trimmed, blank lines skipped). */
class CsvCursor {
public:
    /** `quotes` false: '"' is an ordinary character (sacct --parsable2 never quotes). */
    CsvCursor(std::string_view text, char delimiter, bool quotes = true);

    /** The next record into `fields`; false at the end or on an unterminated quote
     *  (then `failed()` is true and line()/failColumn() locate it). */
    bool next(std::vector<std::string_view> &fields);
    int line() const { return mRecordLine; }   // 1-based line where the record starts
    bool failed() const { return mFailed; }
    int failColumn() const { return mFailColumn; }
    std::size_t offset() const { return mPos; }
    std::size_t size() const { return mText.size(); }

private:
    std::string_view mText;
    char mDelimiter;
    bool mQuotes = true;
    std::size_t mPos = 0;
    int mLine = 1;
    int mRecordLine = 0;
    bool mFailed = false;
    int mFailColumn = 0;
    std::deque<std::string> mScratch;
};

std::string_view trimmed(std::string_view s);

} // namespace atlas::ops
