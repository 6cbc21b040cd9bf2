#pragma once

#include "entitylist.h"
#include "model/model.h"

#include <variant>

namespace atlas {

/** One entity of any kind, as undo commands keep it. */
using EntityValue = std::variant<Region, Center, Chip, Inventory, Link, Tenant, Scenario>;

/** A read-only reference to one entity in a project (no copy: table models read through it). */
using EntityRef = std::variant<const Region *, const Center *, const Chip *, const Inventory *, const Link *,
                               const Tenant *, const Scenario *>;

EntityRef entityRef(const Project &project, const EntityList &list, int row);

/** Rows in a list (0 when an overlay's scenario no longer exists). */
int entityCount(const Project &project, const EntityList &list);

EntityValue entityAt(const Project &project, const EntityList &list, int row);
void setEntityAt(Project &project, const EntityList &list, int row, const EntityValue &value);
void insertEntityAt(Project &project, const EntityList &list, int row, const EntityValue &value);
void removeEntityAt(Project &project, const EntityList &list, int row);

/** The id of an entity, or "" for kinds without one (inventory, links). */
std::string entityId(const EntityValue &value);
void setEntityId(EntityValue &value, const std::string &id);

/** A fresh entity for `list` with an id not yet used in the project ("tenant-3"). */
EntityValue newEntity(const Project &project, const EntityList &list);

/** `stem`, or `stem-2`, `stem-3`… whichever is not yet an id of that kind. */
std::string uniqueId(const Project &project, const EntityList &list, const std::string &stem);

} // namespace atlas
