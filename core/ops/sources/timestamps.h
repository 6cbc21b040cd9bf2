#pragma once

#include "model/model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atlas {

/**
 * A timestamp as Unix seconds (UTC). Accepted: ISO 8601 with `Z` or an offset
 * (`2026-01-05T08:00:00+08:00`, `+0800`, `+08`), a date alone (midnight UTC),
 * `YYYY-MM-DD HH:MM[:SS]` or `YYYY-MM-DDTHH:MM[:SS]` without a zone (UTC, or
 * `naiveOffsetMinutes` east of UTC when the source writes local time, as sacct does),
 * fractions of a second (dropped), and Unix seconds (digits, optionally with a fraction).
 */
std::optional<std::int64_t> parseTimestamp(std::string_view text, int naiveOffsetMinutes = 0);

/** Unix seconds of 00:00 UTC on the first day of month m. */
std::int64_t monthStartSeconds(Month m);

/** Unix seconds where period t begins (t == count: where the horizon ends). */
std::int64_t periodStartSeconds(const Periods &periods, int t);

/** "2026-01-05T08:00:00Z". */
std::string formatTimestamp(std::int64_t seconds);

} // namespace atlas
