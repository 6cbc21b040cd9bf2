#include "model.h"

#include <cmath>

namespace atlas {

std::string toString(PeriodLength v)
{
    switch (v) {
    case PeriodLength::Month: return "month";
    case PeriodLength::Quarter: return "quarter";
    case PeriodLength::Year: return "year";
    }
    return "month";
}

std::string toString(Policy v)
{
    switch (v) {
    case Policy::Optimal: return "optimal";
    case Policy::Local: return "local";
    case Policy::Nearest: return "nearest";
    }
    return "optimal";
}

std::string toString(Workload v)
{
    switch (v) {
    case Workload::Training: return "training";
    case Workload::Inference: return "inference";
    case Workload::Finetune: return "finetune";
    case Workload::Hpc: return "hpc";
    case Workload::Video: return "video";
    }
    return "inference";
}

std::optional<PeriodLength> parsePeriodLength(std::string_view text)
{
    if (text == "month") return PeriodLength::Month;
    if (text == "quarter") return PeriodLength::Quarter;
    if (text == "year") return PeriodLength::Year;
    return std::nullopt;
}

std::optional<Policy> parsePolicy(std::string_view text)
{
    if (text == "optimal") return Policy::Optimal;
    if (text == "local") return Policy::Local;
    if (text == "nearest") return Policy::Nearest;
    return std::nullopt;
}

std::optional<Workload> parseWorkload(std::string_view text)
{
    if (text == "training") return Workload::Training;
    if (text == "inference") return Workload::Inference;
    if (text == "finetune") return Workload::Finetune;
    if (text == "hpc") return Workload::Hpc;
    if (text == "video") return Workload::Video;
    return std::nullopt;
}

int Periods::monthsPerPeriod() const
{
    switch (length) {
    case PeriodLength::Month: return 1;
    case PeriodLength::Quarter: return 3;
    case PeriodLength::Year: return 12;
    }
    return 1;
}

Month Periods::firstMonth(int t) const
{
    return start.plus(t * monthsPerPeriod());
}

Month Periods::lastMonth(int t) const
{
    return start.plus((t + 1) * monthsPerPeriod() - 1);
}

double Periods::hours(int t) const
{
    int days = 0;
    const Month first = firstMonth(t);
    for (int i = 0; i < monthsPerPeriod(); ++i)
        days += daysInMonth(first.plus(i));
    return days * 24.0;
}

std::optional<int> Periods::periodOf(Month m) const
{
    const int offset = m.index() - start.index();
    if (offset < 0)
        return std::nullopt;
    const int t = offset / monthsPerPeriod();
    if (t >= count)
        return std::nullopt;
    return t;
}

const Scenario *Project::scenario(std::string_view id) const
{
    for (const auto &s : scenarios)
        if (s.id == id)
            return &s;
    return nullptr;
}

double demandAt(const Tenant &tenant, const Periods &periods, int t)
{
    const Demand &d = tenant.demand;
    if (d.explicitSeries)
        return t >= 0 && t < static_cast<int>(d.series.size()) ? d.series[t] : 0.0;
    int tFrom = 0;
    if (d.from) {
        if (auto p = periods.periodOf(*d.from))
            tFrom = *p;
        else if (*d.from < periods.start)
            tFrom = 0;
        else
            return 0.0; // starts after the horizon
    }
    if (t < tFrom)
        return 0.0;
    return d.base * std::pow(1.0 + d.growth, t - tFrom);
}

Project applyScenario(const Project &base, const Scenario &scenario)
{
    Project p = base;
    for (const auto &c : scenario.addCenters)
        p.centers.push_back(c);
    for (const auto &i : scenario.addInventory)
        p.inventory.push_back(i);
    for (const auto &l : scenario.addLinks)
        p.links.push_back(l);
    return p;
}

double scenarioCapex(const Project &base, const Scenario &scenario)
{
    double capex = 0;
    for (const auto &inv : scenario.addInventory)
        for (const auto &chip : base.chips)
            if (chip.id == inv.chip)
                capex += static_cast<double>(inv.count) * chip.price;
    for (const auto &c : scenario.addCenters)
        capex += c.buildCost.value_or(0.0);
    return capex;
}

} // namespace atlas
