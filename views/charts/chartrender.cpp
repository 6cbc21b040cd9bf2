#include "chartrender.h"
#include "chartplot.h"

#include "qcp.h"

#include <QPainter>
#include <QPicture>

namespace atlas {

void renderChart(const ChartData &data, QPainter *painter, const QRectF &rect, QSize layoutSize)
{
    if (!painter || !painter->isActive() || rect.isEmpty())
        return;
    if (layoutSize.isEmpty())
        layoutSize = rect.size().toSize();
    QCustomPlot plot;
    plot.resize(layoutSize);
    ChartPlot chart(&plot, data);
    chart.relayout();
    plot.replot(QCustomPlot::rpImmediateRefresh);  // lays out once so tickers see the final axis size
    QPicture picture;
    {
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNoCaching);
        plot.toPainter(&recorder, layoutSize.width(), layoutSize.height());
    }
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / layoutSize.width(), rect.height() / layoutSize.height());
    painter->setClipRect(QRectF(QPointF(0, 0), QSizeF(layoutSize)), Qt::IntersectClip);
    picture.play(painter);
    painter->restore();
}

QImage renderChartImage(const ChartData &data, QSize size, double scale)
{
    QCustomPlot plot;
    plot.resize(size);
    ChartPlot chart(&plot, data);
    chart.relayout();
    plot.replot(QCustomPlot::rpImmediateRefresh);  // lays out once so tickers see the final axis size
    return plot.toPixmap(size.width(), size.height(), scale).toImage();
}

bool saveChartPng(const ChartData &data, const QString &fileName, QSize size, double scale)
{
    return renderChartImage(data, size, scale).save(fileName, "PNG");
}

} // namespace atlas
