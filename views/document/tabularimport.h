#pragma once

#include "editcommands.h"

#include <QList>
#include <QStringList>

namespace atlas {

/** Rows of text cells from tab-separated text (a spreadsheet's clipboard). */
QList<QStringList> parseTabSeparated(const QString &text);

/** Rows of text cells from CSV (RFC 4180 quoting; ',' or ';' separators, detected). */
QList<QStringList> parseCsv(const QString &text);

/**
 * New entities for `list` from rows of text. mapping[i] is the field (column of
 * fieldsFor(list)) that cell i fills, or -1 to skip it. Fields not mapped keep the
 * defaults of a new entity. Returns false with the reason (row and field named) when a
 * cell cannot be parsed.
 */
bool entitiesFromRows(const Project &project, const EntityList &list, const QList<QStringList> &rows,
                      const std::vector<int> &mapping, std::vector<EntityValue> *out, QString *reason);

/** Guesses a mapping from header cells by key or translated title; -1 where unknown. */
std::vector<int> guessMapping(const EntityList &list, const QStringList &header);

/** Pastes tab-separated rows as new entities, filling fields from `firstColumn` on. */
edit::Outcome pasteRows(Document &doc, const EntityList &list, const QString &text, int firstColumn);

} // namespace atlas
