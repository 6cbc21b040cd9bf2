#pragma once

#include "document.h"
#include "importsession.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace atlas {

class NameMappingTable;
class PrometheusForm;

/**
 * "Import Actuals…": the source (pool utilization CSV, tenant usage CSV, Slurm sacct
 * export, a Prometheus server), the file or the server, a preview and the column roles
 * (CSV), the mapping of the source's names to the project (unmatched names marked and
 * counted), then the import in the background with progress and Cancel. Failures are
 * shown with Retry; the document changes only when an import succeeds (one undo step),
 * and a summary tells what was imported and what was left out.
 */
class ActualsImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActualsImportDialog(Document *doc, QWidget *parent = nullptr);
    ~ActualsImportDialog() override;

    /** Shows the dialog modally for the document. */
    static void run(Document *doc, QWidget *parent);

    ImportSession *session() const { return mSession; }
    NameMappingTable *mappingTable() const { return mMapping; }
    PrometheusForm *prometheusForm() const { return mProm; }

    void setSource(ActualsSource source);
    /** Chooses a file (CSV or sacct) and previews it. */
    void setFile(const QString &path);
    /** Sets CSV column `role`'s column (a CsvColumns member, by the combo box's order). */
    void setColumn(int role, int column);
    /** Starts reading the source (names for the mapping table). */
    bool readSource();
    /** Starts the import with the table's mapping. */
    bool startImport();
    void cancel();
    /** The message line (errors, summary). */
    QString message() const;
    bool isRetryVisible() const;

private:
    void onSourceChanged();
    void browse();
    void preview();
    void applyColumns();
    void onRead(bool ok);
    void onImported(bool ok);
    void updateUnmatched();
    void setBusy(bool busy, const QString &what = QString());
    void showFailure(const QString &what, bool reading);
    /** The first problems of a read or import, a line each, with "… and n more." */
    static QString problemList(const std::vector<Problem> &problems, const QString &file);
    void retry();
    void retranslate();

    QPointer<Document> mDoc;
    ImportSession *mSession;
    QComboBox *mSource;
    QStackedWidget *mPages;
    QLineEdit *mFile;
    QPushButton *mBrowse;
    QComboBox *mEncoding;
    QSpinBox *mUtcOffset;
    QLabel *mUtcLabel;
    QWidget *mColumnsBox;
    QGridLayout *mColumnsGrid;
    QList<QComboBox *> mColumnBoxes;
    QList<QLabel *> mColumnLabels;
    QComboBox *mScale;
    QTableWidget *mPreview;
    PrometheusForm *mProm;
    QPushButton *mRead;
    NameMappingTable *mMapping;
    QLabel *mUnmatched;
    QComboBox *mDefaultChip;
    QLabel *mDefaultChipLabel;
    QProgressBar *mProgress;
    QPushButton *mCancel;
    QLabel *mMessage;
    QPushButton *mRetry;
    QDialogButtonBox *mButtons;
    QPushButton *mImport;
    bool mLastWasRead = true;
};

} // namespace atlas
