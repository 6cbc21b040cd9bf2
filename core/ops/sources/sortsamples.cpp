#include "sourcedata.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <utility>

namespace atlas {

void sortPoolSamples(std::vector<PoolSample> &samples)
{
    // By (centre, chip, time) through integer keys: a year of hours is ten million samples,
    // and comparing strings took seconds. Pools are numbered as they come — the reader
    // gives each series' points together, so the last pool is looked up again only when
    // it changes — then ranked by name.
    if (samples.empty())
        return;
    std::map<std::pair<std::string, std::string>, std::uint32_t> pools;
    std::vector<std::uint32_t> poolOf(samples.size());
    std::int64_t minTime = samples.front().time;
    const std::pair<std::string, std::string> *last = nullptr;
    std::uint32_t lastId = 0;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const PoolSample &p = samples[i];
        if (!last || last->first != p.center || last->second != p.chip) {
            const auto it = pools.try_emplace({p.center, p.chip}, static_cast<std::uint32_t>(pools.size())).first;
            last = &it->first;
            lastId = it->second;
        }
        poolOf[i] = lastId;
        minTime = std::min(minTime, p.time);
    }
    std::vector<std::uint32_t> rank(pools.size());
    std::uint32_t r = 0;
    for (const auto &[key, id] : pools)
        rank[id] = r++;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> order(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i)
        order[i] = {(std::uint64_t(rank[poolOf[i]]) << 40) | std::uint64_t(samples[i].time - minTime),
                    static_cast<std::uint32_t>(i)};
    std::sort(order.begin(), order.end());
    std::vector<PoolSample> sorted;
    sorted.reserve(samples.size());
    for (const auto &[key, i] : order)
        sorted.push_back(std::move(samples[i]));
    samples = std::move(sorted);
}

} // namespace atlas
