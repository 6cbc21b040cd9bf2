#pragma once

#include "month.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atlas {

enum class PeriodLength { Month, Quarter, Year };
enum class Policy { Optimal, Local, Nearest };
enum class Workload { Training, Inference, Finetune, Hpc, Video };

std::string toString(PeriodLength v);   // "month" | "quarter" | "year"
std::string toString(Policy v);         // "optimal" | "local" | "nearest"
std::string toString(Workload v);       // "training" | ...
std::optional<PeriodLength> parsePeriodLength(std::string_view text);
std::optional<Policy> parsePolicy(std::string_view text);
std::optional<Workload> parseWorkload(std::string_view text);

/** The planning horizon: `count` consecutive periods of one length from `start`. */
struct Periods {
    Month start;
    int count = 12;
    PeriodLength length = PeriodLength::Month;

    int monthsPerPeriod() const;
    Month firstMonth(int t) const;
    Month lastMonth(int t) const;
    /** Calendar hours of period t (31-day month = 744; leap years count). */
    double hours(int t) const;
    /** The period containing month m, or nullopt when m lies outside the horizon. */
    std::optional<int> periodOf(Month m) const;
    /** "2026-01" for months, the first month of the period otherwise. */
    std::string label(int t) const { return formatMonth(firstMonth(t)); }

    bool operator==(const Periods &) const = default;
};

struct Parameters {
    double accessLatencyMs = 1.0;
    double transferCost = 0.0;
    double migrationCost = 0.0;
    double amortizationYears = 5.0;

    bool operator==(const Parameters &) const = default;
};

struct Region {
    std::string id;
    std::string name;
    double lat = 0;
    double lon = 0;

    bool operator==(const Region &) const = default;
};

struct Center {
    std::string id;
    std::string name;
    std::string region;
    double lat = 0;
    double lon = 0;
    double pue = 1.0;
    std::optional<double> powerMw;
    double electricityPrice = 0;      ///< currency per kWh
    double availability = 1.0;        ///< usable share of installed chips
    std::optional<double> buildCost;  ///< only on centres a scenario adds (capex)

    bool operator==(const Center &) const = default;
};

struct Chip {
    std::string id;
    std::string vendor;
    std::string name;
    std::string ecosystem;
    double tflops = 0;
    double memoryGb = 0;
    double tdpW = 0;
    double idleFraction = 0;
    double price = 0;

    bool operator==(const Chip &) const = default;
};

struct Inventory {
    std::string center;
    std::string chip;
    std::int64_t count = 0;
    std::optional<Month> from;   ///< absent: in service since before the horizon
    std::optional<Month> until;  ///< absent: forever

    /** In service in a period whose first month is m. */
    bool inService(Month m) const { return (!from || *from <= m) && (!until || m <= *until); }

    bool operator==(const Inventory &) const = default;
};

struct Link {
    std::string from;
    std::string to;
    double latencyMs = 0;
    std::optional<double> bandwidthGbps;

    bool operator==(const Link &) const = default;
};

struct Demand {
    bool explicitSeries = false;
    std::vector<double> series;  ///< when explicitSeries: one value per period
    double base = 0;
    double growth = 0;
    std::optional<Month> from;

    bool operator==(const Demand &) const = default;
};

struct Tenant {
    std::string id;
    std::string name;
    std::string region;
    std::string industry;
    Workload workload = Workload::Inference;
    std::vector<std::string> ecosystems;  ///< ordered, first is native
    std::optional<double> maxLatencyMs;
    double value = 0;                     ///< currency per unserved PFLOPS-hour
    std::optional<double> transferCost;   ///< overrides parameters.transfer_cost
    Demand demand;

    bool operator==(const Tenant &) const = default;
};

struct Scenario {
    std::string id;
    std::string name;
    Policy policy = Policy::Optimal;
    std::optional<double> demandScale;
    std::vector<Center> addCenters;
    std::vector<Inventory> addInventory;
    std::vector<Link> addLinks;

    bool operator==(const Scenario &) const = default;
};

struct Project {
    std::string name;
    std::string currency = "CNY";
    Periods periods;
    Parameters parameters;
    std::vector<Region> regions;
    std::vector<Center> centers;
    std::vector<Chip> chips;
    std::vector<Inventory> inventory;
    std::vector<Link> links;
    std::vector<Tenant> tenants;
    std::vector<Scenario> scenarios;

    const Scenario *scenario(std::string_view id) const;
    bool operator==(const Project &) const = default;
};


/**
 * Demand of tenant j in period t, PFLOPS sustained (MODEL.md), before the scenario's
 * demand_scale. An explicit series shorter than the horizon gives 0 past its end.
 */
double demandAt(const Tenant &tenant, const Periods &periods, int t);

/** The base project with the scenario's overlays applied (added centres, inventory, links). */
Project applyScenario(const Project &base, const Scenario &scenario);

/** Σ added inventory × chip price + Σ added centres' build_cost. Unknown chips count 0. */
double scenarioCapex(const Project &base, const Scenario &scenario);

} // namespace atlas
