// Policy `nearest`: MODEL.md's greedy rule that mimics manual allocation. The tenant
// order and each tenant's pool order are fixed for the run (Instance); a period only
// walks them.
#include "instance.h"

#include <algorithm>

namespace atlas::engine {

PeriodSolution solveNearest(const Instance &in, int t)
{
    PeriodSolution sol;
    const std::vector<double> &D = in.demand[t];
    std::vector<double> left = in.capacity[t];

    for (int j : in.byValue) {
        double need = D[j];
        if (!(need > 0))
            continue;
        const TenantInfo &ti = in.tenants[j];
        for (int k : in.groups[ti.group].nearestOrder) {
            const Arc &a = ti.arcs[k];
            if (!(left[a.pool] > 0))
                continue;
            const double x = std::min(need, left[a.pool]);
            sol.flows.push_back({j, a.pool, x, a.cost});
            need -= x;
            left[a.pool] -= x;
            if (!(need > 0))
                break;
        }
    }
    std::sort(sol.flows.begin(), sol.flows.end(), [](const Assignment &a, const Assignment &b) {
        return a.tenant != b.tenant ? a.tenant < b.tenant : a.pool < b.pool;
    });
    return sol;
}

} // namespace atlas::engine
