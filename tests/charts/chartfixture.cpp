#include "chartfixture.h"

namespace atlas::test {

ChartFixture makeChartFixture(int periods, int centers, bool zh, bool zeroCapacity)
{
    ChartFixture f;
    Project &p = f.project;
    p.name = zh ? "西部算力枢纽" : "Western hub";
    p.currency = "CNY";
    p.periods = Periods{Month{2026, 1}, periods, PeriodLength::Month};
    p.regions = {{"gz", zh ? "贵州" : "Guizhou", 26.6, 106.6}, {"nm", zh ? "内蒙古" : "Inner Mongolia", 40.8, 111.7}};
    p.chips = {{"a100", "NV", zh ? "甲型加速卡" : "Accel A", "cuda", 312, 80, 400, 0.2, 1e5},
               {"910b", "HW", zh ? "昇腾910B" : "Accel B", "cann", 320, 64, 350, 0.2, 9e4}};
    for (int c = 0; c < centers; ++c) {
        Center center;
        center.id = "c" + std::to_string(c);
        center.name = (zh ? "智算中心" : "Centre, no. ") + std::to_string(c + 1);
        center.region = c % 2 ? "nm" : "gz";
        p.centers.push_back(center);
    }
    p.scenarios = {{"today", zh ? "现状" : "Today", Policy::Local, {}, {}, {}, {}},
                   {"build", zh ? "扩建" : "Build more", Policy::Optimal, {}, {}, {}, {}}};

    ScenarioResult &r = f.result;
    r.scenario = "today";
    for (int t = 0; t < periods; ++t) {
        PeriodResult pr;
        pr.period = p.periods.label(t);
        pr.hours = p.periods.hours(t);
        pr.capacityPflops = zeroCapacity ? 0 : 100 + 5 * t;
        pr.demandPflops = 80 + 9 * t;
        pr.servedPflops = zeroCapacity ? 0 : std::min(pr.capacityPflops, pr.demandPflops);
        pr.unservedPflops = pr.demandPflops - pr.servedPflops;
        pr.utilization = pr.capacityPflops > 0 ? pr.servedPflops / pr.capacityPflops : 0;
        pr.energyMwh = 1000 + 37.5 * t;
        pr.energyCost = 350000 + 12345.5 * t;
        r.periods.push_back(pr);
    }
    auto member = [&](const std::string &key, double scale, bool withCapacity) {
        Series s;
        s.key = key;
        for (int t = 0; t < periods; ++t) {
            const double cap = withCapacity && !zeroCapacity ? 10 * scale + t : 0;
            const double served = zeroCapacity ? 0 : scale * (1 + 0.1 * t);
            s.capacity.push_back(cap);
            s.served.push_back(served);
            s.utilization.push_back(cap > 0 ? served / cap : 0);
        }
        return s;
    };
    for (int c = 0; c < centers; ++c)
        r.centers.push_back(member("c" + std::to_string(c), 1 + c, true));
    r.regions = {member("gz", 3, true), member("nm", 2, true)};
    r.chips = {member("a100", 4, true), member("910b", 1.5, true)};
    r.ecosystems = {member("cuda", 4, true), member("cann", 1.5, true)};
    r.industries = {member(zh ? "制造" : "manufacturing", 2, false), member("finance", 1, false),
                    member("idle", 0, false)};
    r.workloads = {member("training", 3, false), member("inference", 2.5, false)};
    r.totals.servedPflopsHours = 1e6;
    r.totals.capacityPflopsHours = 2e6;
    r.totals.utilization = 0.5;
    return f;
}

ScenarioResult makeTotals(const std::string &id, double served, double unserved, double utilization,
                          double energy, double cost, double capex)
{
    ScenarioResult r;
    r.scenario = id;
    r.totals.servedPflopsHours = served;
    r.totals.unservedPflopsHours = unserved;
    r.totals.utilization = utilization;
    r.totals.energyMwh = energy;
    r.totals.energyCost = cost;
    r.totals.capex = capex;
    return r;
}

} // namespace atlas::test
