#include "mapprojection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atlas {

namespace {

constexpr double Deg = std::numbers::pi / 180.0;

double wrap180(double deg)
{
    deg = std::fmod(deg + 180.0, 360.0);
    if (deg < 0)
        deg += 360.0;
    return deg - 180.0;
}

} // namespace

MapProjection::MapProjection()
    : MapProjection(25.0, 47.0, 105.0, 0.0)
{
}

MapProjection::MapProjection(double sp1, double sp2, double lon0, double lat0, double radius)
    : mLon0(lon0)
    , mR(radius)
{
    const double s1 = std::sin(sp1 * Deg);
    const double s2 = std::sin(sp2 * Deg);
    mN = (s1 + s2) / 2.0;
    const double c1 = std::cos(sp1 * Deg);
    mC = c1 * c1 + 2.0 * mN * s1;
    mRho0 = rho(lat0 * Deg);
}

double MapProjection::rho(double latRad) const
{
    return mR * std::sqrt(std::max(0.0, mC - 2.0 * mN * std::sin(latRad))) / mN;
}

QPointF MapProjection::forward(double lat, double lon) const
{
    return forwardRelative(lat, wrap180(lon - mLon0));
}

QPointF MapProjection::forwardRelative(double lat, double relativeLon) const
{
    const double r = rho(std::clamp(lat, -90.0, 90.0) * Deg);
    const double theta = mN * relativeLon * Deg;
    const double x = r * std::sin(theta);
    const double y = mRho0 - r * std::cos(theta);
    return {x, -y};
}

QPointF MapProjection::inverse(QPointF scene) const
{
    const double x = scene.x();
    const double y = -scene.y();
    const double dy = mRho0 - y;
    double r = std::hypot(x, dy);
    if (mN < 0)
        r = -r;
    const double theta = mN < 0 ? std::atan2(-x, -dy) : std::atan2(x, dy);
    const double s = (mC - (r * mN / mR) * (r * mN / mR)) / (2.0 * mN);
    const double lat = std::asin(std::clamp(s, -1.0, 1.0)) / Deg;
    const double lon = wrap180(mLon0 + theta / mN / Deg);
    return {lon, lat};
}

} // namespace atlas
