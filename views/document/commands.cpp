#include "commands.h"

#include <algorithm>

namespace atlas {
namespace {

void touchedOverlay(Document &doc, const EntityList &list)
{
    if (list.isOverlay())
        Q_EMIT doc.notifier()->entityChanged(EntityList{EntityKind::Scenario, -1}, list.scenario);
}

} // namespace

void EntityPropertyTraits::write(Document &doc, const Key &key, const Value &value)
{
    setEntityAt(doc.editableProject(), key.first, key.second, value);
    Q_EMIT doc.notifier()->entityChanged(key.first, key.second);
    touchedOverlay(doc, key.first);
    Q_EMIT doc.notifier()->projectChanged();
}

void ProjectSettingsTraits::write(Document &doc, const Key &, const Value &value)
{
    Project &p = doc.editableProject();
    p.name = value.name;
    p.currency = value.currency;
    p.periods = value.periods;
    p.parameters = value.parameters;
    Q_EMIT doc.notifier()->projectSettingsChanged();
    Q_EMIT doc.notifier()->projectChanged();
}

void BoundariesTraits::write(Document &doc, const Key &, const Value &value)
{
    doc.editableBoundaries() = value;
    Q_EMIT doc.notifier()->boundariesChanged();
    Q_EMIT doc.notifier()->projectChanged();
}

void ActualsTraits::write(Document &doc, const Key &, const Value &value)
{
    doc.editableActuals() = value;
    Q_EMIT doc.notifier()->actualsChanged();
    Q_EMIT doc.notifier()->projectChanged();
}

InsertEntities::InsertEntities(Document *doc, EntityList list, std::vector<std::pair<int, EntityValue>> rows,
                               const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDoc(doc)
    , mList(list)
    , mRows(std::move(rows))
{
    std::sort(mRows.begin(), mRows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

void InsertEntities::redo()
{
    auto *n = mDoc->notifier();
    for (const auto &[row, value] : mRows) {
        Q_EMIT n->entitiesAboutToBeInserted(mList, row, row);
        insertEntityAt(mDoc->editableProject(), mList, row, value);
        Q_EMIT n->entitiesInserted(mList, row, row);
    }
    touchedOverlay(*mDoc, mList);
    Q_EMIT n->projectChanged();
}

void InsertEntities::undo()
{
    auto *n = mDoc->notifier();
    for (auto it = mRows.rbegin(); it != mRows.rend(); ++it) {
        Q_EMIT n->entitiesAboutToBeRemoved(mList, it->first, it->first);
        removeEntityAt(mDoc->editableProject(), mList, it->first);
        Q_EMIT n->entitiesRemoved(mList, it->first, it->first);
    }
    touchedOverlay(*mDoc, mList);
    Q_EMIT n->projectChanged();
}

RemoveEntities::RemoveEntities(Document *doc, EntityList list, std::vector<int> rows, const QString &text,
                               QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDoc(doc)
    , mList(list)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows)
        mRows.emplace_back(row, entityAt(doc->project(), list, row));
}

void RemoveEntities::redo()
{
    auto *n = mDoc->notifier();
    for (auto it = mRows.rbegin(); it != mRows.rend(); ++it) {
        Q_EMIT n->entitiesAboutToBeRemoved(mList, it->first, it->first);
        removeEntityAt(mDoc->editableProject(), mList, it->first);
        Q_EMIT n->entitiesRemoved(mList, it->first, it->first);
    }
    touchedOverlay(*mDoc, mList);
    Q_EMIT n->projectChanged();
}

void RemoveEntities::undo()
{
    auto *n = mDoc->notifier();
    for (const auto &[row, value] : mRows) {
        Q_EMIT n->entitiesAboutToBeInserted(mList, row, row);
        insertEntityAt(mDoc->editableProject(), mList, row, value);
        Q_EMIT n->entitiesInserted(mList, row, row);
    }
    touchedOverlay(*mDoc, mList);
    Q_EMIT n->projectChanged();
}

} // namespace atlas
