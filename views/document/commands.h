#pragma once

// Undo commands. Widgets never build these: they call the façade in editcommands.h.

#include "document.h"
#include "entityvalue.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <utility>
#include <vector>

namespace atlas {

/** Merge ids of every mergeable command, in one place. */
enum CommandId {
    // Cell edits (ChangeEntity without an id) never merge: each typed value is its own step.
    SetEntityFieldId = 1,  ///< reserved
    MoveCenterId,          ///< dragging a centre on the map merges into one step
    SetProjectSettingsId,
};

/** The editable head of a project: name, currency, periods, parameters. */
struct ProjectSettings {
    std::string name;
    std::string currency;
    Periods periods;
    Parameters parameters;

    static ProjectSettings of(const Project &p) { return {p.name, p.currency, p.periods, p.parameters}; }
    bool operator==(const ProjectSettings &) const = default;
};

/** Traits: one entity of a list, replaced whole. */
struct EntityPropertyTraits {
    using Key = std::pair<EntityList, int>;
    using Value = EntityValue;
    static Value read(Document &doc, const Key &key) { return entityAt(doc.project(), key.first, key.second); }
    static void write(Document &doc, const Key &key, const Value &value);
};

/** Traits: the project's settings. */
struct ProjectSettingsTraits {
    using Key = int;
    using Value = ProjectSettings;
    static Value read(Document &doc, const Key &) { return ProjectSettings::of(doc.project()); }
    static void write(Document &doc, const Key &, const Value &value);
};

/** Traits: the document's imported boundary layers, replaced as a whole list. */
struct BoundariesTraits {
    using Key = int;
    using Value = std::vector<BoundaryLayer>;
    static Value read(Document &doc, const Key &) { return doc.data().boundaries; }
    static void write(Document &doc, const Key &, const Value &value);
};

/** Traits: the operations actuals (imports, values, alert thresholds), replaced whole. */
struct ActualsTraits {
    using Key = int;
    using Value = Actuals;
    static Value read(Document &doc, const Key &) { return doc.data().actuals; }
    static void write(Document &doc, const Key &, const Value &value);
};

/**
 * Sets a property to a new value; undo restores the old one. Consecutive commands with
 * the same merge id (not -1) and key merge into one undo step (a drag on the map).
 */
template<typename Traits>
class ChangeProperty : public QUndoCommand
{
public:
    ChangeProperty(Document *doc, typename Traits::Key key, typename Traits::Value value,
                   const QString &text, int mergeId = -1)
        : QUndoCommand(text)
        , mDoc(doc)
        , mKey(std::move(key))
        , mOld(Traits::read(*doc, mKey))
        , mNew(std::move(value))
        , mMergeId(mergeId)
    {}

    void redo() override { Traits::write(*mDoc, mKey, mNew); }
    void undo() override { Traits::write(*mDoc, mKey, mOld); }
    int id() const override { return mMergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        auto *o = static_cast<const ChangeProperty *>(other);
        if (o->mKey != mKey)
            return false;
        mNew = o->mNew;
        return true;
    }

private:
    Document *mDoc;
    typename Traits::Key mKey;
    typename Traits::Value mOld;
    typename Traits::Value mNew;
    int mMergeId;
};

using ChangeEntity = ChangeProperty<EntityPropertyTraits>;
using ChangeProjectSettings = ChangeProperty<ProjectSettingsTraits>;
using ChangeBoundaries = ChangeProperty<BoundariesTraits>;
using ChangeActuals = ChangeProperty<ActualsTraits>;

/** Inserts rows (ascending row numbers, as they will stand after insertion). */
class InsertEntities : public QUndoCommand
{
public:
    InsertEntities(Document *doc, EntityList list, std::vector<std::pair<int, EntityValue>> rows,
                   const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *mDoc;
    EntityList mList;
    std::vector<std::pair<int, EntityValue>> mRows;
};

/** Removes rows; undo puts them back where they were. */
class RemoveEntities : public QUndoCommand
{
public:
    RemoveEntities(Document *doc, EntityList list, std::vector<int> rows, const QString &text,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *mDoc;
    EntityList mList;
    std::vector<std::pair<int, EntityValue>> mRows;  ///< ascending
};

} // namespace atlas
