// GeoJSON in (RFC 7946 polygons) and the normalised GeoJSON out.

#include "boundaryimport.h"
#include "georead.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace atlas::geo {

namespace {

using json = nlohmann::json;

GeoRing readRing(const json &coords, ReadContext &ctx, const std::string &where)
{
    if (!coords.is_array())
        refuse(Code::BoundaryMalformed, {"a polygon ring is not an array of positions"}, where);
    GeoRing ring;
    ring.reserve(coords.size() + 1);
    for (const json &pos : coords) {
        if (!pos.is_array() || pos.size() < 2 || !pos[0].is_number() || !pos[1].is_number())
            refuse(Code::BoundaryMalformed, {"a position is not [longitude, latitude]"}, where);
        const double lon = pos[0].get<double>();
        const double lat = pos[1].get<double>();
        acceptPoint(ctx, lon, lat, where);
        ring.push_back({lon, lat});
    }
    closeRing(ring, where);
    return ring;
}

GeoPolygon readPolygon(const json &coords, ReadContext &ctx, const std::string &where)
{
    if (!coords.is_array() || coords.empty())
        refuse(Code::BoundaryMalformed, {"a polygon has no rings"}, where);
    GeoPolygon polygon;
    polygon.reserve(coords.size());
    for (const json &ring : coords)
        polygon.push_back(readRing(ring, ctx, where));
    orientPolygon(polygon);
    return polygon;
}

void readGeometry(const json &g, GeoFeature &feature, ReadContext &ctx, const std::string &where, int depth = 0)
{
    if (depth > 8)
        refuse(Code::BoundaryMalformed, {"geometry collections nested too deeply"}, where);
    if (g.is_null())
        return;
    if (!g.is_object() || !g.contains("type") || !g["type"].is_string())
        refuse(Code::BoundaryMalformed, {"a geometry has no type"}, where);
    const std::string type = g["type"].get<std::string>();
    if (type == "GeometryCollection") {
        const auto it = g.find("geometries");
        if (it == g.end() || !it->is_array())
            refuse(Code::BoundaryMalformed, {"a GeometryCollection has no geometries"}, where);
        for (const json &part : *it)
            readGeometry(part, feature, ctx, where, depth + 1);
        return;
    }
    if (type != "Polygon" && type != "MultiPolygon")
        refuse(Code::BoundaryUnsupportedGeometry, {type}, where);
    const auto coords = g.find("coordinates");
    if (coords == g.end() || !coords->is_array())
        refuse(Code::BoundaryMalformed, {"a geometry has no coordinates"}, where);
    if (type == "Polygon") {
        feature.polygons.push_back(readPolygon(*coords, ctx, where));
    } else {
        for (const json &polygon : *coords)
            feature.polygons.push_back(readPolygon(polygon, ctx, where));
    }
}

std::string featureName(const json &feature)
{
    const auto props = feature.find("properties");
    if (props == feature.end() || !props->is_object())
        return {};
    int best = 0;
    std::string name;
    for (auto it = props->begin(); it != props->end(); ++it) {
        const int rank = nameKeyRank(it.key());
        if (rank > 0 && (best == 0 || rank < best) && it.value().is_string()) {
            best = rank;
            name = it.value().get<std::string>();
        }
    }
    return name;
}

void readFeature(const json &f, GeoLayer &layer, ReadContext &ctx, const std::string &where)
{
    if (!f.is_object() || f.value("type", std::string()) != "Feature")
        refuse(Code::BoundaryMalformed, {"an entry of \"features\" is not a Feature"}, where);
    GeoFeature feature;
    feature.name = featureName(f);
    const auto g = f.find("geometry");
    if (g != f.end())
        readGeometry(*g, feature, ctx, where + ".geometry");
    if (!feature.polygons.empty())
        layer.features.push_back(std::move(feature));
}

/** 1-based line and column of byte `offset` in `text`. */
std::pair<int, int> lineColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

} // namespace

GeoLayer readGeoJsonText(std::string_view text, ReadContext &ctx)
{
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        const auto [line, column] = lineColumn(text, at);
        Refusal r{Code::BoundaryMalformed, {"not valid JSON"}, {}, line, column};
        throw r;
    }
    if (!doc.is_object() || !doc.contains("type") || !doc["type"].is_string())
        refuse(Code::BoundaryMalformed, {"not a GeoJSON object (no \"type\")"});

    GeoLayer layer;
    const std::string type = doc["type"].get<std::string>();
    if (type == "FeatureCollection") {
        const auto features = doc.find("features");
        if (features == doc.end() || !features->is_array())
            refuse(Code::BoundaryMalformed, {"a FeatureCollection without \"features\""});
        layer.features.reserve(features->size());
        for (std::size_t i = 0; i < features->size(); ++i)
            readFeature((*features)[i], layer, ctx, "features[" + std::to_string(i) + "]");
    } else if (type == "Feature") {
        readFeature(doc, layer, ctx, "feature");
    } else {
        GeoFeature feature;
        readGeometry(doc, feature, ctx, "geometry");
        if (!feature.polygons.empty())
            layer.features.push_back(std::move(feature));
    }
    return layer;
}

} // namespace atlas::geo

namespace atlas {

namespace {

void appendNumber(std::string &out, double v)
{
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, r.ptr);
}

} // namespace

std::string writeBoundaryGeoJson(const GeoLayer &layer)
{
    std::string out;
    const BoundaryStats stats = boundaryStats(layer);
    out.reserve(64 + stats.vertices * 40 + stats.features * 96);
    out += "{\"type\":\"FeatureCollection\",\"features\":[";
    bool firstFeature = true;
    for (const GeoFeature &f : layer.features) {
        if (!firstFeature)
            out += ',';
        firstFeature = false;
        out += "{\"type\":\"Feature\",\"properties\":{\"name\":";
        out += nlohmann::json(f.name).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out += "},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[";
        for (std::size_t p = 0; p < f.polygons.size(); ++p) {
            out += p ? ",[" : "[";
            for (std::size_t r = 0; r < f.polygons[p].size(); ++r) {
                out += r ? ",[" : "[";
                const GeoRing &ring = f.polygons[p][r];
                for (std::size_t i = 0; i < ring.size(); ++i) {
                    out += i ? ",[" : "[";
                    appendNumber(out, ring[i].lon);
                    out += ',';
                    appendNumber(out, ring[i].lat);
                    out += ']';
                }
                out += ']';
            }
            out += ']';
        }
        out += "]}}";
    }
    out += "]}";
    return out;
}

Result<GeoLayer> readBoundaryGeoJson(std::string_view text, const std::string &label, std::size_t maxVertices)
{
    geo::ReadContext ctx{label, {}, maxVertices, 0};
    Result<GeoLayer> result;
    try {
        result.value = geo::readGeoJsonText(text, ctx);
        if (result.value->features.empty()) {
            result.value.reset();
            geo::refuse(Code::BoundaryEmpty);
        }
    } catch (const geo::Refusal &r) {
        std::vector<std::string> args = r.args;
        args.insert(args.begin(), label);
        Problem p = error(r.code, r.where, std::move(args));
        p.file = label;
        p.line = r.line;
        p.column = r.column;
        result.problems.push_back(std::move(p));
    }
    return result;
}

} // namespace atlas
