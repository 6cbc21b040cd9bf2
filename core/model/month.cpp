#include "month.h"

#include <cstdio>

namespace atlas {

std::optional<Month> parseMonth(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u})
        if (!digit(i))
            return std::nullopt;
    const int year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
    const int month = (text[5] - '0') * 10 + (text[6] - '0');
    if (year < 1900 || month < 1 || month > 12)
        return std::nullopt;
    return Month{year, month};
}

std::string formatMonth(Month m)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", m.year, m.month);
    return buf;
}

int daysInMonth(Month m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m.month == 2) {
        const bool leap = (m.year % 4 == 0 && m.year % 100 != 0) || m.year % 400 == 0;
        return leap ? 29 : 28;
    }
    return days[m.month - 1];
}

} // namespace atlas
