#include "entityvalue.h"

#include <set>

namespace atlas {
namespace {

template<typename T>
std::vector<T> *baseList(Project &p);
template<> std::vector<Region> *baseList(Project &p) { return &p.regions; }
template<> std::vector<Center> *baseList(Project &p) { return &p.centers; }
template<> std::vector<Chip> *baseList(Project &p) { return &p.chips; }
template<> std::vector<Inventory> *baseList(Project &p) { return &p.inventory; }
template<> std::vector<Link> *baseList(Project &p) { return &p.links; }
template<> std::vector<Tenant> *baseList(Project &p) { return &p.tenants; }
template<> std::vector<Scenario> *baseList(Project &p) { return &p.scenarios; }

template<typename T>
std::vector<T> *overlayList(Scenario &) { return nullptr; }
template<> std::vector<Center> *overlayList(Scenario &s) { return &s.addCenters; }
template<> std::vector<Inventory> *overlayList(Scenario &s) { return &s.addInventory; }
template<> std::vector<Link> *overlayList(Scenario &s) { return &s.addLinks; }

template<typename T>
std::vector<T> *listOf(Project &p, const EntityList &list)
{
    if (!list.isOverlay())
        return baseList<T>(p);
    if (list.scenario >= static_cast<int>(p.scenarios.size()))
        return nullptr;
    return overlayList<T>(p.scenarios[list.scenario]);
}

// Calls f(std::vector<T>*) with the list's element type.
template<typename F>
auto withList(Project &p, const EntityList &list, F &&f)
{
    switch (list.kind) {
    case EntityKind::Region: return f(listOf<Region>(p, list));
    case EntityKind::Center: return f(listOf<Center>(p, list));
    case EntityKind::Chip: return f(listOf<Chip>(p, list));
    case EntityKind::Inventory: return f(listOf<Inventory>(p, list));
    case EntityKind::Link: return f(listOf<Link>(p, list));
    case EntityKind::Tenant: return f(listOf<Tenant>(p, list));
    case EntityKind::Scenario: break;
    }
    return f(listOf<Scenario>(p, list));
}

} // namespace

int entityCount(const Project &project, const EntityList &list)
{
    return withList(const_cast<Project &>(project), list, [](auto *v) {
        return v ? static_cast<int>(v->size()) : 0;
    });
}

EntityRef entityRef(const Project &project, const EntityList &list, int row)
{
    return withList(const_cast<Project &>(project), list, [row](auto *v) {
        return EntityRef(static_cast<const typename std::remove_pointer_t<decltype(v)>::value_type *>(&v->at(row)));
    });
}

EntityValue entityAt(const Project &project, const EntityList &list, int row)
{
    return withList(const_cast<Project &>(project), list, [row](auto *v) { return EntityValue(v->at(row)); });
}

void setEntityAt(Project &project, const EntityList &list, int row, const EntityValue &value)
{
    withList(project, list, [&](auto *v) {
        using T = typename std::remove_pointer_t<decltype(v)>::value_type;
        v->at(row) = std::get<T>(value);
    });
}

void insertEntityAt(Project &project, const EntityList &list, int row, const EntityValue &value)
{
    withList(project, list, [&](auto *v) {
        using T = typename std::remove_pointer_t<decltype(v)>::value_type;
        v->insert(v->begin() + row, std::get<T>(value));
    });
}

void removeEntityAt(Project &project, const EntityList &list, int row)
{
    withList(project, list, [&](auto *v) { v->erase(v->begin() + row); });
}

std::string entityId(const EntityValue &value)
{
    return std::visit([](const auto &e) -> std::string {
        if constexpr (requires { e.id; })
            return e.id;
        else
            return {};
    }, value);
}

void setEntityId(EntityValue &value, const std::string &id)
{
    std::visit([&](auto &e) {
        if constexpr (requires { e.id; })
            e.id = id;
    }, value);
}

std::string uniqueId(const Project &project, const EntityList &list, const std::string &stem)
{
    std::set<std::string> used;
    // Ids are unique per kind across the base and every overlay (added centres join centres).
    EntityList base{list.kind, -1};
    for (int r = 0, n = entityCount(project, base); r < n; ++r)
        used.insert(entityId(entityAt(project, base, r)));
    if (list.kind == EntityKind::Center) {
        for (const auto &s : project.scenarios)
            for (const auto &c : s.addCenters)
                used.insert(c.id);
    }
    if (!used.count(stem))
        return stem;
    for (int i = 2;; ++i) {
        std::string candidate = stem + "-" + std::to_string(i);
        if (!used.count(candidate))
            return candidate;
    }
}

EntityValue newEntity(const Project &project, const EntityList &list)
{
    const std::string firstRegion = project.regions.empty() ? std::string() : project.regions.front().id;
    const std::string firstCenter = project.centers.empty() ? std::string() : project.centers.front().id;
    const std::string firstChip = project.chips.empty() ? std::string() : project.chips.front().id;
    switch (list.kind) {
    case EntityKind::Region:
        return Region{uniqueId(project, list, "region"), "", 0, 0};
    case EntityKind::Center: {
        Center c;
        c.id = uniqueId(project, list, "center");
        c.region = firstRegion;
        if (!project.regions.empty()) {
            c.lat = project.regions.front().lat;
            c.lon = project.regions.front().lon;
        }
        c.pue = 1.3;
        if (list.isOverlay())
            c.buildCost = 0;
        return c;
    }
    case EntityKind::Chip: {
        Chip c;
        c.id = uniqueId(project, list, "chip");
        c.ecosystem = project.chips.empty() ? std::string("cuda") : project.chips.front().ecosystem;
        c.tflops = 100;
        return c;
    }
    case EntityKind::Inventory: {
        Inventory i;
        i.center = firstCenter;
        i.chip = firstChip;
        i.count = 0;
        return i;
    }
    case EntityKind::Link: {
        Link l;
        l.from = firstRegion;
        l.to = project.regions.size() > 1 ? project.regions[1].id : firstCenter;
        l.latencyMs = 1;
        return l;
    }
    case EntityKind::Tenant: {
        Tenant t;
        t.id = uniqueId(project, list, "tenant");
        t.region = firstRegion;
        t.industry = "other";
        t.ecosystems = {project.chips.empty() ? std::string("cuda") : project.chips.front().ecosystem};
        return t;
    }
    case EntityKind::Scenario: {
        Scenario s;
        s.id = uniqueId(project, list, "scenario");
        return s;
    }
    }
    return Region{};
}

} // namespace atlas
