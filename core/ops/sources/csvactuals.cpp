#include "csvactuals.h"

#include "ops/sources/csvreader.h"
#include "ops/sources/csvtext.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <tuple>
#include <unordered_map>
#include <numeric>

namespace atlas {

using ops::CsvRowReader;

namespace {

/** Lowercased, without spaces, '_', '-', '.', '(', ')' and "[]"; keeps '%' and CJK. */
std::string headerKey(std::string_view header)
{
    std::string out;
    for (const char c : header) {
        if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '(' || c == ')' || c == '[' || c == ']'
            || c == '\t')
            continue;
        out.push_back(char(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

bool containsAny(const std::string &key, std::initializer_list<std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(),
                       [&](std::string_view n) { return key.find(n) != std::string::npos; });
}

bool equalsAny(const std::string &key, std::initializer_list<std::string_view> names)
{
    return std::any_of(names.begin(), names.end(), [&](std::string_view n) { return key == n; });
}

/** Which role a header names, most specific tests first. */
enum class Role { None, Time, Start, End, Center, Chip, Tenant, Utilization, Busy, ChipHours };

Role roleOf(const std::string &k)
{
    if (equalsAny(k, {"start", "starttime", "begin", "from", "开始", "开始时间", "起始时间"}))
        return Role::Start;
    if (equalsAny(k, {"end", "endtime", "finish", "until", "to", "结束", "结束时间", "截止时间"}))
        return Role::End;
    if (equalsAny(k, {"time", "timestamp", "datetime", "date", "ts", "时间", "时间戳", "日期", "采样时间"}))
        return Role::Time;
    if (containsAny(k, {"gpuhour", "chiphour", "cardhour", "gpuh", "卡时", "机时", "使用量", "用量"}))
        return Role::ChipHours;
    if (containsAny(k, {"busy", "inuse", "在用", "占用", "忙"}))
        return Role::Busy;
    if (containsAny(k, {"util", "利用率", "使用率", "usage%", "load"}))
        return Role::Utilization;
    if (containsAny(k, {"tenant", "account", "customer", "租户", "账户", "用户", "客户"}))
        return Role::Tenant;
    if (containsAny(k, {"center", "centre", "datacenter", "site", "cluster", "中心", "机房", "集群", "节点"}))
        return Role::Center;
    if (containsAny(k, {"chip", "gpu", "accelerator", "model", "type", "芯片", "型号", "加速卡", "显卡", "卡型"}))
        return Role::Chip;
    return Role::None;
}

/** A number cell: "85", "0.85", "85 %", "1,5" is not accepted (comma is a separator). */
struct Number {
    double value = 0;
    bool percent = false;
};

std::optional<Number> parseNumber(std::string_view s)
{
    Number n;
    s = ops::trimmed(s);
    if (s.ends_with('%')) {
        n.percent = true;
        s = ops::trimmed(s.substr(0, s.size() - 1));
    }
    if (s.starts_with('+'))
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), n.value);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(n.value))
        return std::nullopt;
    return n;
}

/** Rows of one key sorted; equal neighbours are duplicates or conflicts. */
template<typename Key, typename Same>
std::vector<bool> findDuplicates(std::size_t n, const std::vector<int> &lines, Key key, Same same,
                                 CsvRowReader &reader, std::int64_t &duplicates)
{
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto ka = key(a), kb = key(b);
        return ka != kb ? ka < kb : a < b;
    });
    std::vector<bool> drop(n, false);
    for (std::size_t i = 1; i < n; ++i) {
        const std::uint32_t a = order[i - 1], b = order[i];
        if (key(a) != key(b))
            continue;
        // Compare with the first row of the run, which is kept.
        std::size_t first = i - 1;
        while (first > 0 && drop[order[first]])
            --first;
        const std::uint32_t kept = order[first];
        if (same(kept, b)) {
            drop[b] = true;
            ++duplicates;
        } else {
            reader.rowProblem(Code::OpsConflictingRows, lines[b], 0,
                              {std::to_string(lines[kept]), std::to_string(lines[b])});
            drop[b] = true;
        }
        (void)a;
    }
    return drop;
}

} // namespace

CsvColumns suggestColumns(const std::vector<std::string> &header)
{
    CsvColumns c;
    for (int i = 0; i < int(header.size()); ++i) {
        const std::string k = headerKey(header[std::size_t(i)]);
        int *slot = nullptr;
        switch (roleOf(k)) {
        case Role::Time: slot = &c.time; break;
        case Role::Start: slot = &c.start; break;
        case Role::End: slot = &c.end; break;
        case Role::Center: slot = &c.center; break;
        case Role::Chip: slot = &c.chip; break;
        case Role::Tenant: slot = &c.tenant; break;
        case Role::Utilization: slot = &c.utilization; break;
        case Role::Busy: slot = &c.busyChips; break;
        case Role::ChipHours: slot = &c.chipHours; break;
        case Role::None: break;
        }
        if (slot && *slot < 0) {
            *slot = i;
            if (slot == &c.utilization && containsAny(k, {"%", "percent", "pct", "百分"}))
                c.scale = UtilizationScale::Percent;
        }
    }
    return c;
}

Result<CsvPreview> previewCsv(const std::string &path, const CsvOptions &options, int maxRows)
{
    CsvRowReader reader(path, options, {});
    if (!reader.open())
        return {{}, reader.takeProblems()};
    CsvPreview preview;
    preview.header = reader.header();
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    while (int(preview.rows.size()) < maxRows && reader.next()) {
        std::vector<std::string> row;
        for (const std::string_view f : reader.fields())
            row.emplace_back(f);
        preview.rows.push_back(std::move(row));
    }
    if (reader.stopped())  // an unterminated quote; a file with a header alone still previews
        return {{}, reader.takeProblems()};
    return {std::move(preview), {}};
}

Result<PoolData> readPoolCsv(const std::string &path, const CsvColumns &columns, const CsvOptions &options,
                             const ImportControl &control)
{
    CsvRowReader reader(path, options, control);
    if (!reader.open())
        return {{}, reader.takeProblems()};
    const bool busy = columns.busyChips >= 0 && columns.utilization < 0;
    reader.require(columns.time, "time");
    reader.require(columns.center, "center");
    reader.require(columns.chip, "chip");
    reader.require(busy ? columns.busyChips : columns.utilization, "value");
    if (reader.failed())
        return {{}, reader.takeProblems()};

    PoolData data;
    data.encoding = reader.encoding();
    std::vector<int> lines;
    std::vector<bool> percentSuffix;
    std::vector<std::uint32_t> seriesOf;
    std::unordered_map<std::string, std::uint32_t> seriesIds;
    std::string key, lastCenter, lastChip;
    std::uint32_t lastSeries = 0;
    bool anyAboveOne = false;
    while (reader.next()) {
        const std::string_view timeText = reader.field(columns.time);
        const std::string_view center = reader.field(columns.center);
        const std::string_view chip = reader.field(columns.chip);
        const int valueColumn = busy ? columns.busyChips : columns.utilization;
        const std::string_view valueText = reader.field(valueColumn);
        if (!reader.rowOk())
            continue;
        const auto time = parseTimestamp(timeText);
        if (!time) {
            reader.cellProblem(Code::OpsBadTime, columns.time, {std::string(timeText)});
            continue;
        }
        const auto number = parseNumber(valueText);
        if (!number || (busy && number->percent)) {
            reader.cellProblem(Code::OpsBadNumber, valueColumn, {std::string(valueText)});
            continue;
        }
        if (number->value < 0) {
            reader.cellProblem(Code::OpsValueOutOfRange, valueColumn,
                               {std::string(valueText), "0", busy ? "" : number->percent ? "100" : "1"});
            continue;
        }
        PoolSample s;
        s.time = *time;
        s.center.assign(center);
        s.chip.assign(chip);
        if (busy) {
            s.busyChips = number->value;
        } else {
            s.utilization = number->percent ? number->value / 100.0 : number->value;
            anyAboveOne = anyAboveOne || (!number->percent && number->value > 1.0);
        }
        if (data.samples.empty() || center != lastCenter || chip != lastChip) {
            key.assign(center).push_back('\x1f');
            key.append(chip);
            lastSeries = seriesIds.emplace(key, std::uint32_t(seriesIds.size())).first->second;
            lastCenter.assign(center);
            lastChip.assign(chip);
        }
        seriesOf.push_back(lastSeries);
        lines.push_back(reader.line());
        percentSuffix.push_back(number->percent);
        data.samples.push_back(std::move(s));
    }
    if (reader.stopped())
        return {{}, reader.takeProblems()};
    data.rows = std::int64_t(data.samples.size());

    // Scale: percent when forced, or (Auto) when any plain value is above 1.
    const bool percent = !busy
        && (columns.scale == UtilizationScale::Percent || (columns.scale == UtilizationScale::Auto && anyAboveOne));
    if (!busy) {
        for (std::size_t i = 0; i < data.samples.size(); ++i) {
            double &u = data.samples[i].utilization;
            if (percent && !percentSuffix[i])
                u /= 100.0;
            if (u > 1.0 + 1e-12) {
                const double shown = percent || percentSuffix[i] ? u * 100.0 : u;
                reader.rowProblem(Code::OpsValueOutOfRange, lines[i], columns.utilization + 1,
                                  {reader.header()[std::size_t(columns.utilization)], ops::formatNumber(shown), "0",
                                   percent || percentSuffix[i] ? "100" : "1"});
            }
        }
    }
    if (reader.failed())
        return {{}, reader.takeProblems()};

    const auto drop = findDuplicates(
        data.samples.size(), lines,
        [&](std::uint32_t i) { return std::make_pair(seriesOf[i], data.samples[i].time); },
        [&](std::uint32_t a, std::uint32_t b) {
            const PoolSample &x = data.samples[a], &y = data.samples[b];
            return x.utilization == y.utilization && x.busyChips == y.busyChips;
        },
        reader, data.duplicateRows);
    if (reader.failed())
        return {{}, reader.takeProblems()};
    if (data.duplicateRows > 0) {
        std::size_t w = 0;
        for (std::size_t i = 0; i < data.samples.size(); ++i)
            if (!drop[i])
                data.samples[w++] = std::move(data.samples[i]);
        data.samples.resize(w);
    }
    control.report(1.0);
    return {std::move(data), reader.takeProblems()};
}

Result<UsageData> readUsageCsv(const std::string &path, const CsvColumns &columns, const CsvOptions &options,
                               const ImportControl &control)
{
    CsvRowReader reader(path, options, control);
    if (!reader.open())
        return {{}, reader.takeProblems()};
    const bool interval = columns.start >= 0 || columns.end >= 0;
    if (interval) {
        reader.require(columns.start, "start");
        reader.require(columns.end, "end");
    } else {
        reader.require(columns.time, "time");
    }
    reader.require(columns.tenant, "tenant");
    reader.require(columns.chipHours, "value");
    if (columns.chip >= int(reader.header().size()))
        reader.require(-1, "chip");
    if (reader.failed())
        return {{}, reader.takeProblems()};

    UsageData data;
    data.encoding = reader.encoding();
    std::vector<int> lines;
    std::unordered_map<std::string, std::uint32_t> names;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> nameIds;  // (tenant, chip)
    const auto nameId = [&names](std::string_view s) {
        return names.emplace(std::string(s), std::uint32_t(names.size())).first->second;
    };
    while (reader.next()) {
        const std::string_view startText = reader.field(interval ? columns.start : columns.time);
        const std::string_view endText = interval ? reader.field(columns.end) : startText;
        const std::string_view tenant = reader.field(columns.tenant);
        const std::string_view hoursText = reader.field(columns.chipHours);
        const std::string_view chip = columns.chip >= 0 ? reader.optionalField(columns.chip) : std::string_view();
        if (!reader.rowOk())
            continue;
        const auto start = parseTimestamp(startText);
        if (!start) {
            reader.cellProblem(Code::OpsBadTime, interval ? columns.start : columns.time, {std::string(startText)});
            continue;
        }
        const auto end = interval ? parseTimestamp(endText) : start;
        if (!end) {
            reader.cellProblem(Code::OpsBadTime, columns.end, {std::string(endText)});
            continue;
        }
        if (*end < *start) {
            reader.cellProblem(Code::OpsEndBeforeStart, columns.end, {std::string(startText), std::string(endText)});
            continue;
        }
        const auto hours = parseNumber(hoursText);
        if (!hours || hours->percent) {
            reader.cellProblem(Code::OpsBadNumber, columns.chipHours, {std::string(hoursText)});
            continue;
        }
        if (hours->value < 0) {
            reader.cellProblem(Code::OpsValueOutOfRange, columns.chipHours, {std::string(hoursText), "0", ""});
            continue;
        }
        UsageRecord r;
        r.start = *start;
        r.end = *end;
        r.tenant.assign(tenant);
        r.chip.assign(chip);
        r.chipHours = hours->value;
        nameIds.emplace_back(nameId(tenant), nameId(chip));
        lines.push_back(reader.line());
        data.records.push_back(std::move(r));
    }
    if (reader.stopped() || reader.failed())
        return {{}, reader.takeProblems()};
    data.rows = std::int64_t(data.records.size());

    const auto drop = findDuplicates(
        data.records.size(), lines,
        [&](std::uint32_t i) {
            return std::make_tuple(nameIds[i].first, nameIds[i].second, data.records[i].start, data.records[i].end);
        },
        [&](std::uint32_t a, std::uint32_t b) { return data.records[a].chipHours == data.records[b].chipHours; },
        reader, data.duplicateRows);
    if (reader.failed())
        return {{}, reader.takeProblems()};
    if (data.duplicateRows > 0) {
        std::size_t w = 0;
        for (std::size_t i = 0; i < data.records.size(); ++i)
            if (!drop[i])
                data.records[w++] = std::move(data.records[i]);
        data.records.resize(w);
    }
    control.report(1.0);
    return {std::move(data), reader.takeProblems()};
}

} // namespace atlas
