#include "reportlayout.h"

#include "reporttextbox.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <map>

namespace atlas::report {

ReportStyle ReportStyle::make(const QString &family)
{
    auto font = [&](double pt, bool bold = false) {
        QFont f(family);
        f.setPointSizeF(pt);
        f.setBold(bold);
        f.setKerning(true);
        // No OpenType shaping for Latin: Noto Sans CJK substitutes digits after letters with
        // glyphs outside its cmap, which Qt's PDF text layer cannot map back (they would
        // vanish from copied and searched text). CJK needs no shaping either.
        f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
        return f;
    };
    ReportStyle s;
    s.body = font(10);
    s.h1 = font(18, true);
    s.h2 = font(12.5, true);
    s.caption = font(9.5, true);
    s.note = font(8.5);
    s.table = font(8.5);
    s.tableStrong = font(8.5, true);
    s.tableHeader = font(8.5, true);
    s.running = font(8);
    s.toc = font(10);
    s.tocChapter = font(10.5, true);
    return s;
}

namespace {

/** A block's share of one page: lines [from, to) of a text or rows [from, to) of a table. */
struct Placed {
    int block = 0;
    double y = 0;       ///< top, from the top of the body area
    int from = 0;
    int to = 0;
    double height = 0;
};

struct Page {
    std::vector<Placed> items;
    bool cover = false;
    QString section;    ///< the chapter in force, for the running header
};

struct TocEntry {
    int block = 0;
    int level = 1;
};

} // namespace

struct ReportLayout::Impl {
    const ReportDocument &doc;
    ReportStyle style;
    const QPaintDevice *device;
    double mm = 0;          ///< device pixels per millimetre
    QRectF pageRect;
    QRectF body;

    std::vector<TextBox> texts;                   ///< per block (headings, paragraphs, captions)
    std::vector<std::vector<double>> colWidths;   ///< per table block
    std::vector<std::vector<std::vector<TextBox>>> cells; ///< per table block: [row][col], row 0 = header
    std::vector<TocEntry> toc;
    std::vector<TextBox> tocLines;
    std::vector<Page> pages;
    std::map<int, int> headingPage;               ///< block → page index

    Impl(const ReportDocument &d, const ReportStyle &s, const QPaintDevice *dev)
        : doc(d), style(s), device(dev)
    {
        mm = dev->logicalDpiX() / 25.4;
        pageRect = QRectF(0, 0, dev->width(), dev->height());
        body = pageRect.adjusted(22 * mm, 24 * mm, -20 * mm, -22 * mm);
    }

    double spaceBefore(const Block &b) const
    {
        switch (b.kind) {
        case Block::Heading: return b.level == 1 ? 0 : 5 * mm;
        case Block::Caption: return 2.5 * mm;
        default: return 0;
        }
    }
    double spaceAfter(const Block &b) const
    {
        switch (b.kind) {
        case Block::Heading: return b.level == 1 ? 6 * mm : 2.5 * mm;
        case Block::Paragraph: return 2.5 * mm;
        case Block::Bullet: return 1.2 * mm;
        case Block::Caption: return 1.5 * mm;
        case Block::Note: return 3 * mm;
        case Block::Table:
        case Block::Figure: return 5 * mm;
        default: return 0;
        }
    }
    double bulletIndent() const { return 5 * mm; }
    double cellPadX() const { return 1.4 * mm; }
    double cellPadY() const { return 0.9 * mm; }

    void prepare();
    void prepareTable(int index, const TableSpec &t);
    double minStart(int index) const;
    double tableRowHeight(int index, int row) const;
    void layout();

    void paintPage(QPainter *p, int index, const RunningText &running) const;
    void paintText(QPainter *p, const TextBox &box, double x, double y, int from, int to) const;
    void paintTable(QPainter *p, int block, const Placed &at) const;
    void paintToc(QPainter *p, const Placed &at) const;
};

void ReportLayout::Impl::prepare()
{
    const auto &blocks = doc.blocks();
    texts.resize(blocks.size());
    colWidths.resize(blocks.size());
    cells.resize(blocks.size());
    const double w = body.width();
    for (int i = 0; i < int(blocks.size()); ++i) {
        const Block &b = blocks[size_t(i)];
        switch (b.kind) {
        case Block::Heading:
            texts[size_t(i)] = TextBox::make(b.text, b.level == 1 ? style.h1 : style.h2, w, Align::Left,
                                             device, 1.15);
            if (b.inToc)
                toc.push_back({i, b.level});
            break;
        case Block::Paragraph:
            texts[size_t(i)] = TextBox::make(b.text, style.body, w, Align::Left, device, style.lineSpacing);
            break;
        case Block::Bullet:
            texts[size_t(i)] = TextBox::make(b.text, style.body, w - bulletIndent(), Align::Left, device,
                                             style.lineSpacing);
            break;
        case Block::Caption:
            texts[size_t(i)] = TextBox::make(b.text, style.caption, w, Align::Left, device, 1.2);
            break;
        case Block::Note:
            texts[size_t(i)] = TextBox::make(b.text, style.note, w, Align::Left, device, 1.25);
            break;
        case Block::Figure:
            if (!b.text.isEmpty())
                texts[size_t(i)] = TextBox::make(b.text, style.note, w, Align::Center, device, 1.2);
            break;
        case Block::Table:
            prepareTable(i, b.table);
            break;
        default:
            break;
        }
    }
    // The contents: one line per entry; the page number column is measured for "999".
    const double numberWidth = QFontMetricsF(style.toc, device).horizontalAdvance(QStringLiteral("9999"));
    for (const auto &e : toc) {
        const double indent = e.level == 1 ? 0 : 8 * mm;
        tocLines.push_back(TextBox::make(blocks[size_t(e.block)].text, e.level == 1 ? style.tocChapter : style.toc,
                                         w - indent - numberWidth - 6 * mm, Align::Left, device, 1.2));
    }
}

void ReportLayout::Impl::prepareTable(int index, const TableSpec &t)
{
    const int cols = int(t.header.size());
    const double avail = body.width();
    std::vector<double> widths(size_t(cols), 0.0);
    if (int(t.weights.size()) == cols) {
        double sum = 0;
        for (double v : t.weights)
            sum += v;
        for (int c = 0; c < cols; ++c)
            widths[size_t(c)] = avail * t.weights[size_t(c)] / (sum > 0 ? sum : 1);
    } else {
        // Natural widths from the content; when they do not fit, every column keeps up to
        // a fair share and the wide ones split the rest in proportion to their excess.
        QFontMetricsF body(style.table, device), head(style.tableHeader, device);
        std::vector<double> natural(size_t(cols), 0.0);
        auto widest = [](const QFontMetricsF &fm, const QString &text) {
            double m = 0;
            for (const QString &part : text.split(u'\n'))
                m = std::max(m, fm.horizontalAdvance(part));
            return m;
        };
        for (int c = 0; c < cols; ++c)
            natural[size_t(c)] = widest(head, t.header.at(c));
        for (const auto &row : t.rows)
            for (int c = 0; c < cols && c < row.size(); ++c)
                natural[size_t(c)] = std::max(natural[size_t(c)], widest(body, row.at(c)));
        double total = 0;
        for (double &n : natural) {
            n += 2 * cellPadX() + 0.5 * mm;
            total += n;
        }
        if (total <= avail) {
            for (int c = 0; c < cols; ++c)
                widths[size_t(c)] = natural[size_t(c)] * avail / total;
        } else {
            const double fair = avail / cols;
            double used = 0, excess = 0;
            for (int c = 0; c < cols; ++c) {
                widths[size_t(c)] = std::min(natural[size_t(c)], fair);
                used += widths[size_t(c)];
                excess += natural[size_t(c)] - widths[size_t(c)];
            }
            for (int c = 0; c < cols && excess > 0; ++c)
                widths[size_t(c)] += (avail - used) * (natural[size_t(c)] - widths[size_t(c)]) / excess;
        }
    }
    colWidths[size_t(index)] = widths;

    auto &grid = cells[size_t(index)];
    grid.resize(t.rows.size() + 1);
    auto alignOf = [&](int c) { return c < int(t.align.size()) ? t.align[size_t(c)] : Align::Left; };
    for (int c = 0; c < cols; ++c)
        grid[0].push_back(TextBox::make(t.header.at(c), style.tableHeader, widths[size_t(c)] - 2 * cellPadX(),
                                        alignOf(c), device, 1.15));
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const bool strong = r < t.strong.size() && t.strong[r];
        for (int c = 0; c < cols; ++c)
            grid[r + 1].push_back(TextBox::make(c < t.rows[r].size() ? t.rows[r].at(c) : QString(),
                                                strong ? style.tableStrong : style.table,
                                                widths[size_t(c)] - 2 * cellPadX(), alignOf(c), device, 1.15));
    }
}

double ReportLayout::Impl::tableRowHeight(int index, int row) const
{
    double h = 0;
    for (const auto &cell : cells[size_t(index)][size_t(row)])
        h = std::max(h, cell.height);
    return h + 2 * cellPadY();
}

/** The least of a block that must share a page with the heading or caption before it. */
double ReportLayout::Impl::minStart(int index) const
{
    const auto &blocks = doc.blocks();
    if (index >= int(blocks.size()))
        return 0;
    const Block &b = blocks[size_t(index)];
    switch (b.kind) {
    case Block::Paragraph:
    case Block::Bullet:
    case Block::Note: {
        const TextBox &t = texts[size_t(index)];
        const int n = std::min(2, t.lineCount());
        return n == 0 ? 0 : t.top(n);
    }
    case Block::Table:
        return tableRowHeight(index, 0) + (cells[size_t(index)].size() > 1 ? tableRowHeight(index, 1) : 0);
    case Block::Figure:
        return std::min(b.heightMm * mm + texts[size_t(index)].height + 2 * mm, body.height() / 2);
    case Block::Caption:
    case Block::Heading:
        return texts[size_t(index)].height + spaceAfter(b) + minStart(index + 1);
    default:
        return 0;
    }
}

void ReportLayout::Impl::layout()
{
    const auto &blocks = doc.blocks();
    const double H = body.height();
    pages.clear();
    pages.emplace_back();
    double y = 0;
    QString section;
    bool breakBefore = false;

    auto newPage = [&] {
        pages.emplace_back();
        pages.back().section = section;
        y = 0;
    };
    auto pageEmpty = [&] { return pages.back().items.empty() && !pages.back().cover; };

    for (int i = 0; i < int(blocks.size()); ++i) {
        const Block &b = blocks[size_t(i)];
        if (breakBefore && !pageEmpty())
            newPage();
        breakBefore = false;
        const double before = y > 0 ? spaceBefore(b) : 0;
        switch (b.kind) {
        case Block::Cover:
            if (!pageEmpty())
                newPage();
            pages.back().cover = true;
            pages.back().items.push_back({i, 0, 0, 0, H});
            breakBefore = true;
            break;
        case Block::PageBreak:
            if (!pageEmpty())
                newPage();
            break;
        case Block::Toc: {
            if (!pageEmpty())
                newPage();
            const double titleHeight = QFontMetricsF(style.h1, device).height() + spaceAfter(Block{Block::Heading});
            pages.back().items.push_back({i, 0, -1, -1, titleHeight});  // the title
            y = titleHeight;
            for (int e = 0; e < int(tocLines.size()); ++e) {
                const double gap = toc[size_t(e)].level == 1 ? 2.2 * mm : 0.8 * mm;
                const double h = tocLines[size_t(e)].height + gap;
                if (y + h > H)
                    newPage();
                pages.back().items.push_back({i, y + gap, e, e + 1, tocLines[size_t(e)].height});
                y += h;
            }
            breakBefore = true;
            break;
        }
        case Block::Heading:
        case Block::Caption: {
            if (b.kind == Block::Heading && b.level == 1) {
                if (!pageEmpty())
                    newPage();
                section = b.text;
                pages.back().section = section;
            } else {
                const double need = before + texts[size_t(i)].height + spaceAfter(b) + minStart(i + 1);
                if (y > 0 && y + need > H)
                    newPage();
            }
            const double top = y > 0 ? y + spaceBefore(b) : 0;
            pages.back().items.push_back({i, top, 0, texts[size_t(i)].lineCount(), texts[size_t(i)].height});
            if (b.kind == Block::Heading)
                headingPage[i] = int(pages.size()) - 1;
            y = top + texts[size_t(i)].height + spaceAfter(b);
            break;
        }
        case Block::Paragraph:
        case Block::Bullet:
        case Block::Note: {
            const TextBox &t = texts[size_t(i)];
            const int n = t.lineCount();
            int from = 0;
            y += before;
            while (from < n) {
                int fit = from;
                while (fit < n && y + (t.top(fit + 1) - t.top(from)) <= H)
                    ++fit;
                int take = fit - from;
                // No single first line at a page foot, no single last line at a page head.
                if (take < n - from) {
                    if (take == 1 && n - from > 1)
                        take = 0;
                    else if (n - (from + take) == 1 && take > 2)
                        take -= 1;
                }
                if (take == 0) {
                    if (y == 0) // a line taller than a page: place it anyway
                        take = 1;
                    else {
                        newPage();
                        continue;
                    }
                }
                const double h = t.top(from + take) - t.top(from);
                pages.back().items.push_back({i, y, from, from + take, h});
                y += h;
                from += take;
                if (from < n)
                    newPage();
            }
            y += spaceAfter(b);
            break;
        }
        case Block::Table: {
            const int rows = int(cells[size_t(i)].size());
            const double header = tableRowHeight(i, 0);
            int from = 1;
            y += before;
            if (rows > 1 && y > 0 && y + header + tableRowHeight(i, 1) > H)
                newPage();
            do {
                double h = header;
                int to = from;
                while (to < rows && (y + h + tableRowHeight(i, to) <= H || to == from))
                    h += tableRowHeight(i, to++);
                pages.back().items.push_back({i, y, from, to, h});
                y += h;
                from = to;
                if (from < rows)
                    newPage();
            } while (from < rows);
            y += spaceAfter(b);
            break;
        }
        case Block::Figure: {
            const double captionHeight = texts[size_t(i)].height > 0 ? texts[size_t(i)].height + 2 * mm : 0;
            double h = b.heightMm * mm;
            if (y > 0 && y + before + h + captionHeight > H)
                newPage();
            h = std::min(h, H - y - captionHeight);
            pages.back().items.push_back({i, y, 0, 0, h});
            y += h + captionHeight + spaceAfter(b);
            break;
        }
        }
    }
    if (pages.size() > 1 && pages.back().items.empty() && !pages.back().cover)
        pages.pop_back();
}

ReportLayout::ReportLayout(const ReportDocument &document, const ReportStyle &style, const QPaintDevice *device)
    : d(std::make_unique<Impl>(document, style, device))
{
}

ReportLayout::~ReportLayout() = default;

void ReportLayout::paginate()
{
    d->prepare();
    d->layout();
}

int ReportLayout::pageCount() const
{
    return int(d->pages.size());
}

void ReportLayout::paint(QPainter *painter, const std::function<void()> &newPage, const RunningText &running) const
{
    for (int p = 0; p < int(d->pages.size()); ++p) {
        if (p > 0)
            newPage();
        d->paintPage(painter, p, running);
    }
}

void ReportLayout::Impl::paintText(QPainter *p, const TextBox &box, double x, double y, int from, int to) const
{
    box.draw(p, QPointF(x, y), from, to);
}

void ReportLayout::Impl::paintPage(QPainter *p, int index, const RunningText &running) const
{
    const Page &page = pages[size_t(index)];
    const auto &blocks = doc.blocks();
    p->setPen(style.text);
    if (!page.cover) {
        // Running header: the project on the left, the chapter on the right, a rule below.
        const double top = body.top() - 9 * mm;
        QFontMetricsF fm(style.running, device);
        p->setFont(style.running);
        p->setPen(style.muted);
        const double half = body.width() / 2 - 2 * mm;
        p->drawText(QPointF(body.left(), top), fm.elidedText(running.headerLeft, Qt::ElideRight, half));
        const QString section = fm.elidedText(page.section, Qt::ElideRight, half);
        p->drawText(QPointF(body.right() - fm.horizontalAdvance(section), top), section);
        p->setPen(QPen(style.rule, 0.25 * mm));
        p->drawLine(QPointF(body.left(), top + 2 * mm), QPointF(body.right(), top + 2 * mm));
        // Footer: the organisation on the left, the page on the right.
        const double foot = body.bottom() + 12 * mm;
        p->setPen(style.muted);
        p->drawText(QPointF(body.left(), foot), fm.elidedText(running.footerLeft, Qt::ElideRight, half));
        const QString label = running.pageLabel ? running.pageLabel(index + 1, int(pages.size())) : QString();
        p->drawText(QPointF(body.right() - fm.horizontalAdvance(label), foot), label);
        p->setPen(style.text);
    }
    for (const Placed &at : page.items) {
        const Block &b = blocks[size_t(at.block)];
        const double y = body.top() + at.y;
        switch (b.kind) {
        case Block::Cover:
            p->save();
            b.draw(p, pageRect);
            p->restore();
            break;
        case Block::Toc:
            paintToc(p, at);
            break;
        case Block::Heading:
            p->setPen(style.accent);
            paintText(p, texts[size_t(at.block)], body.left(), y, at.from, at.to);
            if (b.level == 1) {
                const double under = y + texts[size_t(at.block)].height + 1.5 * mm;
                p->setPen(QPen(style.accent, 0.5 * mm));
                p->drawLine(QPointF(body.left(), under), QPointF(body.right(), under));
            }
            p->setPen(style.text);
            break;
        case Block::Paragraph:
        case Block::Caption:
            paintText(p, texts[size_t(at.block)], body.left(), y, at.from, at.to);
            break;
        case Block::Note:
            p->setPen(style.muted);
            paintText(p, texts[size_t(at.block)], body.left(), y, at.from, at.to);
            p->setPen(style.text);
            break;
        case Block::Bullet: {
            if (at.from == 0) {
                const TextBox &t = texts[size_t(at.block)];
                const double r = 0.6 * mm;
                const double cy = y + t.firstLineCenter();
                p->save();
                p->setPen(Qt::NoPen);
                p->setBrush(style.accent);
                p->drawEllipse(QPointF(body.left() + 1.8 * mm, cy), r, r);
                p->restore();
            }
            paintText(p, texts[size_t(at.block)], body.left() + bulletIndent(), y, at.from, at.to);
            break;
        }
        case Block::Table:
            paintTable(p, at.block, at);
            break;
        case Block::Figure: {
            const QRectF rect(body.left(), y, body.width(), at.height);
            p->save();
            p->setClipRect(rect.adjusted(-1, -1, 1, 1));
            b.draw(p, rect);
            p->restore();
            if (texts[size_t(at.block)].height > 0) {
                p->setPen(style.muted);
                paintText(p, texts[size_t(at.block)], body.left(), rect.bottom() + 2 * mm, 0,
                          texts[size_t(at.block)].lineCount());
                p->setPen(style.text);
            }
            break;
        }
        case Block::PageBreak:
            break;
        }
    }
}

void ReportLayout::Impl::paintTable(QPainter *p, int block, const Placed &at) const
{
    const auto &grid = cells[size_t(block)];
    const auto &widths = colWidths[size_t(block)];
    double y = body.top() + at.y;
    auto drawRow = [&](int row, const QColor &fill) {
        const double h = tableRowHeight(block, row);
        if (fill.isValid())
            p->fillRect(QRectF(body.left(), y, body.width(), h), fill);
        double x = body.left();
        p->setPen(style.text);
        for (size_t c = 0; c < grid[size_t(row)].size(); ++c) {
            grid[size_t(row)][c].draw(p, QPointF(x + cellPadX(), y + cellPadY()), 0,
                                      grid[size_t(row)][c].lineCount());
            x += widths[c];
        }
        y += h;
    };
    const double top = y;
    drawRow(0, style.headerFill);
    p->setPen(QPen(style.text, 0.2 * mm));
    p->drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    for (int r = at.from; r < at.to; ++r) {
        drawRow(r, (r % 2 == 0) ? style.zebra : QColor());
    }
    p->setPen(QPen(style.text, 0.35 * mm));
    p->drawLine(QPointF(body.left(), top), QPointF(body.right(), top));
    p->drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    p->setPen(style.text);
}

void ReportLayout::Impl::paintToc(QPainter *p, const Placed &at) const
{
    const Block &b = doc.blocks()[size_t(at.block)];
    const double y = body.top() + at.y;
    if (at.from < 0) {
        QFontMetricsF fm(style.h1, device);
        p->setFont(style.h1);
        p->setPen(style.accent);
        p->drawText(QPointF(body.left(), y + fm.ascent()), b.text);
        p->setPen(QPen(style.accent, 0.5 * mm));
        p->drawLine(QPointF(body.left(), y + fm.height() + 1.5 * mm), QPointF(body.right(), y + fm.height() + 1.5 * mm));
        p->setPen(style.text);
        return;
    }
    const TocEntry &e = toc[size_t(at.from)];
    const TextBox &line = tocLines[size_t(at.from)];
    const double indent = e.level == 1 ? 0 : 8 * mm;
    p->setPen(style.text);
    line.draw(p, QPointF(body.left() + indent, y), 0, line.lineCount());
    const auto page = headingPage.find(e.block);
    const QString number = page == headingPage.end() ? QString() : QString::number(page->second + 1);
    const QFont &font = e.level == 1 ? style.tocChapter : style.toc;
    QFontMetricsF fm(font, device);
    const double baseline = y + line.lastBaseline();
    p->setFont(font);
    p->drawText(QPointF(body.right() - fm.horizontalAdvance(number), baseline), number);
    // Dot leaders from the end of the title's last line to the number.
    const double from = body.left() + indent + line.lastLineWidth() + 2 * mm;
    const double to = body.right() - fm.horizontalAdvance(number) - 2 * mm;
    if (to > from) {
        QPen dots(style.rule, 0.35 * mm, Qt::DotLine);
        p->setPen(dots);
        p->drawLine(QPointF(from, baseline), QPointF(to, baseline));
        p->setPen(style.text);
    }
}

} // namespace atlas::report
