#include "csvtext.h"

#include "geo/textencoding.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace atlas::ops {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

Result<DecodedText> readDecoded(const std::string &path, const std::string &encoding)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int err = errno;
        Problem p = error(err == ENOENT ? Code::FileNotFound : Code::FileUnreadable, {}, {path});
        if (err != ENOENT)
            p.args.push_back(std::strerror(err));
        p.file = path;
        return {{}, {p}};
    }
    DecodedText d;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    d.storage.resize(size > 0 ? std::size_t(size) : 0);
    if (size > 0 && !in.read(d.storage.data(), size)) {
        Problem p = error(Code::FileUnreadable, {}, {path, std::strerror(errno)});
        p.file = path;
        return {{}, {p}};
    }
    std::string_view text = d.storage;
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);

    const bool forced = !encoding.empty();
    const bool utf8 = forced ? geo::isUtf8Name(encoding) : geo::isValidUtf8(text);
    const auto failed = [&](const std::string &name) {
        Problem p = error(Code::OpsEncoding, {}, {path, name});
        p.file = path;
        return Result<DecodedText>{{}, {p}};
    };
    if (utf8) {
        if (forced && !geo::isValidUtf8(text))
            return failed("UTF-8");
        d.encoding = "UTF-8";
        const std::size_t skip = std::size_t(text.data() - d.storage.data());
        d.view = std::string_view(d.storage).substr(skip);
        return {std::move(d), {}};
    }
    const std::string iconvName = geo::iconvEncodingName(forced ? encoding : std::string("GBK"));
    std::optional<std::string> converted = geo::toUtf8(text, iconvName);
    const std::string shown = iconvName == "GB18030" ? std::string("GBK") : iconvName;
    if (!converted)
        return failed(shown);
    d.storage = std::move(*converted);
    d.view = d.storage;
    if (d.view.starts_with("\xEF\xBB\xBF"))
        d.view.remove_prefix(3);
    d.encoding = shown;
    return {std::move(d), {}};
}

char detectDelimiter(std::string_view line)
{
    const char candidates[] = {',', ';', '\t', '|'};
    char best = ',';
    std::size_t bestCount = 0;
    bool quoted = false;
    for (const char c : candidates) {
        std::size_t n = 0;
        quoted = false;
        for (const char x : line) {
            if (x == '"')
                quoted = !quoted;
            else if (x == c && !quoted)
                ++n;
        }
        if (n > bestCount) {
            best = c;
            bestCount = n;
        }
    }
    return best;
}

CsvCursor::CsvCursor(std::string_view text, char delimiter, bool quotes)
    : mText(text)
    , mDelimiter(delimiter)
    , mQuotes(quotes)
{
}

bool CsvCursor::next(std::vector<std::string_view> &fields)
{
    fields.clear();
    mScratch.clear();
    const std::size_t n = mText.size();
    // Skip blank lines.
    while (mPos < n) {
        std::size_t e = mPos;
        while (e < n && (mText[e] == ' ' || mText[e] == '\t' || mText[e] == '\r'))
            ++e;
        if (e < n && mText[e] != '\n')
            break;
        mPos = e < n ? e + 1 : n;
        if (e < n)
            ++mLine;
    }
    if (mPos >= n)
        return false;
    mRecordLine = mLine;
    const char *data = mText.data();
    // Fast path: no quote before the end of the line.
    const void *nl = std::memchr(data + mPos, '\n', n - mPos);
    const std::size_t lineEnd = nl ? std::size_t(static_cast<const char *>(nl) - data) : n;
    if (!mQuotes || !std::memchr(data + mPos, '"', lineEnd - mPos)) {
        std::size_t b = mPos;
        for (;;) {
            const void *d = std::memchr(data + b, mDelimiter, lineEnd - b);
            const std::size_t e = d ? std::size_t(static_cast<const char *>(d) - data) : lineEnd;
            fields.push_back(trimmed(mText.substr(b, e - b)));
            if (!d)
                break;
            b = e + 1;
        }
        mPos = lineEnd < n ? lineEnd + 1 : n;
        ++mLine;
        return true;
    }
    // Quoted fields, possibly over several lines.
    std::size_t p = mPos;
    for (;;) {
        while (p < n && (mText[p] == ' ' || mText[p] == '\t'))
            ++p;
        if (p < n && mText[p] == '"') {
            const int openLine = mLine;
            const int openColumn = int(fields.size()) + 1;
            ++p;
            const std::size_t b = p;
            bool escaped = false;
            for (;;) {
                if (p >= n) {
                    mFailed = true;
                    mRecordLine = openLine;
                    mFailColumn = openColumn;
                    mPos = n;
                    return false;
                }
                if (mText[p] == '"') {
                    if (p + 1 < n && mText[p + 1] == '"') {
                        escaped = true;
                        p += 2;
                        continue;
                    }
                    break;
                }
                if (mText[p] == '\n')
                    ++mLine;
                ++p;
            }
            std::string_view value = mText.substr(b, p - b);
            ++p;  // closing quote
            if (escaped) {
                std::string &s = mScratch.emplace_back();
                for (std::size_t i = 0; i < value.size(); ++i) {
                    s.push_back(value[i]);
                    if (value[i] == '"')
                        ++i;
                }
                value = s;
            }
            fields.push_back(value);
            while (p < n && mText[p] != mDelimiter && mText[p] != '\n')
                ++p;  // text after the closing quote is ignored
        } else {
            std::size_t e = p;
            while (e < n && mText[e] != mDelimiter && mText[e] != '\n')
                ++e;
            fields.push_back(trimmed(mText.substr(p, e - p)));
            p = e;
        }
        if (p >= n || mText[p] == '\n') {
            if (p < n)
                ++mLine;
            mPos = p < n ? p + 1 : n;
            return true;
        }
        ++p;  // delimiter
    }
}

} // namespace atlas::ops
