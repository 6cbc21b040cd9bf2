#pragma once

// A paint device that keeps the text painted on it and nothing else: rendering a widget
// (or a chart, or the map with its painted legend) into it yields exactly the text a
// user sees there, elided or not.

#include <QPaintDevice>
#include <QSize>
#include <QStringList>

#include <memory>

class QWidget;

namespace atlas::test {

class TextRecorder : public QPaintDevice
{
public:
    explicit TextRecorder(QSize size);
    ~TextRecorder() override;

    QPaintEngine *paintEngine() const override;
    QStringList texts() const;

    /** Text `w` paints itself (children not included). */
    static QStringList paintedText(QWidget *w);

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    std::unique_ptr<Engine> mEngine;
    QSize mSize;
};

} // namespace atlas::test
