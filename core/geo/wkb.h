#pragma once

// GeoPackage geometry blobs: the binary header, then (ISO or extended) WKB (core/geo internals).

#include "georead.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace atlas::geo {

/** Appends the polygons of one GeoPackage geometry blob to `feature`; refuses other geometries. */
void readGpkgGeometry(const std::uint8_t *data, std::size_t size, GeoFeature &feature, ReadContext &ctx,
                      const std::string &where);

/** Appends the polygons of a WKB geometry to `feature`. */
void readWkb(const std::uint8_t *data, std::size_t size, GeoFeature &feature, ReadContext &ctx,
             const std::string &where);

} // namespace atlas::geo
