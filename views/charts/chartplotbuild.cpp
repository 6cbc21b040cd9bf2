// ChartPlot: turning a ChartData into QCustomPlot plottables, axes and legend.
#include "chartplot.h"
#include "chartstext.h"
#include "chartticker.h"
#include "palette.h"

#include "qcp.h"

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

QColor seriesColor(const ChartSeries &s, int index)
{
    if (s.role >= 0)
        return palette::role(palette::Role(s.role));
    return palette::category(s.colorIndex >= 0 ? s.colorIndex : index);
}

Qt::PenStyle seriesStyle(const ChartSeries &s, int index)
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    if (s.role >= 0)
        return Qt::SolidLine;
    return styles[size_t(palette::categoryStyle(s.colorIndex >= 0 ? s.colorIndex : index)) % std::size(styles)];
}

QString axisCaption(const QString &title, const QString &unit, ValueFormat format)
{
    if (format == ValueFormat::Percent)
        return title + QStringLiteral(" (%)");
    return unit.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, unit);
}

/** A padded range for values lo..hi; non-negative quantities start at 0. */
QCPRange valueRange(double lo, double hi, bool nonNegative, ValueFormat format, double headroom = 1.1)
{
    if (nonNegative)
        lo = 0;
    if (format == ValueFormat::Percent && nonNegative)
        hi = std::max(hi, 0.1);
    if (!(hi > lo))
        hi = lo + 1;
    const double span = hi - lo;
    return QCPRange(nonNegative ? 0.0 : lo - span * (headroom - 1), hi + span * (headroom - 1));
}

} // namespace

QFont chartFont(int pixelSize, bool bold)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

ChartPlot::ChartPlot(QCustomPlot *plot, ChartData data)
    : mPlot(plot)
    , mData(std::move(data))
{
    mPlot->setFont(chartFont(12));
    mPlot->setBackground(Qt::white);
    mPlot->setNoAntialiasingOnDrag(true);
    mVisible.assign(mData.series.size(), true);
    mPlottables.assign(mData.series.size(), nullptr);
    if (mData.isEmpty() || mData.series.empty() || mData.xLabels.isEmpty() && mData.kind != ChartKind::Scatter) {
        if (mData.emptyMessage.isEmpty())
            mData.emptyMessage = Charts::tr("Run the scenario to see results");
        buildEmpty();
        return;
    }
    styleAxes();
    switch (mData.kind) {
    case ChartKind::Line:
    case ChartKind::Stacked: buildTime(); break;
    case ChartKind::Bars: buildBars(); break;
    case ChartKind::Scatter: buildScatter(); break;
    case ChartKind::Heatmap: buildHeatmap(); break;
    }
    // Title on top, legend below the axes where it never covers data.
    mPlot->plotLayout()->insertRow(0);
    mPlot->plotLayout()->addElement(0, 0, new QCPTextElement(mPlot, mData.title, chartFont(15, true)));
    const bool legend = mData.kind != ChartKind::Heatmap && mData.series.size() <= 24;
    if (legend) {
        mPlot->axisRect()->insetLayout()->take(mPlot->legend);
        const int row = mPlot->plotLayout()->rowCount();
        auto *band = new QCPLayoutGrid;  // spacer | legend | spacer: a compact legend, centred
        mPlot->plotLayout()->addElement(row, 0, band);
        band->addElement(0, 0, new QCPLayoutElement(mPlot));
        band->addElement(0, 1, mPlot->legend);
        band->addElement(0, 2, new QCPLayoutElement(mPlot));
        band->setColumnStretchFactors({1.0, 0.001, 1.0});
        band->setColumnSpacing(0);
        mPlot->plotLayout()->setRowStretchFactor(row, 0.001);
        mPlot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
        mPlot->legend->setBorderPen(Qt::NoPen);
        mPlot->legend->setFont(chartFont(12));
        mPlot->legend->setSelectableParts(QCPLegend::spNone);
        mPlot->legend->setVisible(true);
    } else {
        mPlot->legend->setVisible(false);
    }
    mPlot->plotLayout()->setRowStretchFactor(0, 0.001);
    buildOverlay();
    relayout();
}

void ChartPlot::styleAxes()
{
    const QPen axisPen(QColor(0x66, 0x66, 0x66), 1);
    const QPen gridPen(palette::role(palette::Role::Grid), 1, Qt::SolidLine);
    for (QCPAxis *axis : mPlot->axisRect()->axes()) {
        axis->setTickLabelFont(chartFont(12));
        axis->setLabelFont(chartFont(13));
        axis->setBasePen(axisPen);
        axis->setTickPen(axisPen);
        axis->setSubTickPen(axisPen);
        axis->setLabelColor(palette::role(palette::Role::Text));
        axis->setTickLabelColor(palette::role(palette::Role::Text));
        axis->grid()->setPen(gridPen);
        axis->grid()->setZeroLinePen(QPen(QColor(0x99, 0x99, 0x99), 1));
    }
    mPlot->xAxis->grid()->setVisible(false);
}

void ChartPlot::buildEmpty()
{
    mPlot->plotLayout()->clear();
    mPlot->plotLayout()->addElement(0, 0, new QCPTextElement(mPlot, mData.title, chartFont(15, true)));
    auto *message = new QCPTextElement(mPlot, mData.emptyMessage, chartFont(14));
    message->setTextColor(QColor(0x55, 0x55, 0x55));
    // Title on top, the message in the middle of what is left.
    mPlot->plotLayout()->addElement(1, 0, new QCPLayoutElement(mPlot));
    mPlot->plotLayout()->addElement(2, 0, message);
    mPlot->plotLayout()->addElement(3, 0, new QCPLayoutElement(mPlot));
    mPlot->plotLayout()->setRowStretchFactors({0.001, 1.0, 0.001, 1.2});
}

void ChartPlot::buildTime()
{
    const int n = mData.periodCount();
    QVector<double> keys(n);
    for (int t = 0; t < n; ++t)
        keys[t] = t;
    const bool many = mData.series.size() > 12;
    bool right = false;
    for (size_t i = 0; i < mData.series.size(); ++i) {
        const ChartSeries &s = mData.series[i];
        right = right || s.axis == 1;
        QCPAxis *valueAxis = s.axis == 1 ? mPlot->yAxis2 : mPlot->yAxis;
        const QColor c = seriesColor(s, int(i));
        QVector<double> v(n);
        for (int t = 0; t < n; ++t)
            v[t] = size_t(t) < s.values.size() ? s.values[size_t(t)] : 0.0;
        if (s.asBars && mData.kind == ChartKind::Line) {
            auto *bars = new QCPBars(mPlot->xAxis, valueAxis);
            bars->setName(s.name);
            bars->setWidth(0.7);
            QColor fill = c;
            fill.setAlpha(150);
            bars->setBrush(fill);
            bars->setPen(Qt::NoPen);
            bars->setData(keys, v, true);
            mPlottables[i] = bars;
            continue;
        }
        QCPGraph *g = mPlot->addGraph(mPlot->xAxis, valueAxis);
        g->setName(s.name);
        g->setPen(QPen(c, mData.kind == ChartKind::Stacked ? 1.0 : (many ? 1.2 : 2.2), seriesStyle(s, int(i))));
        if (n <= 1 || (n <= 24 && !many))
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, n <= 1 ? 9 : 5));
        if (mData.kind == ChartKind::Line)
            g->setData(keys, v, true);
        mPlottables[i] = g;
    }
    if (mData.kind == ChartKind::Stacked)
        restack();  // sets the data and the value range
    mPlot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new LabelTicker(mPlot->xAxis, mData.xLabels)));
    mPlot->xAxis->setLabel(mData.xTitle);
    mPlot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new ValueTicker(mData.yFormat)));
    mPlot->yAxis->setLabel(axisCaption(mData.yTitle, mData.yUnit, mData.yFormat));
    if (right) {
        mPlot->yAxis2->setVisible(true);
        mPlot->yAxis2->setTicker(QSharedPointer<QCPAxisTicker>(new ValueTicker(ValueFormat::Number)));
        mPlot->yAxis2->setLabel(axisCaption(mData.y2Title, mData.y2Unit, ValueFormat::Number));
    }
    mXLow = -0.5;
    mXHigh = n - 0.5;
    mPlot->xAxis->setRange(mXLow, mXHigh);
    double hi = 0, lo = 0, hi2 = 0;
    for (const ChartSeries &s : mData.series)
        for (double v : s.values) {
            (s.axis == 1 ? hi2 : hi) = std::max(s.axis == 1 ? hi2 : hi, v);
            lo = std::min(lo, v);
        }
    if (mData.kind == ChartKind::Stacked) {
        hi = 0;
        for (int t = 0; t < n; ++t) {
            double sum = 0;
            for (const ChartSeries &s : mData.series)
                sum += size_t(t) < s.values.size() ? s.values[size_t(t)] : 0.0;
            hi = std::max(hi, sum);
        }
    }
    // Bars beside a line on the other axis keep to the lower part, so the line stays above them.
    const bool barsUnderLine = right && std::any_of(mData.series.begin(), mData.series.end(),
                                                    [](const ChartSeries &s) { return s.asBars && s.axis == 0; });
    const QCPRange y = valueRange(lo, hi, mData.nonNegative, mData.yFormat, barsUnderLine ? 1.6 : 1.1);
    mYLow = y.lower;
    mYHigh = y.upper;
    mPlot->yAxis->setRange(y);
    if (right) {
        const QCPRange y2 = valueRange(0, hi2, true, ValueFormat::Number);
        mY2High = y2.upper;
        mPlot->yAxis2->setRange(y2);
    }
    mPlot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    mPlot->axisRect()->setRangeDrag(Qt::Horizontal);
    mPlot->axisRect()->setRangeZoom(Qt::Horizontal);
}

void ChartPlot::restack()
{
    const int n = mData.periodCount();
    QVector<double> keys(n), sum(n, 0.0);
    for (int t = 0; t < n; ++t)
        keys[t] = t;
    QCPGraph *below = nullptr;
    for (size_t i = 0; i < mData.series.size(); ++i) {
        auto *g = static_cast<QCPGraph *>(mPlottables[i]);
        if (!mVisible[i]) {
            g->setVisible(false);
            continue;
        }
        const ChartSeries &s = mData.series[i];
        for (int t = 0; t < n; ++t)
            sum[t] += size_t(t) < s.values.size() ? s.values[size_t(t)] : 0.0;
        g->setData(keys, sum, true);
        QColor fill = seriesColor(s, int(i));
        fill.setAlpha(200);
        g->setBrush(fill);
        g->setChannelFillGraph(below);
        g->setVisible(true);
        below = g;
    }
}

void ChartPlot::buildBars()
{
    const int groups = int(mData.xLabels.size());
    const int m = int(mData.series.size());
    const double slot = 0.8 / m;
    // Value labels along the bars while they stay legible; beyond four series the bars get
    // too thin for them (the crosshair and the report's tables carry the numbers).
    const bool labels = m <= 4;
    double lo = 0, hi = 0;
    for (int i = 0; i < m; ++i) {
        const ChartSeries &s = mData.series[size_t(i)];
        auto *bars = new QCPBars(mPlot->xAxis, mPlot->yAxis);
        bars->setName(s.name);
        bars->setWidth(slot * 0.92);
        const QColor c = seriesColor(s, i);
        bars->setPen(QPen(c.darker(130), 1));
        bars->setBrush(c);
        const double offset = (i - (m - 1) / 2.0) * slot;
        for (int g = 0; g < groups; ++g) {
            const double v = size_t(g) < s.values.size() ? s.values[size_t(g)] : 0.0;
            bars->addData(g + offset, v);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            if (labels && size_t(g) < s.labels.size()) {
                auto *text = new QCPItemText(mPlot);
                text->setText(s.labels[size_t(g)]);
                text->setFont(chartFont(11));
                text->setColor(palette::role(palette::Role::Text));
                text->position->setCoords(g + offset, v);
                text->setRotation(-90);
                text->setPadding(QMargins(3, 0, 3, 0));
                text->setPositionAlignment(v >= 0 ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter));
            }
        }
        mPlottables[size_t(i)] = bars;
    }
    mPlot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new LabelTicker(mPlot->xAxis, mData.xLabels)));
    mPlot->xAxis->setTickLength(0, 0);
    mPlot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new ValueTicker(mData.yFormat, labels ? std::max(hi, 0.0) : std::numeric_limits<double>::infinity())));
    mPlot->yAxis->setLabel(axisCaption(mData.yTitle, mData.yUnit, mData.yFormat));
    mXLow = -0.5;
    mXHigh = groups - 0.5;
    mPlot->xAxis->setRange(mXLow, mXHigh);
    // Headroom for the value labels written along the bars.
    const double room = labels ? 1.8 : 1.1;
    QCPRange y = valueRange(lo, hi, mData.nonNegative && lo >= 0, ValueFormat::Number, room);
    if (lo >= 0 && hi <= 0)
        y = QCPRange(-0.1, 0.1);
    mYLow = y.lower;
    mYHigh = y.upper;
    mPlot->yAxis->setRange(y);
    mPlot->setInteractions(QCP::Interactions());
}

void ChartPlot::buildScatter()
{
    double xlo = 0, xhi = 0, ylo = 0, yhi = 0;
    bool first = true;
    std::vector<std::pair<double, double>> frontier;
    std::vector<QCPItemText *> labels;
    for (size_t i = 0; i < mData.series.size(); ++i) {
        const ChartSeries &s = mData.series[i];
        QCPGraph *g = mPlot->addGraph();
        g->setName(s.name);
        g->setLineStyle(QCPGraph::lsNone);
        const QColor c = seriesColor(s, int(i));
        g->setPen(QPen(c, 2));
        g->setScatterStyle(s.emphasized ? QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 2), c, 15)
                                        : QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c.darker(140), 1), c, 10));
        for (size_t k = 0; k < s.values.size() && k < s.xs.size(); ++k) {
            g->addData(s.xs[k], s.values[k]);
            if (first) {
                xlo = xhi = s.xs[k];
                ylo = yhi = s.values[k];
                first = false;
            }
            xlo = std::min(xlo, s.xs[k]);
            xhi = std::max(xhi, s.xs[k]);
            ylo = std::min(ylo, s.values[k]);
            yhi = std::max(yhi, s.values[k]);
            if (s.emphasized)
                frontier.emplace_back(s.xs[k], s.values[k]);
            if (k < s.labels.size() && mData.series.size() <= 30) {
                auto *text = new QCPItemText(mPlot);
                text->setText(s.labels[k]);
                text->setFont(chartFont(12, s.emphasized));
                text->setColor(palette::role(palette::Role::Text));
                text->position->setCoords(s.xs[k], s.values[k]);
                text->setPadding(QMargins(4, 0, 4, 10));
                labels.push_back(text);
            }
        }
        mPlottables[i] = g;
    }
    if (frontier.size() > 1) {
        std::sort(frontier.begin(), frontier.end());
        QCPGraph *line = mPlot->addGraph();
        line->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5, Qt::DashLine));
        for (const auto &[x, y] : frontier)
            line->addData(x, y);
        line->removeFromLegend();
        line->setName(Charts::tr("Frontier"));
    }
    auto padded = [](double lo, double hi, bool fromZero) {
        if (fromZero)
            lo = std::min(lo, 0.0);
        double span = hi - lo;
        if (!(span > 0))
            span = std::max(std::fabs(hi), 1.0);
        const double low = fromZero && lo >= 0 ? 0.0 : lo - span * 0.15;
        return QCPRange(low, hi + span * 0.15);
    };
    QCPRange x = padded(xlo, xhi, xlo >= 0);
    if (x.lower == 0 && xlo == 0)
        x.lower = -x.size() * 0.03;  // points at zero capex sit clear of the axis, not half under it
    const QCPRange y = padded(ylo, yhi, mData.nonNegative);
    mXLow = x.lower;
    mXHigh = x.upper;
    mYLow = y.lower;
    mYHigh = y.upper;
    mPlot->xAxis->setRange(x);
    mPlot->yAxis->setRange(y);
    mPointLabels = labels;  // placed once the plot has its size (relayout)
    mPlot->xAxis->grid()->setVisible(true);
    mPlot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new ValueTicker(mData.xFormat)));
    mPlot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new ValueTicker(mData.yFormat)));
    mPlot->xAxis->setLabel(axisCaption(mData.xTitle, mData.xUnit, mData.xFormat));
    mPlot->yAxis->setLabel(axisCaption(mData.yTitle, mData.yUnit, mData.yFormat));
    mPlot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
}

void ChartPlot::buildHeatmap()
{
    const int nx = mData.periodCount();
    const int ny = int(mData.series.size());
    mColorMap = new QCPColorMap(mPlot->xAxis, mPlot->yAxis);
    mColorMap->data()->setSize(nx, ny);
    mColorMap->data()->setRange(QCPRange(0, std::max(nx - 1, 0)), QCPRange(0, std::max(ny - 1, 0)));
    for (int row = 0; row < ny; ++row) {
        const ChartSeries &s = mData.series[size_t(row)];
        for (int t = 0; t < nx; ++t)
            mColorMap->data()->setCell(t, ny - 1 - row, size_t(t) < s.values.size() ? s.values[size_t(t)] : 0.0);
    }
    QCPColorGradient gradient;
    gradient.clearColorStops();
    for (int k = 0; k <= 8; ++k)
        gradient.setColorStopAt(k / 8.0, palette::sequential(k / 8.0));
    mColorMap->setGradient(gradient);
    mColorMap->setInterpolate(false);
    mColorMap->setTightBoundary(false);
    mColorMap->setDataRange(QCPRange(0, std::max(mData.colorMax, 1e-9)));

    auto *scale = new QCPColorScale(mPlot);
    mPlot->plotLayout()->addElement(0, 1, scale);
    scale->setType(QCPAxis::atRight);
    mColorMap->setColorScale(scale);
    scale->setDataRange(QCPRange(0, std::max(mData.colorMax, 1e-9)));
    scale->setGradient(gradient);
    scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>(new ValueTicker(ValueFormat::Percent)));
    scale->axis()->setTickLabelFont(chartFont(12));
    scale->axis()->setLabelFont(chartFont(13));
    scale->axis()->setLabel(axisCaption(Charts::tr("Utilization"), QString(), ValueFormat::Percent));
    scale->setBarWidth(14);
    auto *group = new QCPMarginGroup(mPlot);
    mPlot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);

    QStringList rows;
    for (int row = ny - 1; row >= 0; --row)
        rows << mData.series[size_t(row)].name;
    mPlot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new LabelTicker(mPlot->xAxis, mData.xLabels)));
    mPlot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new LabelTicker(mPlot->yAxis, rows)));
    mPlot->yAxis->grid()->setVisible(false);
    mPlot->xAxis->setLabel(mData.xTitle);
    mPlot->yAxis->setLabel(mData.yTitle);
    mXLow = -0.5;
    mXHigh = nx - 0.5;
    mYLow = -0.5;
    mYHigh = ny - 0.5;
    mPlot->xAxis->setRange(mXLow, mXHigh);
    mPlot->yAxis->setRange(mYLow, mYHigh);
    mPlot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
}

void ChartPlot::buildOverlay()
{
    mPlot->addLayer(QStringLiteral("atlasOverlay"), mPlot->layer(mPlot->layerCount() - 1), QCustomPlot::limAbove);
    mOverlay = mPlot->layer(QStringLiteral("atlasOverlay"));
    mOverlay->setMode(QCPLayer::lmBuffered);
    mPlot->setCurrentLayer(mOverlay);
    const bool timeAxis = mData.kind != ChartKind::Bars && mData.kind != ChartKind::Scatter;
    if (timeAxis) {
        mMarker = new QCPItemStraightLine(mPlot);
        mMarker->setPen(QPen(palette::role(palette::Role::Marker), 2, Qt::DashLine));
        mMarker->setVisible(false);
        mCrossLine = new QCPItemStraightLine(mPlot);
        mCrossLine->setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
        mCrossLine->setVisible(false);
    }
    if (mData.kind == ChartKind::Line) {
        mTracer = new QCPItemTracer(mPlot);
        mTracer->setStyle(QCPItemTracer::tsCircle);
        mTracer->setSize(9);
        mTracer->setPen(QPen(Qt::black, 1.5));
        mTracer->setInterpolating(false);
        mTracer->setVisible(false);
    }
    mCrossText = new QCPItemText(mPlot);
    mCrossText->position->setType(QCPItemPosition::ptAbsolute);
    mCrossText->setClipToAxisRect(false);
    mCrossText->setFont(chartFont(12));
    mCrossText->setTextAlignment(Qt::AlignLeft);
    mCrossText->setPadding(QMargins(6, 4, 6, 4));
    mCrossText->setBrush(QColor(255, 255, 255, 235));
    mCrossText->setPen(QPen(QColor(0x88, 0x88, 0x88)));
    mCrossText->setVisible(false);
    mPlot->setCurrentLayer(QStringLiteral("main"));
}

} // namespace atlas
