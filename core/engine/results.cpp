// FlowBuilder (results.h): flows added by ids, for the JSON reader and for tests.
#include "results.h"

namespace atlas {

FlowBuilder::FlowBuilder(ScenarioResult &result) : mResult(result)
{
    for (std::size_t i = 0; i < result.flowTenants.size(); ++i)
        mTenants.emplace(result.flowTenants[i], static_cast<int>(i));
    for (std::size_t i = 0; i < result.flowPools.size(); ++i)
        mPools.emplace(std::make_pair(result.flowPools[i].center, result.flowPools[i].chip), static_cast<int>(i));
}

void FlowBuilder::add(int period, const std::string &tenant, const std::string &center, const std::string &chip,
                      double pflops)
{
    // Looked up before adding: most flows name a tenant and a pool already seen.
    auto t = mTenants.find(tenant);
    if (t == mTenants.end()) {
        t = mTenants.emplace(tenant, static_cast<int>(mResult.flowTenants.size())).first;
        mResult.flowTenants.push_back(tenant);
    }
    auto q = mPools.find(std::make_pair(center, chip));
    if (q == mPools.end()) {
        q = mPools.emplace(std::make_pair(center, chip), static_cast<int>(mResult.flowPools.size())).first;
        mResult.flowPools.push_back({center, chip});
    }
    mResult.flows.push_back({period, t->second, q->second, pflops});
}

} // namespace atlas
