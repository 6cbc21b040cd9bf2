#pragma once

#include <QString>

#include <string>

namespace atlas {

/** The kinds of entity the app shows in tables. */
enum class EntityKind { Region, Center, Chip, Inventory, Link, Tenant, Scenario };

constexpr int kEntityKindCount = 7;

/**
 * One list of entities in a project: a base list (scenario = -1), or one of a scenario's
 * overlays (add_centers, add_inventory, add_links) when scenario >= 0.
 */
struct EntityList {
    EntityKind kind = EntityKind::Region;
    int scenario = -1;

    bool isOverlay() const { return scenario >= 0; }
    bool operator==(const EntityList &) const = default;
};

/** The YAML key of the list ("tenants", "add_inventory"). */
std::string listKey(const EntityList &list);

/** The model path of one row ("tenants[3]", "scenarios[1].add_inventory[0]"). */
std::string rowPath(const EntityList &list, int row);

/** Translated plural name for the explorer and tab titles ("Tenants"). */
QString kindTitle(EntityKind kind);

/** Translated singular name ("tenant"). */
QString kindNoun(EntityKind kind);

/**
 * Where a problem path such as "tenants[3].demand.from" points: the list, the row and the
 * field key ("demand.from"). Returns false when the path names no entity (e.g. "periods").
 */
bool parseProblemPath(const std::string &path, EntityList *list, int *row, std::string *field);

} // namespace atlas
