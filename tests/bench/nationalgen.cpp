#include "nationalgen.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

namespace atlas::bench {
namespace {

double greatCircleKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double rad = 3.14159265358979323846 / 180.0;
    const double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    const double a = std::sin(dlat / 2) * std::sin(dlat / 2)
        + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 6371.0 * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

} // namespace

Project makeNational(int tenantCount, int periodCount, unsigned seed)
{
    std::mt19937_64 rng(seed);
    auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    auto pick = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };

    Project p;
    p.name = "全国算力网络（生成）";
    p.periods = Periods{Month{2026, 1}, periodCount, PeriodLength::Month};
    p.parameters.transferCost = 0.002;
    p.parameters.migrationCost = 0.3;

    // 31 provincial capitals (approximate coordinates).
    static const struct { const char *id; const char *name; double lat, lon; } provinces[] = {
        {"BJ", "北京", 39.90, 116.40}, {"TJ", "天津", 39.13, 117.20}, {"HE", "河北", 38.04, 114.51},
        {"SX", "山西", 37.87, 112.55}, {"NM", "内蒙古", 40.84, 111.75}, {"LN", "辽宁", 41.80, 123.43},
        {"JL", "吉林", 43.82, 125.32}, {"HL", "黑龙江", 45.80, 126.53}, {"SH", "上海", 31.23, 121.47},
        {"JS", "江苏", 32.06, 118.80}, {"ZJ", "浙江", 30.27, 120.15}, {"AH", "安徽", 31.82, 117.23},
        {"FJ", "福建", 26.07, 119.30}, {"JX", "江西", 28.68, 115.86}, {"SD", "山东", 36.65, 117.12},
        {"HA", "河南", 34.75, 113.63}, {"HB", "湖北", 30.59, 114.31}, {"HN", "湖南", 28.23, 112.94},
        {"GD", "广东", 23.13, 113.26}, {"GX", "广西", 22.82, 108.37}, {"HI", "海南", 20.04, 110.34},
        {"CQ", "重庆", 29.56, 106.55}, {"SC", "四川", 30.57, 104.07}, {"GZ", "贵州", 26.65, 106.63},
        {"YN", "云南", 25.04, 102.71}, {"XZ", "西藏", 29.65, 91.13},   {"SN", "陕西", 34.34, 108.94},
        {"GS", "甘肃", 36.06, 103.83}, {"QH", "青海", 36.62, 101.78}, {"NX", "宁夏", 38.49, 106.23},
        {"XJ", "新疆", 43.83, 87.62},
    };
    for (const auto &r : provinces)
        p.regions.push_back(Region{r.id, r.name, r.lat, r.lon});

    static const char *ecosystems[] = {"cuda", "cann", "dtk", "xpu"};
    for (int k = 0; k < 12; ++k) {
        Chip c;
        c.id = "chip" + std::to_string(k);
        c.vendor = "Vendor" + std::to_string(k % 4);
        c.name = "Accelerator " + std::to_string(k);
        c.ecosystem = ecosystems[k % 4];
        c.tflops = 100 + 80 * k;
        c.memoryGb = 32 + 16 * (k % 5);
        c.tdpW = 250 + 40 * k;
        c.idleFraction = 0.2 + 0.01 * k;
        c.price = 60000 + 15000 * k;
        p.chips.push_back(c);
    }

    for (int i = 0; i < 300; ++i) {
        const auto &r = p.regions[size_t(i % 31)];
        Center c;
        c.id = "c" + std::to_string(i);
        c.name = std::string(r.name) + "智算中心" + std::to_string(i / 31 + 1);
        c.region = r.id;
        c.lat = r.lat + uniform(-1.5, 1.5);
        c.lon = r.lon + uniform(-1.5, 1.5);
        const bool west = r.lon < 110;
        c.pue = west ? uniform(1.1, 1.25) : uniform(1.2, 1.4);
        c.electricityPrice = west ? uniform(0.28, 0.4) : uniform(0.55, 0.75);
        c.availability = uniform(0.9, 1.0);
        p.centers.push_back(c);
        const int pools = 1 + pick(3);
        for (int q = 0; q < pools; ++q) {
            Inventory inv;
            inv.center = c.id;
            inv.chip = p.chips[size_t(pick(12))].id;
            inv.count = 200 + pick(3000);
            if (pick(4) == 0)
                inv.from = Month{2026, 1}.plus(pick(std::max(1, periodCount)));
            p.inventory.push_back(inv);
        }
    }

    // Backbone: each centre to its 3 nearest other centres, latency from distance.
    for (size_t i = 0; i < p.centers.size(); ++i) {
        std::vector<std::pair<double, size_t>> near;
        for (size_t j = 0; j < p.centers.size(); ++j)
            if (j != i)
                near.push_back({greatCircleKm(p.centers[i].lat, p.centers[i].lon, p.centers[j].lat, p.centers[j].lon), j});
        std::partial_sort(near.begin(), near.begin() + 3, near.end());
        for (int n = 0; n < 3; ++n)
            if (near[size_t(n)].second > i)
                p.links.push_back(Link{p.centers[i].id, p.centers[near[size_t(n)].second].id,
                                       1.0 + near[size_t(n)].first / 100.0 * 1.5, 400.0});
    }
    // Long-haul trunks between neighbouring provinces' capitals.
    for (size_t i = 0; i < p.regions.size(); ++i)
        for (size_t j = i + 1; j < p.regions.size(); ++j) {
            const double km = greatCircleKm(p.regions[i].lat, p.regions[i].lon, p.regions[j].lat, p.regions[j].lon);
            if (km < 900)
                p.links.push_back(Link{p.regions[i].id, p.regions[j].id, 1.0 + km / 100.0 * 1.5, 800.0});
        }

    static const char *industries[] = {"manufacturing", "finance", "internet", "government", "healthcare",
                                       "automotive", "research", "media"};
    for (int j = 0; j < tenantCount; ++j) {
        Tenant t;
        t.id = "t" + std::to_string(j);
        t.region = p.regions[size_t(pick(31))].id;
        t.name = p.regions[size_t(pick(31))].name + std::string("租户") + std::to_string(j);
        t.industry = industries[pick(8)];
        t.workload = Workload(pick(5));
        const int first = pick(4);
        t.ecosystems.push_back(ecosystems[first]);
        const int extra = pick(3);
        for (int e = 1; e <= extra; ++e)
            t.ecosystems.push_back(ecosystems[(first + e) % 4]);
        if (j % 2 == 0)
            t.maxLatencyMs = uniform(5, 40);
        t.value = uniform(2, 40);
        t.demand.base = uniform(0.5, 12);
        t.demand.growth = uniform(0.0, 0.03);
        if (pick(5) == 0 && periodCount > 1)
            t.demand.from = Month{2026, 1}.plus(pick(periodCount));
        p.tenants.push_back(std::move(t));
    }

    p.scenarios.push_back(Scenario{"today", "今日：各省自建自用", Policy::Local, {}, {}, {}, {}});
    p.scenarios.push_back(Scenario{"use", "全国算力网络调度", Policy::Optimal, {}, {}, {}, {}});
    p.scenarios.push_back(Scenario{"near", "人工就近调度", Policy::Nearest, {}, {}, {}, {}});
    return p;
}

} // namespace atlas::bench
