// CLI.md's computeatlas-result/1, plus added keys that let a stored result reopen with
// every breakdown: "stranded_pflops" per period, "capacity_pflops_hours" in totals,
// pools[].capacity/served, "breakdowns" and "off_native_pflops".
#include "results.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <string_view>
#include <unordered_map>

namespace atlas {

namespace {

using json = nlohmann::json;
constexpr const char *kFormat = "computeatlas-result/1";

Series seriesFromJson(const json &j)
{
    Series s;
    s.key = j.at("key").get<std::string>();
    s.capacity = j.value("capacity", std::vector<double>{});
    s.served = j.value("served", std::vector<double>{});
    s.utilization = j.at("utilization").get<std::vector<double>>();
    return s;
}

const char *kBreakdowns[] = {"centers", "regions", "chips", "ecosystems", "industries", "workloads"};
const char *kBreakdownsSorted[] = {"centers", "chips", "ecosystems", "industries", "regions", "workloads"};

template<typename R>
auto breakdown(R &r, const std::string &name) -> decltype(&r.centers)
{
    if (name == "centers") return &r.centers;
    if (name == "regions") return &r.regions;
    if (name == "chips") return &r.chips;
    if (name == "ecosystems") return &r.ecosystems;
    if (name == "industries") return &r.industries;
    if (name == "workloads") return &r.workloads;
    return nullptr;
}

/** True when nlohmann writes `s` as it is between quotes: printable ASCII, no quote
 *  or backslash (ids almost always). */
bool isPlain(const std::string &s)
{
    for (const char c : s)
        if (c < 0x20 || c > 0x7E || c == '"' || c == '\\')
            return false;
    return true;
}

/** A JSON string literal as nlohmann writes it; anything not plain goes through its
 *  escaping (ids repeat: cache those). */
void appendQuoted(std::string &text, std::unordered_map<std::string, std::string> &cache, const std::string &s)
{
    if (isPlain(s)) {
        text += '"';
        text += s;
        text += '"';
        return;
    }
    auto it = cache.find(s);
    if (it == cache.end())
        it = cache.emplace(s, json(s).dump()).first;
    text += it->second;
}

/**
 * Text exactly as nlohmann's dump(1) gives it for the same document (keys in sorted
 * order, one-space indent, numbers by its shortest round-trip to_chars, non-finite as
 * null), written straight into one string: a national result holds about a million
 * numbers, and a DOM of them costs more than the text.
 */
class Writer {
public:
    explicit Writer(std::string &text) : mText(text) {}

    void number(double v)
    {
        if (!std::isfinite(v)) {
            mText += "null";
            return;
        }
        char buf[64];
        const char *end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
        mText.append(buf, static_cast<std::size_t>(end - buf));
    }
    void string(const std::string &s) { appendQuoted(mText, mCache, s); }
    void numbers(const std::vector<double> &values, int level)
    {
        array(values.size(), level, [&](std::size_t i) { number(values[i]); });
    }
    /** An array of `n` items at indent `level`; item(i) writes the i-th value. */
    template<typename Item>
    void array(std::size_t n, int level, Item item)
    {
        if (n == 0) {
            mText += "[]";
            return;
        }
        mText += "[\n";
        for (std::size_t i = 0; i < n; ++i) {
            if (i > 0)
                mText += ",\n";
            mText.append(static_cast<std::size_t>(level + 1), ' ');
            item(i);
        }
        mText += '\n';
        mText.append(static_cast<std::size_t>(level), ' ');
        mText += ']';
    }
    /** Opens an object at indent `level`; members must come in sorted key order. */
    void open() { mText += '{'; mFirst = true; }
    void key(const char *name, int level)
    {
        mText += mFirst ? "\n" : ",\n";
        mFirst = false;
        mText.append(static_cast<std::size_t>(level + 1), ' ');
        mText += '"';
        mText += name;
        mText += "\": ";
    }
    void close(int level)
    {
        mText += '\n';
        mText.append(static_cast<std::size_t>(level), ' ');
        mText += '}';
        mFirst = false;
    }
    void numberMember(const char *name, double v, int level)
    {
        key(name, level);
        number(v);
    }

private:
    std::string &mText;
    std::unordered_map<std::string, std::string> mCache;
    bool mFirst = true;
};

void writeSeries(Writer &w, const Series &s, int level)
{
    w.open();
    w.key("capacity", level);
    w.numbers(s.capacity, level + 1);
    w.key("key", level);
    w.string(s.key);
    w.key("served", level);
    w.numbers(s.served, level + 1);
    w.key("utilization", level);
    w.numbers(s.utilization, level + 1);
    w.close(level);
}

/**
 * "flows" written by hand: hundreds of thousands of small objects are the bulk of a
 * national result, and building them as a DOM first costs more than the solve.
 * Numbers are shortest round-trip (std::to_chars), like nlohmann's.
 */
void appendFlows(std::string &text, const ScenarioResult &r)
{
    // text ends with "\n}": reopen the object.
    text.resize(text.size() - 2);
    text += ",\n \"flows\": [";
    // About 100 bytes and the ids a flow: one allocation, not doubling copies of tens of MB.
    std::size_t estimate = 16;
    for (const Flow &f : r.flows)
        estimate += 110 + r.tenantOf(f).size() + r.centerOf(f).size() + r.chipOf(f).size();
    text.reserve(text.size() + estimate);
    std::unordered_map<std::string, std::string> cache;
    std::vector<std::string> labels;
    for (const PeriodResult &p : r.periods)
        labels.push_back(json(p.period).dump());
    char number[64];
    char line[320];  // one flow whose ids are plain and short, put together before one append
    bool first = true;
    for (const Flow &f : r.flows) {
        const std::string &tenant = r.tenantOf(f), &center = r.centerOf(f), &chip = r.chipOf(f);
        const bool knownPeriod = f.period >= 0 && f.period < static_cast<int>(labels.size());
        if (knownPeriod && labels[f.period].size() + tenant.size() + center.size() + chip.size() < 200
            && isPlain(tenant) && isPlain(center) && isPlain(chip)) {
            char *out = line;
            const auto put = [&out](std::string_view part) {
                std::memcpy(out, part.data(), part.size());
                out += part.size();
            };
            put(first ? std::string_view("\n  {\"period\": ") : std::string_view(",\n  {\"period\": "));
            put(labels[f.period]);
            put(", \"tenant\": \"");
            put(tenant);
            put("\", \"center\": \"");
            put(center);
            put("\", \"chip\": \"");
            put(chip);
            put("\", \"pflops\": ");
            out = std::to_chars(out, line + sizeof line - 1, f.pflops).ptr;
            *out++ = '}';
            text.append(line, static_cast<std::size_t>(out - line));
            first = false;
            continue;
        }
        text += first ? "\n  {\"period\": " : ",\n  {\"period\": ";
        first = false;
        text += knownPeriod ? labels[f.period] : json(std::to_string(f.period)).dump();
        text += ", \"tenant\": ";
        appendQuoted(text, cache, tenant);
        text += ", \"center\": ";
        appendQuoted(text, cache, center);
        text += ", \"chip\": ";
        appendQuoted(text, cache, chip);
        text += ", \"pflops\": ";
        const auto res = std::to_chars(number, number + sizeof number, f.pflops);
        text.append(number, res.ptr);
        text += '}';
    }
    text += first ? "]\n}" : "\n ]\n}";
}

} // namespace

std::string resultToJson(const ScenarioResult &r, const Project &project, bool withFlows)
{
    std::string text;
    std::size_t numbers = 16 * r.periods.size() + 16;
    for (const auto *list : {&r.pools, &r.centers, &r.regions, &r.chips, &r.ecosystems, &r.industries, &r.workloads})
        for (const Series &s : *list)
            numbers += s.capacity.size() + s.served.size() + s.utilization.size();
    for (const auto &[id, share] : r.tenantServedShare)
        numbers += share.size() + 1;
    text.reserve(28 * numbers);
    Writer w(text);
    // Keys in sorted order, as nlohmann's std::map-backed object keeps them.
    w.open();
    w.key("breakdowns", 0);
    w.open();
    for (const char *name : kBreakdownsSorted) {
        const std::vector<Series> &list = *breakdown(r, name);
        w.key(name, 1);
        w.array(list.size(), 2, [&](std::size_t i) { writeSeries(w, list[i], 3); });
    }
    w.close(1);
    w.key("currency", 0);
    w.string(project.currency);
    w.key("format", 0);
    w.string(kFormat);
    w.key("off_native_pflops", 0);
    w.numbers(r.offNativePflops, 1);
    w.key("periods", 0);
    w.array(r.periods.size(), 1, [&](std::size_t i) {
        const PeriodResult &p = r.periods[i];
        w.open();
        w.numberMember("capacity_pflops", p.capacityPflops, 2);
        w.numberMember("cross_region_share", p.crossRegionShare, 2);
        w.numberMember("demand_pflops", p.demandPflops, 2);
        w.numberMember("energy_cost", p.energyCost, 2);
        w.numberMember("energy_mwh", p.energyMwh, 2);
        w.numberMember("hours", p.hours, 2);
        w.numberMember("objective", p.objective, 2);
        w.key("period", 2);
        w.string(p.period);
        w.numberMember("served_pflops", p.servedPflops, 2);
        w.numberMember("stranded_pflops", p.strandedPflops, 2);
        w.numberMember("unserved_pflops", p.unservedPflops, 2);
        w.numberMember("utilization", p.utilization, 2);
        w.close(2);
    });
    w.key("policy", 0);
    w.string(toString(r.policy));
    w.key("pools", 0);
    w.array(r.pools.size(), 1, [&](std::size_t i) {
        const Series &s = r.pools[i];
        const auto slash = s.key.find('/');
        w.open();
        w.key("capacity", 2);
        w.numbers(s.capacity, 3);
        w.key("center", 2);
        w.string(s.key.substr(0, slash));
        w.key("chip", 2);
        w.string(slash == std::string::npos ? std::string() : s.key.substr(slash + 1));
        w.key("served", 2);
        w.numbers(s.served, 3);
        w.key("utilization", 2);
        w.numbers(s.utilization, 3);
        w.close(2);
    });
    w.key("scenario", 0);
    w.string(r.scenario);
    w.key("tenants", 0);
    w.array(r.tenantServedShare.size(), 1, [&](std::size_t i) {
        const auto &[id, share] = r.tenantServedShare[i];
        w.open();
        w.key("id", 2);
        w.string(id);
        w.key("served_share", 2);
        w.numbers(share, 3);
        w.close(2);
    });
    w.key("totals", 0);
    const Totals &t = r.totals;
    w.open();
    w.numberMember("capacity_pflops_hours", t.capacityPflopsHours, 1);
    w.numberMember("capex", t.capex, 1);
    w.numberMember("demand_pflops_hours", t.demandPflopsHours, 1);
    w.numberMember("energy_cost", t.energyCost, 1);
    w.numberMember("energy_mwh", t.energyMwh, 1);
    w.numberMember("objective", t.objective, 1);
    w.numberMember("served_pflops_hours", t.servedPflopsHours, 1);
    w.numberMember("unserved_pflops_hours", t.unservedPflopsHours, 1);
    w.numberMember("utilization", t.utilization, 1);
    w.close(1);
    w.close(0);
    if (withFlows)
        appendFlows(text, r);
    return text;
}

Result<ScenarioResult> resultFromJson(const std::string &text)
{
    Result<ScenarioResult> result;
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        result.problems.push_back(error(Code::ResultUnreadable, {}, {"not a JSON object"}));
        return result;
    }
    if (j.value("format", std::string()) != kFormat) {
        result.problems.push_back(error(Code::UnknownFormat, "format", {j.value("format", std::string())}));
        return result;
    }
    try {
        ScenarioResult r;
        r.scenario = j.at("scenario").get<std::string>();
        const auto policy = parsePolicy(j.at("policy").get<std::string>());
        if (!policy)
            throw std::runtime_error("policy");
        r.policy = *policy;
        std::map<std::string, int> periodIndex;
        for (const json &p : j.at("periods")) {
            PeriodResult pr;
            pr.period = p.at("period").get<std::string>();
            pr.hours = p.at("hours").get<double>();
            pr.capacityPflops = p.at("capacity_pflops").get<double>();
            pr.demandPflops = p.at("demand_pflops").get<double>();
            pr.servedPflops = p.at("served_pflops").get<double>();
            pr.unservedPflops = p.at("unserved_pflops").get<double>();
            pr.utilization = p.at("utilization").get<double>();
            pr.strandedPflops = p.value("stranded_pflops", pr.capacityPflops - pr.servedPflops);
            pr.crossRegionShare = p.at("cross_region_share").get<double>();
            pr.energyMwh = p.at("energy_mwh").get<double>();
            pr.energyCost = p.at("energy_cost").get<double>();
            pr.objective = p.at("objective").get<double>();
            periodIndex.emplace(pr.period, static_cast<int>(r.periods.size()));
            r.periods.push_back(std::move(pr));
        }
        const json &t = j.at("totals");
        r.totals.demandPflopsHours = t.at("demand_pflops_hours").get<double>();
        r.totals.servedPflopsHours = t.at("served_pflops_hours").get<double>();
        r.totals.unservedPflopsHours = t.at("unserved_pflops_hours").get<double>();
        r.totals.capacityPflopsHours = t.value("capacity_pflops_hours", 0.0);
        r.totals.utilization = t.at("utilization").get<double>();
        r.totals.energyMwh = t.at("energy_mwh").get<double>();
        r.totals.energyCost = t.at("energy_cost").get<double>();
        r.totals.objective = t.at("objective").get<double>();
        r.totals.capex = t.at("capex").get<double>();
        for (const json &p : j.at("pools")) {
            Series s;
            s.key = p.at("center").get<std::string>() + "/" + p.at("chip").get<std::string>();
            s.utilization = p.at("utilization").get<std::vector<double>>();
            s.capacity = p.value("capacity", std::vector<double>{});
            s.served = p.value("served", std::vector<double>{});
            r.pools.push_back(std::move(s));
        }
        for (const json &p : j.at("tenants"))
            r.tenantServedShare.emplace_back(p.at("id").get<std::string>(),
                                             p.at("served_share").get<std::vector<double>>());
        if (j.contains("breakdowns"))
            for (const char *name : kBreakdowns)
                if (j["breakdowns"].contains(name))
                    for (const json &s : j["breakdowns"][name])
                        breakdown(r, name)->push_back(seriesFromJson(s));
        r.offNativePflops = j.value("off_native_pflops", std::vector<double>{});
        if (j.contains("flows")) {
            FlowBuilder flows(r);
            for (const json &f : j["flows"]) {
                const auto it = periodIndex.find(f.at("period").get<std::string>());
                if (it == periodIndex.end())
                    throw std::runtime_error("flow period");
                flows.add(it->second, f.at("tenant").get<std::string>(), f.at("center").get<std::string>(),
                          f.at("chip").get<std::string>(), f.at("pflops").get<double>());
            }
        }
        result.value = std::move(r);
    } catch (const std::exception &e) {
        result.problems.push_back(error(Code::ResultUnreadable, {}, {e.what()}));
    }
    return result;
}

} // namespace atlas
