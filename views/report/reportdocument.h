#pragma once

// Report-internal: the report as a flow of blocks, before it is cut into pages.

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPainter;
class QRectF;

namespace atlas::report {

enum class Align { Left, Right, Center };

/** A table whose header row repeats on every page it runs onto. */
struct TableSpec {
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<Align> align;     ///< per column; missing columns are left-aligned
    std::vector<double> weights;  ///< relative column widths; empty = from the content
    std::vector<bool> strong;     ///< per row: drawn bold (totals)
};

/** Draws a figure into the rectangle it was given (device units, vector). */
using DrawFn = std::function<void(QPainter *, const QRectF &)>;

struct Block {
    enum Kind { Cover, Toc, Heading, Paragraph, Bullet, Caption, Note, Table, Figure, PageBreak };
    Kind kind = Paragraph;
    int level = 1;        ///< headings: 1 starts a page and is numbered, 2 is a subsection
    QString text;         ///< headings, paragraphs, captions; the figure's caption
    TableSpec table;
    DrawFn draw;          ///< cover and figures
    double heightMm = 0;  ///< figures
    bool inToc = true;    ///< headings
};

/** The report's content in reading order; ReportLayout cuts it into pages. */
class ReportDocument
{
public:
    /** The cover: a page of its own without running header or footer. */
    void cover(DrawFn draw);
    /** The table of contents under its own title; page numbers are filled in after layout. */
    void toc(const QString &title);
    /** Level 1 starts a new page and is numbered ("3  Map"); level 2 keeps with what follows. */
    void heading(int level, const QString &text, bool inToc = true);
    void paragraph(const QString &text);
    void bullet(const QString &text);
    /** A table or figure title: kept on the page of what follows. */
    void caption(const QString &text);
    /** Small grey text: sources, footnotes, explanations of a table. */
    void note(const QString &text);
    void table(TableSpec table);
    void figure(double heightMm, DrawFn draw, const QString &caption = QString());
    void pageBreak();

    const std::vector<Block> &blocks() const { return mBlocks; }

private:
    std::vector<Block> mBlocks;
    int mChapter = 0;
};

} // namespace atlas::report
