#pragma once

#include "entityvalue.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

namespace atlas {

/** How a column is shown and edited. */
enum class FieldType { Text, Number, OptionalNumber, Integer, Month, OptionalMonth, Choice, List, Derived };

/**
 * One column of an entity table. `key` is the YAML field name that validation problems
 * use in their paths ("demand.from"). get() gives the edit value (numbers as double,
 * absent optionals as an invalid QVariant); set() parses and stores, or returns why not.
 */
struct FieldDef {
    std::string key;
    const char *header;  ///< untranslated, context "Fields"
    FieldType type = FieldType::Text;
    std::function<QVariant(const EntityRef &)> get;
    std::function<std::optional<QString>(EntityValue &, const QVariant &)> set;  ///< null: read-only
    QStringList choices = {};

    QString title() const;
    bool editable() const { return static_cast<bool>(set); }
};

/** The columns of a kind (the same for base lists and scenario overlays, except build_cost). */
const std::vector<FieldDef> &fieldsFor(const EntityList &list);

/** The column whose key matches a problem's field ("demand.from", "ecosystems[1]"), or -1. */
int columnForField(const EntityList &list, const std::string &field);

/** Display text of a value from get() in the UI locale (choices by their translated label). */
QString displayText(const FieldDef &field, const QVariant &value);

/** The translated label of a choice's id ("training" → "Training" / "训练"); the id when unknown. */
QString choiceLabel(const QString &id);

/** Model role carrying a Choice field's ids (QStringList) for the choice delegate. */
constexpr int ChoicesRole = Qt::UserRole + 50;

} // namespace atlas
