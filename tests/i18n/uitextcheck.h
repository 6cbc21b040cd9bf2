#pragma once

// Decides whether a text shown in the Chinese UI still carries English: every run of
// Latin letters must be data (an id or name of the open project), a file name, or on a
// small explicit list of units, acronyms and product names.

#include <QSet>
#include <QString>
#include <QStringList>

namespace atlas::test {

class UiTextCheck
{
public:
    /** Units, acronyms, format and product names that stay Latin in Chinese text. */
    static const QSet<QString> &allowedWords();
    /** Names of libraries, licences and sources (may hold spaces, digits, punctuation). */
    static const QStringList &allowedNames();

    /** Adds the ids and names a project file (YAML) holds: they are data, shown as typed. */
    void addDataFromYaml(const QString &yamlText);
    void addData(const QString &value);

    /** The Latin words of `text` that are not allowed; empty when the text is fine. */
    QStringList offendingWords(const QString &text) const;

private:
    QSet<QString> mData;         ///< whole values, removed before the words are checked
    mutable QString mPattern;    ///< the data values as one alternation, built on first use
};

} // namespace atlas::test
