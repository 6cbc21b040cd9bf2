#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace atlas {

/**
 * Loads the app's and Qt's catalogues for `language` ("en", "zh_CN"; empty = the
 * system's) and makes QLocale follow it, so numbers and dates match the text.
 * Calling it again switches language; widgets receive QEvent::LanguageChange.
 */
void setLanguage(const QString &language);

/** The language now in force ("en" or "zh_CN"). */
QString currentLanguage();

/** The languages the app ships, with their own names ("English", "简体中文"). */
QStringList availableLanguages();
QString languageName(const QString &language);

} // namespace atlas
