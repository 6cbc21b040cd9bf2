#pragma once

// Report-internal: repairs the text layer of a PDF that Qt wrote.

#include <QByteArray>

namespace atlas::report {

/**
 * Qt's PDF writer maps each glyph back to the lowest code point that uses it. CJK fonts
 * share a glyph between a Kangxi radical (U+2F00…) and the ideograph (小 U+5C0F), so
 * copied or searched text would read ⼩ instead of 小. This rewrites those entries of
 * every ToUnicode CMap (uncompressed, same length) to the ideograph, in place.
 * Returns the number of entries changed.
 */
int fixToUnicode(QByteArray &pdf);

} // namespace atlas::report
