// PrometheusImporter's HTTP side: requests with the settings' authentication and
// timeout, and the replies turned into bodies or problems (unreachable, timeout, API
// error, HTTP status). The operations that use them are in prometheusimporter.cpp.
#include "prometheusimporter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <utility>

namespace atlas {

namespace {

constexpr int kBodyExcerpt = 200;  // characters of an HTTP error body kept in the problem

std::string toStd(const QString &s) { return s.toStdString(); }

/** application/x-www-form-urlencoded, every reserved character escaped ('+', '&', ...). */
QByteArray formEncode(const QList<QPair<QString, QString>> &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

QString PrometheusImporter::apiUrl(const QString &apiPath) const
{
    return origin(mSettings.server) + apiPath;
}

static QNetworkRequest makeRequest(const PrometheusSettings &s, const QString &url)
{
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(s.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!prometheus::wantsCompression(s.server))
        request.setRawHeader("Accept-Encoding", "identity");
    QString user = s.user, password = s.password;
    if (user.isEmpty() && !s.server.userName().isEmpty()) {  // user:password@ in the address
        user = s.server.userName();
        password = s.server.password();
    }
    if (!s.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + s.bearerToken.toUtf8());
    else if (!user.isEmpty())
        request.setRawHeader("Authorization",
                             "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64());
    return request;
}

void PrometheusImporter::get(const QString &apiPath, const Params &query, OnBody onSuccess,
                             OnHttpError onHttpError)
{
    const QString url = apiUrl(apiPath);
    const QByteArray encoded = formEncode(query);
    const QString full = encoded.isEmpty() ? url : url + QLatin1Char('?') + QString::fromLatin1(encoded);
    QNetworkReply *reply = mNet->get(makeRequest(mSettings, full));
    track(reply, url, std::move(onSuccess), std::move(onHttpError));
}

void PrometheusImporter::post(const QString &apiPath, const Params &form, OnBody onSuccess,
                              OnHttpError onHttpError)
{
    const QString url = apiUrl(apiPath);
    QNetworkRequest request = makeRequest(mSettings, url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = mNet->post(request, formEncode(form));
    track(reply, url, std::move(onSuccess), std::move(onHttpError));
}

void PrometheusImporter::track(QNetworkReply *reply, const QString &url, OnBody onSuccess,
                               OnHttpError onHttpError)
{
    mReplies.append(reply);
    const quint64 run = mRun;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, url, run, onSuccess = std::move(onSuccess),
             onHttpError = std::move(onHttpError)] {
                reply->deleteLater();
                if (run != mRun)
                    return;  // cancelled or failed meanwhile
                mReplies.removeOne(reply);
                finishReply(reply, url, onSuccess, onHttpError);
            });
}

/** A key the app translates (problemtext.cpp), or the library's text for rarer causes. */
static std::string unreachableReason(const QNetworkReply &reply)
{
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError: return "connection-refused";
    case QNetworkReply::HostNotFoundError: return "host-not-found";
    case QNetworkReply::RemoteHostClosedError: return "connection-closed";
    case QNetworkReply::SslHandshakeFailedError: return "tls";
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError: return "proxy";
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError: return "network";
    default: return reply.errorString().toStdString();
    }
}

void PrometheusImporter::finishReply(QNetworkReply *reply, const QString &url,
                                     const OnBody &onSuccess, const OnHttpError &onHttpError)
{
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QString seconds = QString::number(mSettings.timeoutMs / 1000.0);
    if (!statusAttr.isValid()) {  // no HTTP answer at all
        const auto e = reply->error();
        // A transfer timeout aborts the reply: OperationCanceledError without our cancel.
        if (e == QNetworkReply::OperationCanceledError || e == QNetworkReply::TimeoutError)
            fail({error(Code::PrometheusTimeout, {}, {toStd(url), toStd(seconds)})});
        else
        {
            // A key, and for TLS the library's words too: they name the certificate's fault.
            std::vector<std::string> args{toStd(url), unreachableReason(*reply)};
            if (args[1] == "tls")
                args.push_back(toStd(reply->errorString()));
            fail({error(Code::PrometheusUnreachable, {}, args)});
        }
        return;
    }
    const int status = statusAttr.toInt();
    const QByteArray body = reply->readAll();
    if (reply->error() == QNetworkReply::OperationCanceledError) {  // timed out mid-body
        fail({error(Code::PrometheusTimeout, {}, {toStd(url), toStd(seconds)})});
        return;
    }
    if (status >= 200 && status < 300) {
        onSuccess(body);
        return;
    }
    if (onHttpError && onHttpError(status, body))
        return;
    if (const auto api = prometheus::apiError(body)) {
        if (api->errorType == QLatin1String("timeout"))
            fail({error(Code::PrometheusTimeout, {}, {toStd(url), toStd(seconds)})});
        else
            fail({error(Code::PrometheusError, {}, {toStd(api->errorType), toStd(api->error)})});
        return;
    }
    QString excerpt = QString::fromUtf8(body.left(kBodyExcerpt * 4)).simplified();
    if (excerpt.size() > kBodyExcerpt)
        excerpt = excerpt.left(kBodyExcerpt) + QStringLiteral("…");
    fail({error(Code::PrometheusHttpError, {},
                {toStd(url), std::to_string(status), toStd(excerpt)})});
}

} // namespace atlas
