// The boundary import dialog and the map's boundary credits (offscreen).

#include "map/boundaryimportdialog.h"
#include "map/mapscene.h"
#include "map/maplayer.h"
#include "problemtext.h"
#include "testutil.h"

#include "geo/boundaryimport.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace atlas;
using atlas::test::TempDir;

class TestBoundaryImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewAndLayer();
    void refusalShowsProblem_data();
    void refusalShowsProblem();
    void mapCredits();
};

void TestBoundaryImportDialog::previewAndLayer()
{
    BoundaryImportDialog dialog;
    QVERIFY(!dialog.canImport());
    dialog.setFile(QString::fromStdString(test::sourcePath("tests/geo/data/two-regions.geojson")));
    QVERIFY(dialog.isLoading());
    QVERIFY(!dialog.canImport()); // nothing to import until the file has been read
    QVERIFY(QSignalSpy(&dialog, &BoundaryImportDialog::previewReady).wait(10000));
    QVERIFY(dialog.canImport());
    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("preview"));
    QVERIFY(preview);
    QVERIFY2(preview->text().contains(QLatin1String("2")), qPrintable(preview->text()));
    QVERIFY2(preview->text().contains(QLatin1String("117")), qPrintable(preview->text())); // east bound

    const auto edits = dialog.findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 4); // file, name, source, approval number
    QCOMPARE(edits[1]->text(), QStringLiteral("two-regions"));
    edits[2]->setText(QStringLiteral("测绘局"));
    edits[3]->setText(QStringLiteral("GS(2024)0650号"));
    const BoundaryLayer layer = dialog.layer();
    QCOMPARE(layer.name, std::string("two-regions"));
    QCOMPARE(layer.source, std::string("测绘局"));
    QCOMPARE(layer.approvalNumber, std::string("GS(2024)0650号"));
    QVERIFY(readBoundaryGeoJson(layer.geojson).ok());
}

void TestBoundaryImportDialog::refusalShowsProblem_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bad JSON") << QStringLiteral("{\"type\":");
    QTest::newRow("projected")
        << QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[500000,3000000],[501000,3000000],[501000,3001000],[500000,3000000]]]}");
}

void TestBoundaryImportDialog::refusalShowsProblem()
{
    QFETCH(QString, text);
    TempDir dir;
    const std::string path = dir.path("bad.geojson");
    test::writeAll(path, text.toStdString());
    const auto expected = importBoundaries(path);
    QVERIFY(!expected.ok());

    BoundaryImportDialog dialog;
    dialog.setFile(QString::fromStdString(path));
    QVERIFY(QSignalSpy(&dialog, &BoundaryImportDialog::previewReady).wait(10000));
    QVERIFY(!dialog.isLoading());
    QVERIFY(!dialog.canImport());
    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("preview"));
    QCOMPARE(preview->text(), problemMessage(expected.problems.front()));
}

void TestBoundaryImportDialog::mapCredits()
{
    auto imported = importBoundaries(test::sourcePath("tests/geo/data/two-regions.geojson"));
    QVERIFY(imported.ok());
    BoundaryLayer layer = *imported;
    layer.source = "Test survey";
    layer.approvalNumber = "GS(2024)0650号";

    MapScene scene;
    QVERIFY(scene.boundaryCredits().isEmpty());
    scene.setBoundaryLayers({layer});
    QCOMPARE(scene.boundaryCredits().size(), 1);
    QVERIFY(scene.boundaryCredits()[0].contains(QStringLiteral("GS(2024)0650号")));
    QVERIFY(scene.boundaryCredits()[0].contains(QStringLiteral("Test survey")));
    scene.setLayerVisible(MapLayer::Boundaries, false);
    QVERIFY(scene.boundaryCredits().isEmpty()); // no credit for boundaries not drawn
    scene.setLayerVisible(MapLayer::Boundaries, true);
    scene.setBoundaryLayers({});
    QVERIFY(scene.boundaryCredits().isEmpty());
}

QTEST_MAIN(TestBoundaryImportDialog)
#include "tst_boundaryimportdialog.moc"
