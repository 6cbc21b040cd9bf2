#include "mapstyle.h"

#include <QFontDatabase>

#include <algorithm>
#include <cmath>

namespace atlas::MapStyle {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t),
                            float(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

QColor ramp3(const QColor &a, const QColor &b, const QColor &c, double t)
{
    return t < 0.5 ? mix(a, b, t * 2) : mix(b, c, (t - 0.5) * 2);
}

} // namespace

double areaRadius(double value, double max, double minRadius, double maxRadius)
{
    if (!(max > 0) || !(value > 0))
        return 0.0;
    return std::max(minRadius, maxRadius * std::sqrt(std::min(1.0, value / max)));
}

QColor water() { return QColor(0xdc, 0xe8, 0xf0); }
QColor land() { return QColor(0xf4, 0xf1, 0xea); }
QColor countryBorder() { return QColor(0x9a, 0x94, 0x8a); }

QColor servedShare(double share)
{
    if (share < 0)
        return QColor(0x9e, 0x9e, 0x9e, 200);
    QColor c = ramp3(QColor(0xd7, 0x30, 0x27), QColor(0xf4, 0xa5, 0x3a), QColor(0x1a, 0x98, 0x8a), share);
    c.setAlpha(190);
    return c;
}

QColor utilization(double u)
{
    if (u < 0)
        return QColor(0x9e, 0x9e, 0x9e);
    if (u > 0.95)
        return QColor(0xc0, 0x1b, 0x1b);
    return mix(QColor(0xa6, 0xc8, 0xe6), QColor(0x08, 0x30, 0x6b), u / 0.95);
}

QColor deviation(double d)
{
    if (std::isnan(d))
        return QColor(0xd9, 0xd9, 0xd9);
    const double t = std::clamp(d / DeviationSpan, -1.0, 1.0) * 0.5 + 0.5;  // 0 below, 0.5 on plan, 1 above
    return ramp3(QColor(0x21, 0x66, 0xac), QColor(0xf4, 0xf4, 0xf4), QColor(0xd9, 0x5f, 0x02), t);
}

QColor linkLoad(double load)
{
    if (load < 0)
        return QColor(0x8c, 0x8c, 0x8c, 170);
    QColor c = ramp3(QColor(0x4d, 0xab, 0x5c), QColor(0xf1, 0xb4, 0x3c), QColor(0xc8, 0x2a, 0x2a), load);
    c.setAlpha(200);
    return c;
}

QColor flow() { return QColor(0x6a, 0x3d, 0x9a, 110); }

QColor ecosystem(int index)
{
    // Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
    static const QColor palette[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                     QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                     QColor(0xf0, 0xe4, 0x42), QColor(0x55, 0x55, 0x55)};
    return palette[std::abs(index) % 8];
}

QFont labelFont(bool bold)
{
    // Noto Sans CJK SC first, as in the charts: Chinese place names get the Simplified
    // Chinese glyph forms (not a fallback font's Japanese ones), and the report can replay
    // the map with text kept as text, since the primary font then has the CJK metrics.
    QFont f = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                   f.family()});
    f.setPointSizeF(9.0);
    f.setBold(bold);
    return f;
}

} // namespace atlas::MapStyle
