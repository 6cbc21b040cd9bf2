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
#include <optional>
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
    /** Reads an object, calling onMember(key) with the cursor at each member's value. */
    template<typename F>
    void members(F &&onMember)
    {
        expect('{');
        if (closes('}'))
            return;
        do {
            const std::string key = string();
            expect(':');
            onMember(key);
        } while (next('}'));
    }
    /** Reads an array, calling onElement() with the cursor at each element. */
    template<typename F>
    void elements(F &&onElement)
    {
        expect('[');
        if (closes(']'))
            return;
        do
            onElement();
        while (next(']'));
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
        case '{': members([&](const std::string &) { skipValue(depth + 1); }); return;
        case '[': elements([&] { skipValue(depth + 1); }); return;
        default:
            for (const char *word : {"true", "false", "null"})
                if (literal(word))
                    return;
            number();
        }
    }

private:
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
    bool closes(char close)
    {
        if (peek() != close)
            return false;
        ++mP;
        return true;
    }

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

/** A point whose value is neither a number nor NaN / ±Inf. */
struct BadPoint {};

/** A point's value: nullopt for NaN and ±Inf (no observation in the interval). */
std::optional<double> pointValue(std::string_view text)
{
    if (text == "NaN" || text == "+Inf" || text == "-Inf" || text == "Inf")
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        throw BadPoint{};
    return std::isfinite(value) ? std::optional(value) : std::nullopt;
}

/** One element of data.result: its labels and its usable points. */
void readSeries(Cursor &in, const std::string &centerLabel, const std::string &chipLabel, double scale,
                std::int64_t shift, MatrixRead &out, std::vector<PoolSample> &samples)
{
    struct Point {
        std::int64_t time;
        double value;
    };
    std::map<std::string, std::string> labels;
    std::vector<Point> points;  // "values" may come before "metric"
    std::string escaped;
    in.members([&](const std::string &key) {
        if (key == "metric") {
            in.members([&](const std::string &name) { labels[name] = in.string(); });
        } else if (key == "values") {
            in.elements([&] {
                in.expect('[');
                const double t = in.number();
                if (!(std::abs(t) < 9.0e15))  // Unix seconds; 2^53 and beyond is not a time
                    in.fail();
                in.expect(',');
                const std::optional<double> v = pointValue(in.shortString(escaped));
                in.expect(']');
                if (v)
                    points.push_back({static_cast<std::int64_t>(std::llround(t)), *v});
            });
        } else {
            in.skipValue();
        }
    });
    ++out.series;
    const auto c = labels.find(centerLabel), k = labels.find(chipLabel);
    if (c == labels.end())
        out.missingLabels.insert(centerLabel);
    if (k == labels.end())
        out.missingLabels.insert(chipLabel);
    if (c == labels.end() || k == labels.end())
        return;
    for (const Point &p : points)
        samples.push_back(PoolSample{p.time - shift, c->second, k->second, p.value * scale});
}

} // namespace

MatrixRead readMatrixBody(const QByteArray &body, const std::string &centerLabel, const std::string &chipLabel,
                          double scale, std::int64_t shift, std::vector<PoolSample> &samples)
{
    MatrixRead out;
    const std::size_t firstSample = samples.size();
    Cursor in(body.constData(), body.constData() + body.size());
    try {
        in.members([&](const std::string &key) {
            if (key == "status") {
                out.status = in.string();
            } else if (key == "data" && in.peek() == '{') {
                in.members([&](const std::string &dataKey) {
                    if (dataKey == "resultType") {
                        out.resultType = in.string();
                    } else if (dataKey == "result" && in.peek() == '[') {
                        out.sawResult = true;
                        in.elements([&] { readSeries(in, centerLabel, chipLabel, scale, shift, out, samples); });
                    } else {
                        in.skipValue();
                    }
                });
            } else {
                in.skipValue();
            }
        });
        in.end();
    } catch (const Malformed &m) {
        samples.resize(firstSample);
        return MatrixRead{static_cast<std::int64_t>(m.offset)};
    } catch (const BadPoint &) {
        samples.resize(firstSample);
        MatrixRead bad;
        bad.malformedPoint = true;
        return bad;
    }
    return out;
}

} // namespace atlas::prometheus
