#pragma once

// What each Prometheus suite starts from: a temporary folder, the GPU history, and a
// server whose TSDB is in that folder (the suite backfills and starts it, after any
// setup of its own).

#include "gpuhistory.h"
#include "promserver.h"
#include "testutil.h"

#include <cstdint>

namespace atlas::test {

struct HistoryServer {
    TempDir dir;
    GpuHistory history;
    PrometheusServer server;

    HistoryServer(std::int64_t start, int days)
        : history(start, days), server(QString::fromStdString(dir.path("tsdb")))
    {
    }

    /** A file in the folder. */
    QString path(const char *name) const { return QString::fromStdString(dir.path(name)); }

    /** Writes the history to the folder and backfills it into `into` (this server by default). */
    bool backfill(QString *error) { return backfill(server, error); }
    bool backfill(PrometheusServer &into, QString *error) const
    {
        return history.backfill(into, path("history.om"), error);
    }
};

} // namespace atlas::test

/**
 * A suite's start: skips it when prometheus or promtool is missing, otherwise makes
 * `setup` (a std::unique_ptr<HistoryServer>) and backfills its server, failing the
 * suite with promtool's message. A macro, because QSKIP and QVERIFY2 return from the
 * test function that uses them.
 */
#define ATLAS_START_HISTORY_SERVER(setup, start, days)                                                  \
    do {                                                                                                \
        const QString missingTools = ::atlas::test::PrometheusServer::missingTools();                   \
        if (!missingTools.isEmpty())                                                                    \
            QSKIP(qPrintable(missingTools));                                                            \
        (setup) = std::make_unique<::atlas::test::HistoryServer>((start), (days));                      \
        QString backfillError;                                                                          \
        QVERIFY2((setup)->backfill(&backfillError), qPrintable(backfillError));                         \
    } while (false)
