#include "samples.h"

#include <sqlite3.h>

#include <cmath>
#include <limits>

namespace atlas::test {

ProjectData richProjectData(int tenants)
{
    ProjectData d;
    Project &p = d.project;
    p.name = "东数西算 · 贵州枢纽规划";
    p.currency = "CNY";
    p.periods = Periods{Month{2026, 1}, 60, PeriodLength::Month};
    p.parameters = Parameters{1.5, 0.01, 0.25, 7.0};
    p.regions = {{"GZ", "贵州", 26.6, 106.7}, {"HN", "湖南", 28.2, 112.9}, {"CQ", "重庆", 29.56, 106.55}};
    Center guian{"guian", "贵安超算中心", "GZ", 26.38, 106.43, 1.2, 120.0, 0.35, 0.97, std::nullopt};
    Center cs{"cs", "长沙智算", "HN", 28.1, 112.8, 1.35, std::nullopt, 0.62, 1.0, std::nullopt};
    p.centers = {guian, cs};
    p.chips = {{"ascend-910b", "华为", "Ascend 910B", "cann", 320, 64, 400, 0.3, 120000},
               {"h800", "NVIDIA", "H800", "cuda", 989.5, 80, 700, 0.25, 250000.5}};
    p.inventory = {{"guian", "ascend-910b", 4096, Month{2026, 1}, std::nullopt},
                   {"cs", "h800", 512, std::nullopt, Month{2029, 12}},
                   {"cs", "ascend-910b", 0, std::nullopt, std::nullopt}};
    p.links = {{"GZ", "CQ", 8, 400.0}, {"CQ", "HN", 11.25, std::nullopt}};

    Tenant auto1;
    auto1.id = "hn-auto-01";
    auto1.name = "长沙汽车主机厂";
    auto1.region = "HN";
    auto1.industry = "制造业";
    auto1.workload = Workload::Training;
    auto1.ecosystems = {"cuda", "cann"};
    auto1.maxLatencyMs = 20.0;
    auto1.value = 3.0;
    auto1.transferCost = 0.015;
    auto1.demand = Demand{false, {}, 50, 0.02, Month{2026, 3}};
    Tenant video;
    video.id = "gz-video";
    video.name = "Guizhou video, \"quoted\", with, commas";
    video.region = "GZ";
    video.industry = "";
    video.workload = Workload::Video;
    video.ecosystems = {"cann"};
    video.value = 1.0 / 3.0;
    video.demand.explicitSeries = true;
    video.demand.series = {0.0, -0.0, 0.1 + 0.2, 1e-310, std::numeric_limits<double>::max(),
                           std::numeric_limits<double>::infinity(), 42.0};
    p.tenants = {auto1, video};
    for (int i = 0; i < tenants; ++i) {
        Tenant t;
        t.id = "t" + std::to_string(i);
        t.name = "租户 " + std::to_string(i);
        t.region = i % 2 ? "GZ" : "HN";
        t.industry = "互联网";
        t.workload = static_cast<Workload>(i % 5);
        t.ecosystems = {"cuda", "cann", "rocm"};
        t.value = 2.0 + i * 0.001;
        t.demand.explicitSeries = true;
        for (int k = 0; k < 60; ++k)
            t.demand.series.push_back(std::sin(i * 0.37 + k * 0.11) * 100.0 + 100.0);
        p.tenants.push_back(std::move(t));
    }

    Scenario today{"today", "现状（本地）", Policy::Local, std::nullopt, {}, {}, {}};
    Scenario build{"build", "东部新建", Policy::Optimal, 1.1, {}, {}, {}};
    build.addCenters.push_back({"hn-new", "长沙二期", "HN", 28.2, 112.9, 1.3, 80.0, 0.62, 0.99, 8e8});
    build.addInventory.push_back({"hn-new", "ascend-910b", 2048, Month{2027, 1}, Month{2031, 6}});
    build.addLinks.push_back({"HN", "GZ", 9.5, 100.0});
    Scenario nearest{"near", "Nearest", Policy::Nearest, 0.0, {}, {}, {}};
    nearest.addLinks.push_back({"GZ", "HN", 14, std::nullopt});
    p.scenarios = {today, build, nearest};

    d.layout = {{"map.view", "{\"center\":[106.7,26.6],\"zoom\":5}"}, {"chart.tab", "成本"}, {"empty", ""}};
    d.results = {{"today", "fp-123", "2026-02-01T10:00:00Z", "{\"format\":\"computeatlas-result/1\"}"},
                 {"build", "fp-456", "2026-02-01T10:00:05Z", std::string("binary\0inside", 13)}};
    d.boundaries = {{"省界", "天地图", "GS(2024)0650号", "{\"type\":\"FeatureCollection\",\"features\":[]}"}};
    d.actuals.imports = {{"import-1", ActualSourceKind::Csv, "/data/利用率.csv", "UTF-8", "2026-03-01T00:00:00Z"}};
    d.actuals.pools = {{0, "guian", "ascend-910b", 0.61, 0.98, "import-1"}};
    d.actuals.tenants = {{0, "hn-auto-01", 48.5, 35000, "import-1"}};
    d.actuals.thresholds.highUtilization = 0.85;
    return d;
}

ProjectData smallProjectData(const std::string &tag, int tenants)
{
    ProjectData d = richProjectData(tenants);
    d.project.name = "Project " + tag;
    d.layout["tag"] = tag;
    const double shift = tag == "A" ? 1.0 : 2.0;
    for (auto &t : d.project.tenants)
        for (auto &v : t.demand.series)
            v += shift;
    return d;
}

std::string execSql(const std::string &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
        std::string message = sqlite3_errmsg(db);
        sqlite3_close(db);
        return message;
    }
    char *error = nullptr;
    std::string message;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK)
        message = error ? error : "error";
    sqlite3_free(error);
    sqlite3_close(db);
    return message;
}

} // namespace atlas::test
