#include "prometheusquery.h"

#include "matrixreader.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace atlas::prometheus {

namespace {

/** Seconds each recorded sample stands for: the rule's group interval and its range. */
constexpr std::int64_t kRecordedInterval = 3600;

bool isMetricName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return re.match(name).hasMatch();
}

bool isLabelName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re.match(name).hasMatch() && !name.startsWith(QLatin1String("__"));
}

Problem badSetting(const char *field, const QString &value)
{
    return error(Code::PrometheusBadSetting, field, {field, value.toStdString()});
}

Problem badResponse(const QString &url, const QString &detail)
{
    return error(Code::PrometheusBadResponse, {}, {url.toStdString(), detail.toStdString()});
}

} // namespace

QString origin(const QUrl &server)
{
    QUrl u = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                             | QUrl::StripTrailingSlash);
    return u.toString();
}

bool wantsCompression(const QUrl &server)
{
    const QString host = server.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

std::vector<Problem> validate(const PrometheusSettings &s)
{
    std::vector<Problem> problems;
    const QString scheme = s.server.scheme();
    if (!s.server.isValid() || s.server.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        problems.push_back(badSetting("url", origin(s.server)));
    if (!isMetricName(s.metric))
        problems.push_back(badSetting("metric", s.metric));
    if (!s.recordedMetric.isEmpty() && !isMetricName(s.recordedMetric))
        problems.push_back(badSetting("recordedMetric", s.recordedMetric));
    if (!isLabelName(s.centerLabel))
        problems.push_back(badSetting("centerLabel", s.centerLabel));
    if (!isLabelName(s.chipLabel))
        problems.push_back(badSetting("chipLabel", s.chipLabel));
    if (s.step <= 0 || (!s.recordedMetric.isEmpty() && s.step % kRecordedInterval != 0))
        problems.push_back(badSetting("step", QString::number(s.step)));
    if (!s.recordedMetric.isEmpty() && s.from % kRecordedInterval != 0)  // recorded hours are whole hours
        problems.push_back(badSetting("from", QString::fromStdString(isoTime(s.from))));
    if (s.to <= s.from)
        problems.push_back(badSetting("range", QString::fromStdString(isoTime(s.from) + "/" + isoTime(s.to))));
    if (s.timeoutMs <= 0)
        problems.push_back(badSetting("timeout", QString::number(s.timeoutMs)));
    return problems;
}

QString selector(const PrometheusSettings &s)
{
    if (!s.recordedMetric.isEmpty())
        return s.recordedMetric;
    const QString m = s.matchers.trimmed();
    return m.isEmpty() ? s.metric : s.metric + QLatin1Char('{') + m + QLatin1Char('}');
}

QString sourceMetric(const PrometheusSettings &s)
{
    return s.recordedMetric.isEmpty() ? s.metric : s.recordedMetric;
}

namespace {

/** The range selector's length for `seconds` of data: closed ranges (2) lose 1 ms. */
QString rangeText(std::int64_t seconds, int serverMajorVersion)
{
    return QString::number(seconds * 1000 - (serverMajorVersion >= 3 ? 0 : 1)) + QStringLiteral("ms");
}

} // namespace

QString rangeQuery(const PrometheusSettings &s, int serverMajorVersion)
{
    // A recorded metric has one series per pool already: the server's `avg by` would
    // cost two thirds of its time on a year of hours. Extra series of a pool (a rule that
    // kept another label) give samples of one pool and time, which aggregatePools averages
    // and reports as merged.
    if (!s.recordedMetric.isEmpty())
        return QStringLiteral("avg_over_time(%1[%2] offset 1ms)").arg(selector(s), rangeText(s.step, serverMajorVersion));
    return QStringLiteral("avg by (%1, %2) (avg_over_time(%3[%4] offset 1ms))")
        .arg(s.centerLabel, s.chipLabel, selector(s), rangeText(s.step, serverMajorVersion));
}

std::int64_t evaluationDelay(const PrometheusSettings &s)
{
    return s.recordedMetric.isEmpty() ? 0 : kRecordedInterval;
}

QString suggestedRecordedMetric(const PrometheusSettings &s)
{
    return s.centerLabel + QLatin1Char('_') + s.chipLabel + QLatin1Char(':') + s.metric + QStringLiteral(":avg1h");
}

QString recordingRule(const PrometheusSettings &s, int serverMajorVersion)
{
    PrometheusSettings raw = s;
    raw.recordedMetric.clear();
    raw.step = kRecordedInterval;
    // The subquery picks the inner value at the last whole hour H <= e, whatever the
    // group's evaluation offset e - H (Prometheus spreads groups over the interval).
    const QString hour = rangeText(kRecordedInterval, serverMajorVersion);
    const QString expr = QStringLiteral("last_over_time((%1)[%2:1h])").arg(rangeQuery(raw, serverMajorVersion), hour);
    return QStringLiteral("groups:\n"
                          "  - name: computeatlas\n"
                          "    interval: 1h\n"
                          "    rules:\n"
                          "      - record: %1\n"
                          "        expr: '%2'\n")
        .arg(s.recordedMetric.isEmpty() ? suggestedRecordedMetric(s) : s.recordedMetric, QString(expr).replace(QLatin1Char('\''), QStringLiteral("''")));
}

std::int64_t intervalCount(std::int64_t from, std::int64_t to, std::int64_t step)
{
    if (step <= 0 || to <= from)
        return 0;
    return (to - from + step - 1) / step;
}

std::vector<Chunk> planChunks(std::int64_t from, std::int64_t to, std::int64_t step,
                              std::int64_t maxPoints, int minChunks)
{
    std::vector<Chunk> chunks;
    const std::int64_t n = intervalCount(from, to, step);
    if (n == 0)
        return chunks;
    maxPoints = std::max<std::int64_t>(1, maxPoints);
    std::int64_t count = (n + maxPoints - 1) / maxPoints;
    count = std::max<std::int64_t>(count, std::min<std::int64_t>(n, std::max(1, minChunks)));
    // Spread evenly: the first (n % count) chunks get one interval more.
    const std::int64_t base = n / count, extra = n % count;
    std::int64_t first = from;
    for (std::int64_t i = 0; i < count; ++i) {
        const std::int64_t c = base + (i < extra ? 1 : 0);
        chunks.push_back({first, c});
        first += c * step;
    }
    return chunks;
}

std::optional<ApiError> apiError(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("status")).toString() != QLatin1String("error"))
        return std::nullopt;
    return ApiError{o.value(QLatin1String("errorType")).toString(),
                    o.value(QLatin1String("error")).toString()};
}

bool isTooManySamples(const ApiError &e)
{
    return e.error.contains(QLatin1String("too many samples"));
}

namespace {

/** The "data" object of a success answer, or a BadResponse problem. */
std::optional<QJsonValue> successData(const QByteArray &body, const QString &url,
                                      std::vector<Problem> &problems)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        problems.push_back(badResponse(url, err.error != QJsonParseError::NoError
                                                ? err.errorString()
                                                : QStringLiteral("not a JSON object")));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("status")).toString() != QLatin1String("success")) {
        problems.push_back(badResponse(url, QStringLiteral("status is not success")));
        return std::nullopt;
    }
    return o.value(QLatin1String("data"));
}

} // namespace

int readMatrix(const QByteArray &body, const PrometheusSettings &s, const QString &url,
               std::vector<PoolSample> &samples, std::vector<Problem> &problems)
{
    const std::size_t first = samples.size();
    const MatrixRead read = readMatrixBody(body, s.centerLabel.toStdString(), s.chipLabel.toStdString(),
                                           s.percent ? 0.01 : 1.0, s.step + evaluationDelay(s), samples);
    QString wrong;
    if (read.malformedAt >= 0)
        wrong = QStringLiteral("not JSON (at byte %1)").arg(read.malformedAt);
    else if (read.malformedPoint)
        wrong = QStringLiteral("malformed point");
    else if (read.status != "success")
        wrong = QStringLiteral("status is not success");
    else if (read.resultType != "matrix" || !read.sawResult)
        wrong = QStringLiteral("resultType is not matrix");
    if (!wrong.isEmpty()) {
        samples.resize(first);
        problems.push_back(badResponse(url, wrong));
        return 0;
    }
    for (const std::string &label : read.missingLabels) {
        const Problem p = error(Code::PrometheusLabelMissing, {}, {label});
        const bool known = std::any_of(problems.begin(), problems.end(), [&](const Problem &q) {
            return q.code == p.code && q.args == p.args;
        });
        if (!known)
            problems.push_back(p);
    }
    return read.series;
}

std::optional<QStringList> readStringList(const QByteArray &body, const QString &url,
                                          std::vector<Problem> &problems)
{
    const auto data = successData(body, url, problems);
    if (!data)
        return std::nullopt;
    if (!data->isArray()) {
        problems.push_back(badResponse(url, QStringLiteral("data is not a list")));
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonValue &v : data->toArray())
        list << v.toString();
    list.sort();
    return list;
}

std::optional<int> readMajorVersion(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString version = doc.object().value(QLatin1String("data")).toObject()
                                .value(QLatin1String("version")).toString();
    bool ok = false;
    const int major = version.section(QLatin1Char('.'), 0, 0).toInt(&ok);
    if (!ok)
        return std::nullopt;
    return major;
}

std::string isoTime(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
        .toString(Qt::ISODate).toStdString();
}

} // namespace atlas::prometheus
