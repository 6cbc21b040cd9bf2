#pragma once

// Attribute text of shapefiles: encodings named by a .cpg file or the user (core/geo internals).

#include <optional>
#include <string>
#include <string_view>

namespace atlas::geo {

bool isValidUtf8(std::string_view text);

/** The iconv name of an encoding as a .cpg file or a user writes it ("936" → "GB18030"). */
std::string iconvEncodingName(std::string_view name);

/** True when the encoding is UTF-8 under any of its spellings. */
bool isUtf8Name(std::string_view name);

/** `text` in `encoding` (an iconvEncodingName) as UTF-8; nullopt when it does not convert. */
std::optional<std::string> toUtf8(std::string_view text, const std::string &encoding);

} // namespace atlas::geo
