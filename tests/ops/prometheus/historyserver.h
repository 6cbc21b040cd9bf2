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
