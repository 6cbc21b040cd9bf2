#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace atlas {

/** A position in degrees on WGS 84. */
struct GeoPoint {
    double lon = 0;
    double lat = 0;
};

using GeoRing = std::vector<GeoPoint>;        ///< closed: the last point repeats the first
using GeoPolygon = std::vector<GeoRing>;      ///< outer ring first, then holes

/** One boundary (a province, a county) with its polygons. */
struct GeoFeature {
    std::string name;                         ///< UTF-8; empty when the file has none
    std::vector<GeoPolygon> polygons;
};

/** Polygons read from a boundary file, before they are written as normalised GeoJSON. */
struct GeoLayer {
    std::vector<GeoFeature> features;
};

/** What a layer holds, for a preview: counts and the bounding box in degrees. */
struct BoundaryStats {
    std::size_t features = 0;
    std::size_t polygons = 0;
    std::size_t rings = 0;
    std::size_t vertices = 0;
    double minLon = 0;
    double minLat = 0;
    double maxLon = 0;
    double maxLat = 0;
};

/** Counts and bounds of `layer` (all zero when it is empty). */
BoundaryStats boundaryStats(const GeoLayer &layer);

} // namespace atlas
