// Utilization by centre, served share by tenant, the chip mix.
#include "reportcontent.h"
#include "reporttext.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace atlas::report {
namespace {

/** Scenario columns per table; more scenarios continue in another table. */
constexpr int kColumns = 5;
/** Tenants listed: the least served first. */
constexpr int kTenantRows = 40;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

const Series *findSeries(const std::vector<Series> &list, const std::string &key)
{
    for (const auto &s : list)
        if (s.key == key)
            return &s;
    return nullptr;
}

QString regionName(const Project &p, const std::string &id)
{
    for (const auto &r : p.regions)
        if (r.id == id)
            return r.name.empty() ? q(id) : q(r.name);
    return q(id);
}

void centreTable(ReportDocument &doc, const ReportInput &in)
{
    // Every centre of the base project, then those the chosen scenarios add.
    std::vector<const Center *> centres;
    for (const auto &c : in.project().centers)
        centres.push_back(&c);
    for (const auto &r : in.results)
        if (const Scenario *s = in.project().scenario(r.scenario))
            for (const auto &c : s->addCenters)
                if (std::none_of(centres.begin(), centres.end(), [&](const Center *x) { return x->id == c.id; }))
                    centres.push_back(&c);

    doc.heading(2, Report::tr("Utilization by centre"));
    const int n = int(in.results.size());
    const int per = columnsPerTable(n, kColumns);
    for (int first = 0; first < n; first += per) {
        const int last = std::min(n, first + per);
        TableSpec t;
        t.header << Report::tr("Centre") << Report::tr("Region");
        t.align = {Align::Left, Align::Left};
        for (int s = first; s < last; ++s) {
            t.header << in.scenarioName(s);
            t.align.push_back(Align::Right);
        }
        for (const Center *c : centres) {
            QStringList row{c->name.empty() ? q(c->id) : q(c->name), regionName(in.project(), c->region)};
            for (int s = first; s < last; ++s) {
                const Series *series = findSeries(in.results[size_t(s)].centers, c->id);
                row << (series ? in.pct(seriesUtilization(in.results[size_t(s)], *series)) : QStringLiteral("—"));
            }
            t.rows.push_back(row);
        }
        doc.caption(Report::tr("Utilization by centre over the horizon"));
        doc.table(std::move(t));
    }
    doc.note(Report::tr("Served PFLOPS-h over available PFLOPS-h of each centre; “—” where the centre does not "
                        "exist in a scenario."));
}

/** Demand-weighted served share of each tenant over the horizon, and its demand in PFLOPS-h. */
struct TenantFigures {
    std::vector<double> share;  ///< per scenario
    double demand = 0;          ///< PFLOPS-h in the baseline
};

void tenantTable(ReportDocument &doc, const ReportInput &in)
{
    const Project &project = in.project();
    const int n = int(in.results.size());
    std::vector<std::unordered_map<std::string, const std::vector<double> *>> shares;
    shares.resize(size_t(n));
    for (int s = 0; s < n; ++s)
        for (const auto &entry : in.results[size_t(s)].tenantServedShare)
            shares[size_t(s)][entry.first] = &entry.second;

    std::vector<std::pair<const Tenant *, TenantFigures>> rows;
    for (const auto &tenant : project.tenants) {
        TenantFigures f;
        for (int s = 0; s < n; ++s) {
            const ScenarioResult &r = in.results[size_t(s)];
            const Scenario *sc = project.scenario(r.scenario);
            const double scale = sc && sc->demandScale ? *sc->demandScale : 1.0;
            const auto it = shares[size_t(s)].find(tenant.id);
            double demand = 0, served = 0;
            for (int t = 0; t < int(r.periods.size()); ++t) {
                const double d = demandAt(tenant, project.periods, t) * scale * r.periods[size_t(t)].hours;
                demand += d;
                if (it != shares[size_t(s)].end() && t < int(it->second->size()))
                    served += d * (*it->second)[size_t(t)];
            }
            f.share.push_back(demand > 0 ? served / demand : 1.0);
            if (s == in.baseline)
                f.demand = demand;
        }
        rows.emplace_back(&tenant, std::move(f));
    }
    const int b = in.baseline;
    std::stable_sort(rows.begin(), rows.end(), [b](const auto &x, const auto &y) {
        if (x.second.share[size_t(b)] != y.second.share[size_t(b)])
            return x.second.share[size_t(b)] < y.second.share[size_t(b)];
        return x.second.demand > y.second.demand;
    });
    const int shown = std::min(int(rows.size()), kTenantRows);

    doc.heading(2, Report::tr("Served share by tenant"));
    const int per = columnsPerTable(n, kColumns);
    for (int first = 0; first < n; first += per) {
        const int last = std::min(n, first + per);
        TableSpec t;
        t.header << Report::tr("Tenant") << Report::tr("Region") << Report::tr("Demand\nPFLOPS-h");
        t.align = {Align::Left, Align::Left, Align::Right};
        for (int s = first; s < last; ++s) {
            t.header << in.scenarioName(s);
            t.align.push_back(Align::Right);
        }
        for (int i = 0; i < shown; ++i) {
            const Tenant &tenant = *rows[size_t(i)].first;
            QStringList row{tenant.name.empty() ? q(tenant.id) : q(tenant.name), regionName(project, tenant.region),
                            in.num(rows[size_t(i)].second.demand)};
            for (int s = first; s < last; ++s)
                row << in.pct(rows[size_t(i)].second.share[size_t(s)]);
            t.rows.push_back(row);
        }
        doc.caption(Report::tr("Served share of demand by tenant, least served first"));
        doc.table(std::move(t));
    }
    QString note = Report::tr("Served PFLOPS-h over demanded PFLOPS-h of each tenant; demand as in the baseline.");
    if (int(rows.size()) > shown)
        note += u' '
                + Report::tr("Tenants not listed: %1, each served at least %2 in the baseline.")
                      .arg(in.locale.toString(qlonglong(rows.size()) - shown),
                           in.pct(rows[size_t(shown)].second.share[size_t(b)]));
    doc.note(note);
}

void chipTable(ReportDocument &doc, const ReportInput &in)
{
    const Project &project = in.project();
    const Periods &periods = project.periods;
    const ScenarioResult &base = in.results[size_t(in.baseline)];
    double allCapacity = 0;
    for (const auto &s : base.chips)
        allCapacity += hourWeighted(base, s.capacity);

    doc.heading(2, Report::tr("Chip mix"));
    const int n = int(in.results.size());
    const int per = columnsPerTable(n, kColumns);
    for (int first = 0; first < n; first += per) {
        const int last = std::min(n, first + per);
        TableSpec t;
        t.header << Report::tr("Chip") << Report::tr("Ecosystem") << Report::tr("Units") << Report::tr("Capacity\nshare");
        t.align = {Align::Left, Align::Left, Align::Right, Align::Right};
        for (int s = first; s < last; ++s) {
            t.header << in.scenarioName(s);
            t.align.push_back(Align::Right);
        }
        for (const auto &chip : project.chips) {
            std::int64_t units = 0;
            for (const auto &inv : project.inventory)
                if (inv.chip == chip.id && inv.inService(periods.firstMonth(periods.count - 1)))
                    units += inv.count;
            const Series *bs = findSeries(base.chips, chip.id);
            const double share = bs && allCapacity > 0 ? hourWeighted(base, bs->capacity) / allCapacity : 0.0;
            QStringList row{QStringLiteral("%1 %2").arg(q(chip.vendor), q(chip.name)), q(chip.ecosystem),
                            in.locale.toString(qlonglong(units)), in.pct(share)};
            for (int s = first; s < last; ++s) {
                const Series *series = findSeries(in.results[size_t(s)].chips, chip.id);
                row << (series ? in.pct(seriesUtilization(in.results[size_t(s)], *series)) : QStringLiteral("—"));
            }
            t.rows.push_back(row);
        }
        doc.caption(Report::tr("Chips: units in service at the end of the horizon, share of capacity in the "
                               "baseline, utilization by scenario"));
        doc.table(std::move(t));
    }
}

} // namespace

void addBreakdowns(ReportDocument &doc, const ReportInput &in)
{
    doc.heading(1, Report::tr("Centres, tenants and chips"));
    centreTable(doc, in);
    tenantTable(doc, in);
    chipTable(doc, in);
}

} // namespace atlas::report
