#pragma once

#include <QPointF>

namespace atlas {

/**
 * Albers equal-area conic projection on a sphere (Snyder, "Map Projections: A Working
 * Manual", §14). The default is the usual one for maps of China: standard parallels
 * 25°N and 47°N, central meridian 105°E, origin latitude 0°; docs/decisions.md says why.
 *
 * Output is in kilometres, in scene orientation: x grows east, y grows SOUTH (so a
 * QGraphicsScene shows north up). Longitudes are wrapped around the central meridian;
 * the projection's seam is the meridian opposite it (75°W for China), not ±180°.
 */
class MapProjection
{
public:
    static constexpr double EarthRadiusKm = 6371.0;

    MapProjection();
    MapProjection(double standardParallel1, double standardParallel2,
                  double centralMeridian, double originLatitude, double radius = EarthRadiusKm);

    /** (lat, lon) in degrees to scene coordinates. */
    QPointF forward(double lat, double lon) const;
    /** As forward(), with the longitude given relative to the central meridian, unwrapped. */
    QPointF forwardRelative(double lat, double relativeLon) const;
    /** Scene coordinates back to (lat, lon) in degrees: x() = lon, y() = lat. */
    QPointF inverse(QPointF scene) const;

    double centralMeridian() const { return mLon0; }
    /** The cone constant n; the scale along each standard parallel is exactly 1. */
    double coneConstant() const { return mN; }

private:
    double rho(double latRad) const;

    double mLon0;
    double mR;
    double mN;
    double mC;
    double mRho0;
};

} // namespace atlas
