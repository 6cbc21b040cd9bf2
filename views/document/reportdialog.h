#pragma once

#include "report/reportoptions.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <vector>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPrintPreviewWidget;
class QProgressBar;
class QPushButton;

namespace atlas {

class Document;
class ScenarioRunner;
struct ScenarioResult;

/**
 * File ▸ Export Report: the report's sections, scenarios, map periods, language,
 * organisation and logo, a preview of the pages, and export to PDF through the same
 * ReportRenderer as `computeatlas-cli report`.
 *
 * Chosen scenarios without current results (never run, or stale) are either run first
 * through a ScenarioRunner — their results are stored in the document like any run —
 * or left out and named in the report, as the user picks. The preview always shows
 * the results at hand and names what is missing.
 */
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class MissingResults { RunFirst, NameInReport };

    explicit ReportDialog(Document *doc, QWidget *parent = nullptr);
    ~ReportDialog() override;

    /** Shows the dialog for the document; modal. */
    static void showFor(Document *doc, QWidget *parent);

    /** The choices, as the renderer takes them; `missing` is filled at export. */
    ReportOptions options() const;
    /** Checked scenarios whose results are absent or stale. */
    QStringList missingScenarios() const;

    // The choices, settable as the user would set them (also for tests).
    void setSections(const std::vector<ReportSection> &sections);
    void setScenarios(const QStringList &ids);
    void setLanguage(const QString &language);
    void setMissingResults(MissingResults mode);
    void setOrganisation(const QString &organisation);
    /** Off: errors are only reported by exportFinished(), never in a message box. */
    void setInteractive(bool interactive) { mInteractive = interactive; }

    /** Asks for a file and exports to it. */
    void exportWithDialog();
    /**
     * Exports to `path`; when scenarios must run first this returns at once and the
     * export follows their run. exportFinished() tells the outcome either way.
     */
    void exportTo(const QString &path);
    /** Renders the preview again with the current choices. */
    void refreshPreview();
    /** True while scenarios run for an export. */
    bool isBusy() const;

Q_SIGNALS:
    /** message: a translated sentence (the error, or where the report went). */
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    QWidget *buildChoices();
    QWidget *buildPreview();
    void fillScenarios();
    void fillPeriods();
    void choicesChanged();
    void updateState();
    void runFinished(bool cancelled, const QStringList &failures);
    /** Fresh results of the checked scenarios (in options order); the rest into `missing`. */
    std::vector<ScenarioResult> freshResults(ReportOptions &options) const;
    void writePdf(const QString &path);
    void finish(bool ok, const QString &message);
    void paintPreview(QPrinter *printer);
    void retranslate();

    QPointer<Document> mDoc;
    ScenarioRunner *mRunner;
    QListWidget *mSections;
    QListWidget *mScenarios;
    QListWidget *mPeriods;
    QComboBox *mBaseline;
    QLabel *mBaselineLabel = nullptr;
    QLabel *mLanguageLabel = nullptr;
    QLabel *mOrganisationLabel = nullptr;
    QLabel *mLogoLabel = nullptr;
    QComboBox *mLanguage;
    QLineEdit *mOrganisation;
    QLineEdit *mLogo;
    QPushButton *mLogoBrowse;
    QButtonGroup *mMissing;
    std::unique_ptr<QPrinter> mPrinter;
    QPrintPreviewWidget *mPreview;
    QLabel *mPreviewNote;
    QPushButton *mRefresh;
    QProgressBar *mProgress;
    QPushButton *mExport;
    QPushButton *mCancelRun;
    QString mPendingPath;
    bool mInteractive = true;
    bool mPreviewShown = false;
    bool mPreviewCurrent = false;
};

} // namespace atlas
