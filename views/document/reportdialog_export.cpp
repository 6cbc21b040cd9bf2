// ReportDialog's running part: its state while scenarios run, the preview's painting,
// and the export (the dialog's layout and texts are in reportdialog.cpp).
#include "reportdialog.h"

#include "document.h"
#include "problemtext.h"
#include "report/reportrenderer.h"
#include "scenariorunner.h"
#include "settingskeys.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

#include <utility>

namespace atlas {

bool ReportDialog::isBusy() const
{
    return mRunner->isRunning();
}

void ReportDialog::choicesChanged()
{
    mPreviewCurrent = false;
    updateState();
}

void ReportDialog::updateState()
{
    const ReportOptions o = options();
    const QStringList missing = missingScenarios();
    const bool runFirst = mMissing->checkedId() == int(MissingResults::RunFirst);
    const bool busy = isBusy();
    QString note;
    if (o.scenarios.isEmpty())
        note = tr("Choose at least one scenario.");
    else if (missing.size() == o.scenarios.size() && !runFirst)
        note = tr("None of the chosen scenarios has current results: run them first.");
    else if (!missing.isEmpty())
        note = runFirst ? tr("Not yet run or stale: %1. They will be run before the export; the preview names them "
                             "as missing.").arg(missing.join(tr(", ")))
                        : tr("Not yet run or stale: %1. The report names them as missing.").arg(missing.join(tr(", ")));
    if (!mPreviewCurrent && mPreviewShown)
        note = (note.isEmpty() ? QString() : note + u' ') + tr("The preview does not show the latest choices.");
    mPreviewNote->setText(note);
    const bool possible = !o.scenarios.isEmpty() && (runFirst || missing.size() < o.scenarios.size());
    mExport->setEnabled(possible && !busy);
    mRefresh->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(mSections), static_cast<QWidget *>(mScenarios),
                       static_cast<QWidget *>(mPeriods), static_cast<QWidget *>(mLanguage)})
        w->setEnabled(!busy);
    mProgress->setVisible(busy);
    mCancelRun->setVisible(busy);
}

std::vector<ScenarioResult> ReportDialog::freshResults(ReportOptions &o) const
{
    std::vector<ScenarioResult> results;
    QStringList present;
    o.missing.clear();
    for (const QString &id : o.scenarios) {
        const std::string sid = id.toStdString();
        auto r = mDoc ? mDoc->result(sid) : nullptr;
        if (r && !mDoc->isStale(sid)) {
            results.push_back(*r);
            present << id;
        } else {
            o.missing << id;
        }
    }
    o.scenarios = present;
    return results;
}

void ReportDialog::paintPreview(QPrinter *printer)
{
    if (!mDoc)
        return;
    ReportOptions o = options();
    const auto results = freshResults(o);
    if (results.empty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    ReportRenderer::paint(mDoc->data(), results, o, printer);
    QGuiApplication::restoreOverrideCursor();
}

void ReportDialog::refreshPreview()
{
    mPreviewShown = true;
    mPreviewCurrent = true;
    mPreview->updatePreview();
    updateState();
}

void ReportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!mPreviewShown)
        QMetaObject::invokeMethod(this, &ReportDialog::refreshPreview, Qt::QueuedConnection);
}

void ReportDialog::exportWithDialog()
{
    QSettings settings;
    QString folder = settings.value(settingskeys::reportFolder).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = mDoc && !mDoc->project().name.empty() ? QString::fromStdString(mDoc->project().name)
                                                               : tr("report");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                                      QDir(folder).filePath(name + QStringLiteral(".pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(settingskeys::reportFolder, QFileInfo(path).path());
    exportTo(path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

void ReportDialog::exportTo(const QString &path)
{
    if (!mDoc || isBusy())
        return;
    // The organisation and logo are remembered for the next report (and the CLI's).
    QSettings settings;
    settings.setValue(settingskeys::organisation, mOrganisation->text().trimmed());
    settings.setValue(settingskeys::reportLogo, mLogo->text().trimmed());
    const QStringList missing = missingScenarios();
    if (!missing.isEmpty() && mMissing->checkedId() == int(MissingResults::RunFirst)) {
        mPendingPath = path;
        mRunner->run(missing);
        updateState();
        return;
    }
    writePdf(path);
}

void ReportDialog::runFinished(bool cancelled, const QStringList &failures)
{
    const QString path = std::exchange(mPendingPath, QString());
    mPreviewCurrent = false;
    updateState();
    if (path.isEmpty())
        return;
    if (cancelled) {
        finish(false, tr("The report was not exported: the run was cancelled."));
        return;
    }
    if (!failures.isEmpty()) {
        finish(false, tr("The report was not exported: %1").arg(failures.join(tr("; "))));
        return;
    }
    writePdf(path);
}

void ReportDialog::writePdf(const QString &path)
{
    ReportOptions o = options();
    const auto results = freshResults(o);
    if (results.empty()) {
        finish(false, tr("None of the chosen scenarios has current results: run them first."));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = ReportRenderer::render(mDoc->data(), results, o, path);
    QGuiApplication::restoreOverrideCursor();
    if (!status) {
        QStringList lines;
        for (const auto &p : status.problems)
            lines << problemMessage(p);
        finish(false, lines.join(u'\n'));
        return;
    }
    finish(true, tr("Report exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportDialog::finish(bool ok, const QString &message)
{
    if (!ok && mInteractive)
        QMessageBox::warning(this, tr("Export Report"), message);
    Q_EMIT exportFinished(ok, message);
}

void ReportDialog::reject()
{
    if (isBusy()) {
        mPendingPath.clear();
        mRunner->cancel();
    }
    QDialog::reject();
}

} // namespace atlas
