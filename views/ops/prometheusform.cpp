#include "prometheusform.h"

#include "ops/sources/timestamps.h"
#include "prometheus/prometheusimporter.h"
#include "prometheus/prometheusquery.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>

namespace atlas {
namespace {

const QString kServerKey = QStringLiteral("ops/prometheusUrl");

QDate dateOf(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).date();
}

} // namespace

PrometheusForm::PrometheusForm(const Project &project, QWidget *parent)
    : QWidget(parent)
    , mServer(new QLineEdit(this))
    , mUser(new QLineEdit(this))
    , mPassword(new QLineEdit(this))
    , mToken(new QLineEdit(this))
    , mMetric(new QLineEdit(this))
    , mMatchers(new QLineEdit(this))
    , mRecorded(new QLineEdit(this))
    , mCopyRule(new QPushButton(tr("Copy Rule"), this))
    , mCenterLabel(new QLineEdit(this))
    , mChipLabel(new QLineEdit(this))
    , mPercent(new QCheckBox(this))
    , mFrom(new QDateEdit(this))
    , mTo(new QDateEdit(this))
    , mStep(new QComboBox(this))
{
    const PrometheusSettings defaults;
    mServer->setText(QSettings().value(kServerKey, QStringLiteral("http://localhost:9090")).toString());
    mServer->setPlaceholderText(QStringLiteral("http://prometheus.example:9090"));
    mPassword->setEchoMode(QLineEdit::Password);
    mToken->setEchoMode(QLineEdit::Password);
    mMetric->setText(defaults.metric);
    mMatchers->setPlaceholderText(QStringLiteral("job=\"dcgm\""));
    mCenterLabel->setText(defaults.centerLabel);
    mChipLabel->setText(defaults.chipLabel);
    mPercent->setText(tr("Values are percentages (0–100), as DCGM reports them"));
    mPercent->setChecked(defaults.percent);
    for (QDateEdit *d : {mFrom, mTo}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    const int periods = std::max(0, project.periods.count);
    mFrom->setDate(dateOf(periodStartSeconds(project.periods, 0)));
    mTo->setDate(dateOf(periodStartSeconds(project.periods, periods)));
    mStep->addItem(tr("5 minutes"), qlonglong(300));
    mStep->addItem(tr("15 minutes"), qlonglong(900));
    mStep->addItem(tr("1 hour"), qlonglong(3600));
    mStep->addItem(tr("1 day"), qlonglong(86400));
    mStep->setCurrentIndex(2);

    mRecorded->setPlaceholderText(tr("optional, e.g. %1").arg(prometheus::suggestedRecordedMetric(defaults)));
    mCopyRule->setToolTip(tr("Copies a recording rule for this metric and these labels (Prometheus 2 rules file) "
                             "to the clipboard. Add it to the server's rule_files; backfill its history with "
                             "promtool tsdb create-blocks-from rules."));
    connect(mCopyRule, &QPushButton::clicked, this, [this] {
        const PrometheusSettings s = settings();
        QApplication::clipboard()->setText(prometheus::recordingRule(s, 2));
        if (s.recordedMetric.isEmpty())
            mRecorded->setText(prometheus::suggestedRecordedMetric(s));
    });
    auto *recorded = new QHBoxLayout;
    recorded->addWidget(mRecorded, 1);
    recorded->addWidget(mCopyRule);
    auto *recordedNote = new QLabel(tr("A recording rule's hourly mean per centre and chip imports a year in seconds; "
                                       "the raw samples take minutes. The step must then be whole hours."), this);
    recordedNote->setWordWrap(true);
    recordedNote->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *credentials = new QHBoxLayout;
    credentials->addWidget(mUser);
    credentials->addWidget(mPassword);
    mUser->setPlaceholderText(tr("user"));
    mPassword->setPlaceholderText(tr("password"));
    mToken->setPlaceholderText(tr("bearer token (instead of user and password)"));
    auto *labels = new QHBoxLayout;
    labels->addWidget(new QLabel(tr("centre:"), this));
    labels->addWidget(mCenterLabel);
    labels->addWidget(new QLabel(tr("chip:"), this));
    labels->addWidget(mChipLabel);
    auto *range = new QHBoxLayout;
    range->addWidget(mFrom);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(mTo);
    range->addWidget(new QLabel(tr("step:"), this));
    range->addWidget(mStep);
    range->addStretch(1);
    auto *note = new QLabel(tr("Credentials are used for this session only: they are never saved, "
                               "neither in the settings nor in the project."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Server"), mServer);
    form->addRow(tr("Credentials"), credentials);
    form->addRow(QString(), mToken);
    form->addRow(QString(), note);
    form->addRow(tr("Metric"), mMetric);
    form->addRow(tr("Label matchers"), mMatchers);
    form->addRow(tr("Labels for centre and chip"), labels);
    form->addRow(tr("Recorded metric"), recorded);
    form->addRow(QString(), recordedNote);
    form->addRow(QString(), mPercent);
    form->addRow(tr("Range (UTC)"), range);
}

PrometheusSettings PrometheusForm::settings() const
{
    PrometheusSettings s;
    s.server = QUrl::fromUserInput(mServer->text().trimmed());
    s.user = mUser->text();
    s.password = mPassword->text();
    s.bearerToken = mToken->text();
    s.metric = mMetric->text().trimmed();
    s.matchers = mMatchers->text().trimmed();
    s.recordedMetric = mRecorded->text().trimmed();
    s.centerLabel = mCenterLabel->text().trimmed();
    s.chipLabel = mChipLabel->text().trimmed();
    s.percent = mPercent->isChecked();
    s.from = QDateTime(mFrom->date(), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    s.to = QDateTime(mTo->date(), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    s.step = mStep->currentData().toLongLong();
    // Only the address is remembered, and without any user or password in it.
    QSettings().setValue(kServerKey, PrometheusImporter::origin(s.server));
    return s;
}

void PrometheusForm::setServer(const QString &url)
{
    mServer->setText(url);
}

void PrometheusForm::setRange(std::int64_t from, std::int64_t to, std::int64_t step)
{
    mFrom->setDate(dateOf(from));
    mTo->setDate(dateOf(to));
    const int i = mStep->findData(qlonglong(step));
    if (i >= 0)
        mStep->setCurrentIndex(i);
}

QString PrometheusForm::server() const
{
    return mServer->text();
}

} // namespace atlas
