#include "namemapping.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

namespace atlas {

namespace {

/** Trimmed (ASCII spaces and the ideographic space) and ASCII-lowercased. */
std::string folded(std::string_view s)
{
    const auto strip = [&s] {
        bool again = true;
        while (again) {
            again = false;
            while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
                s.remove_prefix(1);
                again = true;
            }
            while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
                s.remove_suffix(1);
                again = true;
            }
            if (s.starts_with("\u3000")) {
                s.remove_prefix(3);
                again = true;
            }
            if (s.ends_with("\u3000")) {
                s.remove_suffix(3);
                again = true;
            }
        }
    };
    strip();
    std::string out(s);
    for (char &c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/** Folded key → id, or "" when two entities share the key (ambiguous). */
class Index {
public:
    void add(const std::string &key, const std::string &id)
    {
        if (key.empty())
            return;
        auto [it, inserted] = mMap.emplace(folded(key), id);
        if (!inserted && it->second != id)
            it->second.clear();
    }
    std::string find(const std::string &name) const
    {
        const auto it = mMap.find(folded(name));
        return it == mMap.end() ? std::string() : it->second;
    }

private:
    std::unordered_map<std::string, std::string> mMap;
};

template<typename Entity, typename Extra>
std::map<std::string, std::string> suggest(const std::vector<Entity> &entities, const std::vector<NameCount> &names,
                                           Extra extra)
{
    Index byId, byName;
    for (const auto &e : entities) {
        byId.add(e.id, e.id);
        byName.add(e.name, e.id);
        extra(byName, e);
    }
    std::map<std::string, std::string> out;
    for (const NameCount &n : names) {
        std::string id = byId.find(n.name);
        if (id.empty())
            id = byName.find(n.name);
        if (!id.empty())
            out.emplace(n.name, id);
    }
    return out;
}

std::vector<NameCount> sorted(const std::unordered_map<std::string, std::int64_t> &counts)
{
    std::vector<NameCount> out;
    out.reserve(counts.size());
    for (const auto &[name, rows] : counts)
        out.push_back({name, rows});
    std::sort(out.begin(), out.end(), [](const NameCount &a, const NameCount &b) { return a.name < b.name; });
    return out;
}

template<typename Entity>
void addUnmatched(std::vector<UnmatchedName> &out, NameKind kind, const std::vector<Entity> &entities,
                  const std::map<std::string, std::string> &map, const std::vector<NameCount> &names)
{
    std::unordered_set<std::string> ids;
    for (const auto &e : entities)
        ids.insert(e.id);
    for (const NameCount &n : names) {
        const auto it = map.find(n.name);
        if (it == map.end() || !ids.count(it->second))
            out.push_back({kind, n.name, n.rows});
    }
}

} // namespace

std::string toString(NameKind kind)
{
    switch (kind) {
    case NameKind::Center: return "center";
    case NameKind::Chip: return "chip";
    case NameKind::Tenant: return "tenant";
    }
    return "center";
}

SourceNames sourceNames(const std::vector<PoolSample> &samples)
{
    std::unordered_map<std::string, std::int64_t> centers, chips;
    const PoolSample *last = nullptr;
    std::int64_t *lastCenter = nullptr, *lastChip = nullptr;
    for (const PoolSample &s : samples) {
        if (!last || s.center != last->center)
            lastCenter = &centers[s.center];
        if (!last || s.chip != last->chip)
            lastChip = &chips[s.chip];
        ++*lastCenter;
        ++*lastChip;
        last = &s;
    }
    return {sorted(centers), sorted(chips), {}};
}

SourceNames sourceNames(const std::vector<UsageRecord> &records)
{
    std::unordered_map<std::string, std::int64_t> tenants, chips;
    for (const UsageRecord &r : records) {
        ++tenants[r.tenant];
        if (!r.chip.empty())
            ++chips[r.chip];
    }
    return {{}, sorted(chips), sorted(tenants)};
}

NameMapping suggestMapping(const Project &project, const SourceNames &names)
{
    NameMapping m;
    m.centers = suggest(project.centers, names.centers, [](Index &, const Center &) {});
    m.chips = suggest(project.chips, names.chips,
                      [](Index &byName, const Chip &k) { byName.add(k.vendor + " " + k.name, k.id); });
    m.tenants = suggest(project.tenants, names.tenants, [](Index &, const Tenant &) {});
    return m;
}

std::vector<UnmatchedName> unmatchedNames(const Project &project, const NameMapping &mapping,
                                          const SourceNames &names)
{
    std::vector<UnmatchedName> out;
    addUnmatched(out, NameKind::Center, project.centers, mapping.centers, names.centers);
    addUnmatched(out, NameKind::Chip, project.chips, mapping.chips, names.chips);
    addUnmatched(out, NameKind::Tenant, project.tenants, mapping.tenants, names.tenants);
    return out;
}

} // namespace atlas
