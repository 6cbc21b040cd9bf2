// ESRI Shapefile polygons (shapelib) with names from the .dbf, decoded as its .cpg says,
// else as the user chose, else UTF-8 when valid and GBK otherwise.

#include "georead.h"
#include "textencoding.h"

#include <shapefil.h>

#include <filesystem>
#include <fstream>
#include <memory>

namespace atlas::geo {

namespace {

thread_local std::string tShapelibError;

void captureError(const char *message)
{
    if (tShapelibError.empty() && message)
        tShapelibError = message;
}

SAHooks hooks()
{
    SAHooks h;
    SASetupDefaultHooks(&h);
    h.Error = captureError;
    return h;
}

/** `path` with its extension replaced, trying lower then upper case; "" when neither exists. */
std::string sibling(const std::string &path, const std::string &ext)
{
    std::filesystem::path p(path);
    for (const std::string &e : {ext, [&] {
             std::string u = ext;
             for (char &c : u)
                 c = char(std::toupper(static_cast<unsigned char>(c)));
             return u;
         }()}) {
        p.replace_extension(e);
        std::error_code ec;
        if (std::filesystem::exists(p, ec))
            return p.string();
    }
    return {};
}

const char *shapeTypeName(int type)
{
    switch (type) {
    case SHPT_POINT: case SHPT_POINTZ: case SHPT_POINTM: return "Point";
    case SHPT_ARC: case SHPT_ARCZ: case SHPT_ARCM: return "LineString";
    case SHPT_MULTIPOINT: case SHPT_MULTIPOINTZ: case SHPT_MULTIPOINTM: return "MultiPoint";
    case SHPT_MULTIPATCH: return "MultiPatch";
    default: return "unknown";
    }
}

std::string trimmed(const char *text)
{
    std::string s = text ? text : "";
    const auto end = s.find_last_not_of(' ');
    s.erase(end == std::string::npos ? 0 : end + 1);
    const auto begin = s.find_first_not_of(' ');
    return begin == std::string::npos ? std::string() : s.substr(begin);
}

/** What .cpg says, "" when there is none. */
std::string cpgEncoding(const std::string &shpPath)
{
    const std::string cpg = sibling(shpPath, ".cpg");
    if (cpg.empty())
        return {};
    std::ifstream in(cpg);
    std::string line;
    std::getline(in, line);
    return trimmed(line.c_str()).substr(0, 64);
}

/** Raw names of each record (empty when there is no name column). */
std::vector<std::string> rawNames(const std::string &shpPath, int records, const std::string &decodeFieldsAs,
                                  std::string *ldid)
{
    std::vector<std::string> names(static_cast<std::size_t>(records));
    const std::string dbf = sibling(shpPath, ".dbf");
    if (dbf.empty())
        return names;
    SAHooks h = hooks();
    std::unique_ptr<DBFInfo, void (*)(DBFHandle)> db(DBFOpenLL(dbf.c_str(), "rb", &h), DBFClose);
    if (!db)
        refuse(Code::BoundaryMalformed, {"the .dbf file cannot be read"});
    if (const char *cp = DBFGetCodePage(db.get()))
        *ldid = cp;
    int best = -1;
    int bestRank = 0;
    for (int i = 0; i < DBFGetFieldCount(db.get()); ++i) {
        char field[XBASE_FLDNAME_LEN_READ + 1] = {};
        if (DBFGetFieldInfo(db.get(), i, field, nullptr, nullptr) != FTString)
            continue;
        std::string fieldName = field;
        if (!decodeFieldsAs.empty())
            fieldName = toUtf8(fieldName, decodeFieldsAs).value_or(fieldName);
        const int rank = nameKeyRank(fieldName);
        if (rank > 0 && (bestRank == 0 || rank < bestRank)) {
            best = i;
            bestRank = rank;
        }
    }
    if (best < 0)
        return names;
    const int n = std::min(records, DBFGetRecordCount(db.get()));
    for (int r = 0; r < n; ++r)
        names[std::size_t(r)] = trimmed(DBFReadStringAttribute(db.get(), r, best));
    return names;
}

std::vector<std::string> decodeNames(std::vector<std::string> raw, const std::string &cpg, const std::string &chosen,
                                     const std::string &ldid)
{
    std::string label = !cpg.empty() ? cpg : chosen;
    if (label.empty() || label == "auto" || label == "AUTO") {
        bool allUtf8 = true;
        for (const std::string &s : raw)
            allUtf8 = allUtf8 && isValidUtf8(s);
        label = allUtf8 && ldid != "LDID/77" ? "UTF-8" : "GBK";
    }
    const std::string encoding = iconvEncodingName(label);
    for (std::string &s : raw) {
        if (s.empty())
            continue;
        auto converted = toUtf8(s, encoding);
        if (!converted)
            refuse(Code::BoundaryEncoding, {label});
        s = std::move(*converted);
    }
    return raw;
}

} // namespace

GeoLayer readShapefile(ReadContext &ctx)
{
    tShapelibError.clear();
    SAHooks h = hooks();
    std::unique_ptr<SHPInfo, void (*)(SHPHandle)> shp(SHPOpenLL(ctx.path.c_str(), "rb", &h), SHPClose);
    if (!shp) {
        std::string detail = tShapelibError.empty() ? std::string("the .shp or .shx file cannot be read") : tShapelibError;
        if (sibling(ctx.path, ".shx").empty())
            detail = "the .shx file beside it is missing";
        refuse(Code::BoundaryMalformed, {detail});
    }
    int count = 0;
    int type = 0;
    SHPGetInfo(shp.get(), &count, &type, nullptr, nullptr);
    if (type != SHPT_POLYGON && type != SHPT_POLYGONZ && type != SHPT_POLYGONM)
        refuse(Code::BoundaryUnsupportedGeometry, {shapeTypeName(type)});

    const std::string cpg = cpgEncoding(ctx.path);
    std::string ldid;
    const std::string fieldEncoding = iconvEncodingName(!cpg.empty() ? cpg : ctx.encoding.empty() || ctx.encoding == "auto" ? "UTF-8" : ctx.encoding);
    const std::vector<std::string> names = decodeNames(rawNames(ctx.path, count, fieldEncoding, &ldid), cpg, ctx.encoding, ldid);

    GeoLayer layer;
    layer.features.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const std::string where = "shape[" + std::to_string(i) + "]";
        std::unique_ptr<SHPObject, void (*)(SHPObject *)> obj(SHPReadObject(shp.get(), i), SHPDestroyObject);
        if (!obj) {
            refuse(Code::BoundaryMalformed,
                   {tShapelibError.empty() ? "a shape record is truncated or damaged" : tShapelibError}, where);
        }
        if (obj->nSHPType == SHPT_NULL || obj->nVertices == 0)
            continue;
        GeoFeature feature;
        feature.name = names[std::size_t(i)];
        for (int part = 0; part < std::max(1, obj->nParts); ++part) {
            const int begin = obj->nParts ? obj->panPartStart[part] : 0;
            const int end = part + 1 < obj->nParts ? obj->panPartStart[part + 1] : obj->nVertices;
            if (begin < 0 || end > obj->nVertices || begin > end)
                refuse(Code::BoundaryMalformed, {"a shape's parts are inconsistent"}, where);
            GeoRing ring;
            ring.reserve(std::size_t(end - begin) + 1);
            for (int v = begin; v < end; ++v) {
                acceptPoint(ctx, obj->padfX[v], obj->padfY[v], where);
                ring.push_back({obj->padfX[v], obj->padfY[v]});
            }
            closeRing(ring, where);
            // Shapefile outer rings run clockwise; counter-clockwise rings are holes of the last outer.
            if (signedArea2(ring) > 0 && !feature.polygons.empty())
                feature.polygons.back().push_back(std::move(ring));
            else
                feature.polygons.push_back(GeoPolygon{std::move(ring)});
        }
        for (GeoPolygon &polygon : feature.polygons)
            orientPolygon(polygon);
        layer.features.push_back(std::move(feature));
    }
    return layer;
}

} // namespace atlas::geo
