#include "reporttextbox.h"

#include <QPainter>
#include <QTextLayout>

namespace atlas::report {

TextBox TextBox::make(const QString &text, const QFont &font, double width, Align align,
                      const QPaintDevice *device, double lineSpacing)
{
    TextBox box;
    if (text.isEmpty())
        return box;
    QString prepared = text;
    prepared.replace(u'\n', QChar::LineSeparator);
    box.mLayout = std::make_shared<QTextLayout>(prepared, font, const_cast<QPaintDevice *>(device));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(align == Align::Right ? Qt::AlignRight : align == Align::Center ? Qt::AlignHCenter
                                                                                         : Qt::AlignLeft);
    box.mLayout->setTextOption(option);
    box.mLayout->setCacheEnabled(true);
    box.mLayout->beginLayout();
    double y = 0;
    box.mTops.clear();
    for (;;) {
        QTextLine line = box.mLayout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        box.mTops.push_back(y);
        y += line.height() * lineSpacing;
    }
    box.mLayout->endLayout();
    // The last line needs no leading below it.
    if (box.mLayout->lineCount() > 0) {
        const QTextLine last = box.mLayout->lineAt(box.mLayout->lineCount() - 1);
        y = last.y() + last.height();
    }
    box.mTops.push_back(y);
    box.height = y;
    return box;
}

double TextBox::firstLineCenter() const
{
    if (!mLayout || mLayout->lineCount() == 0)
        return 0;
    const QTextLine line = mLayout->lineAt(0);
    return line.y() + line.ascent() - line.ascent() * 0.35;
}

double TextBox::lastBaseline() const
{
    if (!mLayout || mLayout->lineCount() == 0)
        return 0;
    const QTextLine line = mLayout->lineAt(mLayout->lineCount() - 1);
    return line.y() + line.ascent();
}

double TextBox::lastLineWidth() const
{
    if (!mLayout || mLayout->lineCount() == 0)
        return 0;
    return mLayout->lineAt(mLayout->lineCount() - 1).naturalTextWidth();
}

void TextBox::draw(QPainter *painter, QPointF origin, int from, int to) const
{
    if (!mLayout)
        return;
    const QPointF offset(origin.x(), origin.y() - top(from));
    for (int k = from; k < to && k < mLayout->lineCount(); ++k)
        mLayout->lineAt(k).draw(painter, offset);
}

} // namespace atlas::report
