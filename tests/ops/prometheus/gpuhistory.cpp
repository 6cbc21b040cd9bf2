#include "gpuhistory.h"

#include "promserver.h"

#include <algorithm>
#include <map>

namespace atlas::test {

GpuHistory::GpuHistory(std::int64_t start, int days)
    : mStart(start)
    , mEnd(start + days * std::int64_t(86400))
{
    const std::vector<std::string> centers{"north", "east", "west"};
    const std::vector<std::string> chips{"A100", "H800"};
    for (int c = 0; c < int(centers.size()); ++c)
        for (int k = 0; k < int(chips.size()); ++k) {
            const int gpus = (centers[c] == "west" && chips[k] == "H800") ? 1 : 2;
            for (int g = 0; g < gpus; ++g)
                mSeries.push_back({centers[c], chips[k], g, c, k});
        }
}

bool GpuHistory::present(const GpuSeries &s, std::int64_t t) const
{
    const std::int64_t day = 86400, hour = 3600;
    const std::int64_t since = t - mStart;
    if (t < mStart || t >= mEnd)
        return false;
    if (s.center == "east" && s.chip == "A100")  // the whole pool: day 1, 06:00-09:00
        return !(since >= day + 6 * hour && since < day + 9 * hour);
    if (s.center == "east" && s.chip == "H800" && s.gpu == 1)  // one GPU: day 0, 12:00-13:00
        return !(since >= 12 * hour && since < 13 * hour);
    if (s.center == "north" && s.chip == "H800" && s.gpu == 0)  // day 2, 03:20-03:40
        return !(since >= 2 * day + 3 * hour + 1200 && since < 2 * day + 3 * hour + 2400);
    return true;
}

double GpuHistory::percent(const GpuSeries &s, std::int64_t t) const
{
    const std::int64_t i = (t - mStart) / kScrape;
    return double((i * 7 + 13 * s.centerIndex + 29 * s.chipIndex + 31 * s.gpu) % 1001) / 10.0;
}

bool GpuHistory::backfill(PrometheusServer &server, const QString &openMetricsPath, QString *error) const
{
    if (!write(openMetricsPath)) {
        *error = QStringLiteral("cannot write ") + openMetricsPath;
        return false;
    }
    return server.backfill(openMetricsPath, 72, error);
}

bool GpuHistory::write(const QString &path) const
{
    OpenMetricsWriter out(path);
    if (!out.ok())
        return false;
    out.family(kMetric, "gauge");
    for (const GpuSeries &s : mSeries) {
        const std::string name = std::string(kMetric) + "{datacenter=\"" + s.center + "\",modelName=\""
                                 + s.chip + "\",gpu=\"" + std::to_string(s.gpu) + "\"}";
        for (std::int64_t t = mStart; t < mEnd; t += kScrape)
            if (present(s, t))
                out.sample(name, percent(s, t), t);
    }
    return out.close();
}

std::vector<PoolSample> GpuHistory::expected(std::int64_t from, std::int64_t to, std::int64_t step,
                                             bool divideBy100, int onlyGpu) const
{
    std::map<std::pair<std::string, std::string>, std::vector<const GpuSeries *>> pools;
    for (const GpuSeries &s : mSeries)
        if (onlyGpu < 0 || s.gpu == onlyGpu)
            pools[{s.center, s.chip}].push_back(&s);
    std::vector<PoolSample> out;
    for (const auto &[pool, gpus] : pools) {  // map order: centre, then chip
        for (std::int64_t s = from; s < to; s += step) {
            double sumOfMeans = 0;
            int withSamples = 0;
            for (const GpuSeries *g : gpus) {
                double sum = 0;
                int n = 0;
                const std::int64_t first = std::max(s, mStart);
                for (std::int64_t t = first + (kScrape - (first - mStart) % kScrape) % kScrape;
                     t < s + step; t += kScrape)
                    if (present(*g, t)) {
                        sum += percent(*g, t);
                        ++n;
                    }
                if (n > 0) {
                    sumOfMeans += sum / n;
                    ++withSamples;
                }
            }
            if (withSamples > 0)
                out.push_back({s, pool.first, pool.second,
                               sumOfMeans / withSamples / (divideBy100 ? 100.0 : 1.0)});
        }
    }
    return out;
}

} // namespace atlas::test
