#include "powercheck.h"

#include <algorithm>
#include <vector>

namespace atlas {

std::map<std::string, double> peakPowerMw(const Project &project)
{
    std::map<std::string, double> pue;
    for (const auto &c : project.centers)
        if (c.powerMw)
            pue[c.id] = c.pue;
    std::map<std::string, double> tdp;
    for (const auto &chip : project.chips)
        tdp.emplace(chip.id, chip.tdpW);

    const int count = std::max(project.periods.count, 0);
    std::map<std::string, std::vector<double>> load;
    for (const auto &inv : project.inventory) {
        const auto c = pue.find(inv.center);
        const auto k = tdp.find(inv.chip);
        if (c == pue.end() || k == tdp.end())
            continue;
        auto &series = load[inv.center];
        series.resize(count, 0.0);
        const double mw = static_cast<double>(inv.count) * k->second * c->second / 1e6;
        for (int t = 0; t < count; ++t)
            if (inv.inService(project.periods.firstMonth(t)))
                series[t] += mw;
    }
    std::map<std::string, double> peak;
    for (const auto &[id, p] : pue) {
        (void)p;
        const auto it = load.find(id);
        peak[id] = it == load.end() || it->second.empty()
            ? 0.0 : *std::max_element(it->second.begin(), it->second.end());
    }
    return peak;
}

} // namespace atlas
