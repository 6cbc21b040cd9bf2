#include "reportformat.h"

#include <cmath>

namespace atlas::reportformat {

QLocale locale(const QString &language)
{
    if (language == QStringLiteral("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString number(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    if (value == 0)
        return QStringLiteral("0");  // nothing: no decimals to show
    const double a = std::fabs(value);
    const int decimals = a >= 1000 ? 0 : a >= 10 ? 1 : 2;
    QLocale l = locale;
    l.setNumberOptions(QLocale::DefaultNumberOptions);
    QString text = l.toString(value, 'f', decimals);
    // A value that rounds to zero reads as 0, not −0.
    if (text.startsWith(l.negativeSign()) && std::fabs(value) < 0.5 * std::pow(10.0, -decimals))
        text.remove(0, l.negativeSign().size());
    return text;
}

QString percent(double fraction, const QLocale &locale)
{
    if (!std::isfinite(fraction))
        return QStringLiteral("—");
    QString text = locale.toString(fraction * 100.0, 'f', 1);
    if (text.startsWith(locale.negativeSign()) && std::fabs(fraction) < 0.0005)
        text.remove(0, locale.negativeSign().size());
    return text + locale.percent();
}

QString change(double value, double base, const QLocale &locale)
{
    if (!(std::fabs(base) > 0) || !std::isfinite(value) || !std::isfinite(base))
        return QStringLiteral("—");
    const double rel = (value - base) / std::fabs(base);
    QString text = percent(rel, locale);
    if (rel * 1000.0 >= 0.5)
        text.prepend(locale.positiveSign());
    return text;
}

} // namespace atlas::reportformat
