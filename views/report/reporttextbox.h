#pragma once

// Report-internal: a text laid out at a fixed width, with line breaking for CJK and Latin.

#include "reportdocument.h"

#include <QFont>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace atlas::report {

/**
 * Text broken into lines by QTextLayout (Unicode line breaking: between CJK characters
 * as well as at spaces; overlong words break anywhere). '\n' starts a new line.
 */
class TextBox
{
public:
    static TextBox make(const QString &text, const QFont &font, double width, Align align,
                        const QPaintDevice *device, double lineSpacing);

    int lineCount() const { return int(mTops.size()) - 1; }
    /** Top of line k from the top of the text; top(lineCount()) is the full height. */
    double top(int k) const { return mTops[size_t(k)]; }
    double firstLineCenter() const;
    double lastBaseline() const;
    double lastLineWidth() const;
    /** Draws lines [from, to) with line `from` at `origin` (its top-left), in the painter's pen. */
    void draw(QPainter *painter, QPointF origin, int from, int to) const;

    double height = 0;

private:
    std::shared_ptr<QTextLayout> mLayout;
    std::vector<double> mTops{0.0};
};

} // namespace atlas::report
