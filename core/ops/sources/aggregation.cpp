// Aggregation to periods: the report as problems, and what pools and usage share.
// Pools: poolaggregation.cpp; usage: usageaggregation.cpp.
#include "aggregation.h"

#include "aggregationshared.h"
#include "ops/sources/timestamps.h"

#include <algorithm>

namespace atlas {

namespace aggregation {

Problem cancelled()
{
    return error(Code::Cancelled, {});
}

/** Unix seconds of every period boundary: [t] = start of period t, [count] = end. */
std::vector<std::int64_t> boundaries(const Periods &periods)
{
    std::vector<std::int64_t> b;
    const int n = std::max(0, periods.count);
    b.reserve(std::size_t(n) + 1);
    for (int t = 0; t <= n; ++t)
        b.push_back(periodStartSeconds(periods, t));
    return b;
}

/** The period holding second s, or -1 outside the horizon. */
int periodAt(const std::vector<std::int64_t> &bounds, std::int64_t s)
{
    if (bounds.size() < 2 || s < bounds.front() || s >= bounds.back())
        return -1;
    return int(std::upper_bound(bounds.begin(), bounds.end(), s) - bounds.begin()) - 1;
}

/** The project index a source name maps to, or -1. */
int mapped(const std::map<std::string, std::string> &map, const std::unordered_map<std::string, int> &ids,
           const std::string &name)
{
    const auto it = map.find(name);
    if (it == map.end())
        return -1;
    const auto id = ids.find(it->second);
    return id == ids.end() ? -1 : id->second;
}

void addNames(std::map<std::string, std::int64_t> &counts, const std::string &name, std::int64_t rows)
{
    counts[name] += rows;
}

std::vector<NameCount> toCounts(const std::map<std::string, std::int64_t> &counts)
{
    std::vector<NameCount> out;
    for (const auto &[name, rows] : counts)
        out.push_back({name, rows});
    return out;
}

} // namespace aggregation

std::vector<Problem> reportProblems(const AggregationReport &report)
{
    std::vector<Problem> out;
    for (const UnmatchedName &u : report.unmatched)
        out.push_back(warning(Code::OpsUnmatchedName, {}, {toString(u.kind), u.name, std::to_string(u.rows)}));
    if (report.outsideHorizon > 0)
        out.push_back(warning(Code::OpsOutsideHorizon, {}, {std::to_string(report.outsideHorizon)}));
    if (report.duplicates > 0)
        out.push_back(warning(Code::OpsDuplicateRows, {}, {std::to_string(report.duplicates)}));
    if (report.merged > 0)
        out.push_back(warning(Code::OpsMergedSamples, {}, {std::to_string(report.merged)}));
    for (const PoolWithoutChips &p : report.withoutChips)
        out.push_back(warning(Code::OpsNoChipsInService, {}, {p.center, p.chip, std::to_string(p.samples)}));
    if (report.withoutChip > 0)
        out.push_back(warning(Code::OpsNoChip, {}, {std::to_string(report.withoutChip)}));
    if (report.aboveFullUse > 0)
        out.push_back(warning(Code::OpsAboveFullUse, {}, {std::to_string(report.aboveFullUse)}));
    if (report.assumedStep > 0)
        out.push_back(warning(Code::OpsStepAssumed, {}, {std::to_string(report.assumedStep)}));
    if (!report.runningJobs.empty()) {
        std::string ids;
        for (std::size_t i = 0; i < report.runningJobs.size() && i < 5; ++i)
            ids += (i ? ", " : "") + report.runningJobs[i];
        out.push_back(warning(Code::OpsRunningJobs, {}, {std::to_string(report.runningJobs.size()), ids}));
    }
    return out;
}

} // namespace atlas
