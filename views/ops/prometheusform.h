#pragma once

#include "model/model.h"
#include "prometheus/prometheussettings.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace atlas {

/**
 * The Prometheus part of the import dialog: the server (remembered in QSettings
 * "ops/prometheusUrl", without credentials), credentials for this session only (never
 * stored), the metric, its labels, an optional recording rule's metric (with a button
 * that copies the rule to install) and the range (the project's horizon by default).
 */
class PrometheusForm : public QWidget
{
    Q_OBJECT

public:
    explicit PrometheusForm(const Project &project, QWidget *parent = nullptr);

    /** The settings as entered; remembers the server address. */
    PrometheusSettings settings() const;
    void setServer(const QString &url);
    QString server() const;
    /** The range as whole UTC days [from, to) and the step in seconds. */
    void setRange(std::int64_t from, std::int64_t to, std::int64_t step);

private:
    QLineEdit *mServer;
    QLineEdit *mUser;
    QLineEdit *mPassword;
    QLineEdit *mToken;
    QLineEdit *mMetric;
    QLineEdit *mMatchers;
    QLineEdit *mRecorded;
    QPushButton *mCopyRule;
    QLineEdit *mCenterLabel;
    QLineEdit *mChipLabel;
    QCheckBox *mPercent;
    QDateEdit *mFrom;
    QDateEdit *mTo;
    QComboBox *mStep;
};

} // namespace atlas
