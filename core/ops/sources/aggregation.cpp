#include "aggregation.h"

#include "engine/instance.h"
#include "ops/sources/timestamps.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

namespace atlas {

namespace {

constexpr std::int64_t kCheckEvery = 1 << 16;
constexpr std::int64_t kFallbackStep = 3600;

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
           const std::string &name)
{
    const auto it = map.find(name);
    if (it == map.end())
        return -1;
    const auto id = ids.find(it->second);
    return id == ids.end() ? -1 : id->second;
}

struct Entry {
    std::int64_t time = 0;
    double value = 0;
    bool busy = false;
    std::int64_t step = 0;
};

struct Series {
    const PoolSample *first = nullptr;  // names
    std::vector<Entry> entries;
    std::int64_t step = 0;
};

std::int64_t medianGap(const std::vector<Entry> &sorted)
{
    std::vector<std::int64_t> gaps;
    gaps.reserve(sorted.size());
    for (std::size_t i = 1; i < sorted.size(); ++i)
        if (sorted[i].time > sorted[i - 1].time)
            gaps.push_back(sorted[i].time - sorted[i - 1].time);
    if (gaps.empty())
        return 0;
    // The lower median: missing samples only lengthen gaps, so the regular spacing wins.
    auto mid = gaps.begin() + std::ptrdiff_t((gaps.size() - 1) / 2);
    std::nth_element(gaps.begin(), mid, gaps.end());
    return *mid;
}

struct Accumulator {
    double covered = 0;   // seconds
    double weighted = 0;  // utilization × seconds
};

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

} // namespace

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

Result<PoolAggregation> aggregatePools(const Project &project, const NameMapping &mapping, const PoolData &data,
                                       const AggregateOptions &options, const ImportControl &control)
{
    Result<PoolAggregation> result;
    PoolAggregation out;
    AggregationReport &report = out.report;
    report.duplicates = data.duplicateRows;
    const std::int64_t total = std::int64_t(data.samples.size());
    const auto progress = [&](std::int64_t done, double from, double span) {
        control.report(from + span * (total > 0 ? double(done) / double(total) : 1.0));
    };

    // 1. Samples by source series (centre name, chip name), in the source's order.
    std::vector<Series> series;
    {
        std::unordered_map<std::string, int> seriesOf;
        std::string key;
        const PoolSample *last = nullptr;
        int lastSeries = -1;
        for (std::int64_t i = 0; i < total; ++i) {
            if (i % kCheckEvery == 0) {
                if (control.cancelled())
                    return {{}, {cancelled()}};
                progress(i, 0.0, 0.4);
            }
            const PoolSample &s = data.samples[std::size_t(i)];
            if (!last || s.center != last->center || s.chip != last->chip) {
                key.assign(s.center).push_back('\x1f');
                key.append(s.chip);
                auto [it, inserted] = seriesOf.emplace(key, int(series.size()));
                if (inserted)
                    series.push_back({&s, {}, 0});
                lastSeries = it->second;
                last = &s;
            }
            series[std::size_t(lastSeries)].entries.push_back(
                {s.time, s.busyChips ? *s.busyChips : s.utilization, s.busyChips.has_value(), 0});
        }
    }

    // 2. Steps: given, or the median spacing of each series; single samples borrow.
    std::vector<std::int64_t> inferred;
    for (Series &s : series) {
        std::stable_sort(s.entries.begin(), s.entries.end(),
                         [](const Entry &a, const Entry &b) { return a.time < b.time; });
        s.step = options.step > 0 ? options.step : medianGap(s.entries);
        if (s.step > 0)
            inferred.push_back(s.step);
    }
    if (control.cancelled())
        return {{}, {cancelled()}};
    std::int64_t borrowed = 0;
    if (!inferred.empty()) {
        auto mid = inferred.begin() + std::ptrdiff_t((inferred.size() - 1) / 2);
        std::nth_element(inferred.begin(), mid, inferred.end());
        borrowed = *mid;
    }
    for (Series &s : series) {
        if (s.step > 0)
            continue;
        if (borrowed == 0) {
            borrowed = kFallbackStep;
            report.assumedStep = kFallbackStep;
        }
        s.step = borrowed;
    }

    // 3. Series to project pools; unmatched names counted and listed.
    const auto centerIds = indexById(project.centers);
    const auto chipIds = indexById(project.chips);
    std::map<std::pair<int, int>, std::vector<int>> seriesOfPool;  // (centre, chip) index → series
    std::map<std::string, std::int64_t> centerRows, chipRows;
    for (int i = 0; i < int(series.size()); ++i) {
        const Series &s = series[std::size_t(i)];
        const std::int64_t rows = std::int64_t(s.entries.size());
        addNames(centerRows, s.first->center, rows);
        addNames(chipRows, s.first->chip, rows);
        const int c = mapped(mapping.centers, centerIds, s.first->center);
        const int k = mapped(mapping.chips, chipIds, s.first->chip);
        if (c < 0 || k < 0) {
            report.unmatchedRows += rows;
            continue;
        }
        seriesOfPool[{c, k}].push_back(i);
    }
    report.unmatched = unmatchedNames(project, mapping, {toCounts(centerRows), toCounts(chipRows), {}});

    // 4. In-service chips per pool and period: the engine's count for the base project.
    const engine::Instance instance(project, Scenario{});
    std::map<std::pair<std::string, std::string>, int> instancePool;
    for (int q = 0; q < int(instance.pools.size()); ++q)
        instancePool.emplace(std::make_pair(instance.pools[q].center, instance.pools[q].chip), q);

    const std::vector<std::int64_t> bounds = boundaries(project.periods);
    const int periodCount = int(bounds.size()) - 1;
    const std::int64_t horizonBegin = bounds.front(), horizonEnd = bounds.back();

    std::int64_t done = 0;
    for (const auto &[pool, members] : seriesOfPool) {
        if (control.cancelled())
            return {{}, {cancelled()}};
        const std::string &centerId = project.centers[std::size_t(pool.first)].id;
        const std::string &chipId = project.chips[std::size_t(pool.second)].id;
        const auto q = instancePool.find({centerId, chipId});
        const auto chipsInService = [&](int t) -> std::int64_t {
            return q == instancePool.end() || t < 0 ? 0 : instance.count[std::size_t(t)][std::size_t(q->second)];
        };

        std::vector<Entry> entries;
        for (int m : members) {
            const Series &s = series[std::size_t(m)];
            for (Entry e : s.entries) {
                e.step = s.step;
                entries.push_back(e);
            }
        }
        if (members.size() > 1)
            std::stable_sort(entries.begin(), entries.end(),
                             [](const Entry &a, const Entry &b) { return a.time < b.time; });
        done += std::int64_t(entries.size());

        // Equal times: identical → duplicates; different → one averaged sample.
        std::int64_t noChips = 0;
        std::vector<Entry> merged;
        merged.reserve(entries.size());
        for (std::size_t i = 0; i < entries.size();) {
            std::size_t j = i + 1;
            bool identical = true, mixed = false;
            while (j < entries.size() && entries[j].time == entries[i].time) {
                identical = identical && entries[j].value == entries[i].value && entries[j].busy == entries[i].busy;
                mixed = mixed || entries[j].busy != entries[i].busy;
                ++j;
            }
            Entry e = entries[i];
            if (j - i > 1) {
                if (identical) {
                    report.duplicates += std::int64_t(j - i - 1);
                } else {
                    report.merged += std::int64_t(j - i - 1);
                    double sum = 0;
                    int n = 0;
                    const std::int64_t count = chipsInService(periodAt(bounds, e.time));
                    for (std::size_t k = i; k < j; ++k) {
                        if (mixed && entries[k].busy) {
                            if (count <= 0)
                                continue;
                            sum += entries[k].value / double(count);
                        } else {
                            sum += entries[k].value;
                        }
                        ++n;
                    }
                    e.busy = !mixed && e.busy;
                    e.value = n > 0 ? sum / n : 0;
                }
            }
            merged.push_back(e);
            i = j;
        }

        // Each sample covers [time, time + step), cut at the next sample, clipped to periods.
        std::vector<Accumulator> acc(std::size_t(std::max(0, periodCount)));
        for (std::size_t i = 0; i < merged.size(); ++i) {
            const Entry &e = merged[i];
            std::int64_t begin = e.time;
            std::int64_t end = e.time + e.step;
            if (i + 1 < merged.size())
                end = std::min(end, merged[i + 1].time);
            if (end <= horizonBegin || begin >= horizonEnd || periodCount <= 0) {
                ++report.outsideHorizon;
                continue;
            }
            begin = std::max(begin, horizonBegin);
            end = std::min(end, horizonEnd);
            bool used = false, lacking = false, above = false;
            for (int t = periodAt(bounds, begin); t >= 0 && t < periodCount && begin < end; ++t) {
                const std::int64_t segEnd = std::min(end, bounds[std::size_t(t) + 1]);
                const double seconds = double(segEnd - begin);
                begin = segEnd;
                double util = e.value;
                if (e.busy) {
                    const std::int64_t count = chipsInService(t);
                    if (count <= 0) {
                        lacking = true;
                        continue;
                    }
                    util = e.value / double(count);
                }
                if (util > 1.0 + 1e-9)
                    above = true;
                util = std::clamp(util, 0.0, 1.0);
                acc[std::size_t(t)].covered += seconds;
                acc[std::size_t(t)].weighted += util * seconds;
                used = true;
            }
            if (used)
                ++report.used;
            if (lacking)
                ++noChips;
            if (above)
                ++report.aboveFullUse;
        }
        if (noChips > 0)
            report.withoutChips.push_back({centerId, chipId, noChips});
        for (int t = 0; t < periodCount; ++t) {
            const Accumulator &a = acc[std::size_t(t)];
            if (a.covered <= 0)
                continue;
            PoolActual actual;
            actual.period = t;
            actual.center = centerId;
            actual.chip = chipId;
            actual.utilization = a.weighted / a.covered;
            actual.coverage = std::min(1.0, a.covered / (project.periods.hours(t) * 3600.0));
            actual.importId = options.importId;
            out.pools.push_back(std::move(actual));
        }
        progress(done, 0.4, 0.6);
    }
    std::sort(out.pools.begin(), out.pools.end(), [](const PoolActual &a, const PoolActual &b) {
        return std::tie(a.period, a.center, a.chip) < std::tie(b.period, b.center, b.chip);
    });
    control.report(1.0);
    result.value = std::move(out);
    result.problems = reportProblems(result.value->report);
    return result;
}

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
