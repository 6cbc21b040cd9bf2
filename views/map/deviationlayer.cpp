#include "deviationlayer.h"

#include <limits>

namespace atlas {

double CenterDeviations::at(const QString &center, int t) const
{
    const auto it = values.constFind(center);
    if (it == values.constEnd() || t < 0 || t >= int(it->size()))
        return std::numeric_limits<double>::quiet_NaN();
    return (*it)[size_t(t)];
}

} // namespace atlas
