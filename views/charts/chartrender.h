#pragma once

#include "chartdata.h"

#include <QImage>
#include <QRectF>
#include <QSize>

class QPainter;

namespace atlas {

/**
 * Draws a chart as vectors into `rect` of an active painter (the PDF report): laid
 * out at `layoutSize` logical pixels (default: rect's size) and scaled to fit, so fonts
 * and lines keep their proportions on any device. Needs a QApplication.
 */
void renderChart(const ChartData &data, QPainter *painter, const QRectF &rect, QSize layoutSize = {});

/** The chart as an image of `size` logical pixels at `scale` device pixels per pixel. */
QImage renderChartImage(const ChartData &data, QSize size, double scale = 1.0);

/** renderChartImage saved as PNG; false when the file cannot be written. */
bool saveChartPng(const ChartData &data, const QString &fileName, QSize size, double scale = 1.0);

} // namespace atlas
