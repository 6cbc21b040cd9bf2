#pragma once

#include "engine/results.h"
#include "model/problem.h"
#include "reportoptions.h"
#include "storage/projectfile.h"

#include <QString>

#include <vector>

class QIODevice;
class QPagedPaintDevice;

namespace atlas {

/**
 * Writes the PDF report (A4, vector figures, embedded Noto Sans CJK SC) for a project
 * and the results of its chosen scenarios. The app's report dialog and
 * `computeatlas-cli report` both call it, so they write the same document.
 *
 * Rendering switches the application's language to the report's while it runs and
 * restores it afterwards; it must run on the GUI thread of a QGuiApplication.
 */
class ReportRenderer
{
public:
    /**
     * Renders to `outPath` atomically: the PDF is written to a temporary file in the
     * target folder and renamed over the target only when complete. Any failure leaves
     * no file behind and is reported as FileUnwritable {path, reason}.
     * `results` holds one result per id in options.scenarios, in that order.
     */
    static Status render(const ProjectData &data, const std::vector<ScenarioResult> &results,
                         const ReportOptions &options, const QString &outPath);

    /** As render(), into an open device (e.g. a QBuffer for a preview). */
    static Status render(const ProjectData &data, const std::vector<ScenarioResult> &results,
                         const ReportOptions &options, QIODevice *device);

    /**
     * Paints the same pages onto another paged device, e.g. the report dialog's preview
     * printer. Set the device to `kResolution` first, so that text wraps as in the PDF.
     */
    static bool paint(const ProjectData &data, const std::vector<ScenarioResult> &results,
                      const ReportOptions &options, QPagedPaintDevice *device);

    /** The PDF's resolution in dots per inch. */
    static constexpr int kResolution = 300;

    /** Page count of the last report rendered on this thread (for previews and tests). */
    static int lastPageCount();
};

} // namespace atlas
