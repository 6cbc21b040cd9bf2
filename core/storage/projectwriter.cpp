#include "projectwriter.h"

#include "actualsstore.h"
#include "statement.h"

namespace atlas::storage {

namespace {

void bindMonth(Statement &st, int i, const std::optional<Month> &m)
{
    if (m)
        st.bind(i, m->index());
    else
        st.bindNull(i);
}

// `scenario` is the scenario's ord, or nullopt for the base project.
void writeCenters(Statement &st, const std::vector<Center> &centers, std::optional<int> scenario)
{
    int ord = 0;
    for (const auto &c : centers) {
        scenario ? st.bind(1, *scenario) : st.bindNull(1);
        st.bind(2, ord++).bind(3, c.id).bind(4, c.name).bind(5, c.region).bind(6, c.lat).bind(7, c.lon)
            .bind(8, c.pue).bind(9, c.powerMw).bind(10, c.electricityPrice).bind(11, c.availability)
            .bind(12, c.buildCost);
        st.run();
    }
}

void writeInventory(Statement &st, const std::vector<Inventory> &inventory, std::optional<int> scenario)
{
    int ord = 0;
    for (const auto &i : inventory) {
        scenario ? st.bind(1, *scenario) : st.bindNull(1);
        st.bind(2, ord++).bind(3, i.center).bind(4, i.chip).bind(5, i.count);
        bindMonth(st, 6, i.from);
        bindMonth(st, 7, i.until);
        st.run();
    }
}

void writeLinks(Statement &st, const std::vector<Link> &links, std::optional<int> scenario)
{
    int ord = 0;
    for (const auto &l : links) {
        scenario ? st.bind(1, *scenario) : st.bindNull(1);
        st.bind(2, ord++).bind(3, l.from).bind(4, l.to).bind(5, l.latencyMs).bind(6, l.bandwidthGbps);
        st.run();
    }
}

void writeTenants(Database &db, const std::vector<Tenant> &tenants)
{
    Statement st(db, "INSERT INTO tenants VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement eco(db, "INSERT INTO tenant_ecosystems VALUES (?,?,?)");
    int ord = 0;
    for (const auto &t : tenants) {
        st.bind(1, ord).bind(2, t.id).bind(3, t.name).bind(4, t.region).bind(5, t.industry)
            .bind(6, toString(t.workload)).bind(7, t.maxLatencyMs).bind(8, t.value).bind(9, t.transferCost)
            .bind(10, t.demand.explicitSeries ? 1 : 0).bindDoubles(11, t.demand.series)
            .bind(12, t.demand.base).bind(13, t.demand.growth);
        bindMonth(st, 14, t.demand.from);
        st.run();
        int e = 0;
        for (const auto &ecosystem : t.ecosystems) {
            eco.bind(1, ord).bind(2, e++).bind(3, ecosystem);
            eco.run();
        }
        ++ord;
    }
}

void writeModel(Database &db, const Project &p)
{
    Statement project(db, "INSERT INTO project VALUES (1,?,?,?,?,?)");
    project.bind(1, p.name).bind(2, p.currency).bind(3, p.periods.start.index()).bind(4, p.periods.count)
        .bind(5, toString(p.periods.length));
    project.run();

    Statement parameters(db, "INSERT INTO parameters VALUES (1,?,?,?,?)");
    parameters.bind(1, p.parameters.accessLatencyMs).bind(2, p.parameters.transferCost)
        .bind(3, p.parameters.migrationCost).bind(4, p.parameters.amortizationYears);
    parameters.run();

    Statement regions(db, "INSERT INTO regions VALUES (?,?,?,?,?)");
    int ord = 0;
    for (const auto &r : p.regions) {
        regions.bind(1, ord++).bind(2, r.id).bind(3, r.name).bind(4, r.lat).bind(5, r.lon);
        regions.run();
    }

    Statement chips(db, "INSERT INTO chips VALUES (?,?,?,?,?,?,?,?,?,?)");
    ord = 0;
    for (const auto &c : p.chips) {
        chips.bind(1, ord++).bind(2, c.id).bind(3, c.vendor).bind(4, c.name).bind(5, c.ecosystem)
            .bind(6, c.tflops).bind(7, c.memoryGb).bind(8, c.tdpW).bind(9, c.idleFraction).bind(10, c.price);
        chips.run();
    }

    Statement centers(db, "INSERT INTO centers VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement inventory(db, "INSERT INTO inventory VALUES (?,?,?,?,?,?,?)");
    Statement links(db, "INSERT INTO links VALUES (?,?,?,?,?,?)");
    writeCenters(centers, p.centers, std::nullopt);
    writeInventory(inventory, p.inventory, std::nullopt);
    writeLinks(links, p.links, std::nullopt);

    writeTenants(db, p.tenants);

    Statement scenarios(db, "INSERT INTO scenarios VALUES (?,?,?,?,?)");
    ord = 0;
    for (const auto &s : p.scenarios) {
        scenarios.bind(1, ord).bind(2, s.id).bind(3, s.name).bind(4, toString(s.policy)).bind(5, s.demandScale);
        scenarios.run();
        writeCenters(centers, s.addCenters, ord);
        writeInventory(inventory, s.addInventory, ord);
        writeLinks(links, s.addLinks, ord);
        ++ord;
    }
}

} // namespace

void writeProjectData(Database &db, const ProjectData &data)
{
    writeModel(db, data.project);

    Statement layout(db, "INSERT INTO layout VALUES (?,?)");
    for (const auto &[key, value] : data.layout) {
        layout.bind(1, key).bind(2, value);
        layout.run();
    }

    Statement results(db, "INSERT INTO results VALUES (?,?,?,?,?)");
    int ord = 0;
    for (const auto &r : data.results) {
        results.bind(1, ord++).bind(2, r.scenario).bind(3, r.fingerprint).bind(4, r.computedAt).bind(5, r.payload);
        results.run();
    }

    Statement boundaries(db, "INSERT INTO boundaries VALUES (?,?,?,?,?)");
    ord = 0;
    for (const auto &b : data.boundaries) {
        boundaries.bind(1, ord++).bind(2, b.name).bind(3, b.source).bind(4, b.approvalNumber).bind(5, b.geojson);
        boundaries.run();
    }

    writeActuals(db, data.actuals);
}

} // namespace atlas::storage
