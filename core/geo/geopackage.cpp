// GeoPackage (OGC 12-128r18) feature tables: an untrusted SQLite file, opened read-only
// and immutable with the same hardening as core/storage's openProject().

#include "georead.h"
#include "wkb.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>

namespace atlas::geo {

using storage::Database;
using storage::SqlError;
using storage::Statement;

namespace {

bool hasSqliteHeader(const std::string &path)
{
    static const char kMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    std::ifstream in(path, std::ios::binary);
    char header[100] = {};
    in.read(header, sizeof header);
    return in.gcount() == sizeof header && std::memcmp(header, kMagic, sizeof kMagic) == 0;
}

std::string quoted(const std::string &identifier)
{
    std::string q = "\"";
    for (const char c : identifier) {
        q += c;
        if (c == '"')
            q += '"';
    }
    return q + '"';
}

struct Layer {
    std::string table;
    std::string geometryColumn;
};

/** The column of `table` that looks most like a name, or "". */
std::string nameColumn(Database &db, const Layer &layer)
{
    const std::string sql = "PRAGMA table_info(" + quoted(layer.table) + ")";
    Statement st(db, sql.c_str());
    std::string best;
    int bestRank = 0;
    while (st.step()) {
        const std::string column = st.text(1);
        const int rank = nameKeyRank(column);
        if (rank > 0 && (bestRank == 0 || rank < bestRank) && column != layer.geometryColumn) {
            best = column;
            bestRank = rank;
        }
    }
    return best;
}

void readLayer(Database &db, const Layer &layer, GeoLayer &out, ReadContext &ctx)
{
    const std::string name = nameColumn(db, layer);
    const std::string sql = "SELECT " + quoted(layer.geometryColumn) + ", "
        + (name.empty() ? std::string("NULL") : quoted(name)) + " FROM " + quoted(layer.table);
    sqlite3_stmt *raw = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &raw, nullptr);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> st(raw, sqlite3_finalize);
    if (rc != SQLITE_OK)
        db.fail(rc, layer.table);
    std::size_t row = 0;
    for (;; ++row) {
        const int s = sqlite3_step(st.get());
        if (s == SQLITE_DONE)
            break;
        if (s != SQLITE_ROW)
            db.fail(s, layer.table);
        const std::string where = layer.table + "[" + std::to_string(row) + "]";
        GeoFeature feature;
        if (sqlite3_column_type(st.get(), 1) == SQLITE_TEXT)
            feature.name = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 1));
        const int type = sqlite3_column_type(st.get(), 0);
        if (type == SQLITE_NULL)
            continue;
        if (type != SQLITE_BLOB)
            refuse(Code::BoundaryMalformed, {"a geometry is not a blob"}, where);
        const auto *data = static_cast<const std::uint8_t *>(sqlite3_column_blob(st.get(), 0));
        const int size = sqlite3_column_bytes(st.get(), 0);
        readGpkgGeometry(data, std::size_t(size), feature, ctx, where);
        if (!feature.polygons.empty())
            out.features.push_back(std::move(feature));
    }
}

} // namespace

GeoLayer readGeoPackage(ReadContext &ctx)
{
    if (!hasSqliteHeader(ctx.path))
        refuse(Code::NotAGeoPackage);
    GeoLayer out;
    try {
        Database db;
        db.openUntrusted(ctx.path);
        if (db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                        "('gpkg_contents', 'gpkg_geometry_columns')") != 2)
            refuse(Code::NotAGeoPackage);

        std::vector<Layer> layers;
        {
            Statement st(db, "SELECT c.table_name, g.column_name FROM gpkg_contents c "
                             "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                             "WHERE c.data_type = 'features' ORDER BY c.table_name");
            while (st.step())
                layers.push_back({st.text(0), st.text(1)});
        }
        for (const Layer &layer : layers)
            readLayer(db, layer, out, ctx);
    } catch (const SqlError &e) {
        if ((e.code() & 0xff) == SQLITE_NOTADB)
            refuse(Code::NotAGeoPackage);
        refuse(Code::BoundaryMalformed, {e.what()});
    }
    return out;
}

} // namespace atlas::geo
