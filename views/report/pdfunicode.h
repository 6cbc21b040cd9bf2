#pragma once

// Report-internal: repairs the text layer of a PDF that Qt wrote.

#include <QByteArray>
#include <QHash>

class QFont;

namespace atlas::report {

/**
 * Qt's PDF writer maps each glyph back to the lowest code point that uses it. CJK fonts
 * share a glyph between a Kangxi radical (U+2F00…) and the ideograph (小 U+5C0F), so
 * copied or searched text would read ⼩ instead of 小. This rewrites those entries of
 * every ToUnicode CMap (uncompressed, same length) to the ideograph, in place; the
 * space glyph, which Qt maps to U+0009 (tab), is mapped to U+0020.
 * Returns the number of entries changed.
 */
int fixToUnicode(QByteArray &pdf, const QHash<char16_t, char16_t> &radicals);

/**
 * For each CJK radical (U+2E80–U+2FDF) the font draws with the glyph of an ideograph,
 * that ideograph (⻘ U+2EC4 → 青 U+9752 in Noto Sans CJK SC); else its NFKC form.
 */
QHash<char16_t, char16_t> radicalIdeographs(const QFont &font);

} // namespace atlas::report
