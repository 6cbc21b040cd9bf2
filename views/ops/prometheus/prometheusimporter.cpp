// PrometheusImporter: listing labels and fetching pool utilization over a time range
// in parallel chunks (the HTTP requests and replies are in prometheusimporter_http.cpp).
#include "prometheusimporter.h"

#include "ops/sources/sourcedata.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace atlas {

namespace {

constexpr int kMinChunks = 8;  // progress steps and parallel requests on long ranges

std::string text(const QString &s) { return s.toStdString(); }

} // namespace

PrometheusImporter::PrometheusImporter(QObject *parent)
    : QObject(parent)
    , mNet(new QNetworkAccessManager(this))
{
}

PrometheusImporter::~PrometheusImporter()
{
    ++mRun;
    for (QNetworkReply *r : std::as_const(mReplies))
        r->abort();
}

QString PrometheusImporter::origin(const QUrl &server)
{
    return prometheus::origin(server);
}

void PrometheusImporter::begin(Job job, const PrometheusSettings &settings)
{
    ++mRun;
    mJob = job;
    mSettings = settings;
    mReplies.clear();
    mMajorVersion = 2;
    mQuery.clear();
    mCenters.clear();
    mChips.clear();
    mLabelAnswers = 0;
    mPending.clear();
    mDone = mTotal = mInFlight = mSeries = 0;
    mSamples.clear();
}

bool PrometheusImporter::listLabels(const PrometheusSettings &settings)
{
    if (isBusy())
        return false;
    begin(Job::Labels, settings);
    PrometheusSettings checked = settings;
    const bool wholeTime = settings.from == 0 && settings.to == 0;
    if (wholeTime)
        checked.to = 1;  // no range: label values over the whole server
    std::vector<Problem> problems = prometheus::validate(checked);
    if (!problems.empty()) {
        const quint64 run = mRun;
        QTimer::singleShot(0, this, [this, run, problems] {
            if (run == mRun)
                end(problems);
        });
        return true;
    }
    checkMetric([this] { requestLabelValues(); });
    return true;
}

bool PrometheusImporter::fetch(const PrometheusSettings &settings)
{
    if (isBusy())
        return false;
    begin(Job::Fetch, settings);
    std::vector<Problem> problems = prometheus::validate(settings);
    if (!problems.empty()) {
        const quint64 run = mRun;
        QTimer::singleShot(0, this, [this, run, problems] {
            if (run == mRun)
                end(problems);
        });
        return true;
    }
    // The server's version decides the range selector (closed in 2.x, left-open in 3).
    get(QStringLiteral("/api/v1/status/buildinfo"), {},
        [this](const QByteArray &body) {
            mMajorVersion = prometheus::readMajorVersion(body).value_or(2);
            checkMetric([this] { startChunks(); });
        },
        [this](int, const QByteArray &) {  // older servers or proxies without buildinfo
            checkMetric([this] { startChunks(); });
            return true;
        });
    return true;
}

void PrometheusImporter::cancel()
{
    if (!isBusy())
        return;
    end({error(Code::Cancelled, {})});
}

void PrometheusImporter::checkMetric(const std::function<void()> &next)
{
    get(QStringLiteral("/api/v1/label/__name__/values"), {}, [this, next](const QByteArray &body) {
        std::vector<Problem> problems;
        const auto names = prometheus::readStringList(body, apiUrl(QStringLiteral("/api/v1/label/__name__/values")), problems);
        if (!names) {
            fail(std::move(problems));
            return;
        }
        if (const QString metric = prometheus::sourceMetric(mSettings); !names->contains(metric)) {
            fail({error(Code::PrometheusMetricNotFound, {}, {text(metric)})});
            return;
        }
        next();
    });
}

void PrometheusImporter::requestLabelValues()
{
    for (const bool isCenter : {true, false}) {
        const QString &label = isCenter ? mSettings.centerLabel : mSettings.chipLabel;
        Params query{{QStringLiteral("match[]"), prometheus::selector(mSettings)}};
        if (mSettings.to > mSettings.from) {
            query.append({QStringLiteral("start"), QString::number(mSettings.from)});
            query.append({QStringLiteral("end"), QString::number(mSettings.to)});
        }
        const QString path = QStringLiteral("/api/v1/label/%1/values").arg(label);
        get(path, query, [this, path, isCenter](const QByteArray &body) {
            std::vector<Problem> problems;
            auto values = prometheus::readStringList(body, apiUrl(path), problems);
            if (!values) {
                fail(std::move(problems));
                return;
            }
            (isCenter ? mCenters : mChips) = *values;
            if (++mLabelAnswers < 2)
                return;
            if (mCenters.isEmpty() && mChips.isEmpty()) {
                fail({error(Code::PrometheusEmptyResult, {},
                            {text(prometheus::sourceMetric(mSettings)), prometheus::isoTime(mSettings.from),
                             prometheus::isoTime(mSettings.to)})});
                return;
            }
            for (const auto &[list, label] : {std::pair{&mCenters, &mSettings.centerLabel},
                                              std::pair{&mChips, &mSettings.chipLabel}}) {
                if (list->isEmpty()) {
                    fail({error(Code::PrometheusLabelMissing, {}, {text(*label)})});
                    return;
                }
            }
            Result<PrometheusLabels> result;
            result.value = PrometheusLabels{mCenters, mChips};
            ++mRun;
            mJob = Job::None;
            emit labelsReady(result);
        });
    }
}

void PrometheusImporter::startChunks()
{
    mQuery = prometheus::rangeQuery(mSettings, mMajorVersion);
    const auto chunks = prometheus::planChunks(mSettings.from, mSettings.to, mSettings.step,
                                               std::min(mSettings.maxPointsPerSeries, 11000),
                                               std::max(kMinChunks, mSettings.concurrency));
    mPending.assign(chunks.begin(), chunks.end());
    mTotal = static_cast<int>(chunks.size());
    emit progress(0, mTotal);
    launchChunks();
}

void PrometheusImporter::launchChunks()
{
    while (mJob == Job::Fetch && !mPending.empty() && mInFlight < std::max(1, mSettings.concurrency)) {
        const prometheus::Chunk chunk = mPending.front();
        mPending.pop_front();
        fetchChunk(chunk);
    }
}

void PrometheusImporter::fetchChunk(const prometheus::Chunk &chunk)
{
    ++mInFlight;
    // The point at t averages [t - step, t): the first is at the end of the first interval
    // (a recorded metric's points come an hour later, see evaluationDelay).
    const std::int64_t delay = prometheus::evaluationDelay(mSettings);
    const Params form{
        {QStringLiteral("query"), mQuery},
        {QStringLiteral("start"), QString::number(chunk.first + mSettings.step + delay)},
        {QStringLiteral("end"), QString::number(chunk.first + chunk.count * mSettings.step + delay)},
        {QStringLiteral("step"), QString::number(mSettings.step)},
        {QStringLiteral("timeout"), QString::number(mSettings.timeoutMs / 1000.0) + QLatin1Char('s')}};
    const QString path = QStringLiteral("/api/v1/query_range");
    post(path, form,
        [this, path](const QByteArray &body) {
            --mInFlight;
            std::vector<Problem> problems;
            mSeries += prometheus::readMatrix(body, mSettings, apiUrl(path), mSamples, problems);
            // Chunks are of one size: room for all of them after the first (a year of hours
            // is ten million samples; growing by doubling would copy them several times).
            if (mDone == 0 && mTotal > 1)
                mSamples.reserve(mSamples.size() * std::size_t(mTotal) + mSamples.size() / 8);
            if (!problems.empty()) {
                fail(std::move(problems));
                return;
            }
            emit progress(++mDone, mTotal);
            if (mPending.empty() && mInFlight == 0)
                completeFetch();
            else
                launchChunks();
        },
        [this, chunk](int, const QByteArray &body) {
            const auto api = prometheus::apiError(body);
            if (!api || !prometheus::isTooManySamples(*api) || chunk.count < 2)
                return false;
            // Over query.max-samples: split the chunk in two and try again.
            --mInFlight;
            const std::int64_t half = chunk.count / 2;
            mPending.push_front({chunk.first + half * mSettings.step, chunk.count - half});
            mPending.push_front({chunk.first, half});
            emit progress(mDone, ++mTotal);
            launchChunks();
            return true;
        });
}

void PrometheusImporter::completeFetch()
{
    if (mSamples.empty()) {
        fail({error(Code::PrometheusEmptyResult, {},
                    {text(prometheus::sourceMetric(mSettings)), prometheus::isoTime(mSettings.from),
                     prometheus::isoTime(mSettings.to)})});
        return;
    }
    sortPoolSamples(mSamples);
    Result<PrometheusFetch> result;
    PrometheusFetch &f = result.value.emplace();
    f.data.rows = static_cast<std::int64_t>(mSamples.size());
    f.data.samples = std::move(mSamples);
    f.import.kind = ActualSourceKind::Prometheus;
    f.import.origin = text(origin(mSettings.server));
    f.import.detail = text(mQuery);
    f.import.importedAt = text(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    f.step = mSettings.step;
    f.chunks = mTotal;
    ++mRun;
    mJob = Job::None;
    mSamples = {};
    emit finished(result);
}

void PrometheusImporter::fail(std::vector<Problem> problems)
{
    end(std::move(problems));
}

void PrometheusImporter::end(std::vector<Problem> problems)
{
    const Job job = mJob;
    ++mRun;  // answers still on their way are ignored from here
    const QList<QNetworkReply *> replies = std::exchange(mReplies, {});
    for (QNetworkReply *r : replies)
        r->abort();
    mJob = Job::None;
    mPending.clear();
    mSamples = {};
    mInFlight = 0;
    if (job == Job::Labels) {
        Result<PrometheusLabels> result;
        result.problems = std::move(problems);
        emit labelsReady(result);
    } else if (job == Job::Fetch) {
        Result<PrometheusFetch> result;
        result.problems = std::move(problems);
        emit finished(result);
    }
}

} // namespace atlas
