// Assumptions, the methods appendix and the data sources.
#include "reportcontent.h"
#include "reporttext.h"

#include "engine/results.h"

#include <QFileInfo>

namespace atlas::report {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString regionName(const Project &p, const std::string &id)
{
    for (const auto &r : p.regions)
        if (r.id == id)
            return r.name.empty() ? q(id) : q(r.name);
    return q(id);
}

QString policyName(Policy p)
{
    switch (p) {
    case Policy::Optimal: return Report::tr("optimal");
    case Policy::Local: return Report::tr("local");
    case Policy::Nearest: return Report::tr("nearest");
    }
    return QString();
}

QString horizonText(const Periods &p)
{
    const QString start = q(formatMonth(p.start));
    switch (p.length) {
    case PeriodLength::Month: return Report::tr("%1 months from %2").arg(p.count).arg(start);
    case PeriodLength::Quarter: return Report::tr("%1 quarters from %2").arg(p.count).arg(start);
    case PeriodLength::Year: return Report::tr("%1 years from %2").arg(p.count).arg(start);
    }
    return QString();
}

void parameterTable(ReportDocument &doc, const ReportInput &in)
{
    const Project &p = in.project();
    const QString cur = in.currency();
    TableSpec t;
    t.header << Report::tr("Parameter") << Report::tr("Value");
    t.align = {Align::Left, Align::Right};
    t.weights = {3, 2};
    auto add = [&](const QString &name, const QString &value) { t.rows.push_back({name, value}); };
    add(Report::tr("Horizon"), horizonText(p.periods));
    add(Report::tr("Currency"), cur);
    add(Report::tr("Access latency, centre to own region"), Report::tr("%1 ms").arg(in.num(p.parameters.accessLatencyMs)));
    add(Report::tr("Transfer cost"), Report::tr("%1 %2 per PFLOPS-h per ms").arg(in.num(p.parameters.transferCost), cur));
    add(Report::tr("Migration cost (non-native ecosystem)"),
        Report::tr("%1 %2 per PFLOPS-h").arg(in.num(p.parameters.migrationCost), cur));
    add(Report::tr("Amortization"), Report::tr("%1 years").arg(in.num(p.parameters.amortizationYears)));
    add(Report::tr("Regions"), in.locale.toString(qlonglong(p.regions.size())));
    add(Report::tr("Centres"), in.locale.toString(qlonglong(p.centers.size())));
    add(Report::tr("Links"), in.locale.toString(qlonglong(p.links.size())));
    add(Report::tr("Tenants"), in.locale.toString(qlonglong(p.tenants.size())));
    doc.caption(Report::tr("Parameters"));
    doc.table(std::move(t));
}

void chipCatalogue(ReportDocument &doc, const ReportInput &in)
{
    TableSpec t;
    t.header << Report::tr("Chip") << Report::tr("Vendor") << Report::tr("Ecosystem") << Report::tr("TFLOPS")
             << Report::tr("Memory\nGB") << Report::tr("TDP\nW") << Report::tr("Idle\nshare")
             << Report::tr("Price\n%1").arg(in.currency());
    t.align = {Align::Left, Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right};
    for (const auto &c : in.project().chips)
        t.rows.push_back({q(c.name), q(c.vendor), q(c.ecosystem), in.num(c.tflops), in.num(c.memoryGb), in.num(c.tdpW),
                          in.pct(c.idleFraction), in.num(c.price)});
    doc.caption(Report::tr("Chip catalogue"));
    doc.table(std::move(t));
}

void centreTable(ReportDocument &doc, const ReportInput &in)
{
    TableSpec t;
    t.header << Report::tr("Centre") << Report::tr("Region") << Report::tr("PUE")
             << Report::tr("Electricity\n%1/kWh").arg(in.currency()) << Report::tr("Availability")
             << Report::tr("Power\nMW");
    t.align = {Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right};
    for (const auto &c : in.project().centers)
        t.rows.push_back({c.name.empty() ? q(c.id) : q(c.name), regionName(in.project(), c.region), in.num(c.pue), in.num(c.electricityPrice),
                          in.pct(c.availability), c.powerMw ? in.num(*c.powerMw) : QStringLiteral("—")});
    doc.caption(Report::tr("Compute centres"));
    doc.table(std::move(t));
}

void overlayTable(ReportDocument &doc, const ReportInput &in)
{
    TableSpec t;
    t.header << Report::tr("Scenario") << Report::tr("Policy") << Report::tr("Demand\nscale")
             << Report::tr("Added centres") << Report::tr("Added chips") << Report::tr("Added\nlinks")
             << Report::tr("Capex\n%1").arg(in.currency());
    t.align = {Align::Left, Align::Left, Align::Right, Align::Left, Align::Left, Align::Right, Align::Right};
    for (int i = 0; i < int(in.results.size()); ++i) {
        const Scenario *s = in.project().scenario(in.results[size_t(i)].scenario);
        if (!s)
            continue;
        QStringList centres, chips;
        for (const auto &c : s->addCenters)
            centres << (c.name.empty() ? q(c.id) : q(c.name));
        for (const auto &inv : s->addInventory)
            chips << Report::tr("%1 × %2 at %3").arg(in.locale.toString(qlonglong(inv.count)), q(inv.chip), q(inv.center));
        t.rows.push_back({in.scenarioName(i), policyName(s->policy), in.num(s->demandScale.value_or(1.0)),
                          centres.isEmpty() ? QStringLiteral("—") : centres.join(u'\n'),
                          chips.isEmpty() ? QStringLiteral("—") : chips.join(u'\n'),
                          in.locale.toString(qlonglong(s->addLinks.size())),
                          in.num(scenarioCapex(in.project(), *s))});
    }
    doc.caption(Report::tr("Scenarios and their changes to the base project"));
    doc.table(std::move(t));
}

} // namespace

void addAssumptions(ReportDocument &doc, const ReportInput &in)
{
    doc.heading(1, Report::tr("Assumptions"));
    doc.paragraph(Report::tr("The figures in this report follow from the inputs below. Every scenario starts from "
                             "the same base project and changes only what its overlay lists."));
    parameterTable(doc, in);
    overlayTable(doc, in);
    chipCatalogue(doc, in);
    centreTable(doc, in);
}

void addMethods(ReportDocument &doc, const ReportInput &)
{
    doc.heading(1, Report::tr("Appendix: methods"));
    doc.paragraph(Report::tr("The planning model asks, for each scenario and each planning period, how much of the "
                             "demand for compute can be served, where, on which chips, at what cost and energy, and "
                             "how much capacity stands idle. Planners have two levers: build (add chips or centres "
                             "where demand is) and use (schedule existing capacity across the network, so that demand "
                             "in one place is served by idle capacity in another)."));
    doc.heading(2, Report::tr("Capacity and demand"));
    doc.paragraph(Report::tr("The capacity of a pool — all chips of one model at one centre — is the number of chips "
                             "in service times their dense FP16 performance times the centre's availability, in "
                             "PFLOPS. A tenant's demand comes from an explicit series, or grows from a base value at "
                             "a constant rate per period; a scenario may scale all demand."));
    doc.heading(2, Report::tr("Who may use what"));
    doc.paragraph(Report::tr("A tenant may use a pool when the chip's software ecosystem is one the tenant can run, "
                             "and the network latency between the tenant's region and the centre — the shortest path "
                             "over the links — is within the tenant's limit. Under the local policy a tenant may use "
                             "only centres in its own region."));
    doc.heading(2, Report::tr("Cost of serving"));
    doc.paragraph(Report::tr("Serving one PFLOPS for one hour costs the extra energy of busy chips over idle ones "
                             "(including the centre's PUE and electricity price), a transfer cost that grows with "
                             "latency, and a migration cost when the tenant runs on an ecosystem other than its "
                             "native one. Demand left unserved costs the tenant's value per PFLOPS-hour."));
    doc.heading(2, Report::tr("Scheduling"));
    doc.paragraph(Report::tr("Each period is solved on its own. The optimal and local policies find the schedule of "
                             "least total cost exactly, as a minimum-cost flow. The nearest policy mimics manual "
                             "allocation: tenants in order of value take capacity from the nearest eligible pools "
                             "first. The reported objective is the total cost of the chosen schedule, whatever the "
                             "policy; capex of what a scenario builds is reported beside it, not inside it."));
    doc.heading(2, Report::tr("Indicators"));
    doc.paragraph(Report::tr("Utilization is served over available capacity; totals over the horizon weigh each "
                             "period by its calendar hours. Energy counts idle chips at their idle share of power and "
                             "busy chips at full power, times PUE. The cross-region share is the part of served "
                             "demand that runs in a region other than the tenant's own."));
}

void addDataSources(ReportDocument &doc, const ReportInput &in)
{
    doc.heading(1, Report::tr("Data sources"));
    if (!in.options.sourceFile.isEmpty())
        doc.bullet(Report::tr("Project: %1 (file %2).")
                       .arg(q(in.project().name), QFileInfo(in.options.sourceFile).fileName()));
    else
        doc.bullet(Report::tr("Project: %1.").arg(q(in.project().name)));
    for (int s = 0; s < int(in.results.size()); ++s) {
        const std::string &id = in.results[size_t(s)].scenario;
        const std::string fingerprint = inputFingerprint(in.project(), id);
        QString when;
        for (const auto &stored : in.data.results)
            if (stored.scenario == id && stored.fingerprint == fingerprint)
                when = q(stored.computedAt);
        doc.bullet(when.isEmpty() ? Report::tr("Results of %1: computed for this report.").arg(in.scenarioName(s))
                                  : Report::tr("Results of %1: stored in the project file, computed %2.")
                                        .arg(in.scenarioName(s), when));
    }
    if (!in.options.missing.isEmpty())
        doc.bullet(Report::tr("Left out, without current results: %1.").arg(in.missingNames()));
    doc.bullet(Report::tr("Chips, centres, tenants and links: as entered in the project; the chip figures are the "
                          "vendors' published dense FP16/BF16 performance, memory and power."));
    if (in.options.has(ReportSection::Map)) {
        doc.bullet(Report::tr("Base map: Natural Earth 1:50m, public domain, via world-atlas 2.0.2."));
        for (const auto &b : in.data.boundaries)
            doc.bullet(b.approvalNumber.empty()
                           ? Report::tr("Boundary layer %1: %2.").arg(q(b.name), q(b.source))
                           : Report::tr("Boundary layer %1: %2, approval number %3.")
                                 .arg(q(b.name), q(b.source), q(b.approvalNumber)));
    }
    doc.bullet(Report::tr("Computed with ComputeAtlas %1, planning model version 1.")
                   .arg(QCoreApplication::applicationVersion()));
}

} // namespace atlas::report
