#pragma once

#include "prometheusquery.h"
#include "prometheussettings.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

#include <deque>
#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace atlas {

/**
 * Reads pool utilization from a Prometheus server's HTTP API, asynchronously on the
 * caller's (GUI) thread: nothing blocks, every answer arrives through a signal.
 *
 * listLabels() lists the centre and chip label values of the metric (for the mapping
 * table); fetch() runs `query_range` aggregated on the server by those two labels, in
 * chunks of at most `maxPointsPerSeries` points per series (Prometheus refuses more
 * than 11,000), halving a chunk the server refuses for query.max-samples, with at most
 * `concurrency` requests in flight. Each operation ends with exactly one signal
 * (labelsReady or finished) carrying the value or the problems; a fetch is all or
 * nothing. cancel() ends the running operation at once with Code::Cancelled. The
 * same importer can start again after any end.
 */
class PrometheusImporter : public QObject
{
    Q_OBJECT

public:
    explicit PrometheusImporter(QObject *parent = nullptr);
    ~PrometheusImporter() override;

    /** Starts listing label values. False (nothing started) while busy. */
    bool listLabels(const PrometheusSettings &settings);
    /** Starts the import. False (nothing started) while busy. */
    bool fetch(const PrometheusSettings &settings);
    /** Ends the running operation: its signal comes at once with Code::Cancelled. */
    void cancel();
    bool isBusy() const { return mJob != Job::None; }

    /** The server address as stored and shown: without credentials, query or fragment. */
    static QString origin(const QUrl &server);

signals:
    void labelsReady(const atlas::Result<atlas::PrometheusLabels> &labels);
    /** Chunks done out of total; total may grow when a chunk is split. */
    void progress(int done, int total);
    void finished(const atlas::Result<atlas::PrometheusFetch> &result);

private:
    enum class Job { None, Labels, Fetch };
    using Params = QList<QPair<QString, QString>>;
    using OnBody = std::function<void(const QByteArray &body)>;
    /** Handles a non-2xx answer itself when it returns true. */
    using OnHttpError = std::function<bool(int status, const QByteArray &body)>;

    void get(const QString &apiPath, const Params &query, OnBody onSuccess,
             OnHttpError onHttpError = {});
    void post(const QString &apiPath, const Params &form, OnBody onSuccess,
              OnHttpError onHttpError = {});
    void track(QNetworkReply *reply, const QString &url, OnBody onSuccess, OnHttpError onHttpError);
    void finishReply(QNetworkReply *reply, const QString &url, const OnBody &onSuccess,
                     const OnHttpError &onHttpError);
    QString apiUrl(const QString &apiPath) const;

    void begin(Job job, const PrometheusSettings &settings);
    void checkMetric(const std::function<void()> &next);
    void requestLabelValues();
    void startChunks();
    void launchChunks();
    void fetchChunk(const prometheus::Chunk &chunk);
    void completeFetch();
    void fail(std::vector<Problem> problems);
    void end(std::vector<Problem> problems);

    QNetworkAccessManager *mNet;
    PrometheusSettings mSettings;
    Job mJob = Job::None;
    quint64 mRun = 0;  ///< bumped on every end: answers of an ended run are ignored
    QList<QNetworkReply *> mReplies;
    int mMajorVersion = 2;
    QString mQuery;

    // labels
    QStringList mCenters, mChips;
    int mLabelAnswers = 0;

    // fetch
    std::deque<prometheus::Chunk> mPending;
    int mDone = 0, mTotal = 0, mInFlight = 0, mSeries = 0;
    std::vector<PoolSample> mSamples;
};

} // namespace atlas
