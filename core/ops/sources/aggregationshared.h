#pragma once
// Internal to core/ops/sources: what pool and usage aggregation share.

#include "model/model.h"
#include "model/problem.h"
#include "ops/sources/namemapping.h"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace atlas::aggregation {

/** Samples between two looks at the cancel flag and the progress callback. */
constexpr std::int64_t kCheckEvery = 1 << 16;

Problem cancelled();

/** Unix seconds of every period boundary: [t] = start of period t, [count] = end. */
std::vector<std::int64_t> boundaries(const Periods &periods);

/** The period holding second s, or -1 outside the horizon. */
int periodAt(const std::vector<std::int64_t> &bounds, std::int64_t s);

template<typename Entity>
std::unordered_map<std::string, int> indexById(const std::vector<Entity> &entities)
{
    std::unordered_map<std::string, int> out;
    for (int i = 0; i < int(entities.size()); ++i)
        out.emplace(entities[i].id, i);
    return out;
}

/** The project index a source name maps to, or -1. */
int mapped(const std::map<std::string, std::string> &map, const std::unordered_map<std::string, int> &ids,
           const std::string &name);

void addNames(std::map<std::string, std::int64_t> &counts, const std::string &name, std::int64_t rows);
std::vector<NameCount> toCounts(const std::map<std::string, std::int64_t> &counts);

} // namespace atlas::aggregation
