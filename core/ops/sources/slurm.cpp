#include "slurm.h"

#include "ops/sources/csvreader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <unordered_map>

namespace atlas {

using ops::CsvRowReader;

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

int columnOf(const std::vector<std::string> &header, std::initializer_list<std::string_view> names)
{
    for (const std::string_view name : names)
        for (int i = 0; i < int(header.size()); ++i)
            if (lower(header[std::size_t(i)]) == lower(name))
                return i;
    return -1;
}

bool isUnknown(std::string_view s)
{
    return s.empty() || s == "Unknown" || s == "None" || s == "N/A";
}

/** GPUs of one job: untyped total and per type. */
struct Gpus {
    std::int64_t total = -1;                     // gres/gpu=N, -1 when absent
    std::map<std::string, std::int64_t> typed;   // gres/gpu:TYPE=N
};

/** AllocTRES "billing=8,cpu=8,gres/gpu:a100=2,gres/gpu=2,mem=32G,node=1"; nullopt on a bad gres/gpu entry
 *  (its text in `bad`). Also AllocGRES "gpu:a100:2" / "gpu:2". */
std::optional<Gpus> parseGpus(std::string_view tres, std::string &bad)
{
    Gpus g;
    while (!tres.empty()) {
        const std::size_t comma = tres.find(',');
        std::string_view item = ops::trimmed(tres.substr(0, comma));
        tres = comma == std::string_view::npos ? std::string_view() : tres.substr(comma + 1);
        std::string_view spec;
        std::string_view count;
        if (item.starts_with("gres/gpu")) {
            const std::size_t eq = item.find('=');
            if (eq == std::string_view::npos) {
                bad = std::string(item);
                return std::nullopt;
            }
            spec = item.substr(8, eq - 8);  // "" or ":type"
            count = item.substr(eq + 1);
        } else if (item.starts_with("gpu") && (item.size() == 3 || item[3] == ':')) {
            // AllocGRES: gpu:N or gpu:type:N (optionally "(IDX:…)")
            std::string_view rest = item.substr(3);
            if (const std::size_t paren = rest.find('('); paren != std::string_view::npos)
                rest = rest.substr(0, paren);
            const std::size_t last = rest.rfind(':');
            if (last == std::string_view::npos) {
                bad = std::string(item);
                return std::nullopt;
            }
            spec = rest.substr(0, last);
            count = rest.substr(last + 1);
        } else {
            continue;
        }
        std::int64_t n = 0;
        const auto [ptr, ec] = std::from_chars(count.data(), count.data() + count.size(), n);
        if (ec != std::errc() || ptr != count.data() + count.size() || n < 0
            || (!spec.empty() && (spec[0] != ':' || spec.size() < 2))) {
            bad = std::string(item);
            return std::nullopt;
        }
        if (spec.empty())
            g.total = std::max<std::int64_t>(0, g.total) + n;
        else
            g.typed[std::string(spec.substr(1))] += n;
    }
    return g;
}

} // namespace

Result<UsageData> readSacct(const std::string &path, const SacctOptions &options, const ImportControl &control)
{
    CsvOptions csv;
    csv.delimiter = '|';
    CsvRowReader reader(path, csv, control, false);
    if (!reader.open())
        return {{}, reader.takeProblems()};
    const auto &header = reader.header();
    const int jobId = columnOf(header, {"JobID", "JobIDRaw"});
    const int account = columnOf(header, {"Account"});
    const int start = columnOf(header, {"Start"});
    const int end = columnOf(header, {"End"});
    const int tres = columnOf(header, {"AllocTRES", "AllocGRES"});
    reader.require(jobId, "JobID");
    reader.require(account, "Account");
    reader.require(start, "Start");
    reader.require(end, "End");
    reader.require(tres, "AllocTRES");
    if (reader.failed())
        return {{}, reader.takeProblems()};

    UsageData data;
    data.encoding = reader.encoding();
    struct Seen {
        int line = 0;
        std::string row;
    };
    std::unordered_map<std::string, Seen> seen;
    std::string row;
    std::string bad;
    while (reader.next()) {
        ++data.rows;
        const std::string_view id = reader.field(jobId);
        if (!reader.rowOk())
            continue;
        if (id.find('.') != std::string_view::npos) {
            ++data.jobSteps;
            continue;
        }
        row.clear();
        for (const std::string_view f : reader.fields())
            row.append(f).push_back('|');
        auto [it, inserted] = seen.try_emplace(std::string(id), Seen{reader.line(), row});
        if (!inserted) {
            if (it->second.row == row)
                ++data.duplicateRows;
            else
                reader.rowProblem(Code::OpsConflictingRows, reader.line(), jobId + 1,
                                  {std::to_string(it->second.line), std::to_string(reader.line())});
            continue;
        }
        const std::string_view startText = reader.optionalField(start);
        const std::string_view endText = reader.optionalField(end);
        if (isUnknown(startText)) {
            ++data.jobsNeverStarted;
            continue;
        }
        const auto from = parseTimestamp(startText, options.utcOffsetMinutes);
        if (!from) {
            reader.cellProblem(Code::OpsBadTime, start, {std::string(startText)});
            continue;
        }
        if (isUnknown(endText)) {
            data.runningJobs.emplace_back(id);
            continue;
        }
        const auto to = parseTimestamp(endText, options.utcOffsetMinutes);
        if (!to) {
            reader.cellProblem(Code::OpsBadTime, end, {std::string(endText)});
            continue;
        }
        if (*to < *from) {
            reader.cellProblem(Code::OpsEndBeforeStart, end, {std::string(startText), std::string(endText)});
            continue;
        }
        const std::string_view tresText = reader.optionalField(tres);
        const auto gpus = parseGpus(tresText, bad);
        if (!gpus) {
            reader.cellProblem(Code::OpsBadTres, tres, {bad});
            continue;
        }
        std::int64_t typedSum = 0;
        for (const auto &[type, n] : gpus->typed)
            typedSum += n;
        const std::int64_t untyped = std::max<std::int64_t>(0, gpus->total - typedSum);
        if (typedSum + untyped == 0) {
            ++data.jobsWithoutGpu;
            continue;
        }
        const double hours = double(*to - *from) / 3600.0;
        const auto add = [&](const std::string &chip, std::int64_t n) {
            UsageRecord r;
            r.start = *from;
            r.end = *to;
            r.tenant.assign(reader.optionalField(account));
            r.chip = chip;
            r.chipHours = double(n) * hours;
            data.records.push_back(std::move(r));
        };
        for (const auto &[type, n] : gpus->typed)
            if (n > 0)
                add(type, n);
        if (untyped > 0)
            add({}, untyped);
    }
    if (reader.stopped() || reader.failed())
        return {{}, reader.takeProblems()};
    std::vector<Problem> problems = reader.takeProblems();
    control.report(1.0);
    return {std::move(data), std::move(problems)};
}

} // namespace atlas
