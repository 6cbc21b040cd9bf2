#pragma once

#include "commands.h"

#include <QVariant>

#include <vector>

namespace atlas::edit {

/** What became of an edit: done, or refused with the reason (a translated sentence). */
struct Outcome {
    bool ok = true;
    QString reason;
    std::string path;  ///< the problem's place when validation refused the edit
    explicit operator bool() const { return ok; }
};

/**
 * The command façade: every edit the user makes goes through one of these, which checks
 * the edit on a copy of the model with validate() and pushes an undo command only when
 * the edit introduces no error. Nothing invalid is ever stored.
 */
Outcome setField(Document &doc, const EntityList &list, int row, int column, const QVariant &value);

/** Replaces one entity whole (the scenario manager's rename, an overlay edit). */
Outcome setEntity(Document &doc, const EntityList &list, int row, const EntityValue &value, const QString &text);

/** Adds a fresh entity at the end; returns its row, or -1 when refused (reason in outcome). */
int addEntity(Document &doc, const EntityList &list, Outcome *outcome = nullptr);

/** Adds entities at the end in one undo step (paste, CSV import, proposals). */
Outcome addEntities(Document &doc, const EntityList &list, std::vector<EntityValue> values, const QString &text);

/** Removes rows in one undo step; refused when others still refer to them. */
Outcome removeEntities(Document &doc, const EntityList &list, std::vector<int> rows);

/** Copies a row just below itself with a fresh id; returns the new row or -1. */
int duplicateEntity(Document &doc, const EntityList &list, int row, Outcome *outcome = nullptr);

/** Moves a centre (map drag): consecutive moves of one centre merge into one undo step. */
Outcome moveCenter(Document &doc, int row, double lat, double lon);

/** Name, currency, periods, parameters. */
Outcome setProjectSettings(Document &doc, const ProjectSettings &settings);

/** Errors in `after` that `before` did not have; empty = acceptable. */
std::vector<Problem> newErrors(const std::vector<Problem> &before, const std::vector<Problem> &after,
                               bool ignorePaths);

/** Adds an imported boundary layer to the document (one undo step). */
Outcome addBoundaryLayer(Document &doc, BoundaryLayer layer);
/** Removes the boundary layer at `index` (one undo step). */
Outcome removeBoundaryLayer(Document &doc, int index);

} // namespace atlas::edit
