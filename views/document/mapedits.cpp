#include "mapedits.h"

#include "entityvalue.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace atlas {
namespace {

int scenarioIndex(const Project &p, const QString &id)
{
    for (size_t i = 0; i < p.scenarios.size(); ++i)
        if (QString::fromStdString(p.scenarios[i].id) == id)
            return static_cast<int>(i);
    return -1;
}

template <typename T>
int rowOf(const std::vector<T> &list, const QString &id)
{
    for (size_t i = 0; i < list.size(); ++i)
        if (QString::fromStdString(list[i].id) == id)
            return static_cast<int>(i);
    return -1;
}

int linkRow(const std::vector<Link> &links, const QString &id)
{
    for (size_t i = 0; i < links.size(); ++i)
        if (QString::fromStdString(links[i].from + '/' + links[i].to) == id)
            return static_cast<int>(i);
    return -1;
}

/** Degrees to 4 decimals (about 10 m): a drag is no more precise than that. */
double roundDegrees(double value)
{
    return std::round(value * 1e4) / 1e4;
}

std::string nearestRegion(const Project &p, double lat, double lon)
{
    std::string best;
    double bestD = std::numeric_limits<double>::max();
    for (const auto &r : p.regions) {
        const double dx = (r.lon - lon) * std::cos(lat * M_PI / 180.0);
        const double dy = r.lat - lat;
        const double d = dx * dx + dy * dy;
        if (d < bestD) {
            bestD = d;
            best = r.id;
        }
    }
    return best;
}

} // namespace

std::pair<EntityList, int> mapEntityRow(const Project &project, const QString &scenario, MapEntityKind kind,
                                        const QString &id)
{
    const int si = scenarioIndex(project, scenario);
    switch (kind) {
    case MapEntityKind::Region:
        return {EntityList{EntityKind::Region, -1}, rowOf(project.regions, id)};
    case MapEntityKind::Center: {
        const int row = rowOf(project.centers, id);
        if (row >= 0 || si < 0)
            return {EntityList{EntityKind::Center, -1}, row};
        return {EntityList{EntityKind::Center, si}, rowOf(project.scenarios[si].addCenters, id)};
    }
    case MapEntityKind::Link: {
        const int row = linkRow(project.links, id);
        if (row >= 0 || si < 0)
            return {EntityList{EntityKind::Link, -1}, row};
        return {EntityList{EntityKind::Link, si}, linkRow(project.scenarios[si].addLinks, id)};
    }
    case MapEntityKind::None:
        break;
    }
    return {EntityList{}, -1};
}

namespace edit {

Outcome moveMapCenter(Document &doc, const QString &scenario, const QString &id, double lat, double lon)
{
    const auto [list, row] = mapEntityRow(doc.project(), scenario, MapEntityKind::Center, id);
    if (row < 0)
        return Outcome{false, QCoreApplication::translate("Edit", "There is no centre %1.").arg(id), {}};
    lat = roundDegrees(lat);
    lon = roundDegrees(lon);
    if (!list.isOverlay())
        return moveCenter(doc, row, lat, lon);
    EntityValue value = entityAt(doc.project(), list, row);
    auto &c = std::get<Center>(value);
    c.lat = lat;
    c.lon = lon;
    return setEntity(doc, list, row, value, QCoreApplication::translate("Edit", "Move centre %1").arg(id));
}

Outcome addCenterAt(Document &doc, double lat, double lon, QString *id)
{
    const EntityList list{EntityKind::Center, -1};
    EntityValue value = newEntity(doc.project(), list);
    auto &c = std::get<Center>(value);
    c.lat = roundDegrees(lat);
    c.lon = roundDegrees(lon);
    const std::string region = nearestRegion(doc.project(), lat, lon);
    if (!region.empty())
        c.region = region;
    const QString newId = QString::fromStdString(c.id);
    if (id)
        *id = newId;
    return addEntities(doc, list, {value}, QCoreApplication::translate("Edit", "Add centre %1 on the map").arg(newId));
}

} // namespace edit
} // namespace atlas
