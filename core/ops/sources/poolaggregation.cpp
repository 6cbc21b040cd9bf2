// Pool samples → PoolActual per (period, centre, chip): time-weighted mean and coverage.
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

namespace {

constexpr std::int64_t kFallbackStep = 3600;

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

} // namespace

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

} // namespace atlas
