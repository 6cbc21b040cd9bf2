#pragma once

// The Prometheus suites' comparison of an import's samples with the expected ones.

#include "ops/prometheus/prometheussettings.h"
#include "testutil.h"

#include <QTest>

#include <optional>

namespace atlas::test {

/**
 * Fails the running test unless the fetch succeeded with exactly `expected`: same pools
 * and times in the same order, utilization to 1e-9 relative. Callers check
 * QTest::currentTestFailed() after it.
 */
inline void compareFetch(const std::optional<Result<PrometheusFetch>> &run, const std::vector<PoolSample> &expected)
{
    QVERIFY2(run, "no finished signal");
    QVERIFY2(run->ok(), run->problems.empty() ? "no value" : "problems");
    const auto &samples = (*run)->data.samples;
    QCOMPARE(samples.size(), expected.size());
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const PoolSample &a = samples[i], &e = expected[i];
        QCOMPARE(a.center, e.center);
        QCOMPARE(a.chip, e.chip);
        QCOMPARE(a.time, e.time);
        if (!fuzzyEqual(a.utilization, e.utilization, 1e-9))
            QFAIL(qPrintable(QStringLiteral("%1/%2 at %3: %4, expected %5")
                                 .arg(QString::fromStdString(a.center), QString::fromStdString(a.chip))
                                 .arg(a.time).arg(a.utilization, 0, 'g', 17).arg(e.utilization, 0, 'g', 17)));
    }
    QCOMPARE((*run)->data.rows, std::int64_t(samples.size()));
}

} // namespace atlas::test
