#include "georead.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace atlas::geo {

void acceptPoint(ReadContext &ctx, double lon, double lat, const std::string &where)
{
    if (!std::isfinite(lon) || !std::isfinite(lat))
        refuse(Code::BoundaryMalformed, {"a coordinate is not a finite number"}, where);
    if (std::fabs(lon) > 180.0 || std::fabs(lat) > 90.0) {
        char text[64];
        std::snprintf(text, sizeof text, "%.10g, %.10g", lon, lat);
        refuse(Code::BoundaryProjected, {text}, where);
    }
    if (++ctx.vertices > ctx.maxVertices)
        refuse(Code::BoundaryTooManyVertices, {std::to_string(ctx.maxVertices)}, where);
}

void closeRing(GeoRing &ring, const std::string &where)
{
    if (!ring.empty() && (ring.front().lon != ring.back().lon || ring.front().lat != ring.back().lat))
        ring.push_back(ring.front());
    if (ring.size() < 4)
        refuse(Code::BoundaryMalformed, {"a polygon ring has fewer than three points"}, where);
}

double signedArea2(const GeoRing &ring)
{
    double sum = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        sum += ring[i].lon * ring[i + 1].lat - ring[i + 1].lon * ring[i].lat;
    return sum;
}

void orientPolygon(GeoPolygon &polygon)
{
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const double area = signedArea2(polygon[i]);
        const bool wantCcw = i == 0;
        if ((wantCcw && area < 0) || (!wantCcw && area > 0))
            std::reverse(polygon[i].begin(), polygon[i].end());
    }
}

int nameKeyRank(std::string_view key)
{
    std::string lower(key);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (lower == "name")
        return 1;
    if (key == "名称" || key == "名字" || key == "地名")
        return 2;
    if (lower == "name_zh" || lower == "name_cn" || lower == "name_chn")
        return 3;
    if (lower.find("name") != std::string::npos)
        return 4;
    return 0;
}

} // namespace atlas::geo

namespace atlas {

BoundaryStats boundaryStats(const GeoLayer &layer)
{
    BoundaryStats s;
    bool first = true;
    for (const GeoFeature &f : layer.features) {
        ++s.features;
        for (const GeoPolygon &polygon : f.polygons) {
            ++s.polygons;
            for (const GeoRing &ring : polygon) {
                ++s.rings;
                s.vertices += ring.size();
                for (const GeoPoint &p : ring) {
                    if (first) {
                        s.minLon = s.maxLon = p.lon;
                        s.minLat = s.maxLat = p.lat;
                        first = false;
                    }
                    s.minLon = std::min(s.minLon, p.lon);
                    s.maxLon = std::max(s.maxLon, p.lon);
                    s.minLat = std::min(s.minLat, p.lat);
                    s.maxLat = std::max(s.maxLat, p.lat);
                }
            }
        }
    }
    return s;
}

} // namespace atlas
