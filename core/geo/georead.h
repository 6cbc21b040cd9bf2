#pragma once

// Shared by the boundary readers (not installed: core/geo internals).

#include "geo/geolayer.h"
#include "model/problem.h"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::geo {

/** Thrown by a reader; importBoundaries() turns it into one problem naming the file. */
struct Refusal {
    Code code;
    std::vector<std::string> args;  ///< after the path
    std::string where;              ///< place in the file, e.g. "features[3].geometry"
    int line = 0;
    int column = 0;
};

/** What one read may hold, and how much it holds so far. */
struct ReadContext {
    std::string path;
    std::string encoding;           ///< ImportOptions::encoding
    std::size_t maxVertices = 0;
    std::size_t vertices = 0;
};

[[noreturn]] inline void refuse(Code code, std::vector<std::string> args = {}, std::string where = {})
{
    throw Refusal{code, std::move(args), std::move(where)};
}

/** Checks a position is in degrees and counts it against the vertex limit. */
void acceptPoint(ReadContext &ctx, double lon, double lat, const std::string &where);

/** Closes the ring (repeating its first point); refuses rings of fewer than three points. */
void closeRing(GeoRing &ring, const std::string &where);
/** Twice the signed area in degrees² (> 0: counter-clockwise with x = lon, y = lat). */
double signedArea2(const GeoRing &ring);
/** Outer rings counter-clockwise, holes clockwise (RFC 7946 §3.1.6). */
void orientPolygon(GeoPolygon &polygon);

/** True when `key` looks like the attribute holding a boundary's name. */
int nameKeyRank(std::string_view key);

GeoLayer readGeoJsonText(std::string_view text, ReadContext &ctx);
GeoLayer readGeoPackage(ReadContext &ctx);
GeoLayer readShapefile(ReadContext &ctx);

} // namespace atlas::geo
