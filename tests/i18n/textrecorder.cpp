#include "textrecorder.h"

#include <QPaintEngine>
#include <QPainterPath>
#include <QWidget>

namespace atlas::test {

class TextRecorder::Engine : public QPaintEngine
{
public:
    Engine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    // Shapes and images carry no text: all of them are dropped.
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
    void drawRects(const QRectF *, int) override {}
    void drawRects(const QRect *, int) override {}
    void drawLines(const QLineF *, int) override {}
    void drawLines(const QLine *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawEllipse(const QRect &) override {}
    void drawPoints(const QPointF *, int) override {}
    void drawPoints(const QPoint *, int) override {}
    void drawTextItem(const QPointF &, const QTextItem &item) override
    {
        const QString t = item.text().trimmed();
        if (!t.isEmpty())
            texts << t;
    }
    Type type() const override { return QPaintEngine::User; }

    QStringList texts;
};

TextRecorder::TextRecorder(QSize size)
    : mEngine(std::make_unique<Engine>())
    , mSize(size.expandedTo(QSize(1, 1)))
{
}

TextRecorder::~TextRecorder() = default;

QPaintEngine *TextRecorder::paintEngine() const
{
    return mEngine.get();
}

QStringList TextRecorder::texts() const
{
    return mEngine->texts;
}

int TextRecorder::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth: return mSize.width();
    case PdmHeight: return mSize.height();
    case PdmWidthMM: return mSize.width() * 254 / 960;
    case PdmHeightMM: return mSize.height() * 254 / 960;
    case PdmNumColors: return 0x7fffffff;
    case PdmDepth: return 32;
    case PdmDpiX: case PdmDpiY: case PdmPhysicalDpiX: case PdmPhysicalDpiY: return 96;
    case PdmDevicePixelRatio: return 1;
    case PdmDevicePixelRatioScaled: return static_cast<int>(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

QStringList TextRecorder::paintedText(QWidget *w)
{
    TextRecorder device(w->size());
    w->render(&device, QPoint(), QRegion(), QWidget::DrawWindowBackground);
    return device.texts();
}

} // namespace atlas::test
