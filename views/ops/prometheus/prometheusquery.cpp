#include "prometheusquery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace atlas::prometheus {

namespace {

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

std::vector<Problem> validate(const PrometheusSettings &s)
{
    std::vector<Problem> problems;
    const QString scheme = s.server.scheme();
    if (!s.server.isValid() || s.server.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        problems.push_back(badSetting("url", origin(s.server)));
    if (!isMetricName(s.metric))
        problems.push_back(badSetting("metric", s.metric));
    if (!isLabelName(s.centerLabel))
        problems.push_back(badSetting("centerLabel", s.centerLabel));
    if (!isLabelName(s.chipLabel))
        problems.push_back(badSetting("chipLabel", s.chipLabel));
    if (s.step <= 0)
        problems.push_back(badSetting("step", QString::number(s.step)));
    if (s.to <= s.from)
        problems.push_back(badSetting("range", QString::fromStdString(isoTime(s.from) + "/" + isoTime(s.to))));
    if (s.timeoutMs <= 0)
        problems.push_back(badSetting("timeout", QString::number(s.timeoutMs)));
    return problems;
}

QString selector(const PrometheusSettings &s)
{
    const QString m = s.matchers.trimmed();
    return m.isEmpty() ? s.metric : s.metric + QLatin1Char('{') + m + QLatin1Char('}');
}

QString rangeQuery(const PrometheusSettings &s, int serverMajorVersion)
{
    const std::int64_t rangeMs = s.step * 1000 - (serverMajorVersion >= 3 ? 0 : 1);
    return QStringLiteral("avg by (%1, %2) (avg_over_time(%3[%4ms] offset 1ms))")
        .arg(s.centerLabel, s.chipLabel, selector(s), QString::number(rangeMs));
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
    const auto data = successData(body, url, problems);
    if (!data)
        return 0;
    const QJsonObject d = data->toObject();
    if (d.value(QLatin1String("resultType")).toString() != QLatin1String("matrix")) {
        problems.push_back(badResponse(url, QStringLiteral("resultType is not matrix")));
        return 0;
    }
    const double scale = s.percent ? 0.01 : 1.0;
    const QJsonArray result = d.value(QLatin1String("result")).toArray();
    for (const QJsonValue &seriesValue : result) {
        const QJsonObject series = seriesValue.toObject();
        const QJsonObject metric = series.value(QLatin1String("metric")).toObject();
        bool labelsOk = true;
        for (const QString &label : {s.centerLabel, s.chipLabel}) {
            if (!metric.contains(label)) {
                labelsOk = false;
                const Problem p = error(Code::PrometheusLabelMissing, {}, {label.toStdString()});
                const bool known = std::any_of(problems.begin(), problems.end(), [&](const Problem &q) {
                    return q.code == p.code && q.args == p.args;
                });
                if (!known)
                    problems.push_back(p);
            }
        }
        if (!labelsOk)
            continue;
        const std::string center = metric.value(s.centerLabel).toString().toStdString();
        const std::string chip = metric.value(s.chipLabel).toString().toStdString();
        const QJsonArray values = series.value(QLatin1String("values")).toArray();
        for (const QJsonValue &pointValue : values) {
            const QJsonArray point = pointValue.toArray();
            const QString valueText = point.at(1).toString();
            if (valueText == QLatin1String("NaN") || valueText.endsWith(QLatin1String("Inf")))
                continue;  // no usable observation in this interval
            bool ok = false;
            const double v = valueText.toDouble(&ok);
            if (point.size() != 2 || !point.at(0).isDouble() || !ok) {
                problems.push_back(badResponse(url, QStringLiteral("malformed point")));
                return 0;
            }
            if (!std::isfinite(v))
                continue;
            const auto t = static_cast<std::int64_t>(std::llround(point.at(0).toDouble()));
            samples.push_back(PoolSample{t - s.step, center, chip, v * scale});
        }
    }
    return static_cast<int>(result.size());
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
