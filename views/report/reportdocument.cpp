#include "reportdocument.h"

namespace atlas::report {

void ReportDocument::cover(DrawFn draw)
{
    Block b;
    b.kind = Block::Cover;
    b.draw = std::move(draw);
    mBlocks.push_back(std::move(b));
}

void ReportDocument::toc(const QString &title)
{
    Block b;
    b.kind = Block::Toc;
    b.text = title;
    mBlocks.push_back(std::move(b));
}

void ReportDocument::heading(int level, const QString &text, bool inToc)
{
    Block b;
    b.kind = Block::Heading;
    b.level = level;
    b.inToc = inToc;
    b.text = level == 1 ? QStringLiteral("%1  %2").arg(++mChapter).arg(text) : text;
    mBlocks.push_back(std::move(b));
}

void ReportDocument::paragraph(const QString &text)
{
    Block b;
    b.kind = Block::Paragraph;
    b.text = text;
    mBlocks.push_back(std::move(b));
}

void ReportDocument::bullet(const QString &text)
{
    Block b;
    b.kind = Block::Bullet;
    b.text = text;
    mBlocks.push_back(std::move(b));
}

void ReportDocument::caption(const QString &text)
{
    Block b;
    b.kind = Block::Caption;
    b.text = text;
    mBlocks.push_back(std::move(b));
}

void ReportDocument::note(const QString &text)
{
    Block b;
    b.kind = Block::Note;
    b.text = text;
    mBlocks.push_back(std::move(b));
}

void ReportDocument::table(TableSpec table)
{
    Block b;
    b.kind = Block::Table;
    b.table = std::move(table);
    mBlocks.push_back(std::move(b));
}

void ReportDocument::figure(double heightMm, DrawFn draw, const QString &caption)
{
    Block b;
    b.kind = Block::Figure;
    b.heightMm = heightMm;
    b.draw = std::move(draw);
    b.text = caption;
    mBlocks.push_back(std::move(b));
}

void ReportDocument::pageBreak()
{
    Block b;
    b.kind = Block::PageBreak;
    mBlocks.push_back(std::move(b));
}

} // namespace atlas::report
