#pragma once

#include "model/model.h"
#include "ops/actuals.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace atlas {

/**
 * The source's names mapped to project ids. A name absent from its map, mapped to ""
 * or to an id the project does not have is unmatched: its rows are left out of the
 * aggregation and listed in its report, never dropped silently.
 */
struct NameMapping {
    std::map<std::string, std::string> centers;  ///< source centre name → centre id
    std::map<std::string, std::string> chips;    ///< source chip / GPU type → chip id
    std::map<std::string, std::string> tenants;  ///< source tenant / account → tenant id

    bool operator==(const NameMapping &) const = default;
};

enum class NameKind { Center, Chip, Tenant };

/** "center" | "chip" | "tenant" (the argument of Code::OpsUnmatchedName). */
std::string toString(NameKind kind);

/** A name found in a source and how many rows carry it. */
struct NameCount {
    std::string name;
    std::int64_t rows = 0;

    bool operator==(const NameCount &) const = default;
};

/** The distinct names of a source, each list sorted by name. */
struct SourceNames {
    std::vector<NameCount> centers;
    std::vector<NameCount> chips;    ///< empty names (untyped GPUs) are not listed
    std::vector<NameCount> tenants;
};

SourceNames sourceNames(const std::vector<PoolSample> &samples);
SourceNames sourceNames(const std::vector<UsageRecord> &records);

/**
 * A mapping to start the user's table from: each name goes to the project entity
 * whose id, else whose name, equals it ignoring case and surrounding spaces (chips
 * also by "vendor name"). Names with no such entity, or with two, are left out.
 */
NameMapping suggestMapping(const Project &project, const SourceNames &names);

/** One name the mapping leaves unmatched, with its rows. */
struct UnmatchedName {
    NameKind kind = NameKind::Center;
    std::string name;
    std::int64_t rows = 0;

    bool operator==(const UnmatchedName &) const = default;
};

/** The names of `names` that `mapping` does not map to an id of `project`: centres, chips, tenants, each by name. */
std::vector<UnmatchedName> unmatchedNames(const Project &project, const NameMapping &mapping,
                                          const SourceNames &names);

} // namespace atlas
