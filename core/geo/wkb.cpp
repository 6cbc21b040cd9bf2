#include "wkb.h"

#include <cstring>

namespace atlas::geo {

namespace {

const char *typeName(std::uint32_t base)
{
    switch (base) {
    case 1: return "Point";
    case 2: return "LineString";
    case 3: return "Polygon";
    case 4: return "MultiPoint";
    case 5: return "MultiLineString";
    case 6: return "MultiPolygon";
    case 7: return "GeometryCollection";
    case 8: return "CircularString";
    case 9: return "CompoundCurve";
    case 10: return "CurvePolygon";
    case 11: return "MultiCurve";
    case 12: return "MultiSurface";
    default: return nullptr;
    }
}

class WkbReader {
public:
    WkbReader(const std::uint8_t *data, std::size_t size, ReadContext &ctx, const std::string &where)
        : mData(data), mSize(size), mCtx(ctx), mWhere(where)
    {
    }

    void geometry(GeoFeature &feature, int depth, std::uint32_t expected)
    {
        if (depth > 8)
            refuse(Code::BoundaryMalformed, {"geometry nested too deeply"}, mWhere);
        const std::uint8_t order = byte();
        if (order > 1)
            refuse(Code::BoundaryMalformed, {"bad WKB byte order"}, mWhere);
        const bool little = order == 1;
        std::uint32_t type = u32(little);
        const bool ewkbZ = type & 0x80000000u;
        const bool ewkbM = type & 0x40000000u;
        if (type & 0x20000000u)
            u32(little); // EWKB SRID
        type &= 0x0FFFFFFFu;
        int dims = 2 + (ewkbZ ? 1 : 0) + (ewkbM ? 1 : 0);
        const std::uint32_t iso = type / 1000;
        const std::uint32_t base = type % 1000;
        if (iso > 3)
            refuse(Code::BoundaryMalformed, {"unknown WKB geometry type"}, mWhere);
        if (iso == 1 || iso == 2)
            dims = 3;
        else if (iso == 3)
            dims = 4;
        if (expected && base != expected) {
            const char *name = typeName(base);
            if (!name)
                refuse(Code::BoundaryMalformed, {"unknown WKB geometry type"}, mWhere);
            refuse(Code::BoundaryUnsupportedGeometry, {name}, mWhere);
        }
        if (base == 3) {
            feature.polygons.push_back(polygon(little, dims));
        } else if (base == 6 || base == 7) {
            const std::uint32_t n = count(little, 5);
            for (std::uint32_t i = 0; i < n; ++i)
                geometry(feature, depth + 1, base == 6 ? 3 : 0);
        } else {
            const char *name = typeName(base);
            if (!name)
                refuse(Code::BoundaryMalformed, {"unknown WKB geometry type"}, mWhere);
            refuse(Code::BoundaryUnsupportedGeometry, {name}, mWhere);
        }
    }

private:
    GeoPolygon polygon(bool little, int dims)
    {
        const std::uint32_t rings = count(little, 4);
        GeoPolygon polygon;
        polygon.reserve(rings);
        for (std::uint32_t r = 0; r < rings; ++r) {
            const std::uint32_t points = count(little, std::size_t(dims) * 8);
            GeoRing ring;
            ring.reserve(points + 1);
            for (std::uint32_t i = 0; i < points; ++i) {
                const double x = f64(little);
                const double y = f64(little);
                for (int d = 2; d < dims; ++d)
                    f64(little);
                acceptPoint(mCtx, x, y, mWhere);
                ring.push_back({x, y});
            }
            closeRing(ring, mWhere);
            polygon.push_back(std::move(ring));
        }
        if (polygon.empty())
            refuse(Code::BoundaryMalformed, {"a polygon has no rings"}, mWhere);
        orientPolygon(polygon);
        return polygon;
    }

    void need(std::size_t n)
    {
        if (n > mSize - mPos)
            refuse(Code::BoundaryMalformed, {"geometry blob is truncated"}, mWhere);
    }
    std::uint8_t byte()
    {
        need(1);
        return mData[mPos++];
    }
    std::uint32_t u32(bool little)
    {
        need(4);
        const std::uint8_t *p = mData + mPos;
        mPos += 4;
        return little ? std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24
                      : std::uint32_t(p[3]) | std::uint32_t(p[2]) << 8 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[0]) << 24;
    }
    /** A count of items that each take at least `minBytes`: refused when the blob cannot hold them. */
    std::uint32_t count(bool little, std::size_t minBytes)
    {
        const std::uint32_t n = u32(little);
        if (std::uint64_t(n) * minBytes > mSize - mPos)
            refuse(Code::BoundaryMalformed, {"geometry blob is truncated"}, mWhere);
        return n;
    }
    double f64(bool little)
    {
        need(8);
        std::uint8_t b[8];
        std::memcpy(b, mData + mPos, 8);
        mPos += 8;
        if (!little)
            for (int i = 0; i < 4; ++i)
                std::swap(b[i], b[7 - i]);
        double v;
        std::memcpy(&v, b, 8); // the machine is little-endian (x86-64, arm64)
        return v;
    }

    const std::uint8_t *mData;
    std::size_t mSize;
    std::size_t mPos = 0;
    ReadContext &mCtx;
    const std::string &mWhere;
};

} // namespace

void readWkb(const std::uint8_t *data, std::size_t size, GeoFeature &feature, ReadContext &ctx,
             const std::string &where)
{
    WkbReader(data, size, ctx, where).geometry(feature, 0, 0);
}

void readGpkgGeometry(const std::uint8_t *data, std::size_t size, GeoFeature &feature, ReadContext &ctx,
                      const std::string &where)
{
    if (size < 8 || data[0] != 'G' || data[1] != 'P')
        refuse(Code::BoundaryMalformed, {"not a GeoPackage geometry blob"}, where);
    const std::uint8_t flags = data[3];
    if (flags & 0x20)
        refuse(Code::BoundaryUnsupportedGeometry, {"extended GeoPackage geometry"}, where);
    static const std::size_t kEnvelope[] = {0, 32, 48, 48, 64};
    const unsigned indicator = (flags >> 1) & 7u;
    if (indicator > 4)
        refuse(Code::BoundaryMalformed, {"bad GeoPackage envelope"}, where);
    const std::size_t header = 8 + kEnvelope[indicator];
    if (size < header)
        refuse(Code::BoundaryMalformed, {"geometry blob is truncated"}, where);
    if (flags & 0x10)
        return; // empty geometry
    readWkb(data + header, size - header, feature, ctx, where);
}

} // namespace atlas::geo
