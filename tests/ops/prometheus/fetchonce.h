#pragma once

// One Prometheus import run to its end in a local event loop, for tests and benchmarks.

#include "ops/prometheus/prometheusimporter.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace atlas::test {

/** The importer's one finished() answer to a fetch, or nullopt after `timeoutMs`. */
inline std::optional<Result<PrometheusFetch>> fetchOnce(const PrometheusSettings &settings, int timeoutMs = 120000)
{
    PrometheusImporter importer;
    std::optional<Result<PrometheusFetch>> out;
    QEventLoop loop;
    QObject::connect(&importer, &PrometheusImporter::finished, &loop, [&](const Result<PrometheusFetch> &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (importer.fetch(settings) && !out)
        loop.exec();
    return out;
}

/** The importer's one labelsReady() answer, or nullopt after `timeoutMs`. */
inline std::optional<Result<PrometheusLabels>> labelsOnce(PrometheusImporter &importer,
                                                          const PrometheusSettings &settings,
                                                          int timeoutMs = 60000)
{
    std::optional<Result<PrometheusLabels>> out;
    QEventLoop loop;
    const auto c = QObject::connect(&importer, &PrometheusImporter::labelsReady, &loop,
                                    [&](const Result<PrometheusLabels> &r) {
                                        out = r;
                                        loop.quit();
                                    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (importer.listLabels(settings) && !out)
        loop.exec();
    QObject::disconnect(c);
    return out;
}

} // namespace atlas::test
