#include "importmerge.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <tuple>

namespace atlas {

namespace {

/** N of "import-N", or 0 for any other id. */
long long importNumber(const std::string &id)
{
    constexpr std::string_view prefix = "import-";
    if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0)
        return 0;
    long long n = 0;
    const char *first = id.data() + prefix.size();
    const char *last = id.data() + id.size();
    const auto [end, ec] = std::from_chars(first, last, n);
    return ec == std::errc() && end == last && n > 0 ? n : 0;
}

auto poolKey(const PoolActual &a)
{
    return std::tie(a.period, a.center, a.chip);
}

auto tenantKey(const TenantActual &a)
{
    return std::tie(a.period, a.tenant);
}

/** Keeps `values` (earlier first, later wins) one per key, sorted by key. */
template<typename T, typename Key>
std::vector<T> lastPerKey(std::vector<T> values, Key key)
{
    std::stable_sort(values.begin(), values.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    std::vector<T> out;
    for (auto &v : values) {
        if (!out.empty() && key(out.back()) == key(v))
            out.back() = std::move(v);
        else
            out.push_back(std::move(v));
    }
    return out;
}

void dropUnreferenced(Actuals &a)
{
    std::set<std::string> used;
    for (const auto &p : a.pools)
        used.insert(p.importId);
    for (const auto &t : a.tenants)
        used.insert(t.importId);
    std::erase_if(a.imports, [&](const ActualImport &i) { return !used.count(i.id); });
}

} // namespace

Actuals mergeImport(Actuals existing, ActualImport import, std::vector<PoolActual> pools,
                    std::vector<TenantActual> tenants)
{
    long long largest = 0;
    for (const auto &i : existing.imports)
        largest = std::max(largest, importNumber(i.id));
    import.id = "import-" + std::to_string(largest + 1);
    for (auto &p : pools)
        p.importId = import.id;
    for (auto &t : tenants)
        t.importId = import.id;

    // Existing values first: stable sorting keeps them before the new ones of the same key.
    existing.pools.insert(existing.pools.end(), std::make_move_iterator(pools.begin()),
                          std::make_move_iterator(pools.end()));
    existing.tenants.insert(existing.tenants.end(), std::make_move_iterator(tenants.begin()),
                            std::make_move_iterator(tenants.end()));
    existing.pools = lastPerKey(std::move(existing.pools), poolKey);
    existing.tenants = lastPerKey(std::move(existing.tenants), tenantKey);
    existing.imports.push_back(std::move(import));
    dropUnreferenced(existing);
    return existing;
}

Actuals removeImport(Actuals existing, const std::string &importId)
{
    std::erase_if(existing.imports, [&](const ActualImport &i) { return i.id == importId; });
    std::erase_if(existing.pools, [&](const PoolActual &p) { return p.importId == importId; });
    std::erase_if(existing.tenants, [&](const TenantActual &t) { return t.importId == importId; });
    return existing;
}

} // namespace atlas
