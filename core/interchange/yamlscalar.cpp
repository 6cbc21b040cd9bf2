#include "yamlscalar.h"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace atlas::yamlscalar {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** [-+]? ( \.[0-9]+ | [0-9]+ (\.[0-9]*)? ) ( [eE] [-+]? [0-9]+ )? */
bool isDecimal(std::string_view s)
{
    size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    size_t intDigits = 0;
    while (i < s.size() && isDigit(s[i]))
        ++i, ++intDigits;
    size_t fracDigits = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i, ++fracDigits;
    }
    if (intDigits == 0 && fracDigits == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        size_t expDigits = 0;
        while (i < s.size() && isDigit(s[i]))
            ++i, ++expDigits;
        if (expDigits == 0)
            return false;
    }
    return i == s.size();
}

/** Rough power of ten of a decimal that from_chars found out of range. */
long decimalExponent(std::string_view s)
{
    long exponent = 0;
    const size_t e = s.find_first_of("eE");
    if (e != std::string_view::npos) {
        const auto r = std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), exponent);
        if (r.ec != std::errc())
            return s[e + 1] == '-' ? -1 : 1; // the exponent alone is out of range
        if (exponent > 100000 || exponent < -100000)
            return exponent;
        s = s.substr(0, e);
    }
    const size_t dot = s.find('.');
    const size_t firstNonZero = s.find_first_of("123456789");
    if (firstNonZero == std::string_view::npos)
        return -1;
    const long point = static_cast<long>(dot == std::string_view::npos ? s.size() : dot);
    const long pos = static_cast<long>(firstNonZero);
    return exponent + (pos < point ? point - pos - 1 : point - pos);
}

} // namespace

std::optional<double> parseNumber(std::string_view text)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (text == ".inf" || text == ".Inf" || text == ".INF" || text == "+.inf" || text == "+.Inf"
        || text == "+.INF")
        return inf;
    if (text == "-.inf" || text == "-.Inf" || text == "-.INF")
        return -inf;
    if (text == ".nan" || text == ".NaN" || text == ".NAN")
        return std::numeric_limits<double>::quiet_NaN();
    if (!isDecimal(text))
        return std::nullopt;
    std::string_view s = text;
    bool negative = false;
    if (s.front() == '+' || s.front() == '-') {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    double value = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec == std::errc::result_out_of_range) {
        // Overflow reads as infinity (validation reports it), underflow as zero.
        value = decimalExponent(s) < 0 ? 0.0 : inf;
    } else if (ec != std::errc() || ptr != s.data() + s.size()) {
        return std::nullopt;
    }
    return negative ? -value : value;
}

std::string formatNumber(double value)
{
    if (std::isnan(value))
        return ".nan";
    if (std::isinf(value))
        return value > 0 ? ".inf" : "-.inf";
    std::array<char, 64> buf{};
    const auto [ptr, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    if (ec != std::errc())
        return "0";
    std::string text(buf.data(), ptr);
    // 800000000 reads better than 8e+08; both are shortest round trips of the value.
    const double magnitude = std::abs(value);
    if (text.find('e') != std::string::npos && magnitude >= 1e-5 && magnitude < 1e16) {
        const auto fixed = std::to_chars(buf.data(), buf.data() + buf.size(), value,
                                         std::chars_format::fixed);
        if (fixed.ec == std::errc())
            text.assign(buf.data(), fixed.ptr);
    }
    return text;
}

bool needsQuotes(std::string_view text)
{
    if (text.empty())
        return true;
    static constexpr std::string_view words[] = {
        "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
        "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
        "y", "Y", "n", "N", "=", "<<"};
    for (auto w : words)
        if (text == w)
            return true;
    // Numbers in any YAML version (incl. 0x1F, 0o17, 1_000, 12:30 sexagesimal) and
    // dates all start with a digit, or with a sign or dot before one.
    const char c = text.front();
    if (isDigit(c))
        return true;
    if ((c == '+' || c == '-' || c == '.') && text.size() > 1
        && (isDigit(text[1]) || text[1] == '.' || text[1] == 'i' || text[1] == 'I'
            || text[1] == 'n' || text[1] == 'N'))
        return true;
    return parseNumber(text).has_value();
}

} // namespace atlas::yamlscalar
