// ChartPlot: visibility, period marker, hit testing, crosshair and range limits.
#include "chartplot.h"
#include "chartstext.h"

#include "qcp.h"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

using charts::formatValue;

constexpr double kHitTolerance = 10.0;  // pixels
constexpr int kCrosshairLines = 10;

double valueAt(const ChartSeries &s, int t)
{
    return t >= 0 && size_t(t) < s.values.size() ? s.values[size_t(t)] : 0.0;
}

} // namespace

void ChartPlot::setSeriesVisible(int index, bool visible)
{
    if (index < 0 || size_t(index) >= mVisible.size() || !mPlottables[size_t(index)])
        return;
    mVisible[size_t(index)] = visible;
    QCPAbstractPlottable *p = mPlottables[size_t(index)];
    p->setVisible(visible);
    if (mPlot->legend)
        if (QCPPlottableLegendItem *item = mPlot->legend->itemWithPlottable(p))
            item->setTextColor(visible ? QColor(Qt::black) : QColor(0xaa, 0xaa, 0xaa));
    if (mData.kind == ChartKind::Stacked)
        restack();
}

bool ChartPlot::isSeriesVisible(int index) const
{
    return index >= 0 && size_t(index) < mVisible.size() && mVisible[size_t(index)];
}

int ChartPlot::seriesOfLegendItem(const QCPAbstractLegendItem *item) const
{
    auto *pi = dynamic_cast<QCPPlottableLegendItem *>(const_cast<QCPAbstractLegendItem *>(item));
    if (!pi)
        return -1;
    const auto it = std::find(mPlottables.begin(), mPlottables.end(), pi->plottable());
    return it == mPlottables.end() ? -1 : int(it - mPlottables.begin());
}

void ChartPlot::setPeriod(int t)
{
    if (!mMarker)
        return;
    mPeriod = t >= 0 && t < mData.periodCount() ? t : -1;
    mMarker->setVisible(mPeriod >= 0);
    if (mPeriod >= 0) {
        mMarker->point1->setCoords(mPeriod, 0);
        mMarker->point2->setCoords(mPeriod, 1);
    }
    mOverlay->replot();
}

double ChartPlot::markerX() const
{
    return mMarker && mMarker->visible() ? mMarker->point1->coords().x() : std::nan("");
}

ChartPlot::Hit ChartPlot::hitTest(const QPointF &pixel) const
{
    Hit hit;
    if (mData.isEmpty() || mPlot->axisRectCount() == 0 || !mPlot->axisRect()->rect().contains(pixel.toPoint()))
        return hit;
    const double x = mPlot->xAxis->pixelToCoord(pixel.x());
    const double y = mPlot->yAxis->pixelToCoord(pixel.y());
    if (mData.kind == ChartKind::Heatmap) {
        const int t = int(std::lround(x));
        const int row = int(mData.series.size()) - 1 - int(std::lround(y));
        if (t >= 0 && t < mData.periodCount() && row >= 0 && size_t(row) < mData.series.size())
            hit = {row, t};
        return hit;
    }
    if (mData.kind == ChartKind::Stacked) {
        const int t = int(std::lround(x));
        if (t < 0 || t >= mData.periodCount() || y < 0)
            return hit;
        double sum = 0;
        for (size_t i = 0; i < mData.series.size(); ++i) {
            if (!mVisible[i])
                continue;
            sum += valueAt(mData.series[i], t);
            if (y <= sum)
                return {int(i), t};
        }
        return hit;
    }
    double best = kHitTolerance;
    for (size_t i = 0; i < mPlottables.size(); ++i) {
        if (!mPlottables[i] || !mVisible[i])
            continue;
        QVariant details;
        const double d = mPlottables[i]->selectTest(pixel, false, &details);
        if (d >= 0 && d < best) {
            best = d;
            const QCPDataSelection sel = details.value<QCPDataSelection>();
            int point = sel.isEmpty() ? 0 : sel.dataRange(0).begin();
            if (mData.kind == ChartKind::Line)
                point = std::clamp(int(std::lround(x)), 0, mData.periodCount() - 1);
            hit = {int(i), point};
        }
    }
    return hit;
}

QString ChartPlot::crosshairText(const QPointF &pixel, int *nearest) const
{
    *nearest = -1;
    const double x = mPlot->xAxis->pixelToCoord(pixel.x());
    const double y = mPlot->yAxis->pixelToCoord(pixel.y());
    const int t = int(std::lround(x));
    auto unitOf = [&](const ChartSeries &s) { return s.axis == 1 ? mData.y2Unit : mData.yUnit; };
    auto formatOf = [&](const ChartSeries &s) { return s.axis == 1 ? ValueFormat::Number : mData.yFormat; };
    switch (mData.kind) {
    case ChartKind::Heatmap: {
        const Hit h = hitTest(pixel);
        if (h.series < 0)
            return {};
        const ChartSeries &s = mData.series[size_t(h.series)];
        return QStringLiteral("%1\n%2: %3").arg(s.name, mData.xLabels[h.point],
                                                formatValue(valueAt(s, h.point), ValueFormat::Percent, {}));
    }
    case ChartKind::Scatter: {
        const Hit h = hitTest(pixel);
        if (h.series < 0)
            return {};
        const ChartSeries &s = mData.series[size_t(h.series)];
        *nearest = h.series;
        return QStringLiteral("%1\n%2: %3\n%4: %5").arg(s.name, mData.xTitle,
            formatValue(s.xs[size_t(h.point)], mData.xFormat, mData.xUnit), mData.yTitle,
            formatValue(s.values[size_t(h.point)], mData.yFormat, mData.yUnit));
    }
    case ChartKind::Bars: {
        if (t < 0 || t >= mData.periodCount())
            return {};
        QStringList lines{QString(mData.xLabels[t]).replace(QLatin1Char('\n'), QLatin1Char(' '))};
        for (size_t i = 0; i < mData.series.size() && int(i) < kCrosshairLines; ++i) {
            const ChartSeries &s = mData.series[i];
            const QString shown = size_t(t) < s.labels.size() ? s.labels[size_t(t)] : formatValue(valueAt(s, t), mData.yFormat, {});
            lines << QStringLiteral("%1: %2").arg(s.name, shown);
        }
        if (mData.series.size() > size_t(kCrosshairLines))
            lines << Charts::tr("… and %n more", nullptr, int(mData.series.size()) - kCrosshairLines);
        return lines.join(QLatin1Char('\n'));
    }
    case ChartKind::Line:
    case ChartKind::Stacked: {
        if (t < 0 || t >= mData.periodCount())
            return {};
        std::vector<int> shown;
        for (size_t i = 0; i < mData.series.size(); ++i)
            if (mVisible[i])
                shown.push_back(int(i));
        // Nearest to the pointer first when there are many; otherwise in legend order.
        double bestDistance = std::numeric_limits<double>::max();
        for (int i : shown) {
            const ChartSeries &s = mData.series[size_t(i)];
            const QCPAxis *axis = s.axis == 1 ? mPlot->yAxis2 : mPlot->yAxis;
            const double d = std::fabs(axis->coordToPixel(valueAt(s, t)) - pixel.y());
            if (mData.kind == ChartKind::Line && d < bestDistance) {
                bestDistance = d;
                *nearest = i;
            }
        }
        if (shown.size() > size_t(kCrosshairLines)) {
            std::stable_sort(shown.begin(), shown.end(), [&](int a, int b) {
                return std::fabs(valueAt(mData.series[size_t(a)], t) - y) < std::fabs(valueAt(mData.series[size_t(b)], t) - y);
            });
        }
        QStringList lines{mData.xLabels[t]};
        double total = 0;
        for (size_t k = 0; k < shown.size(); ++k) {
            const ChartSeries &s = mData.series[size_t(shown[k])];
            total += valueAt(s, t);
            if (k < size_t(kCrosshairLines))
                lines << QStringLiteral("%1: %2").arg(s.name, formatValue(valueAt(s, t), formatOf(s), unitOf(s)));
        }
        if (shown.size() > size_t(kCrosshairLines))
            lines << Charts::tr("… and %n more", nullptr, int(shown.size()) - kCrosshairLines);
        if (mData.kind == ChartKind::Stacked && shown.size() > 1)
            lines << Charts::tr("Total: %1").arg(formatValue(total, mData.yFormat, mData.yUnit));
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

QString ChartPlot::moveCrosshair(const QPointF &pixel)
{
    if (!mCrossText)
        return {};
    const bool inside = mPlot->axisRect()->rect().contains(pixel.toPoint());
    int nearest = -1;
    const QString text = inside ? crosshairText(pixel, &nearest) : QString();
    if (text.isEmpty()) {
        hideCrosshair();
        return {};
    }
    const QRect area = mPlot->axisRect()->rect();
    const int t = int(std::lround(mPlot->xAxis->pixelToCoord(pixel.x())));
    if (mCrossLine) {
        mCrossLine->point1->setCoords(t, 0);
        mCrossLine->point2->setCoords(t, 1);
        mCrossLine->setVisible(mData.kind != ChartKind::Heatmap);
    }
    if (mTracer) {
        auto *graph = nearest >= 0 ? qobject_cast<QCPGraph *>(mPlottables[size_t(nearest)]) : nullptr;
        mTracer->setVisible(graph != nullptr);
        if (graph) {
            mTracer->setGraph(graph);
            mTracer->setGraphKey(t);
        }
    }
    Qt::Alignment align;
    align |= pixel.x() < area.center().x() ? Qt::AlignLeft : Qt::AlignRight;
    align |= pixel.y() < area.center().y() ? Qt::AlignTop : Qt::AlignBottom;
    mCrossText->setPositionAlignment(align);
    const double dx = (align & Qt::AlignLeft) ? 14 : -14;
    const double dy = (align & Qt::AlignTop) ? 14 : -14;
    mCrossText->position->setCoords(pixel.x() + dx, pixel.y() + dy);
    mCrossText->setText(text);
    mCrossText->setVisible(true);
    mOverlay->replot();
    return text;
}

void ChartPlot::hideCrosshair()
{
    if (!mCrossText || !mCrossText->visible())
        return;
    mCrossText->setVisible(false);
    if (mCrossLine)
        mCrossLine->setVisible(false);
    if (mTracer)
        mTracer->setVisible(false);
    mOverlay->replot();
}

void ChartPlot::clampRanges()
{
    if (mData.isEmpty() || mPlot->axisRectCount() == 0)
        return;
    auto clamp = [](QCPAxis *axis, double low, double high, double minSize, bool hardLow) {
        const double span = high - low;
        const double allowedLow = hardLow ? low : low - span / 2;
        const double allowedHigh = high + span / 2;
        QCPRange r = axis->range();
        if (r.size() > allowedHigh - allowedLow)
            r = QCPRange(allowedLow, allowedHigh);
        if (r.size() < minSize) {
            const double c = r.center();
            r = QCPRange(c - minSize / 2, c + minSize / 2);
        }
        if (r.lower < allowedLow)
            r += allowedLow - r.lower;
        if (r.upper > allowedHigh)
            r -= r.upper - allowedHigh;
        if (r != axis->range())
            axis->setRange(r);
    };
    const bool categories = mData.kind != ChartKind::Scatter;
    clamp(mPlot->xAxis, mXLow, mXHigh, categories ? 1.0 : (mXHigh - mXLow) / 1000, false);
    const bool heat = mData.kind == ChartKind::Heatmap;
    clamp(mPlot->yAxis, mYLow, mYHigh, heat ? 1.0 : (mYHigh - mYLow) / 1000, mData.nonNegative && !heat);
    if (mPlot->yAxis2->visible())
        clamp(mPlot->yAxis2, 0, mY2High, mY2High / 1000, true);
}

void ChartPlot::relayout()
{
    if (mPlot->legend && mPlot->legend->visible()) {
        const QFontMetrics fm(mPlot->legend->font());
        int widest = 0;
        for (const ChartSeries &s : mData.series)
            widest = std::max(widest, fm.horizontalAdvance(s.name));
        const int itemWidth = widest + 44;  // icon, spacing, margins
        const int width = std::max(100, mPlot->width() - 20);
        const int columns = std::clamp(width / std::max(1, itemWidth), 1, std::max(1, int(mData.series.size())));
        if (mPlot->legend->wrap() != columns) {
            mPlot->legend->setWrap(columns);
            mPlot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        }
    }
    placeScatterLabels();  // after the legend: it takes height from the axes
}

} // namespace atlas

namespace atlas {

/**
 * Puts each scatter label beside its point where it overlaps no label placed before it
 * and stays inside the plot: above, below, right, left, in that order (points of several
 * scenarios at the same capex sit close together). Without a free place, the one that
 * overlaps least is taken.
 */
void ChartPlot::placeScatterLabels()
{
    if (mPointLabels.empty())
        return;
    mPlot->replot(QCustomPlot::rpImmediateRefresh);  // the axis rect of the current size
    const QRectF area = mPlot->axisRect()->rect();
    // Each label hangs from an invisible tracer at its point, by a pixel offset: zoom and
    // pan move it with the point.
    if (mLabelAnchors.size() != mPointLabels.size()) {
        for (QCPItemText *text : mPointLabels) {
            auto *anchor = new QCPItemTracer(mPlot);
            anchor->setStyle(QCPItemTracer::tsNone);
            anchor->setSelectable(false);
            anchor->position->setCoords(text->position->coords());
            mLabelAnchors.push_back(anchor);
            text->position->setType(QCPItemPosition::ptAbsolute);
            text->position->setParentAnchor(anchor->position);
            text->position->setCoords(0, 0);
        }
    }
    std::vector<size_t> order(mPointLabels.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [this](size_t a, size_t b) {
        return mLabelAnchors[a]->position->coords().y() > mLabelAnchors[b]->position->coords().y();  // top first
    });
    struct Place { Qt::Alignment align; QMargins padding; };
    const Place places[] = {{Qt::AlignBottom | Qt::AlignHCenter, QMargins(4, 0, 4, 10)},
                            {Qt::AlignTop | Qt::AlignHCenter, QMargins(4, 10, 4, 0)},
                            {Qt::AlignLeft | Qt::AlignVCenter, QMargins(12, 0, 4, 0)},
                            {Qt::AlignRight | Qt::AlignVCenter, QMargins(4, 0, 12, 0)}};
    std::vector<QRectF> placed;
    std::vector<QRectF> markers;  // the points themselves: a label must not hide another one
    for (QCPItemTracer *anchor : mLabelAnchors) {
        const QPointF p = anchor->position->pixelPosition();
        markers.emplace_back(p.x() - 8, p.y() - 8, 16, 16);
    }
    for (size_t index : order) {
        QCPItemText *text = mPointLabels[index];
        const QPointF at = mLabelAnchors[index]->position->pixelPosition();
        const QFontMetricsF fm(text->font());
        const QSizeF size = fm.size(0, text->text());
        double bestOverlap = std::numeric_limits<double>::infinity();
        QRectF bestRect;
        const Place *best = &places[0];
        for (const Place &place : places) {
            const QSizeF box(size.width() + place.padding.left() + place.padding.right(),
                             size.height() + place.padding.top() + place.padding.bottom());
            QPointF topLeft = at;
            if (place.align & Qt::AlignHCenter)
                topLeft.rx() -= box.width() / 2;
            else if (place.align & Qt::AlignRight)
                topLeft.rx() -= box.width();
            if (place.align & Qt::AlignVCenter)
                topLeft.ry() -= box.height() / 2;
            else if (place.align & Qt::AlignBottom)
                topLeft.ry() -= box.height();
            QRectF r(topLeft, box);
            // Near an edge a label slides inwards rather than leave the plot.
            if (r.left() < area.left())
                r.moveLeft(area.left());
            if (r.right() > area.right())
                r.moveRight(area.right());
            double overlap = 0;
            for (const QRectF &other : placed) {
                const QRectF both = r.intersected(other);
                overlap += both.isEmpty() ? 0.0 : both.width() * both.height();
            }
            for (size_t m = 0; m < markers.size(); ++m) {
                const QRectF both = m == index ? QRectF() : r.intersected(markers[m]);
                overlap += both.isEmpty() ? 0.0 : 4 * both.width() * both.height();
            }
            if (!area.contains(r))
                overlap += 0.5 * r.width() * r.height();
            if (overlap < bestOverlap) {
                bestOverlap = overlap;
                bestRect = r;
                best = &place;
            }
            if (overlap == 0)
                break;
        }
        // Anchor the label by its top-left corner at the chosen box (slid inside the plot).
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setPadding(best->padding);
        text->position->setCoords(bestRect.topLeft() - at);
        placed.push_back(bestRect);
    }
}

} // namespace atlas
