#pragma once

// Private to views/charts: draws a ChartData into a QCustomPlot (used by ChartWidget
// and by renderChart), and answers what lies under a pixel.

#include "chartdata.h"

#include <QFont>
#include <QPointF>

#include <vector>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPAbstractLegendItem;
class QCPColorMap;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;
class QCPRange;

namespace atlas {

class ChartPlot
{
public:
    /** Builds `data` into the empty `plot` (a fresh QCustomPlot). */
    ChartPlot(QCustomPlot *plot, ChartData data);

    const ChartData &data() const { return mData; }
    QCustomPlot *plot() const { return mPlot; }

    void setSeriesVisible(int index, bool visible);
    bool isSeriesVisible(int index) const;
    /** The series a legend item stands for, -1 for none. */
    int seriesOfLegendItem(const QCPAbstractLegendItem *item) const;

    /** Moves the period marker to period t (-1 hides it); only the overlay layer is redrawn. */
    void setPeriod(int t);
    int period() const { return mPeriod; }
    /** x of the marker in plot coordinates, NaN when hidden. */
    double markerX() const;

    struct Hit { int series = -1; int point = -1; };
    /** The series and point under a pixel (within a few pixels), or {-1, -1}. */
    Hit hitTest(const QPointF &pixel) const;

    /** Shows the crosshair at a pixel; returns its text ("" outside the data). */
    QString moveCrosshair(const QPointF &pixel);
    void hideCrosshair();

    /** Keeps a range the user zoomed or dragged within sensible limits. */
    void clampRanges();
    /** Re-wraps the legend and re-places the scatter labels for the current size. */
    void relayout();

private:
    void buildEmpty();
    void buildTime();
    void buildBars();
    void buildScatter();
    void buildHeatmap();
    void buildOverlay();
    void restack();
    void styleAxes();
    void placeScatterLabels();
    QString crosshairText(const QPointF &pixel, int *nearestSeries) const;

    QCustomPlot *mPlot;
    ChartData mData;
    std::vector<QCPAbstractPlottable *> mPlottables;  ///< one per series (null where none)
    std::vector<bool> mVisible;
    QCPColorMap *mColorMap = nullptr;
    QCPLayer *mOverlay = nullptr;
    QCPItemStraightLine *mMarker = nullptr;
    QCPItemStraightLine *mCrossLine = nullptr;
    QCPItemText *mCrossText = nullptr;
    QCPItemTracer *mTracer = nullptr;
    std::vector<QCPItemText *> mPointLabels;  ///< scatter labels, placed by placeScatterLabels()
    std::vector<QCPItemTracer *> mLabelAnchors;  ///< one per point label, at its point
    int mPeriod = -1;
    double mXLow = 0, mXHigh = 1, mYLow = 0, mYHigh = 1, mY2High = 1;
};

/** The chart font: pixel-sized (so vector output scales with it), CJK-capable. */
QFont chartFont(int pixelSize, bool bold = false);

} // namespace atlas
