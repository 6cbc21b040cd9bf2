#include "labelitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

namespace atlas {

LabelItem::LabelItem(const QString &text, const QFont &font)
    : mText(text)
    , mFont(font)
{
    const QFontMetricsF fm(font);
    mSize = QSizeF(fm.horizontalAdvance(text) + 4, fm.height() + 2);
    setFlag(ItemIgnoresTransformations);
    setAcceptedMouseButtons(Qt::NoButton);
    setCacheMode(DeviceCoordinateCache);
    setZValue(60);
}

void LabelItem::setOffset(QPointF offset)
{
    if (offset == mOffset)
        return;
    prepareGeometryChange();
    mOffset = offset;
}

QRectF LabelItem::boundingRect() const
{
    return QRectF(mOffset, mSize);
}

void LabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QFontMetricsF fm(mFont);
    const QPointF base = mOffset + QPointF(2, 1 + fm.ascent());
    QPainterPath path;
    path.addText(base, mFont, mText);
    painter->setPen(QPen(QColor(255, 255, 255, 230), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setFont(mFont);
    painter->setPen(QColor(0x22, 0x22, 0x22));
    painter->drawText(base, mText);
}

} // namespace atlas
