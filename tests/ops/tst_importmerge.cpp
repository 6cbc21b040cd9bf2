#include "ops/importmerge.h"

#include <QTest>

using namespace atlas;

namespace {

// Values as text: "p period center chip utilization import" and "t period tenant pflops import";
// "i id" adds an import that no value names. Imports are listed in the order first named.
Actuals parse(const QStringList &items)
{
    Actuals a;
    auto addImport = [&](const QString &id) {
        for (const auto &i : a.imports)
            if (i.id == id.toStdString())
                return;
        a.imports.push_back({id.toStdString(), ActualSourceKind::Csv, "origin of " + id.toStdString(), "", ""});
    };
    for (const QString &item : items) {
        const QStringList f = item.split(QLatin1Char(' '));
        if (f[0] == QLatin1String("p")) {
            a.pools.push_back({f[1].toInt(), f[2].toStdString(), f[3].toStdString(), f[4].toDouble(), 1.0,
                               f.value(5).toStdString()});
            addImport(f.value(5));
        } else if (f[0] == QLatin1String("t")) {
            a.tenants.push_back({f[1].toInt(), f[2].toStdString(), f[3].toDouble(), 0.0, f.value(4).toStdString()});
            addImport(f.value(4));
        } else {
            addImport(f[1]);
        }
    }
    return a;
}

QStringList print(const Actuals &a)
{
    QStringList out;
    for (const auto &p : a.pools)
        out << QStringLiteral("p %1 %2 %3 %4 %5")
                   .arg(p.period)
                   .arg(QString::fromStdString(p.center), QString::fromStdString(p.chip))
                   .arg(p.utilization)
                   .arg(QString::fromStdString(p.importId));
    for (const auto &t : a.tenants)
        out << QStringLiteral("t %1 %2 %3 %4")
                   .arg(t.period)
                   .arg(QString::fromStdString(t.tenant))
                   .arg(t.pflops)
                   .arg(QString::fromStdString(t.importId));
    return out;
}

QStringList importIds(const Actuals &a)
{
    QStringList out;
    for (const auto &i : a.imports)
        out << QString::fromStdString(i.id);
    return out;
}

} // namespace

class TestImportMerge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void merge_data();
    void merge();
    void mergeKeepsThresholdsAndImportDetails();
    void remove_data();
    void remove();
};

void TestImportMerge::merge_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QStringList>("added");     // the new import's values (import id left empty)
    QTest::addColumn<QStringList>("expected");  // values afterwards, in order
    QTest::addColumn<QStringList>("imports");   // import ids afterwards, in order
    QTest::newRow("first import, values sorted")
        << QStringList{} << QStringList{QStringLiteral("p 1 A k1 0.5"), QStringLiteral("p 0 B k2 0.3"), QStringLiteral("t 0 t1 7")}
        << QStringList{QStringLiteral("p 0 B k2 0.3 import-1"), QStringLiteral("p 1 A k1 0.5 import-1"), QStringLiteral("t 0 t1 7 import-1")}
        << QStringList{QStringLiteral("import-1")};
    QTest::newRow("same pool and period replaced, others kept")
        << QStringList{QStringLiteral("p 0 A k1 0.5 import-1"), QStringLiteral("p 1 A k1 0.6 import-1")}
        << QStringList{QStringLiteral("p 1 A k1 0.7")}
        << QStringList{QStringLiteral("p 0 A k1 0.5 import-1"), QStringLiteral("p 1 A k1 0.7 import-2")}
        << QStringList{QStringLiteral("import-1"), QStringLiteral("import-2")};
    QTest::newRow("other chip of the same centre is another key")
        << QStringList{QStringLiteral("p 0 A k1 0.5 import-1")} << QStringList{QStringLiteral("p 0 A k2 0.9")}
        << QStringList{QStringLiteral("p 0 A k1 0.5 import-1"), QStringLiteral("p 0 A k2 0.9 import-2")}
        << QStringList{QStringLiteral("import-1"), QStringLiteral("import-2")};
    QTest::newRow("an import wholly replaced is dropped")
        << QStringList{QStringLiteral("p 0 A k1 0.5 import-1"), QStringLiteral("t 2 t1 4 import-2")}
        << QStringList{QStringLiteral("p 0 A k1 0.9")}
        << QStringList{QStringLiteral("p 0 A k1 0.9 import-3"), QStringLiteral("t 2 t1 4 import-2")}
        << QStringList{QStringLiteral("import-2"), QStringLiteral("import-3")};
    QTest::newRow("tenant values replaced by (period, tenant)")
        << QStringList{QStringLiteral("t 0 t1 4 import-1"), QStringLiteral("t 0 t2 5 import-1"), QStringLiteral("p 0 A k1 0.4 import-1")}
        << QStringList{QStringLiteral("t 0 t1 6"), QStringLiteral("t 1 t1 8")}
        << QStringList{QStringLiteral("p 0 A k1 0.4 import-1"), QStringLiteral("t 0 t1 6 import-2"),
                       QStringLiteral("t 0 t2 5 import-1"), QStringLiteral("t 1 t1 8 import-2")}
        << QStringList{QStringLiteral("import-1"), QStringLiteral("import-2")};
    QTest::newRow("id one past the largest number in use")
        << QStringList{QStringLiteral("p 0 A k1 0.5 import-3"), QStringLiteral("p 1 A k1 0.5 import-10"),
                       QStringLiteral("p 2 A k1 0.5 legacy-99")}
        << QStringList{QStringLiteral("p 3 A k1 0.1")}
        << QStringList{QStringLiteral("p 0 A k1 0.5 import-3"), QStringLiteral("p 1 A k1 0.5 import-10"),
                       QStringLiteral("p 2 A k1 0.5 legacy-99"), QStringLiteral("p 3 A k1 0.1 import-11")}
        << QStringList{QStringLiteral("import-3"), QStringLiteral("import-10"), QStringLiteral("legacy-99"),
                       QStringLiteral("import-11")};
    QTest::newRow("twice the same key in one import: the later counts")
        << QStringList{} << QStringList{QStringLiteral("p 0 A k1 0.2"), QStringLiteral("p 0 A k1 0.8")}
        << QStringList{QStringLiteral("p 0 A k1 0.8 import-1")} << QStringList{QStringLiteral("import-1")};
    QTest::newRow("an import without values is not kept")
        << QStringList{QStringLiteral("p 0 A k1 0.5 import-1")} << QStringList{}
        << QStringList{QStringLiteral("p 0 A k1 0.5 import-1")} << QStringList{QStringLiteral("import-1")};
    QTest::newRow("an already unreferenced import goes too")
        << QStringList{QStringLiteral("i import-1"), QStringLiteral("p 0 A k1 0.5 import-2")}
        << QStringList{QStringLiteral("p 1 A k1 0.5")}
        << QStringList{QStringLiteral("p 0 A k1 0.5 import-2"), QStringLiteral("p 1 A k1 0.5 import-3")}
        << QStringList{QStringLiteral("import-2"), QStringLiteral("import-3")};
}

void TestImportMerge::merge()
{
    QFETCH(QStringList, existing);
    QFETCH(QStringList, added);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, imports);
    const Actuals before = parse(existing);
    const Actuals values = parse(added);
    ActualImport import{"caller-chosen", ActualSourceKind::Slurm, "/var/log/sacct.txt", "GPU TRES", "2026-05-01T00:00:00Z"};
    const Actuals after = mergeImport(before, import, values.pools, values.tenants);
    QCOMPARE(print(after), expected);
    QCOMPARE(importIds(after), imports);
}

void TestImportMerge::mergeKeepsThresholdsAndImportDetails()
{
    Actuals before = parse({QStringLiteral("p 0 A k1 0.5 import-1")});
    before.thresholds = AlertThresholds{0.2, 0.8, 0.25};
    const ActualImport import{"x", ActualSourceKind::Prometheus, "http://127.0.0.1:9090", "DCGM_FI_DEV_GPU_UTIL",
                              "2026-05-01T00:00:00Z"};
    const Actuals after = mergeImport(before, import, {{0, "B", "k1", 0.4, 0.5, "ignored"}}, {});
    QCOMPARE(after.thresholds, before.thresholds);
    QCOMPARE(after.imports.size(), size_t(2));
    QCOMPARE(after.imports[0], before.imports[0]);
    ActualImport expected = import;
    expected.id = "import-2";
    QCOMPARE(after.imports[1], expected);
    QCOMPARE(after.pools.back().coverage, 0.5);
    QCOMPARE(after.pools.back().importId, std::string("import-2"));
}

void TestImportMerge::remove_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("imports");
    const QStringList two = {QStringLiteral("p 0 A k1 0.5 import-1"), QStringLiteral("p 1 A k1 0.7 import-2"),
                             QStringLiteral("t 0 t1 3 import-1"), QStringLiteral("t 0 t2 4 import-2")};
    QTest::newRow("first of two") << two << QStringLiteral("import-1")
                                  << QStringList{QStringLiteral("p 1 A k1 0.7 import-2"), QStringLiteral("t 0 t2 4 import-2")}
                                  << QStringList{QStringLiteral("import-2")};
    QTest::newRow("second of two") << two << QStringLiteral("import-2")
                                   << QStringList{QStringLiteral("p 0 A k1 0.5 import-1"), QStringLiteral("t 0 t1 3 import-1")}
                                   << QStringList{QStringLiteral("import-1")};
    QTest::newRow("unknown id changes nothing") << two << QStringLiteral("import-9") << two
                                                << QStringList{QStringLiteral("import-1"), QStringLiteral("import-2")};
}

void TestImportMerge::remove()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, remove);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, imports);
    Actuals before = parse(existing);
    before.thresholds.tenantOverPlan = 0.5;
    const Actuals after = removeImport(before, remove.toStdString());
    QCOMPARE(print(after), expected);
    QCOMPARE(importIds(after), imports);
    QCOMPARE(after.thresholds, before.thresholds);
}

QTEST_GUILESS_MAIN(TestImportMerge)
#include "tst_importmerge.moc"
