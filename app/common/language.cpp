#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace atlas {
namespace {

QString gLanguage = QStringLiteral("en");
std::unique_ptr<QTranslator> gApp;
std::unique_ptr<QTranslator> gQt;

} // namespace

void setLanguage(const QString &requested)
{
    QString language = requested;
    if (language.isEmpty())
        language = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (language != QStringLiteral("zh_CN"))
        language = QStringLiteral("en");

    if (gApp)
        QCoreApplication::removeTranslator(gApp.get());
    if (gQt)
        QCoreApplication::removeTranslator(gQt.get());
    gApp.reset();
    gQt.reset();

    if (language == QStringLiteral("zh_CN")) {
        gApp = std::make_unique<QTranslator>();
        if (gApp->load(QStringLiteral(":/i18n/computeatlas_zh_CN.qm")))
            QCoreApplication::installTranslator(gApp.get());
        gQt = std::make_unique<QTranslator>();
        if (gQt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(gQt.get());
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    gLanguage = language;
}

QString currentLanguage()
{
    return gLanguage;
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString languageName(const QString &language)
{
    return language == QStringLiteral("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English");
}

} // namespace atlas
