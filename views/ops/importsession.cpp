#include "importsession.h"

#include "actualsedits.h"
#include "ops/sources/timestamps.h"
#include "prometheus/prometheusimporter.h"

#include <QDateTime>

#include <set>

namespace atlas {

/** What the worker gets: copies, so the document and the session may change meanwhile. */
struct ImportSession::Input {
    ActualsSource source = ActualsSource::PoolCsv;
    std::string path;
    CsvColumns columns;
    CsvOptions csv;
    SacctOptions sacct;
    Project project;
    NameMapping mapping;
    std::shared_ptr<const PoolData> pools;
    std::shared_ptr<const UsageData> usage;
    AggregateOptions options;
};

/** What the worker hands back to the GUI thread. */
struct ImportSession::Outcome {
    std::vector<Problem> problems;
    bool ok = false;
    // read
    std::shared_ptr<PoolData> pools;
    std::shared_ptr<UsageData> usage;
    // import
    std::int64_t rowsRead = 0;
    std::vector<PoolActual> poolValues;
    std::vector<TenantActual> tenantValues;
    AggregationReport report;
    std::vector<Problem> warnings;
};

ImportSession::ImportSession(Document *doc, QObject *parent)
    : QObject(parent)
    , mDoc(doc)
{
    mPoll.setInterval(100);
    connect(&mPoll, &QTimer::timeout, this, &ImportSession::poll);
}

ImportSession::~ImportSession()
{
    mCancel = true;
    join();
}

void ImportSession::join()
{
    if (mThread.joinable())
        mThread.join();
}

void ImportSession::setSource(ActualsSource source)
{
    if (source == mSource)
        return;
    mSource = source;
    mRead = false;
    mPoolData.reset();
    mUsageData.reset();
    mNames = {};
    mMapping = {};
}

void ImportSession::setFile(const QString &path)
{
    if (path == mFile)
        return;
    mFile = path;
    mRead = false;
    mPoolData.reset();
    mUsageData.reset();
    mNames = {};
    mMapping = {};
}

Result<CsvPreview> ImportSession::preview()
{
    Result<CsvPreview> p = previewCsv(mFile.toStdString(), mCsvOptions);
    if (p)
        mColumns = suggestColumns(p->header);
    return p;
}

void ImportSession::mapName(NameKind kind, const std::string &name, const std::string &id)
{
    auto &map = kind == NameKind::Center ? mMapping.centers : kind == NameKind::Chip ? mMapping.chips : mMapping.tenants;
    map[name] = id;
}

std::vector<UnmatchedName> ImportSession::unmatched() const
{
    if (!mDoc)
        return {};
    return unmatchedNames(mDoc->project(), mMapping, mNames);
}

std::int64_t ImportSession::unmatchedRows() const
{
    if (!mPoolData && !mUsageData)
        return -1;
    std::set<std::string> centers, chips, tenants;
    for (const UnmatchedName &u : unmatched())
        (u.kind == NameKind::Center ? centers : u.kind == NameKind::Chip ? chips : tenants).insert(u.name);
    std::int64_t rows = 0;
    if (mPoolData) {
        for (const PoolSample &s : mPoolData->samples)
            rows += centers.count(s.center) || chips.count(s.chip);
    } else {
        for (const UsageRecord &r : mUsageData->records)
            rows += tenants.count(r.tenant) || (!r.chip.empty() && chips.count(r.chip));
    }
    return rows;
}

bool ImportSession::read()
{
    if (mBusy || !mDoc)
        return false;
    if (mSource == ActualsSource::Prometheus) {
        if (!mProm) {
            mProm = new PrometheusImporter(this);
            connect(mProm, &PrometheusImporter::progress, this, [this](int done, int total) {
                if (total > 0)
                    Q_EMIT progress(double(done) / double(total));
            });
            connect(mProm, &PrometheusImporter::labelsReady, this, [this](const Result<PrometheusLabels> &labels) {
                mBusy = false;
                if (!labels) {
                    fail(true, labels.problems);
                    return;
                }
                mNames = {};
                for (const QString &c : labels->centers)
                    mNames.centers.push_back({c.toStdString(), 0});
                for (const QString &c : labels->chips)
                    mNames.chips.push_back({c.toStdString(), 0});
                mMapping = suggestMapping(mDoc->project(), mNames);
                mRead = true;
                mProblems.clear();
                Q_EMIT readFinished(true);
            });
            connect(mProm, &PrometheusImporter::finished, this, [this](const Result<PrometheusFetch> &fetch) {
                if (!fetch) {
                    mBusy = false;
                    fail(false, fetch.problems);
                    return;
                }
                auto data = std::make_shared<PoolData>(fetch->data);
                mPoolData = data;
                mPromImport = fetch->import;
                mPromStep = fetch->step;
                mBusy = false;
                start(false);  // aggregation off the GUI thread
            });
        }
        mBusy = true;
        mReading = true;
        mRead = false;
        mProblems.clear();
        mFailureReason.clear();
        if (!mProm->listLabels(mPrometheus)) {
            mBusy = false;
            return false;
        }
        return true;
    }
    start(true);
    return true;
}

bool ImportSession::import()
{
    if (mBusy || !mDoc || !mRead)
        return false;
    if (mSource == ActualsSource::Prometheus) {
        mBusy = true;
        mReading = false;
        mProblems.clear();
        mFailureReason.clear();
        if (!mProm->fetch(mPrometheus)) {
            mBusy = false;
            return false;
        }
        return true;
    }
    start(false);
    return true;
}

void ImportSession::cancel()
{
    if (!mBusy)
        return;
    if (mProm && mProm->isBusy()) {
        mProm->cancel();  // its signal comes at once with Code::Cancelled
        return;
    }
    mCancel = true;
}

void ImportSession::start(bool reading)
{
    join();
    mCancel = false;
    mProgress = 0;
    mBusy = true;
    mReading = reading;
    mProblems.clear();
    mFailureReason.clear();
    // The worker gets copies: the document and the session may change while it runs.
    Input in;
    in.source = mSource;
    in.path = mFile.toStdString();
    in.columns = mColumns;
    in.csv = mCsvOptions;
    in.sacct = mSacct;
    if (!reading) {
        in.project = mDoc->project();
        in.mapping = mMapping;
        in.pools = mPoolData;
        in.usage = mUsageData;
        in.options.step = mSource == ActualsSource::Prometheus ? mPromStep : 0;
        in.options.defaultChip = mDefaultChip;
    }
    auto out = std::make_shared<Outcome>();
    mThread = std::thread([this, reading, in = std::move(in), out] {
        work(reading, in, *out);
        QMetaObject::invokeMethod(this, [this, reading, out] { finish(reading, out); }, Qt::QueuedConnection);
    });
    mPoll.start();
}

/** Runs on the worker thread: reads only its copies, writes only `out` and the atomics. */
void ImportSession::work(bool reading, const Input &in, Outcome &out)
{
    ImportControl control;
    control.cancel = &mCancel;
    control.progress = [this](double f) { mProgress.store(f, std::memory_order_relaxed); };
    if (reading) {
        if (in.source == ActualsSource::PoolCsv) {
            auto r = readPoolCsv(in.path, in.columns, in.csv, control);
            out.problems = std::move(r.problems);
            if (r)
                out.pools = std::make_shared<PoolData>(std::move(*r));
        } else {
            auto r = in.source == ActualsSource::Slurm ? readSacct(in.path, in.sacct, control)
                                                       : readUsageCsv(in.path, in.columns, in.csv, control);
            out.problems = std::move(r.problems);
            if (r)
                out.usage = std::make_shared<UsageData>(std::move(*r));
        }
        out.ok = out.pools || out.usage;
        return;
    }
    if (in.pools) {
        auto r = aggregatePools(in.project, in.mapping, *in.pools, in.options, control);
        if (r) {
            out.poolValues = std::move(r->pools);
            out.report = std::move(r->report);
            out.rowsRead = in.pools->rows > 0 ? in.pools->rows : std::int64_t(in.pools->samples.size());
            out.ok = true;
        }
        out.problems = std::move(r.problems);
    } else if (in.usage) {
        auto r = aggregateUsage(in.project, in.mapping, *in.usage, in.options, control);
        if (r) {
            out.tenantValues = std::move(r->tenants);
            out.report = std::move(r->report);
            out.rowsRead = in.usage->rows;
            out.ok = true;
        }
        out.problems = std::move(r.problems);
    }
}

void ImportSession::poll()
{
    if (mBusy && mThread.joinable())
        Q_EMIT progress(mProgress.load(std::memory_order_relaxed));
}

void ImportSession::finish(bool reading, const std::shared_ptr<Outcome> &out)
{
    join();
    mPoll.stop();
    mBusy = false;
    if (mCancel.load()) {
        // Cancelled before the result reached the GUI thread: it is dropped, as if never made.
        fail(reading, {error(Code::Cancelled, {}, {})});
        return;
    }
    if (!out->ok || !mDoc) {
        std::vector<Problem> problems = out->problems;
        if (!hasError(problems))
            problems.push_back(error(Code::Cancelled, {}, {}));
        fail(reading, std::move(problems));
        return;
    }
    if (reading) {
        mPoolData = out->pools;
        mUsageData = out->usage;
        mNames = out->pools ? sourceNames(out->pools->samples) : sourceNames(out->usage->records);
        mMapping = suggestMapping(mDoc->project(), mNames);
        mRead = true;
        mProblems = out->problems;  // warnings of the reader
        Q_EMIT progress(1.0);
        Q_EMIT readFinished(true);
        return;
    }
    ImportSummary summary;
    summary.rowsRead = out->rowsRead;
    summary.values = int(out->poolValues.size() + out->tenantValues.size());
    summary.unmatchedNames = int(out->report.unmatched.size());
    summary.unmatchedRows = out->report.unmatchedRows;
    summary.outsideHorizon = out->report.outsideHorizon;
    summary.duplicates = out->report.duplicates;
    summary.warnings = reportProblems(out->report);
    const edit::Outcome stored = edit::importActuals(*mDoc, importRecord(), std::move(out->poolValues),
                                                     std::move(out->tenantValues), &summary.importId);
    if (!stored) {
        // Nothing stored: the report's warnings say why (all unmatched, outside the horizon, …).
        std::vector<Problem> problems = summary.warnings;
        mSummary = summary;
        mFailureReason = stored.reason;
        fail(false, std::move(problems));
        return;
    }
    mSummary = std::move(summary);
    mProblems.clear();
    Q_EMIT progress(1.0);
    Q_EMIT importFinished(true);
}

void ImportSession::fail(bool reading, std::vector<Problem> problems)
{
    mProblems = std::move(problems);
    if (reading)
        Q_EMIT readFinished(false);
    else
        Q_EMIT importFinished(false);
}

ActualImport ImportSession::importRecord() const
{
    if (mSource == ActualsSource::Prometheus) {
        ActualImport r = mPromImport;
        r.id.clear();
        return r;
    }
    ActualImport r;
    r.kind = mSource == ActualsSource::Slurm ? ActualSourceKind::Slurm : ActualSourceKind::Csv;
    r.origin = mFile.toStdString();
    const std::string encoding = mPoolData ? mPoolData->encoding : mUsageData ? mUsageData->encoding : std::string();
    switch (mSource) {
    case ActualsSource::PoolCsv: r.detail = "pool utilization CSV"; break;
    case ActualsSource::UsageCsv: r.detail = "tenant usage CSV"; break;
    default: r.detail = "sacct --parsable2, UTC offset " + std::to_string(mSacct.utcOffsetMinutes) + " min"; break;
    }
    if (!encoding.empty())
        r.detail += ", " + encoding;
    r.importedAt = formatTimestamp(QDateTime::currentSecsSinceEpoch());
    return r;
}

} // namespace atlas
