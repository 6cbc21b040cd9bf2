// The cover page: project, scenarios, date, organisation and an optional logo.
#include "reportcontent.h"
#include "reportlayout.h"
#include "reporttext.h"
#include "reporttextbox.h"

#include <QDate>
#include <QImageReader>
#include <QPainter>

namespace atlas::report {

void addCover(ReportDocument &doc, const ReportInput &in)
{
    const QString title = QString::fromStdString(in.project().name);
    QStringList scenarios;
    for (int s = 0; s < int(in.results.size()); ++s)
        scenarios << (s == in.baseline ? Report::tr("%1 — baseline").arg(in.scenarioName(s)) : in.scenarioName(s));
    const QString date = in.locale.toString(QDate::currentDate(), Report::tr("MMMM d, yyyy"));
    const QString missing = in.options.missing.isEmpty()
                                ? QString()
                                : Report::tr("Not included, without current results: %1").arg(in.missingNames());
    const QString organisation = in.options.organisation;
    const QString logoPath = in.options.logoPath;
    const QString family = QFont().family();

    doc.cover([=](QPainter *p, const QRectF &page) {
        const ReportStyle style = ReportStyle::make(p->font().family().isEmpty() ? family : p->font().family());
        const QPaintDevice *device = p->device();
        const double mm = device->logicalDpiX() / 25.4;
        const double left = page.left() + 25 * mm;
        const double width = page.width() - 50 * mm;

        p->fillRect(QRectF(page.left(), page.top(), page.width(), 14 * mm), style.accent);
        if (!logoPath.isEmpty()) {
            QImageReader reader(logoPath);
            reader.setAutoTransform(true);
            const QImage logo = reader.read();
            if (!logo.isNull()) {
                QSizeF size = logo.size();
                size.scale(QSizeF(45 * mm, 22 * mm), Qt::KeepAspectRatio);
                p->drawImage(QRectF(QPointF(page.right() - 25 * mm - size.width(), page.top() + 24 * mm), size), logo);
            }
        }

        QFont big = style.h1;
        big.setPointSizeF(26);
        QFont sub = style.h2;
        sub.setBold(false);
        sub.setPointSizeF(14);
        double y = page.top() + page.height() * 0.30;
        p->setPen(style.muted);
        TextBox kicker = TextBox::make(Report::tr("Compute capacity planning report"), sub, width, Align::Left, device, 1.2);
        kicker.draw(p, QPointF(left, y), 0, kicker.lineCount());
        y += kicker.height + 5 * mm;
        p->setPen(style.accent);
        TextBox name = TextBox::make(title, big, width, Align::Left, device, 1.15);
        name.draw(p, QPointF(left, y), 0, name.lineCount());
        y += name.height + 6 * mm;
        p->setPen(QPen(style.accent, 0.8 * mm));
        p->drawLine(QPointF(left, y), QPointF(left + 40 * mm, y));
        y += 10 * mm;

        p->setPen(style.text);
        TextBox heading = TextBox::make(Report::tr("Scenarios"), style.h2, width, Align::Left, device, 1.2);
        heading.draw(p, QPointF(left, y), 0, heading.lineCount());
        y += heading.height + 2 * mm;
        for (const QString &s : scenarios) {
            TextBox line = TextBox::make(s, style.body, width, Align::Left, device, 1.25);
            if (y + line.height > page.bottom() - 60 * mm)
                break;
            line.draw(p, QPointF(left, y), 0, line.lineCount());
            y += line.height + 1.5 * mm;
        }
        if (!missing.isEmpty()) {
            p->setPen(style.muted);
            TextBox line = TextBox::make(missing, style.note, width, Align::Left, device, 1.25);
            line.draw(p, QPointF(left, y + 1.5 * mm), 0, line.lineCount());
            p->setPen(style.text);
        }

        double bottom = page.bottom() - 30 * mm;
        p->setPen(QPen(style.rule, 0.3 * mm));
        p->drawLine(QPointF(left, bottom - 22 * mm), QPointF(left + width, bottom - 22 * mm));
        p->setPen(style.text);
        QStringList lines;
        if (!organisation.isEmpty())
            lines << organisation;
        lines << date << Report::tr("Prepared with ComputeAtlas %1").arg(QCoreApplication::applicationVersion());
        double ly = bottom - 18 * mm;
        for (int i = 0; i < lines.size(); ++i) {
            TextBox line = TextBox::make(lines.at(i), i == 0 && !organisation.isEmpty() ? style.h2 : style.body, width,
                                         Align::Left, device, 1.2);
            line.draw(p, QPointF(left, ly), 0, line.lineCount());
            ly += line.height + 1.5 * mm;
        }
    });
}

void drawPlaceholder(QPainter *p, const QRectF &rect, const QString &text)
{
    const double mm = p->device()->logicalDpiX() / 25.4;
    const ReportStyle style = ReportStyle::make(p->font().family());
    const QRectF box = rect.adjusted(1 * mm, 1 * mm, -1 * mm, -1 * mm);
    p->save();
    p->setPen(QPen(style.rule, 0.4 * mm, Qt::DashLine));
    p->setBrush(style.zebra);
    p->drawRect(box);
    p->setPen(style.muted);
    TextBox t = TextBox::make(text, style.body, box.width() - 20 * mm, Align::Center, p->device(), 1.3);
    t.draw(p, QPointF(box.left() + 10 * mm, box.center().y() - t.height / 2), 0, t.lineCount());
    p->restore();
}

} // namespace atlas::report
