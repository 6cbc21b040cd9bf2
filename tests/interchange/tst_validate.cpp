#include "interchange/validate.h"
#include "testutil.h"

#include <QTest>

#include <functional>
#include <limits>

using namespace atlas;

namespace {

/** A valid two-region project with one of everything, built in code as the app would. */
Project validProject()
{
    Project p;
    p.name = "校验";
    p.periods = Periods{Month{2026, 1}, 12, PeriodLength::Month};
    p.regions = {{"GZ", "贵州", 26.6, 106.7}, {"HN", "湖南", 28.2, 112.9}};
    p.centers.push_back({"guian", "贵安", "GZ", 26.4, 106.4, 1.2, 10.0, 0.35, 0.97, std::nullopt});
    p.chips.push_back({"910b", "华为", "昇腾", "cann", 320, 64, 400, 0.3, 120000});
    p.inventory.push_back({"guian", "910b", 1000, Month{2025, 1}, Month{2030, 12}});
    p.links.push_back({"GZ", "HN", 8, 400.0});
    Tenant t;
    t.id = "t1";
    t.name = "租户";
    t.region = "HN";
    t.ecosystems = {"cann"};
    t.value = 3;
    t.demand.base = 50;
    t.demand.growth = 0.02;
    t.demand.from = Month{2026, 3};
    p.tenants.push_back(t);
    Tenant s = t;
    s.id = "t2";
    s.demand = Demand{};
    s.demand.explicitSeries = true;
    s.demand.series.assign(12, 1.0);
    p.tenants.push_back(s);
    Scenario build{"build", "新建", Policy::Local, 1.0, {}, {}, {}};
    build.addCenters.push_back({"hn-new", "长沙", "HN", 28.2, 112.9, 1.3, 5.0, 0.6, 1.0, 8e8});
    build.addInventory.push_back({"hn-new", "910b", 100, Month{2027, 1}, std::nullopt});
    build.addLinks.push_back({"hn-new", "GZ", 10, std::nullopt});
    p.scenarios = {{"today", "现状", Policy::Optimal, std::nullopt, {}, {}, {}}, build};
    return p;
}

struct Case {
    const char *name;
    std::function<void(Project &)> change;
    Code code;
    const char *path;
    Severity severity = Severity::Error;
};

const double nan = std::numeric_limits<double>::quiet_NaN();
const double inf = std::numeric_limits<double>::infinity();

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {"duplicate region", [](Project &p) { p.regions.push_back(p.regions[0]); }, Code::DuplicateId, "regions[2].id"},
        {"duplicate chip", [](Project &p) { p.chips.push_back(p.chips[0]); }, Code::DuplicateId, "chips[1].id"},
        {"duplicate tenant", [](Project &p) { p.tenants[1].id = "t1"; }, Code::DuplicateId, "tenants[1].id"},
        {"duplicate scenario", [](Project &p) { p.scenarios[1].id = "today"; }, Code::DuplicateId, "scenarios[1].id"},
        {"added centre clashes", [](Project &p) { p.scenarios[1].addCenters[0].id = "guian"; p.scenarios[1].addInventory.clear(); p.scenarios[1].addLinks.clear(); },
         Code::DuplicateId, "scenarios[1].add_centers[0].id"},
        {"centre named like a region", [](Project &p) { p.centers[0].id = "HN"; p.inventory.clear(); }, Code::DuplicateId, "centers[0].id", Severity::Warning},
        {"unknown centre region", [](Project &p) { p.centers[0].region = "XX"; }, Code::UnknownReference, "centers[0].region"},
        {"unknown inventory centre", [](Project &p) { p.inventory[0].center = "XX"; }, Code::UnknownReference, "inventory[0].center"},
        {"unknown inventory chip", [](Project &p) { p.inventory[0].chip = "XX"; }, Code::UnknownReference, "inventory[0].chip"},
        {"added inventory centre of another scenario", [](Project &p) { p.scenarios[0].addInventory.push_back({"hn-new", "910b", 1, {}, {}}); },
         Code::UnknownReference, "scenarios[0].add_inventory[0].center"},
        {"link to unknown node", [](Project &p) { p.links[0].to = "XX"; }, Code::UnknownReference, "links[0].to"},
        {"added link to unknown node", [](Project &p) { p.scenarios[1].addLinks[0].to = "XX"; }, Code::UnknownReference, "scenarios[1].add_links[0].to"},
        {"unknown tenant region", [](Project &p) { p.tenants[0].region = "XX"; }, Code::UnknownReference, "tenants[0].region"},
        {"no ecosystems", [](Project &p) { p.tenants[0].ecosystems.clear(); }, Code::EmptyList, "tenants[0].ecosystems"},
        {"ecosystem no chip has", [](Project &p) { p.tenants[0].ecosystems.push_back("cuda"); }, Code::UnknownEcosystem, "tenants[0].ecosystems[1]", Severity::Warning},
        {"negative price", [](Project &p) { p.chips[0].price = -1; }, Code::NegativeNumber, "chips[0].price"},
        {"negative count", [](Project &p) { p.inventory[0].count = -5; }, Code::NegativeNumber, "inventory[0].count"},
        {"negative latency", [](Project &p) { p.links[0].latencyMs = -1; }, Code::NegativeNumber, "links[0].latency_ms"},
        {"negative demand scale", [](Project &p) { p.scenarios[1].demandScale = -1; }, Code::NegativeNumber, "scenarios[1].demand_scale"},
        {"negative series value", [](Project &p) { p.tenants[1].demand.series[4] = -1; }, Code::NegativeNumber, "tenants[1].demand.series[4]"},
        {"negative transfer parameter", [](Project &p) { p.parameters.transferCost = -0.1; }, Code::NegativeNumber, "parameters.transfer_cost"},
        {"NaN electricity price", [](Project &p) { p.centers[0].electricityPrice = nan; }, Code::NotFinite, "centers[0].electricity_price"},
        {"infinite value", [](Project &p) { p.tenants[0].value = inf; }, Code::NotFinite, "tenants[0].value"},
        {"pue below one", [](Project &p) { p.centers[0].pue = 0.99; }, Code::PueBelowOne, "centers[0].pue"},
        {"added pue below one", [](Project &p) { p.scenarios[1].addCenters[0].pue = 0.5; }, Code::PueBelowOne, "scenarios[1].add_centers[0].pue"},
        {"availability zero", [](Project &p) { p.centers[0].availability = 0; }, Code::NotPositive, "centers[0].availability"},
        {"availability above one", [](Project &p) { p.centers[0].availability = 1.01; }, Code::OutOfRange, "centers[0].availability"},
        {"idle fraction negative", [](Project &p) { p.chips[0].idleFraction = -0.1; }, Code::OutOfRange, "chips[0].idle_fraction"},
        {"idle fraction above one", [](Project &p) { p.chips[0].idleFraction = 1.5; }, Code::OutOfRange, "chips[0].idle_fraction"},
        {"growth -1", [](Project &p) { p.tenants[0].demand.growth = -1; }, Code::OutOfRange, "tenants[0].demand.growth"},
        {"growth above 10", [](Project &p) { p.tenants[0].demand.growth = 10.5; }, Code::OutOfRange, "tenants[0].demand.growth"},
        {"zero tflops", [](Project &p) { p.chips[0].tflops = 0; }, Code::NotPositive, "chips[0].tflops"},
        {"zero amortization", [](Project &p) { p.parameters.amortizationYears = 0; }, Code::NotPositive, "parameters.amortization_years"},
        {"latitude out of range", [](Project &p) { p.regions[0].lat = -91; }, Code::OutOfRange, "regions[0].lat"},
        {"series too short", [](Project &p) { p.tenants[1].demand.series.pop_back(); }, Code::SeriesLength, "tenants[1].demand.series"},
        {"demand from after horizon", [](Project &p) { p.tenants[0].demand.from = Month{2027, 1}; }, Code::DemandFromOutsideHorizon, "tenants[0].demand.from"},
        {"demand from before horizon", [](Project &p) { p.tenants[0].demand.from = Month{2025, 12}; }, Code::DemandFromOutsideHorizon, "tenants[0].demand.from"},
        {"until before from", [](Project &p) { p.inventory[0].until = Month{2024, 12}; }, Code::UntilBeforeFrom, "inventory[0].until"},
        {"added until before from", [](Project &p) { p.scenarios[1].addInventory[0].until = Month{2026, 12}; }, Code::UntilBeforeFrom, "scenarios[1].add_inventory[0].until"},
        {"invalid month in code", [](Project &p) { p.inventory[0].from = Month{2026, 13}; }, Code::BadMonth, "inventory[0].from"},
        {"zero periods", [](Project &p) { p.periods.count = 0; }, Code::OutOfRange, "project.periods.count"},
        {"too many periods", [](Project &p) { p.periods.count = 100000; }, Code::OutOfRange, "project.periods.count"},
        {"empty region id", [](Project &p) { p.regions[1].id.clear(); p.links.clear(); p.tenants[0].region = "GZ"; p.tenants[1].region = "GZ"; p.scenarios[1].addCenters[0].region = "GZ"; },
         Code::EmptyId, "regions[1].id"},
        {"empty reference", [](Project &p) { p.centers[0].region.clear(); }, Code::EmptyId, "centers[0].region"},
        {"empty chip ecosystem", [](Project &p) { p.chips[0].ecosystem.clear(); p.tenants[0].ecosystems = {""}; }, Code::EmptyId, "chips[0].ecosystem"},
        {"self link", [](Project &p) { p.links[0].to = "GZ"; }, Code::SelfLink, "links[0].to"},
        {"added self link", [](Project &p) { p.scenarios[1].addLinks[0].to = "hn-new"; }, Code::SelfLink, "scenarios[1].add_links[0].to"},
        {"power limit exceeded", [](Project &p) { p.centers[0].powerMw = 0.4; }, Code::PowerLimitExceeded, "centers[0].power_mw", Severity::Warning},
        {"power limit of added centre", [](Project &p) {
             p.scenarios[1].addCenters[0].powerMw = 0.01;
             p.scenarios[1].addInventory[0].from = Month{2026, 6};
         }, Code::PowerLimitExceeded,
         "scenarios[1].add_centers[0].power_mw", Severity::Warning},
        {"scenario pushes base centre over", [](Project &p) { p.scenarios[1].addInventory.push_back({"guian", "910b", 20000, Month{2026, 6}, {}}); },
         Code::PowerLimitExceeded, "scenarios[1].add_inventory[1].center", Severity::Warning},
        {"unknown workload value", [](Project &p) { p.tenants[0].workload = static_cast<Workload>(42); }, Code::UnknownWorkload, "tenants[0].workload"},
        {"unknown policy value", [](Project &p) { p.scenarios[0].policy = static_cast<Policy>(-1); }, Code::UnknownPolicy, "scenarios[0].policy"},
    };
    return all;
}

struct Allowed {
    const char *name;
    std::function<void(Project &)> change;
};

/** Changes a planner may make that must raise no problem. */
const std::vector<Allowed> &allowedChanges()
{
    static const std::vector<Allowed> all = {
        {"added inventory on base centre", [](Project &p) { p.scenarios[1].addInventory[0].center = "guian"; p.centers[0].powerMw.reset(); }},
        {"link between centre and region", [](Project &p) { p.links[0].from = "guian"; }},
        {"retired chips need no power", [](Project &p) { p.centers[0].powerMw = 0.4; p.inventory[0].until = Month{2025, 12}; }},
        {"inventory months outside the horizon", [](Project &p) { p.inventory[0].from = Month{2019, 1}; p.inventory[0].until = Month{2040, 1}; }},
        {"demand from in the last period", [](Project &p) { p.tenants[0].demand.from = Month{2026, 12}; }},
        {"growth at its limits", [](Project &p) { p.tenants[0].demand.growth = 10; p.tenants[1].demand.growth = -0.999; }},
        {"availability one", [](Project &p) { p.centers[0].availability = 1; }},
        {"idle fraction at its limits", [](Project &p) { p.chips[0].idleFraction = 1; p.chips.push_back({"k2", "v", "n", "cann", 1, 0, 0, 0, 0}); }},
        {"same add_centers id in two scenarios", [](Project &p) { p.scenarios[0].addCenters = p.scenarios[1].addCenters; }},
    };
    return all;
}

} // namespace

class TstValidate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validProjectHasNoProblem();
    void problems_data();
    void problems();
    void allowed_data();
    void allowed();
};

void TstValidate::validProjectHasNoProblem()
{
    const auto problems = validate(validProject());
    QVERIFY2(problems.empty(), problems.empty() ? "" : problems[0].path.c_str());
}

void TstValidate::problems_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << int(i);
}

void TstValidate::problems()
{
    QFETCH(int, index);
    const Case &c = cases()[size_t(index)];
    Project p = validProject();
    c.change(p);
    const auto problems = validate(p);
    QString seen;
    const Problem *found = nullptr;
    for (const auto &pr : problems) {
        seen += QString::fromStdString(pr.path) + QLatin1Char(' ');
        if (pr.code == c.code && pr.path == c.path)
            found = &pr;
    }
    QVERIFY2(found, qPrintable(seen));
    QCOMPARE(int(found->severity), int(c.severity));
    QCOMPARE(found->line, 0);  // validate() knows no file; the reader adds the place
    // Only the change is reported: nothing else in the project is wrong.
    for (const auto &pr : problems)
        QVERIFY2(pr.code == c.code || (c.severity == Severity::Error && pr.severity == Severity::Warning),
                 qPrintable(seen));
}

void TstValidate::allowed_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < allowedChanges().size(); ++i)
        QTest::newRow(allowedChanges()[i].name) << int(i);
}

void TstValidate::allowed()
{
    QFETCH(int, index);
    Project p = validProject();
    allowedChanges()[size_t(index)].change(p);
    const auto problems = validate(p);
    QVERIFY2(problems.empty(), problems.empty() ? "" : problems[0].path.c_str());
}

QTEST_GUILESS_MAIN(TstValidate)
#include "tst_validate.moc"
