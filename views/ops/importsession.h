#pragma once

#include "document.h"
#include "ops/sources/aggregation.h"
#include "ops/sources/csvactuals.h"
#include "ops/sources/namemapping.h"
#include "ops/sources/slurm.h"
#include "prometheus/prometheussettings.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

namespace atlas {

class PrometheusImporter;

/** The sources the import dialog offers. */
enum class ActualsSource { PoolCsv, UsageCsv, Slurm, Prometheus };

/** What an import did, for the dialog's summary: nothing is left out silently. */
struct ImportSummary {
    std::string importId;              ///< the id the import got in the document
    std::int64_t rowsRead = 0;         ///< data rows, samples or records the source gave
    int values = 0;                    ///< actual values stored (pool and tenant, per period)
    int unmatchedNames = 0;
    std::int64_t unmatchedRows = 0;    ///< rows left out for an unmatched name
    std::int64_t outsideHorizon = 0;   ///< rows wholly outside the project's periods
    std::int64_t duplicates = 0;       ///< exact duplicate rows skipped
    std::vector<Problem> warnings;     ///< the aggregation's report as problems
};

/**
 * The logic of one "Import Actuals" run, without widgets (the dialog drives it, tests
 * too): the source and its options, reading it off the GUI thread (a file) or through
 * the asynchronous Prometheus importer, the source's names and their mapping to the
 * project, then aggregation to periods off the GUI thread and one undo command.
 *
 * Two steps, each asynchronous, each ending with exactly one signal: read() →
 * readFinished, import() → importFinished. cancel() ends the running step (its signal
 * reports failure with Code::Cancelled). The document changes only when import()
 * succeeds; a failed step can simply be started again (Retry). Destroying the session
 * cancels and joins the worker.
 */
class ImportSession : public QObject
{
    Q_OBJECT

public:
    explicit ImportSession(Document *doc, QObject *parent = nullptr);
    ~ImportSession() override;

    void setSource(ActualsSource source);
    ActualsSource source() const { return mSource; }
    bool isFileSource() const { return mSource != ActualsSource::Prometheus; }

    /** The file of a CSV or Slurm source; forgets what was read from another file. */
    void setFile(const QString &path);
    QString file() const { return mFile; }
    void setCsvOptions(const CsvOptions &options) { mCsvOptions = options; }
    const CsvOptions &csvOptions() const { return mCsvOptions; }
    /** First rows of the CSV file (synchronous, small); also guesses the columns. */
    Result<CsvPreview> preview();
    void setColumns(const CsvColumns &columns) { mColumns = columns; }
    const CsvColumns &columns() const { return mColumns; }
    void setSacctOptions(const SacctOptions &options) { mSacct = options; }
    const SacctOptions &sacctOptions() const { return mSacct; }
    /** Chip for usage records without a GPU type ("" = leave them out, reported). */
    void setDefaultChip(const std::string &chip) { mDefaultChip = chip; }
    void setPrometheus(const PrometheusSettings &settings) { mPrometheus = settings; }
    const PrometheusSettings &prometheus() const { return mPrometheus; }

    /** Step 1: reads the source (a file whole; Prometheus: its label values). */
    bool read();
    bool hasRead() const { return mRead; }
    /** The distinct names the source holds (centres, chips, tenants with their rows). */
    const SourceNames &names() const { return mNames; }

    /** The mapping of the source's names, suggested after read(); the user changes it. */
    const NameMapping &mapping() const { return mMapping; }
    void setMapping(const NameMapping &mapping) { mMapping = mapping; }
    void mapName(NameKind kind, const std::string &name, const std::string &id);
    /** Names the mapping leaves unmatched (their rows will be left out and reported). */
    std::vector<UnmatchedName> unmatched() const;
    /** Rows an unmatched name would leave out, each row once; -1 when the source gave no rows yet (Prometheus). */
    std::int64_t unmatchedRows() const;

    /** Step 2: aggregates to periods and stores the actuals (one undo step). */
    bool import();
    const ImportSummary &summary() const { return mSummary; }

    /** Problems of the last step that failed (translated with problemMessage()). */
    const std::vector<Problem> &problems() const { return mProblems; }
    /** A sentence of the app itself for the last failure, when no problem says it all. */
    QString failureReason() const { return mFailureReason; }
    bool isBusy() const { return mBusy; }
    void cancel();

Q_SIGNALS:
    /** Progress of the running step, 0..1. */
    void progress(double fraction);
    void readFinished(bool ok);
    void importFinished(bool ok);

private:
    struct Input;
    struct Outcome;
    void start(bool reading);
    void work(bool reading, const Input &in, Outcome &out);
    void finish(bool reading, const std::shared_ptr<Outcome> &out);
    void fail(bool reading, std::vector<Problem> problems);
    void poll();
    void join();
    ActualImport importRecord() const;

    QPointer<Document> mDoc;
    ActualsSource mSource = ActualsSource::PoolCsv;
    QString mFile;
    CsvOptions mCsvOptions;
    CsvColumns mColumns;
    SacctOptions mSacct;
    std::string mDefaultChip;
    PrometheusSettings mPrometheus;
    PrometheusImporter *mProm = nullptr;

    bool mRead = false;
    std::shared_ptr<const PoolData> mPoolData;
    std::shared_ptr<const UsageData> mUsageData;
    ActualImport mPromImport;
    std::int64_t mPromStep = 0;
    SourceNames mNames;
    NameMapping mMapping;
    ImportSummary mSummary;
    std::vector<Problem> mProblems;
    QString mFailureReason;

    std::thread mThread;
    std::atomic<bool> mCancel{false};
    std::atomic<double> mProgress{0};
    QTimer mPoll;
    bool mBusy = false;
    bool mReading = false;
};

} // namespace atlas
