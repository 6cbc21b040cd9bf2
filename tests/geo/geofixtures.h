#pragma once

// Boundary fixtures written by the tests themselves: shapefiles through shapelib and
// GeoPackages through the plain SQLite API, so that each format is exercised end to end.

#include <shapefil.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace atlas::test {

extern const char kBeijingGbk[]; ///< 北京 in GBK
extern const char kHebeiGbk[];   ///< 河北 in GBK

struct Ring {
    std::vector<double> x, y;
};

/** A closed square ring of `size` degrees with its south-west corner at (lon, lat). */
Ring square(double lon, double lat, double size, bool clockwise);

/** A shapefile (shapelib) of `type` with a NAME column holding `names` as raw bytes. */
void writeShapefile(const std::string &shp, const std::vector<std::vector<Ring>> &shapes,
                    const std::vector<std::string> &names, int type = SHPT_POLYGON);
/** Beijing (with a hole) and Hebei (two parts), names in GBK, no .cpg. */
void writeProvinceShapefile(const std::string &shp);
/** The .cpg file beside `shp`. */
void writeCpg(const std::string &shp, const std::string &text);

void le32(std::string &bytes, std::uint32_t value);
void leDouble(std::string &bytes, double value);
/** Little-endian WKB of a polygon. */
std::string wkbPolygon(const std::vector<Ring> &rings);
std::string wkbMultiPolygon(const std::vector<std::string> &polygons);
/** A GeoPackage geometry blob: header (no envelope, EPSG:4326) + WKB. */
std::string gpkgBlob(const std::string &wkb);
/** A GeoPackage with one feature table "provinces" (geom, code, name) holding (blob, name) rows;
 *  without the gpkg_* tables when `withGpkgTables` is false. */
void writeGeoPackage(const std::string &path, const std::vector<std::pair<std::string, std::string>> &rows,
                     bool withGpkgTables = true);

} // namespace atlas::test
