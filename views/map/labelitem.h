#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QString>

namespace atlas {

/**
 * A map label with a white halo, in screen pixels (it keeps its size when zooming).
 * Its position is the labelled point; setOffset() moves the text around it, as the
 * view's label placement decides.
 */
class LabelItem : public QGraphicsItem
{
public:
    LabelItem(const QString &text, const QFont &font);

    /** The text's size in pixels. */
    QSizeF textSize() const { return mSize; }
    /** Top-left of the text relative to the labelled point, in pixels. */
    void setOffset(QPointF offset);
    QPointF offset() const { return mOffset; }
    QString text() const { return mText; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString mText;
    QFont mFont;
    QSizeF mSize;
    QPointF mOffset;
};

} // namespace atlas
