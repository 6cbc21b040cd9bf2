#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <string>

namespace atlas::test {

/**
 * Writes an OpenMetrics text file fast (the benchmark writes billions of lines):
 * family(), then for each series its samples in time order, then close().
 */
class OpenMetricsWriter {
public:
    explicit OpenMetricsWriter(const QString &path);
    ~OpenMetricsWriter();
    bool ok() const { return mFile != nullptr; }
    void family(const std::string &name, const std::string &type);
    /** `series` is the metric name with its labels, e.g. `m{dc="a"}`. */
    void sample(const std::string &series, double value, std::int64_t seconds);
    /** Writes "# EOF" and closes; false on a write error. */
    bool close();

private:
    std::FILE *mFile = nullptr;
    std::string mBuffer;
    bool mFailed = false;
    void flush();
};

/**
 * A real Prometheus server for tests and benchmarks: fills a TSDB from OpenMetrics with
 * `promtool tsdb create-blocks-from openmetrics`, runs `prometheus` on 127.0.0.1 with a
 * free port, and stops it (also in the destructor).
 */
class PrometheusServer {
public:
    /** Empty when prometheus and promtool are installed, otherwise what is missing. */
    static QString missingTools();

    explicit PrometheusServer(const QString &tsdbDir);
    ~PrometheusServer();

    /** Backfills the TSDB; blockHours is promtool's --max-block-duration. */
    bool backfill(const QString &openMetricsPath, int blockHours, QString *error);
    /**
     * Evaluates the recording rules of `rulesPath` over [start, end) against this running
     * server (`promtool tsdb create-blocks-from rules`) and writes their blocks into the
     * TSDB; they are served after the next start().
     */
    bool backfillRules(const QString &rulesPath, std::int64_t start, std::int64_t end, QString *error);
    /**
     * Requires HTTP basic auth from the next start() on (Prometheus' --web.config.file):
     * `bcryptHash` is the password's bcrypt hash, as Prometheus wants it; `password` is
     * what the readiness probe sends.
     */
    void requireBasicAuth(const QString &user, const QString &password, const QString &bcryptHash);
    /** Starts and waits for /-/ready; maxSamples > 0 sets --query.max-samples. */
    bool start(QString *error, std::int64_t maxSamples = 0, int readySeconds = 120);
    void stop();
    bool running() const { return mProcess.state() != QProcess::NotRunning; }
    QUrl url() const;

    /** A TCP port on 127.0.0.1 that was free a moment ago. */
    static quint16 freePort();

private:
    QString mDir;
    QProcess mProcess;
    quint16 mPort = 0;
    QString mAuthUser, mAuthPassword, mAuthHash;
};

} // namespace atlas::test
