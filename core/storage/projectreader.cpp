#include "projectreader.h"

#include "actualsstore.h"
#include "statement.h"

#include <algorithm>
#include <climits>

namespace atlas::storage {

namespace {

[[noreturn]] void inconsistent(const std::string &what)
{
    throw SqlError(SQLITE_CORRUPT, what);
}

int toInt(std::int64_t v, const char *what)
{
    if (v < INT_MIN || v > INT_MAX)
        inconsistent(std::string(what) + " out of range");
    return static_cast<int>(v);
}

std::optional<Month> optMonth(const Statement &st, int col)
{
    if (st.isNull(col))
        return std::nullopt;
    return Month::fromIndex(toInt(st.int64(col), "month"));
}

/** Position of `ord` among the sorted ords of the owning rows. */
size_t owner(const std::vector<std::int64_t> &ords, std::int64_t ord, const char *what)
{
    const auto it = std::lower_bound(ords.begin(), ords.end(), ord);
    if (it == ords.end() || *it != ord)
        inconsistent(std::string(what) + " refers to a missing row " + std::to_string(ord));
    return static_cast<size_t>(it - ords.begin());
}

// Rows with a NULL scenario belong to the base project; NULLs sort first.
template<typename T, typename Read>
void readScoped(Database &db, const char *sql, Project &p, const std::vector<std::int64_t> &scenarioOrds,
                std::vector<T> Project::*base, std::vector<T> Scenario::*added, Read read)
{
    Statement st(db, sql);
    while (st.step()) {
        T item = read(st);
        if (st.isNull(0))
            (p.*base).push_back(std::move(item));
        else
            (p.scenarios[owner(scenarioOrds, st.int64(0), "scenario")].*added).push_back(std::move(item));
    }
}

Center readCenter(const Statement &st)
{
    Center c;
    c.id = st.text(1);
    c.name = st.text(2);
    c.region = st.text(3);
    c.lat = st.real(4);
    c.lon = st.real(5);
    c.pue = st.real(6);
    c.powerMw = st.optReal(7);
    c.electricityPrice = st.real(8);
    c.availability = st.real(9);
    c.buildCost = st.optReal(10);
    return c;
}

Inventory readInventory(const Statement &st)
{
    Inventory i;
    i.center = st.text(1);
    i.chip = st.text(2);
    i.count = st.int64(3);
    i.from = optMonth(st, 4);
    i.until = optMonth(st, 5);
    return i;
}

Link readLink(const Statement &st)
{
    Link l;
    l.from = st.text(1);
    l.to = st.text(2);
    l.latencyMs = st.real(3);
    l.bandwidthGbps = st.optReal(4);
    return l;
}

void readHeader(Database &db, Project &p)
{
    Statement project(db, "SELECT name, currency, period_start, period_count, period_length FROM project");
    if (!project.step())
        inconsistent("no project row");
    p.name = project.text(0);
    p.currency = project.text(1);
    p.periods.start = Month::fromIndex(toInt(project.int64(2), "period_start"));
    p.periods.count = toInt(project.int64(3), "period_count");
    const auto length = parsePeriodLength(project.text(4));
    if (!length)
        inconsistent("unknown period_length");
    p.periods.length = *length;
    if (project.step())
        inconsistent("more than one project row");

    Statement parameters(db, "SELECT access_latency_ms, transfer_cost, migration_cost, amortization_years FROM parameters");
    if (!parameters.step())
        inconsistent("no parameters row");
    p.parameters.accessLatencyMs = parameters.real(0);
    p.parameters.transferCost = parameters.real(1);
    p.parameters.migrationCost = parameters.real(2);
    p.parameters.amortizationYears = parameters.real(3);
}

void readTenants(Database &db, Project &p)
{
    Statement st(db, "SELECT ord, id, name, region, industry, workload, max_latency_ms, value, transfer_cost,"
                     " demand_explicit, demand_series, demand_base, demand_growth, demand_from"
                     " FROM tenants ORDER BY ord");
    std::vector<std::int64_t> ords;
    while (st.step()) {
        Tenant t;
        ords.push_back(st.int64(0));
        t.id = st.text(1);
        t.name = st.text(2);
        t.region = st.text(3);
        t.industry = st.text(4);
        const auto workload = parseWorkload(st.text(5));
        if (!workload)
            inconsistent("unknown workload");
        t.workload = *workload;
        t.maxLatencyMs = st.optReal(6);
        t.value = st.real(7);
        t.transferCost = st.optReal(8);
        t.demand.explicitSeries = st.int64(9) != 0;
        t.demand.series = st.doubles(10);
        t.demand.base = st.real(11);
        t.demand.growth = st.real(12);
        t.demand.from = optMonth(st, 13);
        p.tenants.push_back(std::move(t));
    }
    Statement eco(db, "SELECT tenant, ecosystem FROM tenant_ecosystems ORDER BY tenant, ord");
    while (eco.step())
        p.tenants[owner(ords, eco.int64(0), "tenant_ecosystems")].ecosystems.push_back(eco.text(1));
}

Project readModel(Database &db)
{
    Project p;
    readHeader(db, p);

    Statement regions(db, "SELECT id, name, lat, lon FROM regions ORDER BY ord");
    while (regions.step())
        p.regions.push_back(Region{regions.text(0), regions.text(1), regions.real(2), regions.real(3)});

    Statement chips(db, "SELECT id, vendor, name, ecosystem, tflops, memory_gb, tdp_w, idle_fraction, price"
                        " FROM chips ORDER BY ord");
    while (chips.step())
        p.chips.push_back(Chip{chips.text(0), chips.text(1), chips.text(2), chips.text(3), chips.real(4),
                               chips.real(5), chips.real(6), chips.real(7), chips.real(8)});

    readTenants(db, p);

    Statement scenarios(db, "SELECT ord, id, name, policy, demand_scale FROM scenarios ORDER BY ord");
    std::vector<std::int64_t> scenarioOrds;
    while (scenarios.step()) {
        Scenario s;
        scenarioOrds.push_back(scenarios.int64(0));
        s.id = scenarios.text(1);
        s.name = scenarios.text(2);
        const auto policy = parsePolicy(scenarios.text(3));
        if (!policy)
            inconsistent("unknown policy");
        s.policy = *policy;
        s.demandScale = scenarios.optReal(4);
        p.scenarios.push_back(std::move(s));
    }

    readScoped(db, "SELECT scenario, id, name, region, lat, lon, pue, power_mw, electricity_price, availability,"
                   " build_cost FROM centers ORDER BY scenario, ord",
               p, scenarioOrds, &Project::centers, &Scenario::addCenters, readCenter);
    readScoped(db, "SELECT scenario, center, chip, count, from_month, until_month FROM inventory"
                   " ORDER BY scenario, ord",
               p, scenarioOrds, &Project::inventory, &Scenario::addInventory, readInventory);
    readScoped(db, "SELECT scenario, from_node, to_node, latency_ms, bandwidth_gbps FROM links"
                   " ORDER BY scenario, ord",
               p, scenarioOrds, &Project::links, &Scenario::addLinks, readLink);
    return p;
}

} // namespace

ProjectData readProjectData(Database &db, std::vector<Problem> &warnings)
{
    ProjectData data;
    data.project = readModel(db);

    Statement layout(db, "SELECT key, value FROM layout");
    while (layout.step())
        data.layout[layout.text(0)] = layout.text(1);

    Statement results(db, "SELECT scenario, fingerprint, computed_at, payload FROM results ORDER BY ord");
    while (results.step())
        data.results.push_back(StoredResult{results.text(0), results.text(1), results.text(2), results.text(3)});

    Statement boundaries(db, "SELECT name, source, approval_number, geojson FROM boundaries ORDER BY ord");
    while (boundaries.step())
        data.boundaries.push_back(
            BoundaryLayer{boundaries.text(0), boundaries.text(1), boundaries.text(2), boundaries.text(3)});

    data.actuals = readActuals(db, data.project.periods.count, warnings);
    return data;
}

} // namespace atlas::storage
