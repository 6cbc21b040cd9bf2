#include "reportrenderer.h"

#include "language.h"
#include "pdfunicode.h"
#include "reportcontent.h"
#include "reportformat.h"
#include "reportlayout.h"
#include "reporttext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTranslator>

#include <memory>

namespace atlas {
namespace {

thread_local int gLastPageCount = 0;

/** The report font: the CJK family when installed, so the PDF does not depend on the locale. */
QString reportFamily()
{
    static const QString family = [] {
        const QStringList wanted = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                    QStringLiteral("Noto Sans SC")};
        const QStringList families = QFontDatabase::families();
        for (const QString &f : wanted)
            if (families.contains(f))
                return f;
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

/**
 * Puts the report's language in force for the lifetime of the object (the app's one
 * catalogue, i18n/computeatlas_zh_CN.ts, holds the report's texts too), then restores
 * the language before.
 */
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language)
        : mPrevious(currentLanguage())
    {
        setLanguage(language);
    }
    ~LanguageScope() { setLanguage(mPrevious); }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QString mPrevious;
};

Problem unwritable(const QString &path, const QString &reason)
{
    return error(Code::FileUnwritable, {}, {path.toStdString(), reason.toStdString()});
}

/**
 * Lays out and paints the whole report onto `device` (the PDF writer, or the preview's
 * printer set to the same resolution); returns false when painting failed.
 */
bool paintReport(const ProjectData &data, const std::vector<ScenarioResult> &results, const ReportOptions &options,
                 QPagedPaintDevice *device, QString *reason)
{
    const QString language = currentLanguage();
    report::ReportInput in{data, results, options, reportformat::locale(language), 0};
    const QString baseline = options.baselineId();
    for (int i = 0; i < int(results.size()); ++i)
        if (QString::fromStdString(results[size_t(i)].scenario) == baseline)
            in.baseline = i;

    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));

    report::ReportDocument doc;
    if (!results.empty()) {
        if (options.has(ReportSection::Cover))
            report::addCover(doc, in);
        if (options.has(ReportSection::Contents))
            doc.toc(report::Report::tr("Contents"));
        if (options.has(ReportSection::Summary))
            report::addSummary(doc, in);
        if (options.has(ReportSection::Map))
            report::addMap(doc, in);
        if (options.has(ReportSection::Charts))
            report::addCharts(doc, in);
        if (options.has(ReportSection::Breakdowns))
            report::addBreakdowns(doc, in);
        if (options.has(ReportSection::Operations))
            report::addOperations(doc, in);  // only with actuals
        if (options.has(ReportSection::Assumptions))
            report::addAssumptions(doc, in);
        if (options.has(ReportSection::Methods))
            report::addMethods(doc, in);
        if (options.has(ReportSection::DataSources))
            report::addDataSources(doc, in);
    }

    const report::ReportStyle style = report::ReportStyle::make(reportFamily());
    report::ReportLayout layout(doc, style, device);
    layout.paginate();

    QPainter painter;
    if (!painter.begin(device)) {
        *reason = report::Report::tr("the PDF writer could not start");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(style.body);
    report::RunningText running;
    running.headerLeft = QString::fromStdString(data.project.name);
    running.footerLeft = options.organisation;
    running.pageLabel = [](int page, int pages) { return report::Report::tr("Page %1 of %2").arg(page).arg(pages); };
    layout.paint(&painter, [&] { device->newPage(); }, running);
    const bool ok = painter.end();
    gLastPageCount = layout.pageCount();
    if (!ok)
        *reason = report::Report::tr("the PDF could not be completed");
    return ok;
}

} // namespace

Status ReportRenderer::render(const ProjectData &data, const std::vector<ScenarioResult> &results,
                              const ReportOptions &options, QIODevice *device)
{
    Status status;
    LanguageScope scope(options.language.isEmpty() ? currentLanguage() : options.language);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString reason;
    bool painted = false;
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setResolution(kResolution);
        writer.setTitle(report::Report::tr("%1 — capacity planning report").arg(QString::fromStdString(data.project.name)));
        writer.setCreator(QStringLiteral("ComputeAtlas %1").arg(QCoreApplication::applicationVersion()));
        painted = paintReport(data, results, options, &writer, &reason);
    }
    if (!painted) {
        status.problems.push_back(unwritable(QString(), reason));
        return status;
    }
    buffer.close();
    QByteArray pdf = buffer.buffer();
    static const QHash<char16_t, char16_t> radicals = report::radicalIdeographs(QFont(reportFamily()));
    report::fixToUnicode(pdf, radicals);
    if (device->write(pdf) != pdf.size())
        status.problems.push_back(unwritable(QString(), device->errorString()));
    return status;
}

Status ReportRenderer::render(const ProjectData &data, const std::vector<ScenarioResult> &results,
                              const ReportOptions &options, const QString &outPath)
{
    Status status;
    // Open the target first: an unwritable folder fails before the work, and QSaveFile
    // writes to a temporary file beside the target that only commit() renames over it.
    QSaveFile file(outPath);
    file.setDirectWriteFallback(false);
    if (QFileInfo(outPath).isDir() || !file.open(QIODevice::WriteOnly)) {
        status.problems.push_back(unwritable(outPath, QFileInfo(outPath).isDir()
                                                          ? report::Report::tr("it is a folder")
                                                          : file.errorString()));
        return status;
    }
    Status painted = render(data, results, options, &file);
    if (!painted) {
        file.cancelWriting();
        for (auto &p : painted.problems)
            if (p.code == Code::FileUnwritable && !p.args.empty())
                p.args[0] = outPath.toStdString();
        return painted;
    }
    if (!file.commit())
        status.problems.push_back(unwritable(outPath, file.errorString()));
    return status;
}

bool ReportRenderer::paint(const ProjectData &data, const std::vector<ScenarioResult> &results,
                           const ReportOptions &options, QPagedPaintDevice *device)
{
    LanguageScope scope(options.language.isEmpty() ? currentLanguage() : options.language);
    QString reason;
    return paintReport(data, results, options, device, &reason);
}

int ReportRenderer::lastPageCount()
{
    return gLastPageCount;
}

} // namespace atlas
