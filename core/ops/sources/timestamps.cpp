#include "timestamps.h"

#include <cstdio>

namespace atlas {

namespace {

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian; H. Hinnant's days_from_civil). */
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** n digits at text[pos] as a number; -1 when not n digits. */
int digits(std::string_view text, std::size_t pos, int n)
{
    if (pos + std::size_t(n) > text.size())
        return -1;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = text[pos + std::size_t(i)];
        if (!isDigit(c))
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::optional<std::int64_t> parseUnix(std::string_view s)
{
    std::int64_t v = 0;
    std::size_t i = 0;
    for (; i < s.size() && isDigit(s[i]); ++i) {
        if (v > 100'000'000'000'000LL)
            return std::nullopt;
        v = v * 10 + (s[i] - '0');
    }
    if (i == 0)
        return std::nullopt;
    if (i < s.size()) {
        if (s[i] != '.' || i + 1 == s.size())
            return std::nullopt;
        for (++i; i < s.size(); ++i)
            if (!isDigit(s[i]))
                return std::nullopt;
    }
    return v;
}

} // namespace

std::optional<std::int64_t> parseTimestamp(std::string_view text, int naiveOffsetMinutes)
{
    const std::string_view s = trimmed(text);
    if (s.size() < 10 || s[4] != '-')
        return parseUnix(s);
    const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || s[7] != '-')
        return std::nullopt;
    if (d > daysInMonth(Month{y, mo}))
        return std::nullopt;
    std::int64_t seconds = daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400;
    if (s.size() == 10)
        return seconds;
    if (s[10] != 'T' && s[10] != ' ' && s[10] != 't')
        return std::nullopt;
    const int h = digits(s, 11, 2), mi = digits(s, 14, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || s.size() < 16 || s[13] != ':')
        return std::nullopt;
    std::size_t pos = 16;
    int sec = 0;
    if (pos < s.size() && s[pos] == ':') {
        sec = digits(s, pos + 1, 2);
        if (sec < 0 || sec > 59)
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            const std::size_t first = pos;
            while (pos < s.size() && isDigit(s[pos]))
                ++pos;
            if (pos == first)
                return std::nullopt;
        }
    }
    seconds += h * 3600 + mi * 60 + sec;
    if (pos == s.size())
        return seconds - std::int64_t(naiveOffsetMinutes) * 60;
    if ((s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size())
        return seconds;
    if (s[pos] != '+' && s[pos] != '-')
        return std::nullopt;
    const int sign = s[pos] == '+' ? 1 : -1;
    const int oh = digits(s, pos + 1, 2);
    if (oh < 0 || oh > 23)
        return std::nullopt;
    std::size_t rest = pos + 3;
    int om = 0;
    if (rest < s.size()) {
        if (s[rest] == ':')
            ++rest;
        om = digits(s, rest, 2);
        if (om < 0 || om > 59 || rest + 2 != s.size())
            return std::nullopt;
    }
    return seconds - sign * (oh * 3600 + om * 60);
}

std::int64_t monthStartSeconds(Month m)
{
    return daysFromCivil(m.year, unsigned(m.month), 1) * 86400;
}

std::int64_t periodStartSeconds(const Periods &periods, int t)
{
    return monthStartSeconds(periods.start.plus(t * periods.monthsPerPeriod()));
}

std::string formatTimestamp(std::int64_t seconds)
{
    // civil_from_days (H. Hinnant)
    std::int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const std::int64_t rem = seconds - days * 86400;
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02dZ", static_cast<long long>(y), m, d,
                  int(rem / 3600), int(rem / 60 % 60), int(rem % 60));
    return buf;
}

} // namespace atlas
