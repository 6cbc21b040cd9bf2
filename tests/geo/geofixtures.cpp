#include "geofixtures.h"

#include "testutil.h"

#include <QtTest>

#include <sqlite3.h>

#include <cstring>
#include <filesystem>

namespace atlas::test {

const char kBeijingGbk[] = "\xB1\xB1\xBE\xA9";
const char kHebeiGbk[] = "\xBA\xD3\xB1\xB1";

Ring square(double lon, double lat, double size, bool clockwise)
{
    Ring r;
    if (clockwise) {
        r.x = {lon, lon, lon + size, lon + size, lon};
        r.y = {lat, lat + size, lat + size, lat, lat};
    } else {
        r.x = {lon, lon + size, lon + size, lon, lon};
        r.y = {lat, lat, lat + size, lat + size, lat};
    }
    return r;
}

/** A polygon shapefile (shapelib) with a NAME column holding `names` as raw bytes. */
void writeShapefile(const std::string &shp, const std::vector<std::vector<Ring>> &shapes,
                    const std::vector<std::string> &names, int type)
{
    SHPHandle h = SHPCreate(shp.c_str(), type);
    QVERIFY(h);
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        std::vector<int> starts;
        std::vector<double> x, y;
        for (const Ring &r : shapes[i]) {
            starts.push_back(int(x.size()));
            x.insert(x.end(), r.x.begin(), r.x.end());
            y.insert(y.end(), r.y.begin(), r.y.end());
        }
        SHPObject *obj = type == SHPT_POINT
            ? SHPCreateSimpleObject(type, 1, x.data(), y.data(), nullptr)
            : SHPCreateObject(type, -1, int(starts.size()), starts.data(), nullptr, int(x.size()), x.data(),
                              y.data(), nullptr, nullptr);
        SHPWriteObject(h, -1, obj);
        SHPDestroyObject(obj);
    }
    SHPClose(h);
    std::filesystem::path dbf(shp);
    dbf.replace_extension(".dbf");
    DBFHandle d = DBFCreate(dbf.c_str());
    QVERIFY(d);
    DBFAddField(d, "CODE", FTInteger, 6, 0);
    DBFAddField(d, "NAME", FTString, 40, 0);
    for (std::size_t i = 0; i < names.size(); ++i) {
        DBFWriteIntegerAttribute(d, int(i), 0, int(i));
        DBFWriteStringAttribute(d, int(i), 1, names[i].c_str());
    }
    DBFClose(d);
}

void writeProvinceShapefile(const std::string &shp)
{
    // Beijing: an outer ring with a hole; Hebei: two outer rings (shapefile: outer clockwise).
    writeShapefile(shp,
                   {{square(115.5, 39.5, 2.0, true), square(116.0, 40.0, 0.5, false)},
                    {square(114.0, 36.0, 3.0, true), square(119.0, 39.0, 0.5, true)}},
                   {kBeijingGbk, kHebeiGbk});
}

void writeCpg(const std::string &shp, const std::string &text)
{
    std::filesystem::path cpg(shp);
    cpg.replace_extension(".cpg");
    writeAll(cpg.string(), text);
}

void le32(std::string &b, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b += char((v >> (8 * i)) & 0xff);
}

void leDouble(std::string &b, double v)
{
    char bytes[8];
    std::memcpy(bytes, &v, 8);
    b.append(bytes, 8);
}

/** WKB (little-endian) of a polygon whose rings are given as closed point lists. */
std::string wkbPolygon(const std::vector<Ring> &rings)
{
    std::string b(1, '\x01');
    le32(b, 3);
    le32(b, std::uint32_t(rings.size()));
    for (const Ring &r : rings) {
        le32(b, std::uint32_t(r.x.size()));
        for (std::size_t i = 0; i < r.x.size(); ++i) {
            leDouble(b, r.x[i]);
            leDouble(b, r.y[i]);
        }
    }
    return b;
}

std::string wkbMultiPolygon(const std::vector<std::string> &polygons)
{
    std::string b(1, '\x01');
    le32(b, 6);
    le32(b, std::uint32_t(polygons.size()));
    for (const std::string &p : polygons)
        b += p;
    return b;
}

/** The GeoPackage header: magic, version 0, flags little-endian with no envelope, srs 4326. */
std::string gpkgBlob(const std::string &wkb)
{
    std::string b = "GP";
    b += '\0';
    b += '\x01';
    le32(b, 4326);
    return b + wkb;
}

namespace {

void exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "?");
        sqlite3_free(message);
        QFAIL(qPrintable(text));
    }
}

} // namespace

/** A GeoPackage with one feature table "provinces" (geom, name) holding `blobs`. */
void writeGeoPackage(const std::string &path, const std::vector<std::pair<std::string, std::string>> &rows,
                     bool withGpkgTables)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    exec(db, "PRAGMA application_id = 1196444487"); // 'GPKG'
    if (withGpkgTables) {
        exec(db, "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
                 "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
                 "description TEXT)");
        exec(db, "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\"]', NULL)");
        exec(db, "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
                 "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, "
                 "min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
        exec(db, "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                 "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL)");
        exec(db, "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
                 "VALUES ('provinces', 'features', 'provinces', 4326)");
        exec(db, "INSERT INTO gpkg_geometry_columns VALUES ('provinces', 'geom', 'MULTIPOLYGON', 4326, 0, 0)");
    }
    exec(db, "CREATE TABLE provinces (fid INTEGER PRIMARY KEY, geom BLOB, code INTEGER, name TEXT)");
    sqlite3_stmt *st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "INSERT INTO provinces (geom, code, name) VALUES (?, 7, ?)", -1, &st, nullptr),
             SQLITE_OK);
    for (const auto &[blob, name] : rows) {
        sqlite3_bind_blob(st, 1, blob.data(), int(blob.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, name.data(), int(name.size()), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(st), SQLITE_DONE);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
}

} // namespace atlas::test
