#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace atlas::yamlscalar {

// Scalar spelling shared by the reader and the writer, so that what one writes the
// other reads back bit for bit.

/** A YAML 1.2 core-schema number (decimal int or float, .inf, -.inf, .nan); nullopt otherwise. */
std::optional<double> parseNumber(std::string_view text);

/** Shortest text that parseNumber() reads back to the same double (".inf", ".nan" too). */
std::string formatNumber(double value);

/** True when a plain scalar with this text would read as something other than text
 *  (number, boolean, null, date-like) in YAML 1.1 or 1.2: the writer quotes it. */
bool needsQuotes(std::string_view text);

} // namespace atlas::yamlscalar
