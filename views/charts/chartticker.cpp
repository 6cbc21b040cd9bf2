#include "chartticker.h"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace atlas {

QString ValueTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    if (tick > mLabelMax * (1 + 1e-9) + 1e-12)
        return QString();
    return charts::formatValue(tick, mFormat, QString());
}

QVector<double> LabelTicker::createTickVector(double, const QCPRange &range)
{
    QVector<double> ticks;
    const int n = int(mLabels.size());
    if (n == 0)
        return ticks;
    const int first = std::max(0, int(std::ceil(range.lower)));
    const int last = std::min(n - 1, int(std::floor(range.upper)));
    if (last < first)
        return ticks;
    const QFontMetrics fm(mAxis->tickLabelFont());
    const bool horizontal = mAxis->orientation() == Qt::Horizontal;
    double labelPx = fm.height();
    if (horizontal) {
        int widest = 0;
        for (int i = first; i <= last; ++i)
            for (const QString &line : mLabels[i].split(QLatin1Char('\n')))
                widest = std::max(widest, fm.horizontalAdvance(line));
        labelPx = widest;
    }
    const double axisPx = std::max(1, horizontal ? mAxis->axisRect()->width() : mAxis->axisRect()->height());
    const double perUnit = axisPx / std::max(1e-9, range.size());  // pixels per category
    const double needed = (labelPx + (horizontal ? 14.0 : 3.0)) / perUnit;
    static const int strides[] = {1, 2, 3, 4, 6, 12, 24, 36, 48, 60, 120, 240, 480, 1000, 2000, 5000};
    int stride = strides[std::size(strides) - 1];
    for (int s : strides)
        if (s >= needed) {
            stride = s;
            break;
        }
    for (int i = (first + stride - 1) / stride * stride; i <= last; i += stride)
        ticks << double(i);
    return ticks;
}

QVector<double> LabelTicker::createSubTickVector(int, const QVector<double> &)
{
    return {};
}

QString LabelTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    const int i = int(std::lround(tick));
    return i >= 0 && i < mLabels.size() ? mLabels[i] : QString();
}

} // namespace atlas
