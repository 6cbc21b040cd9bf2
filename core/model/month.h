#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace atlas {

/** A calendar month, written YYYY-MM in files. */
struct Month {
    int year = 2026;
    int month = 1; ///< 1..12

    /** Months since year 0: makes month arithmetic and comparison plain integers. */
    int index() const { return year * 12 + (month - 1); }
    static Month fromIndex(int index) { return Month{index / 12, index % 12 + 1}; }
    Month plus(int months) const { return fromIndex(index() + months); }

    // Spelled out rather than <=>: Qt 6.4's moc cannot parse <compare> under GCC 12.
    bool operator==(const Month &o) const { return index() == o.index(); }
    bool operator!=(const Month &o) const { return index() != o.index(); }
    bool operator<(const Month &o) const { return index() < o.index(); }
    bool operator<=(const Month &o) const { return index() <= o.index(); }
    bool operator>(const Month &o) const { return index() > o.index(); }
    bool operator>=(const Month &o) const { return index() >= o.index(); }
};

/** Strict YYYY-MM (four-digit year 1900..9999, two-digit month); nullopt otherwise. */
std::optional<Month> parseMonth(std::string_view text);
std::string formatMonth(Month m);

/** Days in a month, leap years counted. */
int daysInMonth(Month m);

} // namespace atlas
