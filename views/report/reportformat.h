#pragma once

#include <QLocale>
#include <QString>

namespace atlas {

/**
 * How the report writes numbers, in the report language's locale. Tests use the same
 * functions to find the engine's values in the PDF text.
 */
namespace reportformat {

/** The locale of a report language ("en" → en_US, "zh_CN" → zh_Hans_CN). */
QLocale locale(const QString &language);

/** A quantity with group separators: 0 decimals from 1000 up, 1 from 10, else 2. */
QString number(double value, const QLocale &locale);

/** A fraction as a percentage with one decimal ("87.5%"). */
QString percent(double fraction, const QLocale &locale);

/** A relative change with its sign ("+12.3%", "−4.0%", "0.0%"); "—" when the base is 0. */
QString change(double value, double base, const QLocale &locale);

} // namespace reportformat
} // namespace atlas
