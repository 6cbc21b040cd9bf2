// The demo's sample actuals (resources/demo/actuals/, written by
// resources/demo/generator/actuals.py) import into the demo project as the README says:
// every exporter name but "test-lab" matches, Slurm GPU types map to the demo's chips, and
// the GPU-hours that reach tenants are those of the export, computed here independently.

#include "interchange/yaml.h"
#include "ops/sources/aggregation.h"
#include "ops/sources/csvactuals.h"
#include "ops/sources/namemapping.h"
#include "ops/sources/slurm.h"
#include "testutil.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace atlas;
using namespace atlas::test;

class TestDemoActuals : public QObject
{
    Q_OBJECT

private:
    Project mDemo;

private Q_SLOTS:
    void initTestCase()
    {
        auto demo = readYaml(sourcePath("resources/demo/demo.yaml"));
        QVERIFY(demo.ok());
        mDemo = *demo;
    }

    void poolUtilization()
    {
        const std::string path = sourcePath("resources/demo/actuals/pool-utilization-2026H1.csv");
        auto preview = previewCsv(path);
        QVERIFY(preview.ok());
        const CsvColumns columns = suggestColumns(preview->header);
        QVERIFY(columns.time >= 0 && columns.center >= 0 && columns.chip >= 0 && columns.utilization >= 0);
        auto data = readPoolCsv(path, columns);
        QVERIFY(data.ok());
        const SourceNames names = sourceNames(data->samples);
        const NameMapping mapping = suggestMapping(mDemo, names);
        const auto unmatched = unmatchedNames(mDemo, mapping, names);
        QCOMPARE(unmatched.size(), size_t(1));
        QCOMPARE(unmatched[0].name, std::string("test-lab"));
        QCOMPARE(unmatched[0].rows, std::int64_t(181));  // one sample a day, January–June

        auto aggregated = aggregatePools(mDemo, mapping, *data, AggregateOptions{"import-1", 0, {}});
        QVERIFY(aggregated.ok());
        // Six months of every pool the demo has in service (the CSV has one row per pool and day).
        QCOMPARE(aggregated->pools.size(), size_t(6 * 48));
        for (const PoolActual &a : aggregated->pools) {
            QVERIFY(a.period >= 0 && a.period < 6);
            QVERIFY(a.utilization >= 0 && a.utilization <= 1);
            QVERIFY(a.coverage > 0.99);  // daily samples cover each month
        }
        QCOMPARE(aggregated->report.unmatchedRows, std::int64_t(181));
    }

    void slurmExport()
    {
        const std::string path = sourcePath("resources/demo/actuals/sacct-2026H1.txt");
        SacctOptions options;
        options.utcOffsetMinutes = 480;  // sacct prints the cluster's local time (UTC+8)
        auto data = readSacct(path, options);
        QVERIFY(data.ok());
        QVERIFY(data->runningJobs.empty());

        // Independently: Σ GPUs × (End − Start) over the export's lines.
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        double expected = 0;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].split('|');
            if (f.size() < 8)
                continue;
            const QDateTime start = QDateTime::fromString(QString::fromLatin1(f[3]), Qt::ISODate);
            const QDateTime end = QDateTime::fromString(QString::fromLatin1(f[4]), Qt::ISODate);
            int gpus = 0;
            for (const QByteArray &tres : f[6].split(','))
                if (tres.startsWith("gres/gpu="))
                    gpus = tres.mid(9).toInt();
            expected += gpus * start.secsTo(end) / 3600.0;
        }
        double read = 0;
        for (const UsageRecord &r : data->records)
            read += r.chipHours;
        QVERIFY2(std::abs(read - expected) <= 1e-9 * expected, qPrintable(QStringLiteral("%1 vs %2").arg(read).arg(expected)));

        // The GPU types are Slurm's short names: the user maps them to the demo's chips.
        NameMapping mapping = suggestMapping(mDemo, sourceNames(data->records));
        mapping.chips["a100"] = "a100-sxm";
        mapping.chips["h100"] = "h100-sxm";
        mapping.chips["910b"] = "ascend-910b";
        QVERIFY(unmatchedNames(mDemo, mapping, sourceNames(data->records)).empty());
        auto usage = aggregateUsage(mDemo, mapping, *data, AggregateOptions{"import-2", 0, {}});
        QVERIFY(usage.ok());
        double reached = 0;
        for (const TenantActual &t : usage->tenants)
            reached += t.chipHours;
        QVERIFY(std::abs(reached + usage->report.chipHoursOutsideHorizon - expected) <= 1e-6 * expected);
        QVERIFY(!usage->tenants.empty());
    }
};

QTEST_GUILESS_MAIN(TestDemoActuals)
#include "tst_demoactuals.moc"
