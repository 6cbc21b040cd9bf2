#include "pdfunicode.h"

#include <QFont>
#include <QRawFont>
#include <QString>

#include <vector>

namespace atlas::report {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/** The unified ideograph a radical decomposes to (its NFKC form), or 0 when there is none. */
char16_t nfkcIdeograph(char16_t radical)
{
    const QString n = QString(QChar(radical)).normalized(QString::NormalizationForm_KC);
    if (n.size() != 1 || n.at(0).unicode() == radical || n.at(0).unicode() < 0x3400)
        return 0;
    return n.at(0).unicode();
}

constexpr char16_t kRadicalFirst = 0x2E80;
constexpr char16_t kRadicalLast = 0x2FDF;

} // namespace

QHash<char16_t, char16_t> radicalIdeographs(const QFont &font)
{
    QHash<char16_t, char16_t> out;
    const QRawFont raw = QRawFont::fromFont(font);
    auto glyphsOf = [&](char16_t first, char16_t last) {
        QString text;
        for (char32_t c = first; c <= last; ++c)
            text.append(QChar(char16_t(c)));
        return raw.isValid() ? raw.glyphIndexesForString(text) : QList<quint32>();
    };
    const QList<quint32> radicals = glyphsOf(kRadicalFirst, kRadicalLast);
    QHash<quint32, char16_t> ideographOfGlyph;
    const QList<quint32> ideographs = glyphsOf(0x4E00, 0x9FFF);
    for (int i = ideographs.size() - 1; i >= 0; --i)  // the lowest code point wins
        if (ideographs.at(i) != 0)
            ideographOfGlyph.insert(ideographs.at(i), char16_t(0x4E00 + i));
    for (char32_t c = kRadicalFirst; c <= kRadicalLast; ++c) {
        const int i = int(c - kRadicalFirst);
        const quint32 glyph = i < radicals.size() ? radicals.at(i) : 0;
        const char16_t nfkc = nfkcIdeograph(char16_t(c));
        if (glyph != 0 && ideographOfGlyph.contains(glyph))
            out.insert(char16_t(c), ideographOfGlyph.value(glyph));
        else if (nfkc)
            out.insert(char16_t(c), nfkc);
    }
    return out;
}

int fixToUnicode(QByteArray &pdf, const QHash<char16_t, char16_t> &radicals)
{
    static const QByteArray begin("beginbfrange");
    static const QByteArray beginChar("beginbfchar");
    static const QByteArray end("endcmap");
    static const char digits[] = "0123456789ABCDEF";
    int changed = 0;
    // Rewrites a destination token <XXXX> at i when it names a radical (or a tab, which
    // Qt writes for the space glyph because U+0009 comes first).
    auto rewrite = [&](qsizetype i) {
        int v = 0;
        for (int k = 1; k <= 4; ++k) {
            const int h = hexValue(pdf.at(i + k));
            if (h < 0)
                return;
            v = v * 16 + h;
        }
        const char16_t to = v == 0x0009 ? char16_t(0x0020) : radicals.value(char16_t(v), 0);
        if (!to)
            return;
        for (int k = 0; k < 4; ++k)
            pdf[i + 4 - k] = digits[(to >> (4 * k)) & 0xF];
        ++changed;
    };
    qsizetype from = 0;
    for (;;) {
        qsizetype b = pdf.indexOf(begin, from);
        const qsizetype bc = pdf.indexOf(beginChar, from);
        if (b < 0 || (bc >= 0 && bc < b))
            b = bc;
        if (b < 0)
            break;
        const qsizetype e = pdf.indexOf(end, b);
        if (e < 0)
            break;
        // Line by line: "<lo> <hi> [<u> <u> …]" and "<lo> <hi> <u>" (ranges), "<code> <u>" (chars).
        bool range = pdf.mid(b, begin.size()) == begin;
        qsizetype line = pdf.indexOf('\n', b) + 1;
        while (line > 0 && line < e) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > e)
                next = e;
            const QByteArray text = pdf.mid(line, next - line);
            if (text.contains(begin))
                range = true;
            else if (text.contains(beginChar))
                range = false;
            std::vector<qsizetype> tokens;
            bool inArray = false;
            for (qsizetype i = line; i < next; ++i) {
                const char c = pdf.at(i);
                if (c == '[')
                    inArray = true;
                if (c == '<' && i + 5 < pdf.size() && pdf.at(i + 5) == '>') {
                    if (inArray)
                        rewrite(i);
                    else
                        tokens.push_back(i);
                    i += 5;
                }
            }
            if (!inArray && ((range && tokens.size() == 3) || (!range && tokens.size() == 2)))
                rewrite(tokens.back());
            line = next + 1;
        }
        from = e;
    }
    return changed;
}

} // namespace atlas::report
