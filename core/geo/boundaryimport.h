#pragma once

#include "geo/geolayer.h"
#include "model/problem.h"
#include "storage/projectfile.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace atlas {

/** How to import a boundary file, and what to record with it. */
struct ImportOptions {
    /** Encoding of shapefile attribute text when no .cpg file says: "" or "auto" (UTF-8 when
     *  valid, else GBK), "UTF-8", "GBK", or any name iconv knows. */
    std::string encoding;
    std::string name;            ///< layer name; the file's base name when empty
    std::string source;          ///< who published the boundaries
    std::string approvalNumber;  ///< 审图号
    std::uint64_t maxBytes = 200ull * 1024 * 1024;  ///< larger files are refused (BoundaryTooLarge)
    std::size_t maxVertices = 10'000'000;           ///< more vertices are refused (BoundaryTooManyVertices)
};

/**
 * Imports official boundaries from a GeoJSON (.geojson, .json), GeoPackage (.gpkg) or
 * ESRI Shapefile (.shp with its .shx and .dbf) file, as normalised GeoJSON text: a
 * FeatureCollection of MultiPolygon features in lon/lat degrees with a "name" property
 * (RFC 7946 winding: outer rings counter-clockwise).
 *
 * All or nothing: any refusal is exactly one Error problem whose args[0] and `file` are
 * the path, and no layer. Codes: FileNotFound, FileUnreadable, BoundaryUnknownType,
 * BoundaryMalformed, NotAGeoPackage, BoundaryProjected, BoundaryEmpty,
 * BoundaryUnsupportedGeometry, BoundaryTooLarge, BoundaryTooManyVertices, BoundaryEncoding.
 * Features without geometry are skipped. When `stats` is given it receives the preview.
 */
Result<BoundaryLayer> importBoundaries(const std::string &path, const ImportOptions &options = {},
                                       BoundaryStats *stats = nullptr);

/**
 * Reads the polygons of a stored layer's GeoJSON (what importBoundaries() wrote, or any
 * GeoJSON of polygons in degrees). Refusals as for importBoundaries(), with `label` in
 * place of the path.
 */
Result<GeoLayer> readBoundaryGeoJson(std::string_view text, const std::string &label = {},
                                     std::size_t maxVertices = 10'000'000);

/** The normalised GeoJSON text of `layer` (see importBoundaries()). */
std::string writeBoundaryGeoJson(const GeoLayer &layer);

} // namespace atlas
