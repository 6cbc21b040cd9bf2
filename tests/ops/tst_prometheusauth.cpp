// Credentials against servers that check them: a real Prometheus that requires HTTP basic
// auth (--web.config.file), and, for the bearer token that Prometheus itself does not
// check (it sits behind a proxy that does), the request as it leaves the importer.

#include "ops/prometheus/prometheusimporter.h"
#include "prometheus/fetchonce.h"
#include "prometheus/historyserver.h"
#include "prometheus/promserver.h"
#include "testutil.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace atlas;
using namespace atlas::test;

namespace {

constexpr std::int64_t kStart = 1767571200;  // 2026-01-05T00:00:00Z
constexpr std::int64_t kHour = 3600, kDay = 86400;
const QString kUser = QStringLiteral("ops");
const QString kPassword = QStringLiteral("s3cret-pass");
// bcrypt (cost 4) of kPassword, as Prometheus' web config wants it.
const QString kHash = QStringLiteral("$2b$04$jWIx8Z7C54lI2LUy1QDGxOII8Vsx4lb18qW4bWxFCSVV.TP6d1UN.");

} // namespace

class TestPrometheusAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void withoutCredentialsRefused();
    void wrongPasswordRefused();
    void basicAuthFromTheSettings();
    void basicAuthFromTheAddress();
    void bearerTokenSent();

private:
    PrometheusSettings settings() const;

    std::unique_ptr<HistoryServer> mSetup;
};

void TestPrometheusAuth::initTestCase()
{
    ATLAS_START_HISTORY_SERVER(mSetup, kStart, 1);
    QString error;
    mSetup->server.requireBasicAuth(kUser, kPassword, kHash);
    QVERIFY2(mSetup->server.start(&error), qPrintable(error));
}

void TestPrometheusAuth::cleanupTestCase()
{
    if (mSetup)
        mSetup->server.stop();
}

PrometheusSettings TestPrometheusAuth::settings() const
{
    PrometheusSettings s;
    s.server = mSetup->server.url();
    s.from = kStart;
    s.to = kStart + kDay;
    s.step = kHour;
    s.timeoutMs = 30000;
    return s;
}

void TestPrometheusAuth::withoutCredentialsRefused()
{
    const auto run = fetchOnce(settings());
    QVERIFY(run && !run->ok());
    QCOMPARE(run->problems.front().code, Code::PrometheusHttpError);
    QCOMPARE(run->problems.front().args.at(1), std::string("401"));
}

void TestPrometheusAuth::wrongPasswordRefused()
{
    PrometheusSettings s = settings();
    s.user = kUser;
    s.password = QStringLiteral("guess");
    const auto run = fetchOnce(s);
    QVERIFY(run && !run->ok());
    QCOMPARE(run->problems.front().args.at(1), std::string("401"));
    for (const std::string &arg : run->problems.front().args)
        QVERIFY(arg.find("guess") == std::string::npos);
}

void TestPrometheusAuth::basicAuthFromTheSettings()
{
    PrometheusSettings s = settings();
    s.user = kUser;
    s.password = kPassword;
    const auto run = fetchOnce(s);
    QVERIFY(run && run->ok());
    QCOMPARE((*run)->data.samples.size(), mSetup->history.expected(s.from, s.to, s.step, true).size());
    const std::string stored = (*run)->import.origin + (*run)->import.detail;
    QVERIFY(stored.find(kPassword.toStdString()) == std::string::npos);
    QVERIFY(stored.find(kUser.toStdString()) == std::string::npos);
}

void TestPrometheusAuth::basicAuthFromTheAddress()
{
    PrometheusSettings s = settings();
    QUrl url = mSetup->server.url();
    url.setUserName(kUser);
    url.setPassword(kPassword);
    s.server = url;
    const auto run = fetchOnce(s);
    QVERIFY(run && run->ok());
    QCOMPARE((*run)->import.origin, mSetup->server.url().adjusted(QUrl::StripTrailingSlash).toString().toStdString());
}

void TestPrometheusAuth::bearerTokenSent()
{
    // A listener that records the first request and closes: the importer must send the
    // token, and the token wins over a user and password also given.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QByteArray request;
    connect(&listener, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = listener.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            request += socket->readAll();
            if (request.contains("\r\n\r\n")) {
                socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    });
    PrometheusSettings s = settings();
    s.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort()));
    s.user = kUser;
    s.password = kPassword;
    s.bearerToken = QStringLiteral("tok-123");
    const auto run = fetchOnce(s);
    QVERIFY(run && !run->ok());
    QCOMPARE(run->problems.front().code, Code::PrometheusHttpError);
    QVERIFY2(request.contains("\r\nAuthorization: Bearer tok-123\r\n"), request.constData());
    QVERIFY(!request.contains("Basic "));
    QVERIFY(request.contains("\r\nAccept-Encoding: identity\r\n"));  // the loopback: no gzip
}

QTEST_GUILESS_MAIN(TestPrometheusAuth)
#include "tst_prometheusauth.moc"
