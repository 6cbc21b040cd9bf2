// Name mapping and aggregation of pool samples and usage records to the project's periods,
// against hand-computed figures.

#include "ops/sources/aggregation.h"
#include "ops/sources/timestamps.h"
#include "testutil.h"

#include <QtTest>

using namespace atlas;
using namespace atlas::test;

Q_DECLARE_METATYPE(std::vector<atlas::PoolSample>)
Q_DECLARE_METATYPE(std::vector<atlas::PoolActual>)
Q_DECLARE_METATYPE(std::vector<atlas::UsageRecord>)
Q_DECLARE_METATYPE(std::vector<atlas::TenantActual>)

namespace {

constexpr double kJan = 31 * 24;  // hours
constexpr double kFeb = 28 * 24;
constexpr double kMar = 31 * 24;

std::int64_t at(const char *iso)
{
    const auto t = parseTimestamp(iso);
    if (!t)
        qFatal("bad timestamp in test: %s", iso);
    return *t;
}

/** Three months from 2026-01; horinger has 100 A100 always and 50 H20 from February. */
Project project()
{
    Project p;
    p.periods = Periods{Month{2026, 1}, 3, PeriodLength::Month};
    p.centers = {Center{.id = "horinger", .name = "和林格尔集群"}, Center{.id = "zhongwei", .name = "Zhongwei"}};
    p.chips = {Chip{.id = "a100-sxm", .vendor = "NVIDIA", .name = "A100 SXM4 80GB", .tflops = 312},
               Chip{.id = "h20", .vendor = "NVIDIA", .name = "H20 96GB", .tflops = 148}};
    p.inventory = {Inventory{.center = "horinger", .chip = "a100-sxm", .count = 100},
                   Inventory{.center = "horinger", .chip = "h20", .count = 50, .from = Month{2026, 2}}};
    p.tenants = {Tenant{.id = "bytedance", .name = "ByteDance AI"}, Tenant{.id = "zhipu", .name = "Zhipu"}};
    return p;
}

NameMapping mapping()
{
    NameMapping m;
    m.centers = {{"Horinger", "horinger"}, {"和林格尔", "horinger"}, {"Zhongwei", "zhongwei"}};
    m.chips = {{"A100", "a100-sxm"}, {"a100", "a100-sxm"}, {"H20", "h20"}};
    m.tenants = {{"bytedance-ai", "bytedance"}, {"zhipu", "zhipu"}};
    return m;
}

PoolSample util(const char *center, const char *chip, const char *time, double u)
{
    return PoolSample{at(time), center, chip, u, std::nullopt};
}

PoolSample busy(const char *center, const char *chip, const char *time, double n)
{
    return PoolSample{at(time), center, chip, 0, n};
}

PoolActual actual(int period, const char *center, const char *chip, double utilization, double coverage)
{
    return PoolActual{period, center, chip, utilization, coverage, "import-1"};
}

UsageRecord usage(const char *tenant, const char *chip, const char *start, const char *end, double hours)
{
    return UsageRecord{at(start), at(end), tenant, chip, hours};
}

TenantActual used(int period, const char *tenant, double chipHours, double tflops, double periodHours)
{
    return TenantActual{period, tenant, chipHours * tflops / 1000.0 / periodHours, chipHours, "import-1"};
}

} // namespace

class TestAggregate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data();
    void timestamps();
    void suggest_data();
    void suggest();
    void unmatched();
    void pools_data();
    void pools();
    void tenants_data();
    void tenants();
    void reportAsProblems();
    void stepOfSingleSamples();
    void cancelled();
    void sortPoolSamples();
};

void TestAggregate::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");  // -1: refused
    QTest::newRow("Z") << "2026-01-01T00:00:00Z" << qint64(1767225600);
    QTest::newRow("offset") << "2026-01-01T08:00:00+08:00" << qint64(1767225600);
    QTest::newRow("offset without colon") << "2025-12-31T19:00:00-0500" << qint64(1767225600);
    QTest::newRow("date only") << "2026-01-01" << qint64(1767225600);
    QTest::newRow("space, no zone = UTC") << "2026-01-01 00:00:00" << qint64(1767225600);
    QTest::newRow("no seconds") << "2026-01-01T00:01" << qint64(1767225660);
    QTest::newRow("fraction dropped") << "2026-01-01T00:00:01.750Z" << qint64(1767225601);
    QTest::newRow("unix seconds") << "1767225600" << qint64(1767225600);
    QTest::newRow("unix with fraction") << "1767225600.5" << qint64(1767225600);
    QTest::newRow("leap day") << "2028-02-29" << qint64(1835395200);
    QTest::newRow("no 30 February") << "2026-02-30" << qint64(-1);
    QTest::newRow("month 13") << "2026-13-01" << qint64(-1);
    QTest::newRow("hour 24") << "2026-01-01T24:00:00" << qint64(-1);
    QTest::newRow("words") << "yesterday" << qint64(-1);
    QTest::newRow("slashes") << "2026/01/01" << qint64(-1);
    QTest::newRow("trailing junk") << "2026-01-01T00:00:00Zx" << qint64(-1);
}

void TestAggregate::timestamps()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto t = parseTimestamp(text.toStdString());
    if (seconds < 0) {
        QVERIFY(!t);
        return;
    }
    QVERIFY(t);
    QCOMPARE(qint64(*t), seconds);
    if (text.endsWith(QLatin1Char('Z')) && !text.contains(QLatin1Char('.')))
        QCOMPARE(QString::fromStdString(formatTimestamp(*t)), text);
}

void TestAggregate::suggest_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");  // "" = no suggestion
    QTest::newRow("centre id, case and spaces") << int(NameKind::Center) << " HORINGER " << "horinger";
    QTest::newRow("centre name") << int(NameKind::Center) << "和林格尔集群" << "horinger";
    QTest::newRow("centre name, ideographic space") << int(NameKind::Center) << "\u3000和林格尔集群" << "horinger";
    QTest::newRow("centre name, case") << int(NameKind::Center) << "zhongWEI" << "zhongwei";
    QTest::newRow("unknown centre") << int(NameKind::Center) << "Atlantis" << "";
    QTest::newRow("chip id") << int(NameKind::Chip) << "A100-SXM" << "a100-sxm";
    QTest::newRow("chip name") << int(NameKind::Chip) << "h20 96gb" << "h20";
    QTest::newRow("chip vendor and name") << int(NameKind::Chip) << "NVIDIA A100 SXM4 80GB" << "a100-sxm";
    QTest::newRow("chip short name: no guess") << int(NameKind::Chip) << "a100" << "";
    QTest::newRow("tenant name") << int(NameKind::Tenant) << "bytedance ai" << "bytedance";
    QTest::newRow("ambiguous tenant name") << int(NameKind::Tenant) << "Twin" << "";
}

void TestAggregate::suggest()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, id);
    Project p = project();
    p.tenants.push_back(Tenant{.id = "twin-a", .name = "Twin"});
    p.tenants.push_back(Tenant{.id = "twin-b", .name = "twin"});
    SourceNames names;
    const NameCount n{name.toStdString(), 3};
    const auto &map = [&]() -> const std::map<std::string, std::string> & {
        static NameMapping m;
        if (kind == int(NameKind::Center))
            names.centers = {n};
        else if (kind == int(NameKind::Chip))
            names.chips = {n};
        else
            names.tenants = {n};
        m = suggestMapping(p, names);
        return kind == int(NameKind::Center) ? m.centers : kind == int(NameKind::Chip) ? m.chips : m.tenants;
    }();
    const auto it = map.find(n.name);
    QCOMPARE(QString::fromStdString(it == map.end() ? std::string() : it->second), id);
    // Whatever is not suggested is listed as unmatched, with its rows.
    const auto unmatched = unmatchedNames(p, suggestMapping(p, names), names);
    QCOMPARE(unmatched.size(), id.isEmpty() ? std::size_t(1) : std::size_t(0));
    if (id.isEmpty())
        QCOMPARE(unmatched[0], (UnmatchedName{NameKind(kind), n.name, 3}));
}

void TestAggregate::unmatched()
{
    const std::vector<PoolSample> samples = {
        util("Horinger", "A100", "2026-01-01T00:00:00Z", 0.5), util("Horinger", "A100", "2026-01-01T01:00:00Z", 0.5),
        util("Atlantis", "A100", "2026-01-01T00:00:00Z", 0.5), util("Atlantis", "B200", "2026-01-01T00:00:00Z", 0.5),
        util("Atlantis", "B200", "2026-01-01T01:00:00Z", 0.5)};
    const SourceNames names = sourceNames(samples);
    QCOMPARE(names.centers, (std::vector<NameCount>{{"Atlantis", 3}, {"Horinger", 2}}));
    QCOMPARE(names.chips, (std::vector<NameCount>{{"A100", 3}, {"B200", 2}}));
    NameMapping m = mapping();
    m.centers["Atlantis"] = "no-such-centre";  // mapped to an id the project lacks: still unmatched
    const auto list = unmatchedNames(project(), m, names);
    QCOMPARE(list, (std::vector<UnmatchedName>{{NameKind::Center, "Atlantis", 3}, {NameKind::Chip, "B200", 2}}));

    // The aggregation lists the same names and counts each left-out row once.
    auto result = aggregatePools(project(), m, PoolData{samples, 5, 0, {}}, {"import-1", 3600, {}});
    QVERIFY(result);
    QCOMPARE(result->report.unmatched, list);
    QCOMPARE(result->report.unmatchedRows, qint64(3));
    QCOMPARE(result->report.used, qint64(2));
}

void TestAggregate::pools_data()
{
    QTest::addColumn<std::vector<PoolSample>>("samples");
    QTest::addColumn<qint64>("step");  // 0 = inferred
    QTest::addColumn<std::vector<PoolActual>>("expected");
    QTest::addColumn<qint64>("outside");
    QTest::addColumn<qint64>("duplicates");
    QTest::addColumn<qint64>("merged");
    QTest::addColumn<qint64>("withoutChips");

    QTest::newRow("sample exactly on a period start")
        << std::vector<PoolSample>{util("Horinger", "A100", "2026-02-01T00:00:00Z", 0.5)} << qint64(3600)
        << std::vector<PoolActual>{actual(1, "horinger", "a100-sxm", 0.5, 1 / kFeb)} << qint64(0) << qint64(0)
        << qint64(0) << qint64(0);
    QTest::newRow("sample across a period boundary, split by time")
        << std::vector<PoolSample>{util("Horinger", "A100", "2026-01-31T23:00:00Z", 0.8)} << qint64(7200)
        << std::vector<PoolActual>{actual(0, "horinger", "a100-sxm", 0.8, 1 / kJan),
                                   actual(1, "horinger", "a100-sxm", 0.8, 1 / kFeb)}
        << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("one sample covering the whole month")
        << std::vector<PoolSample>{util("Horinger", "A100", "2026-02-01", 0.4)} << qint64(28 * 86400)
        << std::vector<PoolActual>{actual(1, "horinger", "a100-sxm", 0.4, 1.0)} << qint64(0) << qint64(0) << qint64(0)
        << qint64(0);
    // Gaps 1 h and 2 h: the inferred step is 1 h, so the 2 h gap leaves an hour uncovered.
    QTest::newRow("inferred step, gap uncovered")
        << std::vector<PoolSample>{util("Horinger", "A100", "2026-01-01T01:00:00Z", 0.6),
                                   util("Horinger", "A100", "2026-01-01T00:00:00Z", 0.2),
                                   util("Horinger", "A100", "2026-01-01T03:00:00Z", 1.0)}
        << qint64(0) << std::vector<PoolActual>{actual(0, "horinger", "a100-sxm", 0.6, 3 / kJan)} << qint64(0)
        << qint64(0) << qint64(0) << qint64(0);
    // Given step 2 h, samples 1 h apart: each is cut at the next, the last covers 2 h.
    QTest::newRow("step cut at the next sample, time-weighted mean")
        << std::vector<PoolSample>{util("Horinger", "A100", "2026-01-01T00:00:00Z", 0.2),
                                   util("Horinger", "A100", "2026-01-01T01:00:00Z", 0.8)}
        << qint64(7200) << std::vector<PoolActual>{actual(0, "horinger", "a100-sxm", (0.2 + 0.8 * 2) / 3, 3 / kJan)}
        << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("outside the horizon, both ends")
        << std::vector<PoolSample>{util("Horinger", "A100", "2025-12-31T22:00:00Z", 0.9),
                                   util("Horinger", "A100", "2026-03-31T23:00:00Z", 0.3),
                                   util("Horinger", "A100", "2026-04-01T00:00:00Z", 0.9)}
        << qint64(3600) << std::vector<PoolActual>{actual(2, "horinger", "a100-sxm", 0.3, 1 / kMar)} << qint64(2)
        << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("sample before the horizon reaching into it")
        << std::vector<PoolSample>{util("Horinger", "A100", "2025-12-31T23:00:00Z", 0.7)} << qint64(7200)
        << std::vector<PoolActual>{actual(0, "horinger", "a100-sxm", 0.7, 1 / kJan)} << qint64(0) << qint64(0)
        << qint64(0) << qint64(0);
    QTest::newRow("busy chips over 100 in service")
        << std::vector<PoolSample>{busy("Horinger", "A100", "2026-03-01T00:00:00Z", 25),
                                   busy("Horinger", "A100", "2026-03-01T01:00:00Z", 75)}
        << qint64(3600) << std::vector<PoolActual>{actual(2, "horinger", "a100-sxm", 0.5, 2 / kMar)} << qint64(0)
        << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("busy chips above those in service count as full use")
        << std::vector<PoolSample>{busy("Horinger", "A100", "2026-03-01T00:00:00Z", 120),
                                   busy("Horinger", "A100", "2026-03-01T01:00:00Z", 50)}
        << qint64(3600) << std::vector<PoolActual>{actual(2, "horinger", "a100-sxm", 0.75, 2 / kMar)} << qint64(0)
        << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("busy chips before the pool is in service")
        << std::vector<PoolSample>{busy("Horinger", "H20", "2026-01-31T23:00:00Z", 10),
                                   busy("Horinger", "H20", "2026-02-01T00:00:00Z", 10)}
        << qint64(3600) << std::vector<PoolActual>{actual(1, "horinger", "h20", 0.2, 1 / kFeb)} << qint64(0)
        << qint64(0) << qint64(0) << qint64(1);
    QTest::newRow("two names of one pool: equal values are duplicates")
        << std::vector<PoolSample>{util("Horinger", "A100", "2026-01-01T00:00:00Z", 0.5),
                                   util("和林格尔", "A100", "2026-01-01T00:00:00Z", 0.5)}
        << qint64(3600) << std::vector<PoolActual>{actual(0, "horinger", "a100-sxm", 0.5, 1 / kJan)} << qint64(0)
        << qint64(1) << qint64(0) << qint64(0);
    QTest::newRow("two names of one pool: different values averaged")
        << std::vector<PoolSample>{util("Horinger", "A100", "2026-01-01T00:00:00Z", 0.4),
                                   util("和林格尔", "a100", "2026-01-01T00:00:00Z", 0.8)}
        << qint64(3600) << std::vector<PoolActual>{actual(0, "horinger", "a100-sxm", 0.6, 1 / kJan)} << qint64(0)
        << qint64(0) << qint64(1) << qint64(0);
    QTest::newRow("pools and periods ordered")
        << std::vector<PoolSample>{util("Horinger", "H20", "2026-02-01T00:00:00Z", 0.1),
                                   util("Zhongwei", "A100", "2026-01-01T00:00:00Z", 0.2),
                                   util("Horinger", "A100", "2026-02-01T00:00:00Z", 0.3)}
        << qint64(3600)
        << std::vector<PoolActual>{actual(0, "zhongwei", "a100-sxm", 0.2, 1 / kJan),
                                   actual(1, "horinger", "a100-sxm", 0.3, 1 / kFeb),
                                   actual(1, "horinger", "h20", 0.1, 1 / kFeb)}
        << qint64(0) << qint64(0) << qint64(0) << qint64(0);
}

void TestAggregate::pools()
{
    QFETCH(std::vector<PoolSample>, samples);
    QFETCH(qint64, step);
    QFETCH(std::vector<PoolActual>, expected);
    QFETCH(qint64, outside);
    QFETCH(qint64, duplicates);
    QFETCH(qint64, merged);
    QFETCH(qint64, withoutChips);

    PoolData data{samples, std::int64_t(samples.size()), 0, {}};
    auto result = aggregatePools(project(), mapping(), data, {"import-1", step, {}});
    QVERIFY(result);
    const auto &pools = result->pools;
    QCOMPARE(pools.size(), expected.size());
    for (std::size_t i = 0; i < pools.size(); ++i) {
        QCOMPARE(pools[i].period, expected[i].period);
        QCOMPARE(pools[i].center, expected[i].center);
        QCOMPARE(pools[i].chip, expected[i].chip);
        QVERIFY2(fuzzyEqual(pools[i].utilization, expected[i].utilization),
                 QByteArray::number(pools[i].utilization).constData());
        QVERIFY2(fuzzyEqual(pools[i].coverage, expected[i].coverage), QByteArray::number(pools[i].coverage).constData());
        QCOMPARE(pools[i].importId, std::string("import-1"));
    }
    const AggregationReport &r = result->report;
    QCOMPARE(r.outsideHorizon, outside);
    QCOMPARE(r.duplicates, duplicates);
    QCOMPARE(r.merged, merged);
    qint64 lacking = 0;
    for (const auto &p : r.withoutChips)
        lacking += p.samples;
    QCOMPARE(lacking, withoutChips);
    QVERIFY(r.unmatched.empty());
    QCOMPARE(r.assumedStep, qint64(0));
    const bool above = std::any_of(samples.begin(), samples.end(),
                                   [](const PoolSample &s) { return s.busyChips && *s.busyChips > 100; });
    QCOMPARE(r.aboveFullUse, above ? qint64(1) : qint64(0));
}

void TestAggregate::tenants_data()
{
    QTest::addColumn<std::vector<UsageRecord>>("records");
    QTest::addColumn<QString>("defaultChip");
    QTest::addColumn<std::vector<TenantActual>>("expected");
    QTest::addColumn<qint64>("outside");
    QTest::addColumn<double>("hoursOutside");
    QTest::addColumn<qint64>("withoutChip");

    QTest::newRow("job across a month boundary split by time")
        << std::vector<UsageRecord>{usage("bytedance-ai", "A100", "2026-01-31T18:00:00Z", "2026-02-01T12:00:00Z", 144)}
        << "" << std::vector<TenantActual>{used(0, "bytedance", 48, 312, kJan), used(1, "bytedance", 96, 312, kFeb)}
        << qint64(0) << 0.0 << qint64(0);
    QTest::newRow("point in time falls in its period")
        << std::vector<UsageRecord>{usage("zhipu", "H20", "2026-03-15", "2026-03-15", 240)} << ""
        << std::vector<TenantActual>{used(2, "zhipu", 240, 148, kMar)} << qint64(0) << 0.0 << qint64(0);
    QTest::newRow("untyped GPUs on the default chip, summed per tenant")
        << std::vector<UsageRecord>{usage("zhipu", "", "2026-02-02", "2026-02-03", 24),
                                    usage("zhipu", "A100", "2026-02-05", "2026-02-06", 48)}
        << "h20"
        << std::vector<TenantActual>{TenantActual{1, "zhipu", (24 * 148 + 48 * 312) / 1000.0 / kFeb, 72, "import-1"}}
        << qint64(0) << 0.0 << qint64(0);
    QTest::newRow("untyped GPUs without a default chip are left out")
        << std::vector<UsageRecord>{usage("zhipu", "", "2026-02-02", "2026-02-03", 24)} << ""
        << std::vector<TenantActual>{} << qint64(0) << 0.0 << qint64(1);
    QTest::newRow("cut at the horizon's end")
        << std::vector<UsageRecord>{usage("zhipu", "A100", "2026-03-31T12:00:00Z", "2026-04-01T12:00:00Z", 48),
                                    usage("zhipu", "A100", "2026-05-01", "2026-05-02", 10)}
        << "" << std::vector<TenantActual>{used(2, "zhipu", 24, 312, kMar)} << qint64(1) << 34.0 << qint64(0);
}

void TestAggregate::tenants()
{
    QFETCH(std::vector<UsageRecord>, records);
    QFETCH(QString, defaultChip);
    QFETCH(std::vector<TenantActual>, expected);
    QFETCH(qint64, outside);
    QFETCH(double, hoursOutside);
    QFETCH(qint64, withoutChip);

    UsageData data;
    data.records = records;
    auto result = aggregateUsage(project(), mapping(), data, {"import-1", 0, defaultChip.toStdString()});
    QVERIFY(result);
    const auto &tenants = result->tenants;
    QCOMPARE(tenants.size(), expected.size());
    for (std::size_t i = 0; i < tenants.size(); ++i) {
        QCOMPARE(tenants[i].period, expected[i].period);
        QCOMPARE(tenants[i].tenant, expected[i].tenant);
        QVERIFY2(fuzzyEqual(tenants[i].chipHours, expected[i].chipHours),
                 QByteArray::number(tenants[i].chipHours).constData());
        QVERIFY2(fuzzyEqual(tenants[i].pflops, expected[i].pflops), QByteArray::number(tenants[i].pflops).constData());
        QCOMPARE(tenants[i].importId, std::string("import-1"));
    }
    QCOMPARE(result->report.outsideHorizon, outside);
    QVERIFY(fuzzyEqual(result->report.chipHoursOutsideHorizon, hoursOutside));
    QCOMPARE(result->report.withoutChip, withoutChip);
}

void TestAggregate::reportAsProblems()
{
    UsageData data;
    data.records = {usage("unknown-lab", "A100", "2026-01-02", "2026-01-03", 5),
                    usage("zhipu", "B200", "2026-01-02", "2026-01-03", 7),
                    usage("zhipu", "A100", "2027-01-02", "2027-01-03", 1)};
    data.duplicateRows = 2;
    data.runningJobs = {"104215"};
    auto result = aggregateUsage(project(), mapping(), data, {"import-1", 0, {}});
    QVERIFY(result);
    QCOMPARE(result->report.unmatchedRows, qint64(2));
    QVERIFY(result->tenants.empty());
    std::vector<Code> codes;
    for (const Problem &p : result.problems) {
        QCOMPARE(p.severity, Severity::Warning);
        codes.push_back(p.code);
    }
    QCOMPARE(codes, (std::vector<Code>{Code::OpsUnmatchedName, Code::OpsUnmatchedName, Code::OpsOutsideHorizon,
                                       Code::OpsDuplicateRows, Code::OpsRunningJobs}));
    QCOMPARE(result.problems[0].args, (std::vector<std::string>{"chip", "B200", "1"}));
    QCOMPARE(result.problems[1].args, (std::vector<std::string>{"tenant", "unknown-lab", "1"}));
    QCOMPARE(result.problems[4].args, (std::vector<std::string>{"1", "104215"}));
}

void TestAggregate::stepOfSingleSamples()
{
    // A lone sample borrows the spacing of the other series (15 min here) ...
    const std::vector<PoolSample> samples = {util("Horinger", "A100", "2026-01-01T00:00:00Z", 0.5),
                                             util("Horinger", "A100", "2026-01-01T00:15:00Z", 0.5),
                                             util("Horinger", "H20", "2026-02-01T00:00:00Z", 0.5)};
    auto result = aggregatePools(project(), mapping(), PoolData{samples, 3, 0, {}}, {"import-1", 0, {}});
    QVERIFY(result);
    QCOMPARE(result->pools.size(), std::size_t(2));
    QVERIFY(fuzzyEqual(result->pools[1].coverage, 0.25 / kFeb));
    QCOMPARE(result->report.assumedStep, qint64(0));
    // ... and with no spacing anywhere, one hour is assumed and reported.
    result = aggregatePools(project(), mapping(), PoolData{{samples[2]}, 1, 0, {}}, {"import-1", 0, {}});
    QVERIFY(result);
    QVERIFY(fuzzyEqual(result->pools[0].coverage, 1 / kFeb));
    QCOMPARE(result->report.assumedStep, qint64(3600));
    QCOMPARE(result.problems.size(), std::size_t(1));
    QCOMPARE(result.problems[0].code, Code::OpsStepAssumed);
}

void TestAggregate::sortPoolSamples()
{
    // Out of order as chunks of a Prometheus import arrive: by centre, chip, then time.
    std::vector<PoolSample> samples{{at("2026-02-01T00:00:00Z"), "zhongwei", "a100", 0.1},
                                    {at("2026-01-01T00:00:00Z"), "zhongwei", "a100", 0.2},
                                    {at("2026-01-01T01:00:00Z"), "horinger", "h20", 0.3},
                                    {at("2026-01-01T00:00:00Z"), "horinger", "h20", 0.4},
                                    {at("2025-12-31T23:00:00Z"), "horinger", "a100", 0.5}};
    atlas::sortPoolSamples(samples);
    QCOMPARE(samples.size(), std::size_t(5));
    const double order[] = {0.5, 0.4, 0.3, 0.2, 0.1};
    for (std::size_t i = 0; i < 5; ++i)
        QCOMPARE(samples[i].utilization, order[i]);
    std::vector<PoolSample> none;
    atlas::sortPoolSamples(none);  // nothing to sort is no error
    QVERIFY(none.empty());
}

void TestAggregate::cancelled()
{
    std::atomic<bool> cancel{true};
    ImportControl control;
    control.cancel = &cancel;
    PoolData data{{util("Horinger", "A100", "2026-01-01", 0.5)}, 1, 0, {}};
    auto pools = aggregatePools(project(), mapping(), data, {}, control);
    QVERIFY(!pools);
    QCOMPARE(pools.problems.size(), std::size_t(1));
    QCOMPARE(pools.problems[0].code, Code::Cancelled);
    UsageData usageData;
    usageData.records = {usage("zhipu", "A100", "2026-01-02", "2026-01-03", 7)};
    auto tenants = aggregateUsage(project(), mapping(), usageData, {}, control);
    QVERIFY(!tenants);
    QCOMPARE(tenants.problems[0].code, Code::Cancelled);
}

QTEST_GUILESS_MAIN(TestAggregate)
#include "tst_aggregate.moc"
