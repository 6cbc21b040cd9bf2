#include "promserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <charconv>

namespace atlas::test {

// --- OpenMetricsWriter ------------------------------------------------------------------

OpenMetricsWriter::OpenMetricsWriter(const QString &path)
    : mFile(std::fopen(QFile::encodeName(path).constData(), "wb"))
{
    mBuffer.reserve(1 << 20);
}

OpenMetricsWriter::~OpenMetricsWriter()
{
    if (mFile)
        std::fclose(mFile);
}

void OpenMetricsWriter::flush()
{
    if (mFile && !mBuffer.empty() && std::fwrite(mBuffer.data(), 1, mBuffer.size(), mFile) != mBuffer.size())
        mFailed = true;
    mBuffer.clear();
}

void OpenMetricsWriter::family(const std::string &name, const std::string &type)
{
    mBuffer += "# TYPE " + name + ' ' + type + '\n';
}

void OpenMetricsWriter::sample(const std::string &series, double value, std::int64_t seconds)
{
    char num[64];
    mBuffer += series;
    mBuffer += ' ';
    auto r = std::to_chars(num, num + sizeof num, value);  // shortest exact representation
    mBuffer.append(num, r.ptr);
    mBuffer += ' ';
    r = std::to_chars(num, num + sizeof num, seconds);
    mBuffer.append(num, r.ptr);
    mBuffer += '\n';
    if (mBuffer.size() > (1u << 20) - 512)
        flush();
}

bool OpenMetricsWriter::close()
{
    if (!mFile)
        return false;
    mBuffer += "# EOF\n";
    flush();
    const bool ok = std::fclose(mFile) == 0 && !mFailed;
    mFile = nullptr;
    return ok;
}

// --- PrometheusServer -------------------------------------------------------------------

QString PrometheusServer::missingTools()
{
    QStringList missing;
    for (const char *tool : {"prometheus", "promtool"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            missing << QLatin1String(tool);
    if (missing.isEmpty())
        return {};
    return missing.join(QLatin1String(", "))
           + QStringLiteral(" not found: install the Debian package \"prometheus\"");
}

PrometheusServer::PrometheusServer(const QString &tsdbDir)
    : mDir(tsdbDir)
{
    mProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

PrometheusServer::~PrometheusServer()
{
    stop();
}

quint16 PrometheusServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QUrl PrometheusServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(mPort);
    return u;
}

bool PrometheusServer::backfill(const QString &openMetricsPath, int blockHours, QString *error)
{
    QDir().mkpath(mDir + QStringLiteral("/data"));
    QProcess promtool;
    promtool.setProcessChannelMode(QProcess::MergedChannels);
    promtool.start(QStringLiteral("promtool"),
                   {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
                    QStringLiteral("--max-block-duration=%1h").arg(blockHours), openMetricsPath,
                    mDir + QStringLiteral("/data")});
    if (!promtool.waitForFinished(-1) || promtool.exitStatus() != QProcess::NormalExit
        || promtool.exitCode() != 0) {
        *error = QStringLiteral("promtool failed: ") + QString::fromLocal8Bit(promtool.readAll().right(2000));
        return false;
    }
    return true;
}

bool PrometheusServer::backfillRules(const QString &rulesPath, std::int64_t start, std::int64_t end,
                                     QString *error)
{
    QProcess promtool;
    promtool.setProcessChannelMode(QProcess::MergedChannels);
    promtool.start(QStringLiteral("promtool"),
                   {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("rules"),
                    QStringLiteral("--quiet"), QStringLiteral("--start=%1").arg(start),
                    QStringLiteral("--end=%1").arg(end), QStringLiteral("--url=") + url().toString(),
                    QStringLiteral("--output-dir=") + mDir + QStringLiteral("/data"), rulesPath});
    if (!promtool.waitForFinished(-1) || promtool.exitStatus() != QProcess::NormalExit
        || promtool.exitCode() != 0) {
        *error = QStringLiteral("promtool failed: ") + QString::fromLocal8Bit(promtool.readAll().right(2000));
        return false;
    }
    return true;
}

void PrometheusServer::requireBasicAuth(const QString &user, const QString &password, const QString &bcryptHash)
{
    mAuthUser = user;
    mAuthPassword = password;
    mAuthHash = bcryptHash;
}

bool PrometheusServer::start(QString *error, std::int64_t maxSamples, int readySeconds)
{
    stop();
    const QString config = mDir + QStringLiteral("/prometheus.yml");
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write ") + config;
        return false;
    }
    f.write("global:\n  scrape_interval: 1h\n  evaluation_interval: 1h\nscrape_configs: []\n");
    f.close();
    mPort = freePort();
    QStringList args{QStringLiteral("--config.file=") + config,
                     QStringLiteral("--storage.tsdb.path=") + mDir + QStringLiteral("/data"),
                     QStringLiteral("--storage.tsdb.retention.time=3650d"),
                     QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(mPort),
                     QStringLiteral("--log.level=warn")};
    if (maxSamples > 0)
        args << QStringLiteral("--query.max-samples=%1").arg(maxSamples);
    if (!mAuthUser.isEmpty()) {
        const QString web = mDir + QStringLiteral("/web.yml");
        QFile w(web);
        if (!w.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write ") + web;
            return false;
        }
        w.write(QStringLiteral("basic_auth_users:\n  %1: '%2'\n").arg(mAuthUser, mAuthHash).toUtf8());
        w.close();
        args << QStringLiteral("--web.config.file=") + web;
    }
    mProcess.start(QStringLiteral("prometheus"), args);
    if (!mProcess.waitForStarted(10000)) {
        *error = QStringLiteral("prometheus did not start: ") + mProcess.errorString();
        return false;
    }
    QNetworkAccessManager net;
    QUrl ready = url();
    ready.setPath(QStringLiteral("/-/ready"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < readySeconds * 1000) {
        if (mProcess.state() == QProcess::NotRunning) {
            *error = QStringLiteral("prometheus exited with code %1").arg(mProcess.exitCode());
            return false;
        }
        QNetworkRequest request(ready);
        request.setTransferTimeout(2000);
        if (!mAuthUser.isEmpty())
            request.setRawHeader("Authorization",
                                 "Basic " + (mAuthUser + QLatin1Char(':') + mAuthPassword).toUtf8().toBase64());
        QNetworkReply *reply = net.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status == 200)
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("prometheus not ready after %1 s").arg(readySeconds);
    stop();
    return false;
}

void PrometheusServer::stop()
{
    if (mProcess.state() == QProcess::NotRunning)
        return;
    mProcess.terminate();
    if (!mProcess.waitForFinished(15000)) {
        mProcess.kill();
        mProcess.waitForFinished(5000);
    }
}

} // namespace atlas::test
