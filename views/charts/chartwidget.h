#pragma once

#include "chartdata.h"

#include <QWidget>

#include <memory>

class QCustomPlot;

namespace atlas {

class ChartPlot;

/**
 * One chart on screen: draws a ChartData with QCustomPlot, formats numbers for the UI
 * language, and lets the user explore it — legend click hides and shows a series,
 * zoom and pan within the data, a crosshair with the values under the pointer, a
 * period marker that follows the map's period slider, and a click on a series, bar or
 * cell that selects its centre, chip or scenario elsewhere (keySelected). Charts
 * without data show what to do instead of empty axes. Exports PNG, SVG, PDF and CSV.
 */
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    /** Replaces what the chart shows; keeps the period marker where it was. */
    void setChartData(const ChartData &data);
    const ChartData &chartData() const;

    void setSeriesVisible(int index, bool visible);
    bool isSeriesVisible(int index) const;
    /** Opens the series picker (also in the context menu): for more series than a legend holds. */
    void chooseSeries();

    /** Period marker (a vertical line) at period t of the x axis; -1 hides it. */
    void setPeriod(int t);
    int period() const;
    /** x of the marker in the chart's coordinates, NaN when hidden (for tests). */
    double markerPosition() const;

    /** Shows the crosshair at a widget position; returns its text (for tests and tooltips). */
    QString showCrosshairAt(const QPoint &pos);

    /** The pixel where series `index` has point `point` (for tests and scripted clicks). */
    QPoint pointPosition(int index, int point) const;

    QString csv() const;
    bool exportCsv(const QString &fileName) const;
    bool exportPng(const QString &fileName, int width = 0, int height = 0) const;
    bool exportSvg(const QString &fileName, int width = 0, int height = 0) const;
    bool exportPdf(const QString &fileName, int width = 0, int height = 0) const;
    /** Exports by the file's suffix (.png, .svg, .pdf, .csv). */
    bool exportTo(const QString &fileName) const;
    void copyToClipboard() const;

    /** The plot widget (for embedding tests); owned by this widget. */
    QCustomPlot *plot() const { return mPlot; }

Q_SIGNALS:
    /** The user clicked a series, bar, point or cell standing for `key`. */
    void keySelected(atlas::KeyKind kind, const QString &key);
    void seriesVisibilityChanged(int index, bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void onMouseMove(QMouseEvent *event);
    void onMousePress(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);

    QCustomPlot *mPlot = nullptr;
    std::unique_ptr<ChartPlot> mChart;
    ChartData mData;
    int mPeriod = -1;
    QPoint mPressPos;
};

} // namespace atlas
