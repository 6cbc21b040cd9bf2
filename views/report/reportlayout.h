#pragma once

// Report-internal: cuts a ReportDocument into A4 pages and paints them.

#include "reportdocument.h"

#include <QColor>
#include <QFont>
#include <QRectF>

#include <functional>
#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;

namespace atlas::report {

/** Fonts and colours of the report. */
struct ReportStyle {
    QFont body, h1, h2, caption, note, table, tableStrong, tableHeader, running, toc, tocChapter;
    QColor text{0x20, 0x20, 0x20};
    QColor muted{0x60, 0x66, 0x70};
    QColor accent{0x1f, 0x4e, 0x79};
    QColor rule{0xb0, 0xb8, 0xc0};
    QColor headerFill{0xe4, 0xeb, 0xf2};
    QColor zebra{0xf5, 0xf7, 0xf9};
    double lineSpacing = 1.25;

    /** The report style in one family (Noto Sans CJK SC), whatever the system locale. */
    static ReportStyle make(const QString &family);
};

/** What the running header and footer say. */
struct RunningText {
    QString headerLeft;   ///< the project's name
    QString footerLeft;   ///< the organisation
    std::function<QString(int page, int pages)> pageLabel;  ///< "Page 3 of 12"
};

/**
 * Two passes: paginate() measures every block at the page width and places it on pages
 * (headings keep with what follows, paragraphs avoid single orphan or widow lines,
 * tables repeat their header row on every page); paint() then draws the pages, the
 * table of contents with the page numbers the first pass found, and the running
 * header and footer.
 */
class ReportLayout
{
public:
    /** `device` gives the font metrics (the PDF writer); units are its pixels. */
    ReportLayout(const ReportDocument &document, const ReportStyle &style, const QPaintDevice *device);
    ~ReportLayout();

    void paginate();
    int pageCount() const;
    /** Paints every page; `newPage` is called before each page after the first. */
    void paint(QPainter *painter, const std::function<void()> &newPage, const RunningText &running) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace atlas::report
