#include "actualsrules.h"

#include <cmath>

namespace atlas {

namespace {

bool isShare(double v)
{
    return std::isfinite(v) && v >= 0 && v <= 1;
}

bool isAmount(double v)
{
    return std::isfinite(v) && v >= 0;
}

} // namespace

std::string_view toString(ActualSourceKind kind)
{
    switch (kind) {
    case ActualSourceKind::Csv: return "csv";
    case ActualSourceKind::Prometheus: return "prometheus";
    case ActualSourceKind::Slurm: return "slurm";
    }
    return "csv";
}

std::optional<ActualSourceKind> parseActualSourceKind(std::string_view word)
{
    for (const auto kind : {ActualSourceKind::Csv, ActualSourceKind::Prometheus, ActualSourceKind::Slurm})
        if (word == toString(kind))
            return kind;
    return std::nullopt;
}

std::string_view poolActualFault(const PoolActual &value, int periodCount)
{
    if (value.period < 0 || value.period >= periodCount)
        return "period";
    if (!isShare(value.utilization))
        return "utilization";
    if (!isShare(value.coverage))
        return "coverage";
    return {};
}

std::string_view tenantActualFault(const TenantActual &value, int periodCount)
{
    if (value.period < 0 || value.period >= periodCount)
        return "period";
    if (!isAmount(value.pflops))
        return "pflops";
    if (!isAmount(value.chipHours))
        return "chip_hours";
    return {};
}

std::string_view thresholdsFault(const AlertThresholds &t)
{
    if (!isShare(t.lowUtilization))
        return "low_utilization";
    if (!isShare(t.highUtilization) || t.highUtilization < t.lowUtilization)
        return "high_utilization";
    if (!isAmount(t.tenantOverPlan))
        return "tenant_over_plan";
    return {};
}

} // namespace atlas
