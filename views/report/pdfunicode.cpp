#include "pdfunicode.h"

#include <QString>

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

/** The unified ideograph a radical stands for (its NFKC form), or 0 when there is none. */
char16_t ideographFor(char16_t radical)
{
    if (radical < 0x2E80 || radical > 0x2FDF)
        return 0;
    const QString n = QString(QChar(radical)).normalized(QString::NormalizationForm_KC);
    if (n.size() != 1 || n.at(0).unicode() == radical || n.at(0).unicode() < 0x3400)
        return 0;
    return n.at(0).unicode();
}

} // namespace

int fixToUnicode(QByteArray &pdf)
{
    static const QByteArray begin("begincmap");
    static const QByteArray end("endcmap");
    static const char digits[] = "0123456789ABCDEF";
    int changed = 0;
    qsizetype from = 0;
    for (;;) {
        const qsizetype b = pdf.indexOf(begin, from);
        if (b < 0)
            break;
        const qsizetype e = pdf.indexOf(end, b);
        if (e < 0)
            break;
        // Every 4-digit hex token <XXXX> inside the CMap: codes and code points alike;
        // only code points fall in the radical blocks (glyph ids there are replaced too,
        // which is harmless: Qt numbers subset glyphs from 0 upwards, far below 0x2E80).
        for (qsizetype i = b; i + 5 < e; ++i) {
            if (pdf.at(i) != '<' || pdf.at(i + 5) != '>')
                continue;
            int v = 0;
            bool ok = true;
            for (int k = 1; k <= 4 && ok; ++k) {
                const int h = hexValue(pdf.at(i + k));
                ok = h >= 0;
                v = v * 16 + h;
            }
            if (!ok)
                continue;
            const char16_t to = ideographFor(char16_t(v));
            if (!to)
                continue;
            for (int k = 0; k < 4; ++k)
                pdf[i + 4 - k] = digits[(to >> (4 * k)) & 0xF];
            ++changed;
        }
        from = e;
    }
    return changed;
}

} // namespace atlas::report
