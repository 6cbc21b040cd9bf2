#include "maptext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace atlas::MapText {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString pflops(double value)
{
    const int decimals = std::abs(value) >= 100 ? 0 : (std::abs(value) >= 10 ? 1 : 2);
    return QCoreApplication::translate("MapView", "%1 PFLOPS").arg(number(value, decimals));
}

QString percent(double share)
{
    return QCoreApplication::translate("MapView", "%1 %").arg(number(share * 100.0, 1));
}

Table::Table(const QString &title, const QString &subtitle)
{
    mHtml = QStringLiteral("<b>%1</b> <span style='color:#666'>%2</span><table>")
                .arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped());
}

void Table::row(const QString &label, const QString &value)
{
    mHtml += QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;%2</td></tr>")
                 .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString Table::html() const
{
    return mHtml + QStringLiteral("</table>");
}

} // namespace atlas::MapText
