// CLI.md's computeatlas-result/1, plus added keys that let a stored result reopen with
// every breakdown: "stranded_pflops" per period, "capacity_pflops_hours" in totals,
// pools[].capacity/served, "breakdowns" and "off_native_pflops".
#include "results.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <map>
#include <unordered_map>

namespace atlas {

namespace {

using json = nlohmann::json;
constexpr const char *kFormat = "computeatlas-result/1";

json seriesToJson(const Series &s)
{
    return json{{"key", s.key}, {"capacity", s.capacity}, {"served", s.served}, {"utilization", s.utilization}};
}

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

/** A JSON string literal, escaped by nlohmann (ids repeat: cache them). */
const std::string &quoted(std::unordered_map<std::string, std::string> &cache, const std::string &s)
{
    auto it = cache.find(s);
    if (it == cache.end())
        it = cache.emplace(s, json(s).dump()).first;
    return it->second;
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
    std::unordered_map<std::string, std::string> cache;
    std::vector<std::string> labels;
    for (const PeriodResult &p : r.periods)
        labels.push_back(json(p.period).dump());
    char number[64];
    bool first = true;
    for (const Flow &f : r.flows) {
        text += first ? "\n  {\"period\": " : ",\n  {\"period\": ";
        first = false;
        text += f.period >= 0 && f.period < static_cast<int>(labels.size())
            ? labels[f.period] : json(std::to_string(f.period)).dump();
        text += ", \"tenant\": ";
        text += quoted(cache, f.tenant);
        text += ", \"center\": ";
        text += quoted(cache, f.center);
        text += ", \"chip\": ";
        text += quoted(cache, f.chip);
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
    json out;
    out["format"] = kFormat;
    out["scenario"] = r.scenario;
    out["policy"] = toString(r.policy);
    out["currency"] = project.currency;
    json periods = json::array();
    for (const PeriodResult &p : r.periods)
        periods.push_back({{"period", p.period}, {"hours", p.hours},
                           {"capacity_pflops", p.capacityPflops}, {"demand_pflops", p.demandPflops},
                           {"served_pflops", p.servedPflops}, {"unserved_pflops", p.unservedPflops},
                           {"utilization", p.utilization}, {"stranded_pflops", p.strandedPflops},
                           {"cross_region_share", p.crossRegionShare}, {"energy_mwh", p.energyMwh},
                           {"energy_cost", p.energyCost}, {"objective", p.objective}});
    out["periods"] = std::move(periods);
    const Totals &t = r.totals;
    out["totals"] = {{"demand_pflops_hours", t.demandPflopsHours},
                     {"served_pflops_hours", t.servedPflopsHours},
                     {"unserved_pflops_hours", t.unservedPflopsHours},
                     {"capacity_pflops_hours", t.capacityPflopsHours},
                     {"utilization", t.utilization}, {"energy_mwh", t.energyMwh},
                     {"energy_cost", t.energyCost}, {"objective", t.objective}, {"capex", t.capex}};
    json pools = json::array();
    for (const Series &s : r.pools) {
        const auto slash = s.key.find('/');
        pools.push_back({{"center", s.key.substr(0, slash)},
                         {"chip", slash == std::string::npos ? std::string() : s.key.substr(slash + 1)},
                         {"utilization", s.utilization}, {"capacity", s.capacity}, {"served", s.served}});
    }
    out["pools"] = std::move(pools);
    json tenants = json::array();
    for (const auto &[id, share] : r.tenantServedShare)
        tenants.push_back({{"id", id}, {"served_share", share}});
    out["tenants"] = std::move(tenants);
    json breakdowns = json::object();
    for (const char *name : kBreakdowns) {
        json list = json::array();
        for (const Series &s : *breakdown(r, name))
            list.push_back(seriesToJson(s));
        breakdowns[name] = std::move(list);
    }
    out["breakdowns"] = std::move(breakdowns);
    out["off_native_pflops"] = r.offNativePflops;
    std::string text = out.dump(1);
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
        if (j.contains("flows"))
            for (const json &f : j["flows"]) {
                const auto it = periodIndex.find(f.at("period").get<std::string>());
                if (it == periodIndex.end())
                    throw std::runtime_error("flow period");
                r.flows.push_back(Flow{it->second, f.at("tenant").get<std::string>(),
                                       f.at("center").get<std::string>(), f.at("chip").get<std::string>(),
                                       f.at("pflops").get<double>()});
            }
        result.value = std::move(r);
    } catch (const std::exception &e) {
        result.problems.push_back(error(Code::ResultUnreadable, {}, {e.what()}));
    }
    return result;
}

} // namespace atlas
