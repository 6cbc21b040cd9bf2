// A query_range answer read in one pass over its bytes, without a JSON document: a year
// of hourly points for 1,200 pools is over 300 MB of JSON, and building QJsonValues and
// QStrings for each point cost more than the server's own work (docs/operations-prometheus.md).
// The reader knows the API's envelope (status, data.resultType, data.result[].metric and
// .values) and skips every other member, in any order and with any whitespace.
#include "matrixreader.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <string_view>

namespace atlas::prometheus {

namespace {

struct Malformed {
    std::size_t offset;
};

constexpr int kMaxDepth = 64;

class Cursor {
public:
    Cursor(const char *begin, const char *end) : mBegin(begin), mP(begin), mEnd(end) {}

    [[noreturn]] void fail() const { throw Malformed{static_cast<std::size_t>(mP - mBegin)}; }

    /** Only whitespace left. */
    void end()
    {
        ws();
        if (mP != mEnd)
            fail();
    }
    void ws()
    {
        while (mP < mEnd && (*mP == ' ' || *mP == '\n' || *mP == '\r' || *mP == '\t'))
            ++mP;
    }
    char peek()
    {
        ws();
        if (mP >= mEnd)
            fail();
        return *mP;
    }
    void expect(char c)
    {
        if (peek() != c)
            fail();
        ++mP;
    }
    /** After an element of an object or array: true when another follows. */
    bool next(char close)
    {
        const char c = peek();
        ++mP;
        if (c == ',')
            return true;
        if (c != close)
            fail();
        return false;
    }
    /** True (and consumed) when the container closes at once. */
    bool empty(char close)
    {
        if (peek() != close)
            return false;
        ++mP;
        return true;
    }

    std::string string()
    {
        expect('"');
        std::string out;
        for (;;) {
            const char *run = mP;
            while (mP < mEnd && *mP != '"' && *mP != '\\')
                ++mP;
            out.append(run, static_cast<std::size_t>(mP - run));
            if (mP >= mEnd)
                fail();
            if (*mP++ == '"')
                return out;
            if (mP >= mEnd)
                fail();
            switch (const char e = *mP++) {
            case '"': case '\\': case '/': out.push_back(e); break;
            case 'b': out.push_back('\b'); break;
            case 'f': out.push_back('\f'); break;
            case 'n': out.push_back('\n'); break;
            case 'r': out.push_back('\r'); break;
            case 't': out.push_back('\t'); break;
            case 'u': appendUtf8(out, codePoint()); break;
            default: fail();
            }
        }
    }

    /** A string without escapes as a view into the body (a point's value); else copied. */
    std::string_view shortString(std::string &storage)
    {
        expect('"');
        const char *begin = mP;
        while (mP < mEnd && *mP != '"' && *mP != '\\')
            ++mP;
        if (mP < mEnd && *mP == '"')
            return std::string_view(begin, static_cast<std::size_t>(mP++ - begin));
        mP = begin - 1;
        storage = string();
        return storage;
    }

    double number()
    {
        ws();
        double v = 0;
        const auto [end, ec] = std::from_chars(mP, mEnd, v);
        if (ec != std::errc() || end == mP || !std::isfinite(v) || !(*mP == '-' || (*mP >= '0' && *mP <= '9')))
            fail();  // JSON numbers only: from_chars would also take nan, inf and infinity
        mP = end;
        return v;
    }

    void skipValue(int depth = 0)
    {
        if (depth > kMaxDepth)
            fail();  // no answer of the API nests this deep; a stack overflow would be worse
        switch (peek()) {
        case '"': string(); return;
        case '{':
            ++mP;
            if (empty('}'))
                return;
            do {
                string();
                expect(':');
                skipValue(depth + 1);
            } while (next('}'));
            return;
        case '[':
            ++mP;
            if (empty(']'))
                return;
            do
                skipValue(depth + 1);
            while (next(']'));
            return;
        default:
            for (const char *word : {"true", "false", "null"})
                if (literal(word))
                    return;
            number();
        }
    }

private:
    bool literal(const char *word)
    {
        const std::size_t n = std::strlen(word);
        if (static_cast<std::size_t>(mEnd - mP) < n || std::memcmp(mP, word, n) != 0)
            return false;
        mP += n;
        return true;
    }

    unsigned hex4()
    {
        if (mEnd - mP < 4)
            fail();
        unsigned v = 0;
        const auto [end, ec] = std::from_chars(mP, mP + 4, v, 16);
        if (ec != std::errc() || end != mP + 4)
            fail();
        mP += 4;
        return v;
    }

    unsigned codePoint()
    {
        unsigned c = hex4();
        if (c >= 0xD800 && c < 0xDC00 && mEnd - mP >= 6 && mP[0] == '\\' && mP[1] == 'u') {
            mP += 2;
            const unsigned low = hex4();
            if (low < 0xDC00 || low > 0xDFFF)
                fail();
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        }
        return c;
    }

    static void appendUtf8(std::string &out, unsigned c)
    {
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }

    const char *mBegin;
    const char *mP;
    const char *mEnd;
};

/** A point's value text: a number, or NaN / ±Inf (no observation: nullopt). */
bool pointValue(std::string_view text, double &value, bool &usable)
{
    if (text == "NaN" || text == "+Inf" || text == "-Inf" || text == "Inf") {
        usable = false;
        return true;
    }
    const char *b = text.data(), *e = text.data() + text.size();
    const auto [end, ec] = std::from_chars(b, e, value);
    usable = std::isfinite(value);
    return ec == std::errc() && end == e && !text.empty();
}

} // namespace

MatrixRead readMatrixBody(const QByteArray &body, const std::string &centerLabel, const std::string &chipLabel,
                          double scale, std::int64_t shift, std::vector<PoolSample> &samples)
{
    MatrixRead out;
    const std::size_t firstSample = samples.size();
    Cursor in(body.constData(), body.constData() + body.size());
    std::string status, resultType;
    bool sawResult = false;
    struct Point {
        std::int64_t time;
        double value;
    };
    std::vector<Point> points;
    std::string escaped;
    try {
        in.expect('{');
        if (!in.empty('}')) {
            do {
                const std::string key = in.string();
                in.expect(':');
                if (key == "status") {
                    status = in.string();
                } else if (key == "data" && in.peek() == '{') {
                    in.expect('{');
                    if (in.empty('}'))
                        continue;
                    do {
                        const std::string dkey = in.string();
                        in.expect(':');
                        if (dkey == "resultType") {
                            resultType = in.string();
                        } else if (dkey == "result" && in.peek() == '[') {
                            sawResult = true;
                            in.expect('[');
                            if (in.empty(']'))
                                continue;
                            do {
                                std::map<std::string, std::string> labels;
                                points.clear();
                                in.expect('{');
                                if (!in.empty('}')) {
                                    do {
                                        const std::string skey = in.string();
                                        in.expect(':');
                                        if (skey == "metric") {
                                            in.expect('{');
                                            if (!in.empty('}'))
                                                do {
                                                    std::string name = in.string();
                                                    in.expect(':');
                                                    labels[std::move(name)] = in.string();
                                                } while (in.next('}'));
                                        } else if (skey == "values") {
                                            in.expect('[');
                                            if (!in.empty(']'))
                                                do {
                                                    in.expect('[');
                                                    const double t = in.number();
                                                    if (!(std::abs(t) < 9.0e15))  // Unix seconds; 2^53 and beyond is not a time
                                                        in.fail();
                                                    in.expect(',');
                                                    const std::string_view text = in.shortString(escaped);
                                                    in.expect(']');
                                                    double v = 0;
                                                    bool usable = false;
                                                    if (!pointValue(text, v, usable)) {
                                                        out.malformedPoint = true;
                                                        samples.resize(firstSample);
                                                        return out;
                                                    }
                                                    if (usable)
                                                        points.push_back({static_cast<std::int64_t>(std::llround(t)), v});
                                                } while (in.next(']'));
                                        } else {
                                            in.skipValue();
                                        }
                                    } while (in.next('}'));
                                }
                                ++out.series;
                                const auto c = labels.find(centerLabel), k = labels.find(chipLabel);
                                if (c == labels.end())
                                    out.missingLabels.insert(centerLabel);
                                if (k == labels.end())
                                    out.missingLabels.insert(chipLabel);
                                if (c == labels.end() || k == labels.end())
                                    continue;
                                for (const Point &p : points)
                                    samples.push_back(PoolSample{p.time - shift, c->second, k->second, p.value * scale});
                            } while (in.next(']'));
                        } else {
                            in.skipValue();
                        }
                    } while (in.next('}'));
                } else {
                    in.skipValue();
                }
            } while (in.next('}'));
        }
        in.end();
    } catch (const Malformed &m) {
        samples.resize(firstSample);
        out.malformedAt = static_cast<std::int64_t>(m.offset);
        return out;
    }
    out.status = status;
    out.resultType = resultType;
    out.sawResult = sawResult;
    return out;
}

} // namespace atlas::prometheus
