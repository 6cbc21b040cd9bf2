#pragma once

#include <QString>

namespace atlas::MapText {

/** "1,234.5 PFLOPS" in the UI locale. */
QString pflops(double value);
/** "87.5 %" in the UI locale. */
QString percent(double share);
QString number(double value, int decimals = 1);

/** A small two-column HTML table for tooltips. */
class Table
{
public:
    Table(const QString &title, const QString &subtitle);
    void row(const QString &label, const QString &value);
    QString html() const;

private:
    QString mHtml;
};

} // namespace atlas::MapText
