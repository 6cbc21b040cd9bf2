// Usage records → TenantActual per (period, tenant): GPU-hours split by time.
#include "aggregation.h"

#include "aggregationshared.h"
#include "engine/instance.h"
#include "ops/sources/timestamps.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

namespace atlas {

using namespace aggregation;

Result<TenantAggregation> aggregateUsage(const Project &project, const NameMapping &mapping, const UsageData &data,
                                         const AggregateOptions &options, const ImportControl &control)
{
    Result<TenantAggregation> result;
    TenantAggregation out;
    AggregationReport &report = out.report;
    report.duplicates = data.duplicateRows;
    report.runningJobs = data.runningJobs;

    const auto tenantIds = indexById(project.tenants);
    const auto chipIds = indexById(project.chips);
    const int defaultChip = [&] {
        const auto it = chipIds.find(options.defaultChip);
        return options.defaultChip.empty() || it == chipIds.end() ? -1 : it->second;
    }();
    const std::vector<std::int64_t> bounds = boundaries(project.periods);
    const int periodCount = int(bounds.size()) - 1;
    std::vector<double> hours(std::size_t(std::max(0, periodCount)));
    for (int t = 0; t < periodCount; ++t)
        hours[std::size_t(t)] = project.periods.hours(t);

    std::map<std::pair<int, int>, TenantActual> byKey;  // (period, tenant index)
    std::unordered_map<std::string, int> tenantCache, chipCache;
    const auto lookup = [](std::unordered_map<std::string, int> &cache, const std::map<std::string, std::string> &map,
                           const std::unordered_map<std::string, int> &ids, const std::string &name) {
        const auto it = cache.find(name);
        if (it != cache.end())
            return it->second;
        return cache.emplace(name, mapped(map, ids, name)).first->second;
    };
    const auto add = [&](int t, int tenant, double chipHours, double tflops) {
        TenantActual &a = byKey[{t, tenant}];
        a.period = t;
        a.tenant = project.tenants[std::size_t(tenant)].id;
        a.importId = options.importId;
        a.chipHours += chipHours;
        a.pflops += chipHours * tflops / 1000.0 / hours[std::size_t(t)];
    };

    const std::int64_t total = std::int64_t(data.records.size());
    for (std::int64_t i = 0; i < total; ++i) {
        if (i % kCheckEvery == 0) {
            if (control.cancelled())
                return {{}, {cancelled()}};
            control.report(total > 0 ? double(i) / double(total) : 1.0);
        }
        const UsageRecord &r = data.records[std::size_t(i)];
        const int tenant = lookup(tenantCache, mapping.tenants, tenantIds, r.tenant);
        const int chip = r.chip.empty() ? defaultChip : lookup(chipCache, mapping.chips, chipIds, r.chip);
        if (tenant < 0 || (!r.chip.empty() && chip < 0)) {
            ++report.unmatchedRows;
            continue;
        }
        if (chip < 0) {
            ++report.withoutChip;
            continue;
        }
        const double tflops = project.chips[std::size_t(chip)].tflops;
        if (r.end <= r.start) {
            const int t = periodAt(bounds, r.start);
            if (t < 0) {
                ++report.outsideHorizon;
                report.chipHoursOutsideHorizon += r.chipHours;
                continue;
            }
            add(t, tenant, r.chipHours, tflops);
            ++report.used;
            continue;
        }
        const double length = double(r.end - r.start);
        double inside = 0;
        for (int t = std::max(0, periodAt(bounds, std::max(r.start, bounds.front()))); t < periodCount; ++t) {
            const std::int64_t b = std::max(r.start, bounds[std::size_t(t)]);
            const std::int64_t e = std::min(r.end, bounds[std::size_t(t) + 1]);
            if (b >= r.end)
                break;
            if (e <= b)
                continue;
            const double part = r.chipHours * double(e - b) / length;
            inside += part;
            add(t, tenant, part, tflops);
        }
        if (inside <= 0) {
            ++report.outsideHorizon;
            report.chipHoursOutsideHorizon += r.chipHours;
            continue;
        }
        report.chipHoursOutsideHorizon += std::max(0.0, r.chipHours - inside);
        ++report.used;
    }

    // Unmatched names over the records, each row once per name.
    std::map<std::string, std::int64_t> tenantRows, chipRows;
    for (const UsageRecord &r : data.records) {
        ++tenantRows[r.tenant];
        if (!r.chip.empty())
            ++chipRows[r.chip];
    }
    report.unmatched = unmatchedNames(project, mapping, {{}, toCounts(chipRows), toCounts(tenantRows)});

    for (auto &[key, actual] : byKey)
        out.tenants.push_back(std::move(actual));
    control.report(1.0);
    result.value = std::move(out);
    result.problems = reportProblems(result.value->report);
    return result;
}

} // namespace atlas
