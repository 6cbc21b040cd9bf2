#include "editcommands.h"

#include "entityfields.h"
#include "interchange/validate.h"
#include "problemtext.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace atlas::edit {
namespace {

using ProblemKey = std::tuple<int, std::string, std::vector<std::string>>;

ProblemKey keyOf(const Problem &p, bool ignorePath)
{
    return {static_cast<int>(p.code), ignorePath ? std::string() : p.path, p.args};
}

Outcome refuse(const QString &reason, std::string path = {})
{
    return Outcome{false, reason, std::move(path)};
}

// Checks a candidate model; prefers a problem at `focus` as the reason.
Outcome check(const Document &doc, const Project &candidate, const std::string &focus, bool ignorePaths)
{
    if (doc.isReadOnly())
        return refuse(QCoreApplication::translate("Edit", "The project is open read-only."));
    const auto errors = newErrors(doc.problems(), validate(candidate), ignorePaths);
    if (errors.empty())
        return {};
    const Problem *best = &errors.front();
    for (const auto &p : errors)
        if (!focus.empty() && p.path.compare(0, focus.size(), focus) == 0) {
            best = &p;
            break;
        }
    return refuse(problemMessage(*best), best->path);
}

} // namespace

std::vector<Problem> newErrors(const std::vector<Problem> &before, const std::vector<Problem> &after,
                               bool ignorePaths)
{
    std::map<ProblemKey, int> seen;
    for (const auto &p : before)
        if (p.severity == Severity::Error)
            ++seen[keyOf(p, ignorePaths)];
    std::vector<Problem> fresh;
    for (const auto &p : after) {
        if (p.severity != Severity::Error)
            continue;
        auto it = seen.find(keyOf(p, ignorePaths));
        if (it != seen.end() && it->second > 0)
            --it->second;
        else
            fresh.push_back(p);
    }
    return fresh;
}

Outcome setField(Document &doc, const EntityList &list, int row, int column, const QVariant &value)
{
    const auto &fields = fieldsFor(list);
    if (column < 0 || column >= static_cast<int>(fields.size()) || !fields[column].editable()
        || row < 0 || row >= entityCount(doc.project(), list))
        return refuse(QCoreApplication::translate("Edit", "This field cannot be edited."));
    const FieldDef &field = fields[column];
    EntityValue entity = entityAt(doc.project(), list, row);
    const EntityValue old = entity;
    if (auto reason = field.set(entity, value))
        return refuse(*reason);
    if (entity == old)
        return {};
    const QString text = QCoreApplication::translate("Edit", "Set %1 of %2").arg(field.title(), kindNoun(list.kind));
    return setEntity(doc, list, row, entity, text);
}

Outcome setEntity(Document &doc, const EntityList &list, int row, const EntityValue &value, const QString &text)
{
    Project candidate = doc.project();
    setEntityAt(candidate, list, row, value);
    Outcome outcome = check(doc, candidate, rowPath(list, row), false);
    if (outcome)
        doc.undoStack()->push(new ChangeEntity(&doc, {list, row}, value, text));
    return outcome;
}

int addEntity(Document &doc, const EntityList &list, Outcome *outcome)
{
    const int row = entityCount(doc.project(), list);
    Outcome o = addEntities(doc, list, {newEntity(doc.project(), list)},
                            QCoreApplication::translate("Edit", "Add %1").arg(kindNoun(list.kind)));
    if (outcome)
        *outcome = o;
    return o ? row : -1;
}

Outcome addEntities(Document &doc, const EntityList &list, std::vector<EntityValue> values, const QString &text)
{
    if (values.empty())
        return {};
    Project candidate = doc.project();
    const int first = entityCount(candidate, list);
    std::vector<std::pair<int, EntityValue>> rows;
    for (auto &v : values) {
        const int row = first + static_cast<int>(rows.size());
        insertEntityAt(candidate, list, row, v);
        rows.emplace_back(row, std::move(v));
    }
    Outcome outcome = check(doc, candidate, rowPath(list, first), true);
    if (outcome)
        doc.undoStack()->push(new InsertEntities(&doc, list, std::move(rows), text));
    return outcome;
}

Outcome removeEntities(Document &doc, const EntityList &list, std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.empty())
        return {};
    Project candidate = doc.project();
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        removeEntityAt(candidate, list, *it);
    Outcome outcome = check(doc, candidate, std::string(), true);
    if (!outcome) {
        outcome.reason = QCoreApplication::translate("Edit", "Cannot delete: %1").arg(outcome.reason);
        return outcome;
    }
    const QString text = rows.size() == 1
        ? QCoreApplication::translate("Edit", "Delete %1").arg(kindNoun(list.kind))
        : QCoreApplication::translate("Edit", "Delete %n %1", nullptr, int(rows.size())).arg(kindNoun(list.kind));
    doc.undoStack()->push(new RemoveEntities(&doc, list, std::move(rows), text));
    return outcome;
}

int duplicateEntity(Document &doc, const EntityList &list, int row, Outcome *outcome)
{
    EntityValue copy = entityAt(doc.project(), list, row);
    const std::string id = entityId(copy);
    if (!id.empty())
        setEntityId(copy, uniqueId(doc.project(), list, id));
    Project candidate = doc.project();
    insertEntityAt(candidate, list, row + 1, copy);
    Outcome o = check(doc, candidate, rowPath(list, row + 1), true);
    if (o)
        doc.undoStack()->push(new InsertEntities(&doc, list, {{row + 1, copy}},
                                                 QCoreApplication::translate("Edit", "Duplicate %1").arg(kindNoun(list.kind))));
    if (outcome)
        *outcome = o;
    return o ? row + 1 : -1;
}

Outcome moveCenter(Document &doc, int row, double lat, double lon)
{
    const EntityList list{EntityKind::Center, -1};
    EntityValue value = entityAt(doc.project(), list, row);
    auto &c = std::get<Center>(value);
    c.lat = lat;
    c.lon = lon;
    Project candidate = doc.project();
    setEntityAt(candidate, list, row, value);
    Outcome outcome = check(doc, candidate, rowPath(list, row), false);
    if (outcome)
        doc.undoStack()->push(new ChangeEntity(&doc, {list, row}, value,
                                               QCoreApplication::translate("Edit", "Move centre %1").arg(QString::fromStdString(c.id)),
                                               MoveCenterId));
    return outcome;
}

Outcome setProjectSettings(Document &doc, const ProjectSettings &settings)
{
    Project candidate = doc.project();
    candidate.name = settings.name;
    candidate.currency = settings.currency;
    candidate.periods = settings.periods;
    candidate.parameters = settings.parameters;
    Outcome outcome = check(doc, candidate, std::string(), false);
    if (outcome && !(settings == ProjectSettings::of(doc.project())))
        doc.undoStack()->push(new ChangeProjectSettings(&doc, 0, settings,
                                                        QCoreApplication::translate("Edit", "Change project settings")));
    return outcome;
}

Outcome addBoundaryLayer(Document &doc, BoundaryLayer layer)
{
    if (doc.isReadOnly())
        return Outcome{false, problemMessage(error(Code::ReadOnly, {}, {doc.filePath().toStdString()})), {}};
    auto layers = doc.data().boundaries;
    layers.push_back(std::move(layer));
    doc.undoStack()->push(new ChangeBoundaries(&doc, 0, std::move(layers),
                                               QCoreApplication::translate("Edit", "Import boundary layer")));
    return {};
}

Outcome removeBoundaryLayer(Document &doc, int index)
{
    auto layers = doc.data().boundaries;
    if (index < 0 || index >= int(layers.size()))
        return {};
    layers.erase(layers.begin() + index);
    doc.undoStack()->push(new ChangeBoundaries(&doc, 0, std::move(layers),
                                               QCoreApplication::translate("Edit", "Remove boundary layer")));
    return {};
}

} // namespace atlas::edit
