#include "entitylist.h"

#include <QCoreApplication>

#include <array>
#include <charconv>

namespace atlas {
namespace {

constexpr std::array<const char *, kEntityKindCount> kBaseKeys = {
    "regions", "centers", "chips", "inventory", "links", "tenants", "scenarios"};

// Parses "name[12]" at the start of text; returns the characters consumed (0 if none).
size_t parseIndexed(std::string_view text, std::string_view *name, int *index)
{
    const auto open = text.find('[');
    if (open == std::string_view::npos)
        return 0;
    const auto close = text.find(']', open);
    if (close == std::string_view::npos)
        return 0;
    *name = text.substr(0, open);
    int value = 0;
    const auto digits = text.substr(open + 1, close - open - 1);
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || ptr != digits.data() + digits.size())
        return 0;
    *index = value;
    return close + 1;
}

} // namespace

std::string listKey(const EntityList &list)
{
    if (list.isOverlay()) {
        switch (list.kind) {
        case EntityKind::Center: return "add_centers";
        case EntityKind::Inventory: return "add_inventory";
        case EntityKind::Link: return "add_links";
        default: break;
        }
    }
    return kBaseKeys[static_cast<size_t>(list.kind)];
}

std::string rowPath(const EntityList &list, int row)
{
    std::string path;
    if (list.isOverlay())
        path = "scenarios[" + std::to_string(list.scenario) + "].";
    return path + listKey(list) + "[" + std::to_string(row) + "]";
}

QString kindTitle(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Region: return QCoreApplication::translate("Entities", "Regions");
    case EntityKind::Center: return QCoreApplication::translate("Entities", "Centres");
    case EntityKind::Chip: return QCoreApplication::translate("Entities", "Chips");
    case EntityKind::Inventory: return QCoreApplication::translate("Entities", "Inventory");
    case EntityKind::Link: return QCoreApplication::translate("Entities", "Links");
    case EntityKind::Tenant: return QCoreApplication::translate("Entities", "Tenants");
    case EntityKind::Scenario: return QCoreApplication::translate("Entities", "Scenarios");
    }
    return {};
}

QString kindNoun(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Region: return QCoreApplication::translate("Entities", "region");
    case EntityKind::Center: return QCoreApplication::translate("Entities", "centre");
    case EntityKind::Chip: return QCoreApplication::translate("Entities", "chip");
    case EntityKind::Inventory: return QCoreApplication::translate("Entities", "inventory entry");
    case EntityKind::Link: return QCoreApplication::translate("Entities", "link");
    case EntityKind::Tenant: return QCoreApplication::translate("Entities", "tenant");
    case EntityKind::Scenario: return QCoreApplication::translate("Entities", "scenario");
    }
    return {};
}

bool parseProblemPath(const std::string &pathText, EntityList *list, int *row, std::string *field)
{
    std::string_view path = pathText;
    std::string_view name;
    int index = 0;
    size_t used = parseIndexed(path, &name, &index);
    if (!used)
        return false;
    EntityList found;
    bool known = false;
    for (size_t k = 0; k < kBaseKeys.size(); ++k) {
        if (name == kBaseKeys[k]) {
            found.kind = static_cast<EntityKind>(k);
            known = true;
        }
    }
    if (!known)
        return false;
    path.remove_prefix(used);
    // A scenario overlay row: "scenarios[1].add_inventory[0].chip".
    if (found.kind == EntityKind::Scenario && path.size() > 1 && path[0] == '.') {
        std::string_view sub;
        int subIndex = 0;
        const size_t subUsed = parseIndexed(path.substr(1), &sub, &subIndex);
        EntityKind overlayKind = EntityKind::Scenario;
        if (subUsed) {
            if (sub == "add_centers") overlayKind = EntityKind::Center;
            else if (sub == "add_inventory") overlayKind = EntityKind::Inventory;
            else if (sub == "add_links") overlayKind = EntityKind::Link;
        }
        if (overlayKind != EntityKind::Scenario) {
            found = EntityList{overlayKind, index};
            index = subIndex;
            path.remove_prefix(1 + subUsed);
        }
    }
    if (!path.empty() && path[0] == '.')
        path.remove_prefix(1);
    *list = found;
    *row = index;
    *field = std::string(path);
    return true;
}

} // namespace atlas
