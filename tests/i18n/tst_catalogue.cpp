// The Chinese catalogue is complete and up to date with the sources: a string added
// to the code without its translation fails here, not in front of a user.
#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Catalogue {
    QSet<QString> messages;     ///< context + source (+ comment)
    QStringList unfinished;     ///< context: source of each message without a translation
    bool read = false;
};

Catalogue readTs(const QString &path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    bool unfinished = false, vanished = false, emptyTranslation = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message") {
                source.clear();
                comment.clear();
                unfinished = vanished = false;
                emptyTranslation = true;
            } else if (name == u"source")
                source = xml.readElementText();
            else if (name == u"comment")
                comment = xml.readElementText();
            else if (name == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                unfinished = type == u"unfinished";
                vanished = type == u"vanished" || type == u"obsolete";
                emptyTranslation = xml.readElementText(QXmlStreamReader::IncludeChildElements).isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == u"message" && !vanished) {
            const QString key = context + u'\x1f' + source + u'\x1f' + comment;
            c.messages.insert(key);
            if (unfinished || emptyTranslation)
                c.unfinished << context + QStringLiteral(": ") + source;
        }
    }
    c.read = !xml.hasError();
    return c;
}

} // namespace

class TstCatalogue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyMessageTranslated();
    void catalogueMatchesSources();
};

void TstCatalogue::everyMessageTranslated()
{
    const Catalogue c = readTs(QString::fromStdString(atlas::test::sourcePath("i18n/computeatlas_zh_CN.ts")));
    QVERIFY(c.read);
    QVERIFY(!c.messages.isEmpty());
    QVERIFY2(c.unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 untranslated, e.g.:\n").arg(c.unfinished.size())
                        + c.unfinished.mid(0, 15).join(u'\n')));
}

void TstCatalogue::catalogueMatchesSources()
{
    atlas::test::TempDir dir;
    const QString fresh = QString::fromStdString(dir.path("fresh_zh_CN.ts"));
    const QString src = QString::fromStdString(atlas::test::sourcePath(""));
    QProcess lupdate;
    lupdate.setWorkingDirectory(src);
    lupdate.start(QStringLiteral(ATLAS_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("app"),
                   QStringLiteral("views"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(300000));
    QCOMPARE(lupdate.exitCode(), 0);
    const Catalogue fromSources = readTs(fresh);
    const Catalogue shipped = readTs(QString::fromStdString(atlas::test::sourcePath("i18n/computeatlas_zh_CN.ts")));
    QVERIFY(fromSources.read && shipped.read);
    QStringList missing, stale;
    for (const auto &m : fromSources.messages)
        if (!shipped.messages.contains(m))
            missing << QString(m).replace(u'\x1f', QStringLiteral(" | "));
    for (const auto &m : shipped.messages)
        if (!fromSources.messages.contains(m))
            stale << QString(m).replace(u'\x1f', QStringLiteral(" | "));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 strings in the sources are not in the catalogue "
                                                          "(run the atlas_lupdate target), e.g.:\n").arg(missing.size())
                                           + missing.mid(0, 15).join(u'\n')));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("%1 catalogue entries no longer in the sources, e.g.:\n")
                                             .arg(stale.size()) + stale.mid(0, 15).join(u'\n')));
}

QTEST_GUILESS_MAIN(TstCatalogue)
#include "tst_catalogue.moc"
