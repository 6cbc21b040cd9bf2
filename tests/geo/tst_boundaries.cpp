// Boundary import: GeoJSON, GeoPackage and Shapefile fixtures, and every refusal.

#include "geo/boundaryimport.h"
#include "geofixtures.h"
#include "testutil.h"

#include <QtTest>

#include <filesystem>

using namespace atlas;
using namespace atlas::test;

Q_DECLARE_METATYPE(atlas::Code)

namespace {

std::vector<std::string> featureNames(const GeoLayer &layer)
{
    std::vector<std::string> names;
    for (const GeoFeature &f : layer.features)
        names.push_back(f.name);
    return names;
}

/** Reads back what importBoundaries stored (the normalised GeoJSON must itself import). */
GeoLayer storedLayer(const BoundaryLayer &layer)
{
    auto parsed = readBoundaryGeoJson(layer.geojson, "stored");
    if (!parsed)
        return {};
    return *parsed;
}

} // namespace

class TestBoundaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void geoJsonFixture();
    void geoJsonKinds_data();
    void geoJsonKinds();
    void shapefileGbk_data();
    void shapefileGbk();
    void geoPackage();
    void refusals_data();
    void refusals();
};

void TestBoundaries::geoJsonFixture()
{
    ImportOptions options;
    options.source = "Test bureau of surveying";
    options.approvalNumber = "GS(2024)0650号";
    BoundaryStats stats;
    const std::string path = test::sourcePath("tests/geo/data/two-regions.geojson");
    auto result = importBoundaries(path, options, &stats);
    QVERIFY2(result.ok(), result.problems.empty() ? "" : result.problems[0].args.back().c_str());
    QCOMPARE(result->name, std::string("two-regions"));
    QCOMPARE(result->source, options.source);
    QCOMPARE(result->approvalNumber, options.approvalNumber);
    QCOMPARE(stats.features, std::size_t(2)); // the feature without geometry is skipped
    QCOMPARE(stats.polygons, std::size_t(3));
    QCOMPARE(stats.rings, std::size_t(4));
    QCOMPARE(stats.minLon, 108.6);
    QCOMPARE(stats.maxLon, 117.5);
    QCOMPARE(stats.minLat, 16.0);
    QCOMPARE(stats.maxLat, 41.0);

    const GeoLayer stored = storedLayer(*result);
    QCOMPARE(featureNames(stored), (std::vector<std::string>{"北京", "海南"}));
    const BoundaryStats again = boundaryStats(stored);
    QCOMPARE(again.vertices, stats.vertices);
    QCOMPARE(again.rings, stats.rings);
    // RFC 7946 winding: outer counter-clockwise; the hole clockwise; rings closed.
    const GeoPolygon &beijing = stored.features[0].polygons[0];
    QCOMPARE(beijing.size(), std::size_t(2));
    const auto area = [](const GeoRing &r) {
        double s = 0;
        for (std::size_t i = 0; i + 1 < r.size(); ++i)
            s += r[i].lon * r[i + 1].lat - r[i + 1].lon * r[i].lat;
        return s;
    };
    QVERIFY(area(beijing[0]) > 0);
    QVERIFY(area(beijing[1]) < 0);
    const GeoRing &unclosed = stored.features[1].polygons[0][0];
    QCOMPARE(unclosed.size(), std::size_t(5));
    QCOMPARE(unclosed.front().lon, unclosed.back().lon);
}

void TestBoundaries::geoJsonKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("polygons");
    QTest::addColumn<QString>("name");
    const QString ring = QStringLiteral("[[100,30],[101,30],[101,31],[100,30]]");
    QTest::newRow("Polygon") << QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[%1]}").arg(ring) << 1 << QString();
    QTest::newRow("MultiPolygon")
        << QStringLiteral("{\"type\":\"MultiPolygon\",\"coordinates\":[[%1],[%1]]}").arg(ring) << 2 << QString();
    QTest::newRow("Feature with 名称")
        << QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"名称\":\"四川\"},"
                          "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[%1]}}").arg(ring)
        << 1 << QStringLiteral("四川");
    QTest::newRow("3D positions")
        << QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[100,30,5],[101,30,5],[101,31,5],[100,30,5]]]}")
        << 1 << QString();
}

void TestBoundaries::geoJsonKinds()
{
    QFETCH(QString, text);
    QFETCH(int, polygons);
    QFETCH(QString, name);
    TempDir dir;
    const std::string path = dir.path("layer.json");
    test::writeAll(path, text.toStdString());
    BoundaryStats stats;
    auto result = importBoundaries(path, {}, &stats);
    QVERIFY(result.ok());
    QCOMPARE(int(stats.polygons), polygons);
    const GeoLayer stored = storedLayer(*result);
    QCOMPARE(stored.features.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(stored.features[0].name), name);
}

void TestBoundaries::shapefileGbk_data()
{
    QTest::addColumn<QString>("cpg");
    QTest::addColumn<QString>("chosen");
    QTest::newRow(".cpg GBK") << QStringLiteral("GBK") << QString();
    QTest::newRow(".cpg 936 beats a wrong choice") << QStringLiteral("936\r\n") << QStringLiteral("UTF-8");
    QTest::newRow("no .cpg, user picks GBK") << QString() << QStringLiteral("GBK");
    QTest::newRow("no .cpg, auto") << QString() << QStringLiteral("auto");
}

void TestBoundaries::shapefileGbk()
{
    QFETCH(QString, cpg);
    QFETCH(QString, chosen);
    TempDir dir;
    const std::string shp = dir.path("provinces.shp");
    writeProvinceShapefile(shp);
    if (!cpg.isEmpty())
        writeCpg(shp, cpg.toStdString());
    ImportOptions options;
    options.encoding = chosen.toStdString();
    options.name = "省界";
    BoundaryStats stats;
    auto result = importBoundaries(shp, options, &stats);
    QVERIFY2(result.ok(), result.ok() ? "" : result.problems[0].args.back().c_str());
    QCOMPARE(result->name, std::string("省界"));
    QCOMPARE(stats.features, std::size_t(2));
    QCOMPARE(stats.polygons, std::size_t(3)); // Beijing with its hole, Hebei in two parts
    QCOMPARE(stats.rings, std::size_t(4));
    QCOMPARE(stats.minLon, 114.0);
    QCOMPARE(stats.maxLat, 41.5);
    const GeoLayer stored = storedLayer(*result);
    QCOMPARE(featureNames(stored), (std::vector<std::string>{"北京", "河北"}));
    QCOMPARE(stored.features[0].polygons[0].size(), std::size_t(2));
}

void TestBoundaries::geoPackage()
{
    TempDir dir;
    const std::string path = dir.path("provinces.gpkg");
    const std::string beijing = wkbPolygon({square(115.5, 39.5, 2.0, false), square(116.0, 40.0, 0.5, true)});
    const std::string hainan = wkbMultiPolygon({wkbPolygon({square(108.6, 18.2, 2.0, false)}),
                                                wkbPolygon({square(112.0, 16.0, 0.5, false)})});
    writeGeoPackage(path, {{gpkgBlob(beijing), "北京"}, {gpkgBlob(hainan), "海南"}});
    BoundaryStats stats;
    auto result = importBoundaries(path, {}, &stats);
    QVERIFY2(result.ok(), result.ok() ? "" : result.problems[0].args.back().c_str());
    QCOMPARE(stats.features, std::size_t(2));
    QCOMPARE(stats.polygons, std::size_t(3));
    QCOMPARE(stats.rings, std::size_t(4));
    QCOMPARE(stats.minLat, 16.0);
    QCOMPARE(stats.maxLon, 117.5);
    QCOMPARE(featureNames(storedLayer(*result)), (std::vector<std::string>{"北京", "海南"}));
}

enum class Case {
    BadJson, NotGeoJson, Projected, EmptyCollection, Points, TextFile, Missing,
    GpkgNotSqlite, GpkgPlainSqlite, GpkgTruncatedBlob, GpkgProjected, GpkgPoint, ShpTruncated,
    ShpPoints, ShpProjected, ShpMissingShx, ShpWrongEncoding, TooLarge, TooManyVertices, DeepCollection,
};

void TestBoundaries::refusals_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<Code>("code");
    const auto row = [](const char *name, Case c, Code code) { QTest::newRow(name) << int(c) << code; };
    row("bad JSON", Case::BadJson, Code::BoundaryMalformed);
    row("JSON but not GeoJSON", Case::NotGeoJson, Code::BoundaryMalformed);
    row("projected GeoJSON", Case::Projected, Code::BoundaryProjected);
    row("empty FeatureCollection", Case::EmptyCollection, Code::BoundaryEmpty);
    row("points", Case::Points, Code::BoundaryUnsupportedGeometry);
    row(".txt", Case::TextFile, Code::BoundaryUnknownType);
    row("missing file", Case::Missing, Code::FileNotFound);
    row("gpkg not SQLite", Case::GpkgNotSqlite, Code::NotAGeoPackage);
    row("gpkg plain SQLite", Case::GpkgPlainSqlite, Code::NotAGeoPackage);
    row("gpkg truncated blob", Case::GpkgTruncatedBlob, Code::BoundaryMalformed);
    row("gpkg projected", Case::GpkgProjected, Code::BoundaryProjected);
    row("gpkg point", Case::GpkgPoint, Code::BoundaryUnsupportedGeometry);
    row("shp truncated", Case::ShpTruncated, Code::BoundaryMalformed);
    row("shp points", Case::ShpPoints, Code::BoundaryUnsupportedGeometry);
    row("shp projected", Case::ShpProjected, Code::BoundaryProjected);
    row("shp without .shx", Case::ShpMissingShx, Code::BoundaryMalformed);
    row("shp GBK read as UTF-8", Case::ShpWrongEncoding, Code::BoundaryEncoding);
    row("too large", Case::TooLarge, Code::BoundaryTooLarge);
    row("too many vertices", Case::TooManyVertices, Code::BoundaryTooManyVertices);
    row("deeply nested collections", Case::DeepCollection, Code::BoundaryMalformed);
}

void TestBoundaries::refusals()
{
    QFETCH(int, kind);
    QFETCH(Code, code);
    TempDir dir;
    ImportOptions options;
    std::string path;
    const std::string ring = "[[100,30],[101,30],[101,31],[100,30]]";
    const auto json = [&](const std::string &text) {
        path = dir.path("layer.geojson");
        test::writeAll(path, text);
    };
    switch (Case(kind)) {
    case Case::BadJson: json("{\"type\":\"FeatureCollection\",\n\"features\":[{]}"); break;
    case Case::NotGeoJson: json("[1, 2, 3]"); break;
    case Case::Projected:
        json("{\"type\":\"Polygon\",\"coordinates\":[[[12950000,4850000],[12960000,4850000],[12960000,4860000],"
             "[12950000,4850000]]]}");
        break;
    case Case::EmptyCollection: json("{\"type\":\"FeatureCollection\",\"features\":[]}"); break;
    case Case::Points:
        json("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
             "\"geometry\":{\"type\":\"Point\",\"coordinates\":[116,40]}}]}");
        break;
    case Case::TextFile:
        path = dir.path("layer.txt");
        test::writeAll(path, "{}");
        break;
    case Case::Missing: path = dir.path("nothing.geojson"); break;
    case Case::GpkgNotSqlite:
        path = dir.path("layer.gpkg");
        test::writeAll(path, std::string(4096, 'x'));
        break;
    case Case::GpkgPlainSqlite:
        path = dir.path("layer.gpkg");
        writeGeoPackage(path, {}, false);
        break;
    case Case::GpkgTruncatedBlob: {
        path = dir.path("layer.gpkg");
        const std::string blob = gpkgBlob(wkbPolygon({square(100, 30, 1, false)}));
        writeGeoPackage(path, {{blob.substr(0, blob.size() - 12), "x"}});
        break;
    }
    case Case::GpkgProjected:
        path = dir.path("layer.gpkg");
        writeGeoPackage(path, {{gpkgBlob(wkbPolygon({square(500000, 3000000, 1000, false)})), "x"}});
        break;
    case Case::GpkgPoint: {
        path = dir.path("layer.gpkg");
        std::string point(1, '\x01');
        le32(point, 1);
        leDouble(point, 116);
        leDouble(point, 40);
        writeGeoPackage(path, {{gpkgBlob(point), "x"}});
        break;
    }
    case Case::ShpTruncated: {
        path = dir.path("layer.shp");
        writeProvinceShapefile(path);
        std::filesystem::resize_file(path, std::filesystem::file_size(path) - 60);
        break;
    }
    case Case::ShpPoints:
        path = dir.path("layer.shp");
        writeShapefile(path, {{Ring{{116}, {40}}}}, {"x"}, SHPT_POINT);
        break;
    case Case::ShpProjected:
        path = dir.path("layer.shp");
        writeShapefile(path, {{square(500000, 3000000, 1000, true)}}, {"x"});
        break;
    case Case::ShpMissingShx:
        path = dir.path("layer.shp");
        writeProvinceShapefile(path);
        std::filesystem::remove(dir.path("layer.shx"));
        break;
    case Case::ShpWrongEncoding:
        path = dir.path("layer.shp");
        writeProvinceShapefile(path);
        options.encoding = "UTF-8";
        break;
    case Case::TooLarge:
        json("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}");
        options.maxBytes = 16;
        break;
    case Case::DeepCollection: {
        std::string text = "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}";
        for (int i = 0; i < 5000; ++i)
            text = "{\"type\":\"GeometryCollection\",\"geometries\":[" + text + "]}";
        json(text);
        break;
    }
    case Case::TooManyVertices:
        json("{\"type\":\"MultiPolygon\",\"coordinates\":[[" + ring + "],[" + ring + "]]}");
        options.maxVertices = 6;
        break;
    }

    BoundaryStats stats;
    stats.features = 99;
    auto result = importBoundaries(path, options, &stats);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), std::size_t(1));
    const Problem &p = result.problems[0];
    QCOMPARE(p.severity, Severity::Error);
    QCOMPARE(int(p.code), int(code));
    QCOMPARE(p.file, path);
    QVERIFY(!p.args.empty());
    QCOMPARE(p.args[0], path);
    QCOMPARE(stats.features, std::size_t(99)); // nothing half-imported: the preview is untouched
    if (Case(kind) == Case::BadJson)
        QCOMPARE(p.line, 2);
}

QTEST_GUILESS_MAIN(TestBoundaries)
#include "tst_boundaries.moc"
