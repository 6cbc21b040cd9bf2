#include "chartwidget.h"

#include "chartplot.h"
#include "seriespicker.h"

#include "qcp.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace atlas {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setMinimumSize(240, 180);
    mData.emptyMessage = tr("Run the scenario to see results");
    rebuild();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setChartData(const ChartData &data)
{
    mData = data;
    rebuild();
}

const ChartData &ChartWidget::chartData() const
{
    return mData;
}

void ChartWidget::rebuild()
{
    // A fresh QCustomPlot per chart: no state of the previous chart can leak into this one.
    mChart.reset();
    if (mPlot) {
        layout()->removeWidget(mPlot);
        delete mPlot;
    }
    mPlot = new QCustomPlot(this);
    mPlot->setMouseTracking(true);
    mPlot->resize(size());
    layout()->addWidget(mPlot);
    mChart = std::make_unique<ChartPlot>(mPlot, mData);
    connect(mPlot, &QCustomPlot::mouseMove, this, &ChartWidget::onMouseMove);
    connect(mPlot, &QCustomPlot::mousePress, this, &ChartWidget::onMousePress);
    connect(mPlot, &QCustomPlot::mouseRelease, this, &ChartWidget::onMouseRelease);
    connect(mPlot, &QCustomPlot::legendClick, this, [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *) {
        const int index = mChart->seriesOfLegendItem(item);
        if (index >= 0)
            setSeriesVisible(index, !isSeriesVisible(index));
    });
    if (mPlot->axisRectCount() > 0) {
        const auto clamp = [this] { mChart->clampRanges(); };
        connect(mPlot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, clamp);
        connect(mPlot->yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, clamp);
        connect(mPlot->yAxis2, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, clamp);
    }
    mPlot->replot(QCustomPlot::rpImmediateRefresh);  // first layout, so tickers see the axis size
    if (mPeriod >= 0)
        mChart->setPeriod(mPeriod);
    mPlot->replot();
}

void ChartWidget::setSeriesVisible(int index, bool visible)
{
    if (isSeriesVisible(index) == visible || index < 0 || size_t(index) >= mData.series.size())
        return;
    mChart->setSeriesVisible(index, visible);
    mPlot->replot();
    Q_EMIT seriesVisibilityChanged(index, visible);
}

bool ChartWidget::isSeriesVisible(int index) const
{
    return mChart->isSeriesVisible(index);
}

void ChartWidget::setPeriod(int t)
{
    mPeriod = t;
    mChart->setPeriod(t);
}

int ChartWidget::period() const
{
    return mChart->period();
}

double ChartWidget::markerPosition() const
{
    return mChart->markerX();
}

QString ChartWidget::showCrosshairAt(const QPoint &pos)
{
    return mChart->moveCrosshair(mPlot->mapFrom(this, pos));
}

QPoint ChartWidget::pointPosition(int index, int point) const
{
    if (mData.isEmpty() || mPlot->axisRectCount() == 0 || index < 0 || size_t(index) >= mData.series.size())
        return {};
    const ChartSeries &s = mData.series[size_t(index)];
    double x = point, y = size_t(point) < s.values.size() ? s.values[size_t(point)] : 0.0;
    switch (mData.kind) {
    case ChartKind::Scatter:
        x = size_t(point) < s.xs.size() ? s.xs[size_t(point)] : 0.0;
        break;
    case ChartKind::Heatmap:
        y = double(mData.series.size()) - 1 - index;
        break;
    case ChartKind::Stacked: {
        double below = 0;
        for (int i = 0; i < index; ++i)
            if (isSeriesVisible(i))
                below += size_t(point) < mData.series[size_t(i)].values.size() ? mData.series[size_t(i)].values[size_t(point)] : 0.0;
        y = below + y / 2;
        break;
    }
    case ChartKind::Bars: {
        const double slot = 0.8 / double(mData.series.size());
        x = point + (index - (double(mData.series.size()) - 1) / 2.0) * slot;
        y /= 2;
        break;
    }
    case ChartKind::Line: break;
    }
    const QCPAxis *valueAxis = s.axis == 1 ? mPlot->yAxis2 : mPlot->yAxis;
    return mPlot->mapTo(this, QPoint(int(std::lround(mPlot->xAxis->coordToPixel(x))),
                                     int(std::lround(valueAxis->coordToPixel(y)))));
}

void ChartWidget::onMouseMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton) {
        mChart->hideCrosshair();
        return;
    }
    mChart->moveCrosshair(event->position());
}

void ChartWidget::onMousePress(QMouseEvent *event)
{
    mPressPos = event->position().toPoint();
}

void ChartWidget::onMouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || (event->position().toPoint() - mPressPos).manhattanLength() > 4)
        return;  // a drag, not a click
    const ChartPlot::Hit hit = mChart->hitTest(event->position());
    if (hit.series < 0 || mData.keyKind == KeyKind::None)
        return;
    const QString key = mData.series[size_t(hit.series)].key;
    if (!key.isEmpty())
        Q_EMIT keySelected(mData.keyKind, key);
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (mChart) {
        mChart->relayout();
        mPlot->replot();
    }
}

void ChartWidget::chooseSeries()
{
    QStringList names;
    std::vector<bool> visible;
    for (size_t i = 0; i < mData.series.size(); ++i) {
        names << mData.series[i].name;
        visible.push_back(isSeriesVisible(int(i)));
    }
    SeriesPicker picker(names, visible, this);
    if (picker.exec() != QDialog::Accepted)
        return;
    const std::vector<bool> chosen = picker.visibility();
    for (size_t i = 0; i < chosen.size(); ++i)
        setSeriesVisible(int(i), chosen[i]);
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy image"), this, &ChartWidget::copyToClipboard);
    menu.addAction(tr("Export…"), this, [this] {
        const QString fileName = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)"));
        if (!fileName.isEmpty())
            exportTo(fileName);
    });
    menu.addAction(tr("Reset zoom"), this, [this] {
        setChartData(ChartData(mData));
    });
    if (mData.kind != ChartKind::Heatmap && mData.series.size() > 1)
        menu.addAction(tr("Choose Series…"), this, &ChartWidget::chooseSeries);
    menu.exec(event->globalPos());
}

QString ChartWidget::csv() const
{
    return charts::toCsv(mData);
}

bool ChartWidget::exportCsv(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("\xEF\xBB\xBF");  // BOM: spreadsheet programs then read the Chinese names right
    file.write(csv().toUtf8());
    return file.commit();
}

bool ChartWidget::exportPng(const QString &fileName, int width, int height) const
{
    return mPlot->savePng(fileName, width, height, 2.0);
}

bool ChartWidget::exportPdf(const QString &fileName, int width, int height) const
{
    return mPlot->savePdf(fileName, width, height, QCP::epNoCosmetic, QString(), mData.title);
}

bool ChartWidget::exportSvg(const QString &fileName, int width, int height) const
{
    const int w = width > 0 ? width : mPlot->width();
    const int h = height > 0 ? height : mPlot->height();
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(QSize(w, h));
    generator.setViewBox(QRect(0, 0, w, h));
    generator.setTitle(mData.title);
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    mPlot->toPainter(&painter, w, h);
    return painter.end() && QFileInfo(fileName).size() > 0;
}

bool ChartWidget::exportTo(const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QStringLiteral("svg"))
        return exportSvg(fileName);
    if (suffix == QStringLiteral("pdf"))
        return exportPdf(fileName);
    if (suffix == QStringLiteral("csv"))
        return exportCsv(fileName);
    return exportPng(fileName);
}

void ChartWidget::copyToClipboard() const
{
    QApplication::clipboard()->setImage(mPlot->toPixmap().toImage());
}

} // namespace atlas
