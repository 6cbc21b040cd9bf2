#pragma once

// Private to views/charts: axis tickers that format numbers for the UI language and
// thin out category labels (periods, centres) so they never overlap.

#include "chartdata.h"

#include "qcp.h"

#include <limits>

namespace atlas {

/** Numeric ticks labelled with charts::formatValue (k/M or 万/亿, or %). */
class ValueTicker : public QCPAxisTicker
{
public:
    /** Ticks above labelMax stay unlabelled (headroom for value labels is not a value). */
    explicit ValueTicker(ValueFormat format, double labelMax = std::numeric_limits<double>::infinity())
        : mFormat(format), mLabelMax(labelMax) {}

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    ValueFormat mFormat;
    double mLabelMax;
};

/**
 * One tick per category index (0, 1, …) labelled with its name, keeping only every
 * k-th label (k from 1, 2, 3, 4, 6, 12, 24, …) so that labels fit the axis length.
 */
class LabelTicker : public QCPAxisTicker
{
public:
    LabelTicker(QCPAxis *axis, QStringList labels) : mAxis(axis), mLabels(std::move(labels)) {}

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;
    QVector<double> createSubTickVector(int subTickCount, const QVector<double> &ticks) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    QCPAxis *mAxis;
    QStringList mLabels;
};

} // namespace atlas
