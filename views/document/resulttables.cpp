#include "resulttables.h"

#include <QCoreApplication>

/** Translation context "ResultTables": lupdate sees ResultTables::tr(), not a wrapper's argument. */
struct ResultTables {
    Q_DECLARE_TR_FUNCTIONS(ResultTables)
};

namespace atlas::resulttables {
namespace {

double mean(const std::vector<double> &v)
{
    if (v.empty())
        return 0;
    double s = 0;
    for (double x : v)
        s += x;
    return s / static_cast<double>(v.size());
}

} // namespace

double hourWeighted(const std::vector<double> &values, const std::vector<PeriodResult> &periods)
{
    double sum = 0;
    for (size_t i = 0; i < values.size() && i < periods.size(); ++i)
        sum += values[i] * periods[i].hours;
    return sum;
}

void fillPeriods(MatrixModel &model, const ScenarioResult &result)
{
    QStringList headers = {ResultTables::tr("Period"), ResultTables::tr("Hours"),
                           ResultTables::tr("Capacity (PFLOPS)"), ResultTables::tr("Demand (PFLOPS)"),
                           ResultTables::tr("Served (PFLOPS)"), ResultTables::tr("Unserved (PFLOPS)"),
                           ResultTables::tr("Utilization"), ResultTables::tr("Stranded (PFLOPS)"),
                           ResultTables::tr("Cross-region share"), ResultTables::tr("Energy (MWh)"),
                           ResultTables::tr("Energy cost"), ResultTables::tr("Objective")};
    QStringList labels;
    std::vector<std::vector<double>> rows;
    for (const auto &p : result.periods) {
        labels << QString::fromStdString(p.period);
        rows.push_back({p.hours, p.capacityPflops, p.demandPflops, p.servedPflops, p.unservedPflops,
                        p.utilization, p.strandedPflops, p.crossRegionShare, p.energyMwh, p.energyCost,
                        p.objective});
    }
    model.setPercentColumns({5, 7});
    model.setTable(headers, labels, std::move(rows));
}

void fillSeries(MatrixModel &model, const std::vector<Series> &series, const QString &keyTitle,
                const std::vector<PeriodResult> &periods, bool perPeriod, const KeyLabel &label)
{
    QStringList headers = {keyTitle, ResultTables::tr("Mean capacity (PFLOPS)"), ResultTables::tr("Mean served (PFLOPS)"),
                           ResultTables::tr("Utilization")};
    if (perPeriod)
        for (const auto &p : periods)
            headers << QString::fromStdString(p.period);
    QStringList labels;
    std::vector<std::vector<double>> rows;
    for (const auto &s : series) {
        labels << (label ? label(s.key) : QString::fromStdString(s.key));
        const double cap = hourWeighted(s.capacity, periods);
        const double served = hourWeighted(s.served, periods);
        std::vector<double> row = {mean(s.capacity), mean(s.served), cap > 0 ? served / cap : 0.0};
        if (perPeriod)
            row.insert(row.end(), s.utilization.begin(), s.utilization.end());
        rows.push_back(std::move(row));
    }
    std::vector<int> percent = {2};
    if (perPeriod)
        for (size_t i = 0; i < periods.size(); ++i)
            percent.push_back(3 + static_cast<int>(i));
    model.setPercentColumns(std::move(percent));
    model.setTable(headers, labels, std::move(rows));
}

void fillTenants(MatrixModel &model, const ScenarioResult &result, const KeyLabel &label)
{
    QStringList headers = {ResultTables::tr("Tenant"), ResultTables::tr("Mean served share")};
    for (const auto &p : result.periods)
        headers << QString::fromStdString(p.period);
    QStringList labels;
    std::vector<std::vector<double>> rows;
    rows.reserve(result.tenantServedShare.size());
    for (const auto &[id, share] : result.tenantServedShare) {
        labels << (label ? label(id) : QString::fromStdString(id));
        std::vector<double> row = {mean(share)};
        row.insert(row.end(), share.begin(), share.end());
        rows.push_back(std::move(row));
    }
    std::vector<int> percent;
    for (size_t i = 0; i <= result.periods.size(); ++i)
        percent.push_back(static_cast<int>(i));
    model.setPercentColumns(std::move(percent));
    model.setTable(headers, labels, std::move(rows));
}

} // namespace atlas::resulttables
