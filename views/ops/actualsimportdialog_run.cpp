// ActualsImportDialog's running part: reading the source, the report of what matched,
// the import itself, failures, retry and cancel (the dialog's pages are in
// actualsimportdialog.cpp).
#include "actualsimportdialog.h"

#include "namemappingtable.h"
#include "problemtext.h"
#include "prometheusform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

namespace atlas {

QString ActualsImportDialog::problemList(const std::vector<Problem> &problems, const QString &file)
{
    QStringList lines;
    for (const Problem &p : problems) {
        if (lines.size() == 8) {
            lines << tr("… and %n more.", nullptr, int(problems.size()) - 8);
            break;
        }
        lines << (p.line > 0 ? problemUiLine(p, file) : problemMessage(p));
    }
    return lines.join(QLatin1Char('\n'));
}

bool ActualsImportDialog::readSource()
{
    if (mSession->isBusy())
        return false;
    mLastWasRead = true;
    if (mSession->isFileSource()) {
        if (mSession->file().isEmpty()) {
            mMessage->setText(tr("Choose a file first."));
            return false;
        }
        mSession->setSacctOptions(SacctOptions{mUtcOffset->value() * 60});
    } else {
        mSession->setPrometheus(mProm->settings());
    }
    if (!mSession->read())
        return false;
    setBusy(true, tr("Reading…"));
    return true;
}

void ActualsImportDialog::onRead(bool ok)
{
    setBusy(false);
    if (!ok) {
        showFailure(tr("The source could not be read; nothing was imported."), true);
        return;
    }
    mMapping->setNames(mDoc->project(), mSession->names(), mSession->mapping());
    QString text = tr("Read. Map the names below to the project, then import.");
    if (!mSession->problems().empty())
        text += QLatin1Char('\n') + problemList(mSession->problems(), mSession->file());
    mMessage->setText(text);
    mMessage->setStyleSheet(QString());
    mRetry->hide();
}

void ActualsImportDialog::updateUnmatched()
{
    if (!mSession->hasRead()) {
        mUnmatched->setText(tr("Read the source to map its names to the project's centres, chips and tenants."));
        mUnmatched->setStyleSheet(QString());
        return;
    }
    const auto unmatched = mSession->unmatched();
    const std::int64_t rows = unmatched.empty() ? 0 : mSession->unmatchedRows();
    if (unmatched.empty()) {
        mUnmatched->setText(tr("Every name is matched."));
        mUnmatched->setStyleSheet(QStringLiteral("color: #1a7f37;"));
    } else {
        const QString names = QLocale().toString(qlonglong(unmatched.size()));
        const QString text = rows > 0
            ? tr("Unmatched names: %1. Their %2 rows will be left out and reported.")
                  .arg(names, QLocale().toString(qlonglong(rows)))
            : tr("Unmatched names: %1. Their data will be left out and reported.").arg(names);
        mUnmatched->setText(QStringLiteral("⚠ ") + text);
        mUnmatched->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    }
}

bool ActualsImportDialog::startImport()
{
    if (mSession->isBusy() || !mSession->hasRead())
        return false;
    mLastWasRead = false;
    mSession->setDefaultChip(mDefaultChip->currentData().toString().toStdString());
    if (!mSession->isFileSource())
        mSession->setPrometheus(mProm->settings());
    if (!mSession->import())
        return false;
    setBusy(true, tr("Importing…"));
    return true;
}

void ActualsImportDialog::onImported(bool ok)
{
    setBusy(false);
    if (!ok) {
        showFailure(tr("Nothing was imported."), false);
        return;
    }
    const ImportSummary &s = mSession->summary();
    QStringList lines;
    lines << tr("Imported %n value(s) as %1.", nullptr, s.values).arg(QString::fromStdString(s.importId));
    lines << tr("%n row(s) read.", nullptr, int(s.rowsRead));
    lines << tr("Left out: rows of unmatched names %1 (names: %2), rows outside the planning periods %3, "
                "duplicate rows %4.")
                 .arg(QLocale().toString(qlonglong(s.unmatchedRows)), QLocale().toString(s.unmatchedNames),
                      QLocale().toString(qlonglong(s.outsideHorizon)), QLocale().toString(qlonglong(s.duplicates)));
    if (!s.warnings.empty())
        lines << problemList(s.warnings, mSession->file());
    mMessage->setText(lines.join(QLatin1Char('\n')));
    mMessage->setStyleSheet(QStringLiteral("color: #1a7f37;"));
    mRetry->hide();
    mImport->setEnabled(false);  // imported: read again to import again
}

void ActualsImportDialog::showFailure(const QString &what, bool reading)
{
    mLastWasRead = reading;
    QString text = what;
    if (!mSession->failureReason().isEmpty())
        text += QLatin1Char(' ') + mSession->failureReason();
    if (!mSession->problems().empty())
        text += QLatin1Char('\n') + problemList(mSession->problems(), mSession->file());
    mMessage->setText(text);
    mMessage->setStyleSheet(QStringLiteral("color: #c62828;"));
    mRetry->show();
}

void ActualsImportDialog::retry()
{
    mRetry->hide();
    if (mLastWasRead)
        readSource();
    else
        startImport();
}

void ActualsImportDialog::cancel()
{
    mSession->cancel();
}

void ActualsImportDialog::setBusy(bool busy, const QString &what)
{
    mProgress->setVisible(busy);
    mCancel->setVisible(busy);
    if (busy) {
        mProgress->setValue(0);
        mProgress->setFormat(what + QStringLiteral(" %p%"));
        mMessage->clear();
        mRetry->hide();
    }
    for (QWidget *w : {static_cast<QWidget *>(mSource), static_cast<QWidget *>(mPages), static_cast<QWidget *>(mRead),
                       static_cast<QWidget *>(mMapping), static_cast<QWidget *>(mDefaultChip)})
        w->setEnabled(!busy);
    mImport->setEnabled(!busy && mSession->hasRead() && !mDoc->isReadOnly());
    updateUnmatched();
}

QString ActualsImportDialog::message() const
{
    return mMessage->text();
}

bool ActualsImportDialog::isRetryVisible() const
{
    return !mRetry->isHidden();
}

} // namespace atlas
