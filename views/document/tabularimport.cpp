#include "tabularimport.h"

#include "entityfields.h"

#include <QCoreApplication>

namespace atlas {

QList<QStringList> parseTabSeparated(const QString &text)
{
    QList<QStringList> rows;
    const auto lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        rows << line.split(QLatin1Char('\t'));
    }
    return rows;
}

QList<QStringList> parseCsv(const QString &text)
{
    const int firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = text.left(firstLineEnd < 0 ? text.size() : firstLineEnd);
    const QChar sep = firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool any = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == sep) {
            row << cell;
            cell.clear();
            any = true;
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            if (any || !cell.trimmed().isEmpty())
                rows << row;
            row.clear();
            cell.clear();
            any = false;
        } else if (c != QLatin1Char('\r')) {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

bool entitiesFromRows(const Project &project, const EntityList &list, const QList<QStringList> &rows,
                      const std::vector<int> &mapping, std::vector<EntityValue> *out, QString *reason)
{
    const auto &fields = fieldsFor(list);
    Project scratch = project;  // fresh ids must not clash with rows made just before
    for (int r = 0; r < rows.size(); ++r) {
        EntityValue value = newEntity(scratch, list);
        for (int i = 0; i < rows[r].size() && i < static_cast<int>(mapping.size()); ++i) {
            const int column = mapping[i];
            if (column < 0 || column >= static_cast<int>(fields.size()) || !fields[column].editable())
                continue;
            if (auto why = fields[column].set(value, rows[r][i])) {
                *reason = QCoreApplication::translate("Edit", "Row %1, %2: %3")
                              .arg(r + 1).arg(fields[column].title(), *why);
                return false;
            }
        }
        insertEntityAt(scratch, list, entityCount(scratch, list), value);
        out->push_back(std::move(value));
    }
    return true;
}

std::vector<int> guessMapping(const EntityList &list, const QStringList &header)
{
    const auto &fields = fieldsFor(list);
    std::vector<int> mapping;
    for (const auto &cell : header) {
        const QString h = cell.trimmed().toLower();
        int found = -1;
        for (size_t c = 0; c < fields.size() && found < 0; ++c) {
            if (h == QString::fromStdString(fields[c].key).toLower() || h == fields[c].title().toLower()
                || h == QString::fromLatin1(fields[c].header).toLower())
                found = static_cast<int>(c);
        }
        mapping.push_back(found);
    }
    return mapping;
}

edit::Outcome pasteRows(Document &doc, const EntityList &list, const QString &text, int firstColumn)
{
    const auto rows = parseTabSeparated(text);
    if (rows.isEmpty())
        return {};
    std::vector<int> mapping;
    const int columns = static_cast<int>(fieldsFor(list).size());
    for (int c = firstColumn; c < columns; ++c)
        mapping.push_back(c);
    std::vector<EntityValue> values;
    QString reason;
    if (!entitiesFromRows(doc.project(), list, rows, mapping, &values, &reason))
        return edit::Outcome{false, reason, {}};
    return edit::addEntities(doc, list, std::move(values),
                             QCoreApplication::translate("Edit", "Paste %n row(s)", nullptr, int(rows.size())));
}

} // namespace atlas
