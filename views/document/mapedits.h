#pragma once

#include "editcommands.h"
#include "map/maplayer.h"

#include <utility>

namespace atlas {

/** Where an entity the map names (kind, id) lives in the document for `scenario`; row -1 when not found. */
std::pair<EntityList, int> mapEntityRow(const Project &project, const QString &scenario, MapEntityKind kind,
                                        const QString &id);

namespace edit {

/**
 * Moves a centre the map shows for `scenario` (a base centre, or one the scenario adds) to
 * a place rounded to 4 decimals (about 10 m): one undo step.
 */
Outcome moveMapCenter(Document &doc, const QString &scenario, const QString &id, double lat, double lon);

/** Adds a centre to the base project at a place, in the nearest region, with a fresh id: one undo step. */
Outcome addCenterAt(Document &doc, double lat, double lon, QString *id = nullptr);

} // namespace edit
} // namespace atlas
