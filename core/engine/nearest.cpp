// Policy `nearest`: MODEL.md's greedy rule that mimics manual allocation. The tenant
// order and each tenant's pool order are fixed for the run (Instance); a period only
// walks them.
#include "instance.h"

#include <algorithm>

namespace atlas::engine {

PeriodSolution solveNearest(const Instance &in, int t)
{
    const std::vector<double> &D = in.demand[t];
    std::vector<double> left = in.capacity[t];

    // Greedy in value order; each tenant's assignments come out side by side, so the
    // result is put in (tenant, pool) order by moving whole runs, not by sorting it all.
    std::vector<Assignment> found;
    std::vector<std::pair<std::size_t, std::size_t>> run(in.tenants.size(), {0, 0});  // begin, end
    for (int j : in.byValue) {
        double need = D[j];
        if (!(need > 0))
            continue;
        const std::size_t begin = found.size();
        const Group &grp = in.groups[in.tenants[j].group];
        const std::vector<Arc> &arcs = in.tenants[grp.representative].arcs;  // the group's
        for (int k : grp.nearestOrder) {
            const Arc &a = arcs[k];
            if (!(left[a.pool] > 0))
                continue;
            const double x = std::min(need, left[a.pool]);
            found.push_back({j, a.pool, x, a.cost});
            need -= x;
            left[a.pool] -= x;
            if (!(need > 0))
                break;
        }
        std::sort(found.begin() + static_cast<std::ptrdiff_t>(begin), found.end(),
                  [](const Assignment &a, const Assignment &b) { return a.pool < b.pool; });
        run[j] = {begin, found.size()};
    }
    PeriodSolution sol;
    sol.flows.reserve(found.size());
    for (const auto &[begin, end] : run)
        sol.flows.insert(sol.flows.end(), found.begin() + static_cast<std::ptrdiff_t>(begin),
                         found.begin() + static_cast<std::ptrdiff_t>(end));
    return sol;
}

} // namespace atlas::engine
