#include "validate.h"

#include "powercheck.h"
#include "yamlscalar.h"

#include <cmath>
#include <map>
#include <set>
#include <string_view>

namespace atlas {

namespace {

using yamlscalar::formatNumber;

constexpr int MaxPeriods = 1200;  ///< 100 years of months: keeps a typo from costing hours
constexpr double MaxGrowth = 10.0;

std::string at(const std::string &base, std::string_view key)
{
    return base + "." + std::string(key);
}

std::string item(std::string_view list, size_t i)
{
    return std::string(list) + "[" + std::to_string(i) + "]";
}

class Checker {
public:
    explicit Checker(const Project &project) : mP(project) {}
    std::vector<Problem> run();

private:
    bool finite(double v, const std::string &path);
    void quantity(double v, const std::string &path);
    void quantity(const std::optional<double> &v, const std::string &path)
    {
        if (v)
            quantity(*v, path);
    }
    void positive(double v, const std::string &path);
    void range(double v, const std::string &path, double lo, double hi);
    void id(const std::string &text, const std::string &path);
    void ref(const std::string &text, const std::string &path, const char *kind,
             const std::set<std::string> &known);
    bool month(const Month &m, const std::string &path);
    void duplicates(const std::vector<std::pair<std::string, std::string>> &ids, const char *kind,
                    std::set<std::string> seen = {});

    void periods();
    void parameters();
    void center(const Center &c, const std::string &path);
    void chip(const Chip &c, const std::string &path);
    void inventory(const Inventory &inv, const std::string &path, const std::set<std::string> &centers);
    void link(const Link &l, const std::string &path, const std::set<std::string> &nodes);
    void tenant(const Tenant &t, const std::string &path);
    void demand(const Demand &d, const std::string &path);
    void scenario(const Scenario &s, const std::string &path);
    void power();
    void overLimit(const Center &c, double needed, const std::string &path);

    const Project &mP;
    bool mHorizonOk = false;
    std::vector<Problem> mProblems;
    std::set<std::string> mRegions, mCenters, mChips, mEcosystems, mNodes;
};

bool Checker::finite(double v, const std::string &path)
{
    if (std::isfinite(v))
        return true;
    mProblems.push_back(error(Code::NotFinite, path, {path}));
    return false;
}

void Checker::quantity(double v, const std::string &path)
{
    if (finite(v, path) && v < 0)
        mProblems.push_back(error(Code::NegativeNumber, path, {path, formatNumber(v)}));
}

void Checker::positive(double v, const std::string &path)
{
    if (finite(v, path) && !(v > 0))
        mProblems.push_back(error(Code::NotPositive, path, {path, formatNumber(v)}));
}

void Checker::range(double v, const std::string &path, double lo, double hi)
{
    if (finite(v, path) && (v < lo || v > hi))
        mProblems.push_back(error(Code::OutOfRange, path,
                                  {path, formatNumber(v), formatNumber(lo), formatNumber(hi)}));
}

void Checker::id(const std::string &text, const std::string &path)
{
    if (text.empty())
        mProblems.push_back(error(Code::EmptyId, path, {path}));
}

void Checker::ref(const std::string &text, const std::string &path, const char *kind,
                  const std::set<std::string> &known)
{
    if (text.empty())
        mProblems.push_back(error(Code::EmptyId, path, {path}));
    else if (!known.count(text))
        mProblems.push_back(error(Code::UnknownReference, path, {path, kind, text}));
}

bool Checker::month(const Month &m, const std::string &path)
{
    if (m.year >= 1900 && m.year <= 9999 && m.month >= 1 && m.month <= 12)
        return true;
    mProblems.push_back(error(Code::BadMonth, path,
                              {path, std::to_string(m.year) + "-" + std::to_string(m.month)}));
    return false;
}

void Checker::duplicates(const std::vector<std::pair<std::string, std::string>> &ids,
                         const char *kind, std::set<std::string> seen)
{
    for (const auto &[text, path] : ids) {
        if (text.empty())
            continue;  // reported as EmptyId
        if (!seen.insert(text).second)
            mProblems.push_back(error(Code::DuplicateId, path, {kind, text}));
    }
}

void Checker::periods()
{
    const Periods &p = mP.periods;
    const bool startOk = month(p.start, "project.periods.start");
    const bool countOk = p.count >= 1 && p.count <= MaxPeriods;
    if (!countOk)
        mProblems.push_back(error(Code::OutOfRange, "project.periods.count",
                                  {"project.periods.count", std::to_string(p.count), "1",
                                   std::to_string(MaxPeriods)}));
    const int length = static_cast<int>(p.length);
    const bool lengthOk = length >= 0 && length <= static_cast<int>(PeriodLength::Year);
    if (!lengthOk)
        mProblems.push_back(error(Code::UnknownPeriodLength, "project.periods.length",
                                  {std::to_string(length)}));
    mHorizonOk = startOk && countOk && lengthOk;
}

void Checker::parameters()
{
    const Parameters &p = mP.parameters;
    quantity(p.accessLatencyMs, "parameters.access_latency_ms");
    quantity(p.transferCost, "parameters.transfer_cost");
    quantity(p.migrationCost, "parameters.migration_cost");
    positive(p.amortizationYears, "parameters.amortization_years");
}

void Checker::center(const Center &c, const std::string &path)
{
    id(c.id, at(path, "id"));
    ref(c.region, at(path, "region"), "region", mRegions);
    range(c.lat, at(path, "lat"), -90, 90);
    range(c.lon, at(path, "lon"), -180, 180);
    if (finite(c.pue, at(path, "pue")) && c.pue < 1)
        mProblems.push_back(error(Code::PueBelowOne, at(path, "pue"), {formatNumber(c.pue)}));
    quantity(c.powerMw, at(path, "power_mw"));
    quantity(c.electricityPrice, at(path, "electricity_price"));
    positive(c.availability, at(path, "availability"));
    if (std::isfinite(c.availability) && c.availability > 1)
        range(c.availability, at(path, "availability"), 0, 1);
    quantity(c.buildCost, at(path, "build_cost"));
}

void Checker::chip(const Chip &c, const std::string &path)
{
    id(c.id, at(path, "id"));
    id(c.ecosystem, at(path, "ecosystem"));
    positive(c.tflops, at(path, "tflops"));
    quantity(c.memoryGb, at(path, "memory_gb"));
    quantity(c.tdpW, at(path, "tdp_w"));
    range(c.idleFraction, at(path, "idle_fraction"), 0, 1);
    quantity(c.price, at(path, "price"));
}

void Checker::inventory(const Inventory &inv, const std::string &path,
                        const std::set<std::string> &centers)
{
    ref(inv.center, at(path, "center"), "center", centers);
    ref(inv.chip, at(path, "chip"), "chip", mChips);
    if (inv.count < 0)
        mProblems.push_back(error(Code::NegativeNumber, at(path, "count"),
                                  {at(path, "count"), std::to_string(inv.count)}));
    const bool fromOk = !inv.from || month(*inv.from, at(path, "from"));
    const bool untilOk = !inv.until || month(*inv.until, at(path, "until"));
    if (inv.from && inv.until && fromOk && untilOk && *inv.until < *inv.from)
        mProblems.push_back(error(Code::UntilBeforeFrom, at(path, "until"),
                                  {formatMonth(*inv.until), formatMonth(*inv.from)}));
}

void Checker::link(const Link &l, const std::string &path, const std::set<std::string> &nodes)
{
    ref(l.from, at(path, "from"), "node", nodes);
    ref(l.to, at(path, "to"), "node", nodes);
    if (!l.from.empty() && l.from == l.to)
        mProblems.push_back(error(Code::SelfLink, at(path, "to"), {l.to}));
    quantity(l.latencyMs, at(path, "latency_ms"));
    quantity(l.bandwidthGbps, at(path, "bandwidth_gbps"));
}

void Checker::tenant(const Tenant &t, const std::string &path)
{
    id(t.id, at(path, "id"));
    ref(t.region, at(path, "region"), "region", mRegions);
    const int workload = static_cast<int>(t.workload);
    if (workload < 0 || workload > static_cast<int>(Workload::Video))
        mProblems.push_back(error(Code::UnknownWorkload, at(path, "workload"), {std::to_string(workload)}));
    if (t.ecosystems.empty())
        mProblems.push_back(error(Code::EmptyList, at(path, "ecosystems"), {at(path, "ecosystems")}));
    for (size_t i = 0; i < t.ecosystems.size(); ++i) {
        const std::string p = item(at(path, "ecosystems"), i);
        if (t.ecosystems[i].empty())
            mProblems.push_back(error(Code::EmptyId, p, {p}));
        else if (!mEcosystems.count(t.ecosystems[i]))
            mProblems.push_back(warning(Code::UnknownEcosystem, p, {p, t.ecosystems[i]}));
    }
    quantity(t.maxLatencyMs, at(path, "max_latency_ms"));
    quantity(t.value, at(path, "value"));
    quantity(t.transferCost, at(path, "transfer_cost"));
    demand(t.demand, at(path, "demand"));
}

void Checker::demand(const Demand &d, const std::string &path)
{
    if (d.explicitSeries) {
        const std::string series = at(path, "series");
        if (mHorizonOk && static_cast<int>(d.series.size()) != mP.periods.count)
            mProblems.push_back(error(Code::SeriesLength, series,
                                      {std::to_string(d.series.size()), std::to_string(mP.periods.count)}));
        for (size_t i = 0; i < d.series.size(); ++i)
            quantity(d.series[i], item(series, i));
        return;
    }
    quantity(d.base, at(path, "base"));
    if (finite(d.growth, at(path, "growth")) && (d.growth <= -1 || d.growth > MaxGrowth))
        mProblems.push_back(error(Code::OutOfRange, at(path, "growth"),
                                  {at(path, "growth"), formatNumber(d.growth), "-1", formatNumber(MaxGrowth)}));
    if (d.from && month(*d.from, at(path, "from")) && mHorizonOk && !mP.periods.periodOf(*d.from)) {
        const Periods &p = mP.periods;
        mProblems.push_back(error(Code::DemandFromOutsideHorizon, at(path, "from"),
                                  {formatMonth(*d.from), formatMonth(p.start),
                                   formatMonth(p.lastMonth(p.count - 1))}));
    }
}

void Checker::scenario(const Scenario &s, const std::string &path)
{
    id(s.id, at(path, "id"));
    const int policy = static_cast<int>(s.policy);
    if (policy < 0 || policy > static_cast<int>(Policy::Nearest))
        mProblems.push_back(error(Code::UnknownPolicy, at(path, "policy"), {std::to_string(policy)}));
    quantity(s.demandScale, at(path, "demand_scale"));

    std::set<std::string> centers = mCenters, nodes = mNodes;
    std::vector<std::pair<std::string, std::string>> ids;
    for (size_t i = 0; i < s.addCenters.size(); ++i) {
        const Center &c = s.addCenters[i];
        const std::string p = item(at(path, "add_centers"), i);
        center(c, p);
        ids.emplace_back(c.id, at(p, "id"));
        if (mRegions.count(c.id))
            mProblems.push_back(warning(Code::DuplicateId, at(p, "id"), {"node", c.id}));
        centers.insert(c.id);
        nodes.insert(c.id);
    }
    duplicates(ids, "center", mCenters);
    for (size_t i = 0; i < s.addInventory.size(); ++i)
        inventory(s.addInventory[i], item(at(path, "add_inventory"), i), centers);
    for (size_t i = 0; i < s.addLinks.size(); ++i)
        link(s.addLinks[i], item(at(path, "add_links"), i), nodes);
}

std::vector<Problem> Checker::run()
{
    periods();
    parameters();
    std::vector<std::pair<std::string, std::string>> ids;
    for (size_t i = 0; i < mP.regions.size(); ++i) {
        const Region &r = mP.regions[i];
        const std::string p = item("regions", i);
        id(r.id, at(p, "id"));
        range(r.lat, at(p, "lat"), -90, 90);
        range(r.lon, at(p, "lon"), -180, 180);
        ids.emplace_back(r.id, at(p, "id"));
        mRegions.insert(r.id);
    }
    duplicates(ids, "region");
    ids.clear();
    for (const auto &c : mP.chips)
        mEcosystems.insert(c.ecosystem);
    for (size_t i = 0; i < mP.chips.size(); ++i) {
        chip(mP.chips[i], item("chips", i));
        ids.emplace_back(mP.chips[i].id, at(item("chips", i), "id"));
        mChips.insert(mP.chips[i].id);
    }
    duplicates(ids, "chip");
    ids.clear();
    for (size_t i = 0; i < mP.centers.size(); ++i) {
        const Center &c = mP.centers[i];
        const std::string p = item("centers", i);
        center(c, p);
        if (c.buildCost)
            mProblems.push_back(warning(Code::UnknownKey, at(p, "build_cost"), {"build_cost"}));
        if (mRegions.count(c.id))
            mProblems.push_back(warning(Code::DuplicateId, at(p, "id"), {"node", c.id}));
        ids.emplace_back(c.id, at(p, "id"));
        mCenters.insert(c.id);
    }
    duplicates(ids, "center");
    ids.clear();
    mNodes = mRegions;
    mNodes.insert(mCenters.begin(), mCenters.end());
    for (size_t i = 0; i < mP.inventory.size(); ++i)
        inventory(mP.inventory[i], item("inventory", i), mCenters);
    for (size_t i = 0; i < mP.links.size(); ++i)
        link(mP.links[i], item("links", i), mNodes);
    for (size_t i = 0; i < mP.tenants.size(); ++i) {
        tenant(mP.tenants[i], item("tenants", i));
        ids.emplace_back(mP.tenants[i].id, at(item("tenants", i), "id"));
    }
    duplicates(ids, "tenant");
    ids.clear();
    for (size_t i = 0; i < mP.scenarios.size(); ++i) {
        scenario(mP.scenarios[i], item("scenarios", i));
        ids.emplace_back(mP.scenarios[i].id, at(item("scenarios", i), "id"));
    }
    duplicates(ids, "scenario");
    if (mHorizonOk)
        power();
    return std::move(mProblems);
}

void Checker::overLimit(const Center &c, double needed, const std::string &path)
{
    if (c.powerMw && std::isfinite(*c.powerMw) && needed > *c.powerMw)
        mProblems.push_back(warning(Code::PowerLimitExceeded, path,
                                    {c.id, formatNumber(needed), formatNumber(*c.powerMw)}));
}

void Checker::power()
{
    const auto base = peakPowerMw(mP);
    for (size_t i = 0; i < mP.centers.size(); ++i)
        overLimit(mP.centers[i], base.count(mP.centers[i].id) ? base.at(mP.centers[i].id) : 0.0,
                  at(item("centers", i), "power_mw"));
    // A scenario that pushes a centre over its limit is named where it adds the chips.
    for (size_t k = 0; k < mP.scenarios.size(); ++k) {
        const Scenario &s = mP.scenarios[k];
        if (s.addInventory.empty())
            continue;
        const auto peak = peakPowerMw(applyScenario(mP, s));
        const std::string path = item("scenarios", k);
        for (size_t i = 0; i < s.addCenters.size(); ++i)
            overLimit(s.addCenters[i], peak.count(s.addCenters[i].id) ? peak.at(s.addCenters[i].id) : 0.0,
                      at(item(at(path, "add_centers"), i), "power_mw"));
        for (const auto &c : mP.centers) {
            const auto b = base.find(c.id);
            const auto p = peak.find(c.id);
            if (b == base.end() || p == peak.end() || p->second <= b->second || b->second > *c.powerMw)
                continue;
            for (size_t j = 0; j < s.addInventory.size(); ++j)
                if (s.addInventory[j].center == c.id) {
                    overLimit(c, p->second, at(item(at(path, "add_inventory"), j), "center"));
                    break;
                }
        }
    }
}

} // namespace

std::vector<Problem> validate(const Project &project)
{
    return Checker(project).run();
}

} // namespace atlas
