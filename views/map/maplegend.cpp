#include "maplegend.h"

#include "mapscene.h"
#include "mapstyle.h"
#include "maptext.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>

namespace atlas {

namespace {

constexpr double Pad = 8;

QFont font(double points, bool bold = false)
{
    QFont f = MapStyle::labelFont(bold);
    f.setPointSizeF(points);
    return f;
}

void gradientBar(QPainter *p, const QRectF &r, const QList<QColor> &stops)
{
    QLinearGradient g(r.topLeft(), r.topRight());
    for (int i = 0; i < stops.size(); ++i)
        g.setColorAt(double(i) / (stops.size() - 1), stops[i]);
    p->setPen(QPen(QColor(0x88, 0x88, 0x88), 0.5));
    p->setBrush(g);
    p->drawRect(r);
}

double niceStep(double raw)
{
    const double e = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * e >= raw)
            return m * e;
    return 10 * e;
}

} // namespace

void MapLegend::paint(QPainter *p, const QRectF &vp, const MapScene &scene, double kmPerPixel,
                      bool showLegend)
{
    const MapData &d = scene.data();
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);

    // Period, top left.
    if (d.periodCount > 0) {
        const QString text = d.periodLabels.value(scene.period());
        p->setFont(font(14, true));
        const QFontMetricsF fm(p->font());
        const QRectF box(vp.left() + Pad, vp.top() + Pad, fm.horizontalAdvance(text) + 2 * Pad, fm.height() + Pad);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(255, 255, 255, 215));
        p->drawRoundedRect(box, 4, 4);
        p->setPen(QColor(0x22, 0x22, 0x22));
        p->drawText(box, Qt::AlignCenter, text);
    }

    // Scale bar and notes, bottom left.
    {
        p->setFont(font(8));
        const QFontMetricsF fm(p->font());
        QStringList notes;
        if (!scene.basemapAvailable())
            notes << tr("Basemap not installed: run resources/basemap/fetch-basemap.sh and rebuild.");
        else if (scene.isLayerVisible(MapLayer::Countries))
            notes << tr("Basemap: Natural Earth (public domain). Country outlines are illustrative only.");
        else
            notes << tr("Basemap: Natural Earth (public domain).");
        notes << tr("Albers equal-area conic, standard parallels 25°N and 47°N, central meridian 105°E.");
        double y = vp.bottom() - Pad;
        p->setPen(QColor(0x44, 0x44, 0x44));
        for (int i = notes.size() - 1; i >= 0; --i) {
            p->drawText(QPointF(vp.left() + Pad, y - fm.descent()), notes[i]);
            y -= fm.height();
        }
        if (kmPerPixel > 0) {
            const double km = niceStep(kmPerPixel * 120);
            const double w = km / kmPerPixel;
            y -= 6;
            const QPointF a(vp.left() + Pad, y);
            p->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5));
            p->drawLine(a, a + QPointF(w, 0));
            p->drawLine(a, a + QPointF(0, -5));
            p->drawLine(a + QPointF(w, 0), a + QPointF(w, -5));
            p->drawText(a + QPointF(w + 5, 0), tr("%1 km").arg(MapText::number(km, 0)));
        }
    }

    if (!showLegend) {
        p->restore();
        return;
    }

    // Legend box, bottom right.
    const QFont head = font(9, true), body = font(8);
    const QFontMetricsF fh(head), fb(body);
    const double line = fb.height() + 2;
    struct Row { double height; std::function<void(double)> draw; };
    QList<Row> rows;
    // The box is as wide as its longest text; x0 is only known once all rows are in.
    double width = 150;
    double x0 = 0;
    auto need = [&](double w) { width = std::max(width, w); };
    auto heading = [&](const QString &text) {
        need(fh.horizontalAdvance(text));
        rows.append({fh.height() + 4, [&, text](double y) {
                         p->setFont(head);
                         p->setPen(QColor(0x22, 0x22, 0x22));
                         p->drawText(QPointF(x0, y + fh.ascent()), text);
                     }});
    };
    auto textRow = [&](const QString &text, QColor colour = QColor(0x44, 0x44, 0x44)) {
        need(fb.horizontalAdvance(text));
        rows.append({line, [&, text, colour](double y) {
                         p->setFont(body);
                         p->setPen(colour);
                         p->drawText(QPointF(x0, y + fb.ascent()), text);
                     }});
    };
    auto ramp = [&](const QList<QColor> &stops, const QString &lo, const QString &hi) {
        // 120 px, or wider when the two end labels would run into each other.
        const double w = std::max(120.0, double(fb.horizontalAdvance(lo) + fb.horizontalAdvance(hi) + 12));
        need(w);
        rows.append({line + 12, [&, stops, lo, hi, w](double y) {
                         gradientBar(p, QRectF(x0, y + 1, w, 10), stops);
                         p->setFont(body);
                         p->setPen(QColor(0x44, 0x44, 0x44));
                         p->drawText(QPointF(x0, y + 12 + fb.ascent()), lo);
                         p->drawText(QPointF(x0 + w - fb.horizontalAdvance(hi), y + 12 + fb.ascent()), hi);
                     }});
    };

    if (scene.isLayerVisible(MapLayer::Regions) && d.maxDemand > 0) {
        heading(tr("Regions: demand"));
        const double big = MapStyle::RegionMaxRadius;
        need(2 * big + 10 + fb.horizontalAdvance(MapText::pflops(d.maxDemand)));
        rows.append({2 * big + 6, [&, big](double y) {
                         p->setFont(body);
                         const double cx = x0 + big, base = y + 2 * big + 2;
                         int i = 0;
                         for (double f : {1.0, 0.25, 0.0625}) {
                             const double r = MapStyle::areaRadius(f * d.maxDemand, d.maxDemand,
                                                                   MapStyle::RegionMinRadius, big);
                             p->setPen(QPen(QColor(0x66, 0x66, 0x66), 0.8));
                             p->setBrush(Qt::NoBrush);
                             p->drawEllipse(QPointF(cx, base - r), r, r);
                             p->setPen(QColor(0x44, 0x44, 0x44));
                             p->drawText(QPointF(cx + big + 10, base - 2 * r + fb.ascent() / 2 + i * 3),
                                         MapText::pflops(f * d.maxDemand));
                             ++i;
                         }
                     }});
        if (d.hasResult) {
            textRow(tr("Colour: share of demand served"));
            ramp({MapStyle::servedShare(0), MapStyle::servedShare(0.5), MapStyle::servedShare(1)},
                 MapText::percent(0), MapText::percent(1));
        }
    }
    const CenterDeviations &dev = scene.centerDeviations();
    if (scene.isLayerVisible(MapLayer::Centers) && !d.centers.isEmpty() && dev.shown) {
        heading(tr("Compute centres: actual − plan utilization"));
        if (!dev.hasPlan) {
            textRow(tr("No plan results: run the scenario to compare"));
        } else {
            // Short ends: the ramp is 120 px wide unless they need more.
            const QString lo = tr("−%1 pts").arg(MapText::number(MapStyle::DeviationSpan * 100, 0));
            const QString hi = tr("+%1 pts").arg(MapText::number(MapStyle::DeviationSpan * 100, 0));
            if (dev.planStale)
                textRow(tr("⚠ The plan's results are stale: re-run the scenario"), QColor(0xb2, 0x45, 0x00));
            textRow(tr("Below plan — on plan — above plan"));
            ramp({MapStyle::deviation(-MapStyle::DeviationSpan), MapStyle::deviation(0),
                  MapStyle::deviation(MapStyle::DeviationSpan)},
                 lo, hi);
            const QString none = dev.isEmpty() ? tr("No actuals imported yet") : tr("No actuals in this period");
            need(16 + fb.horizontalAdvance(none));
            rows.append({line, [&, none](double y) {
                             p->setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 1.5));
                             p->setBrush(MapStyle::deviation(std::nan("")));
                             p->drawEllipse(QPointF(x0 + 6, y + line / 2), 5, 5);
                             p->setFont(body);
                             p->setPen(QColor(0x44, 0x44, 0x44));
                             p->drawText(QPointF(x0 + 16, y + fb.ascent()), none);
                         }});
        }
    } else if (scene.isLayerVisible(MapLayer::Centers) && !d.centers.isEmpty()) {
        heading(tr("Compute centres: size = capacity"));
        for (int e = 0; e < d.ecosystems.size(); ++e) {
            const QString name = d.ecosystems[e];
            need(16 + fb.horizontalAdvance(name));
            rows.append({line, [&, e, name](double y) {
                             p->setPen(Qt::NoPen);
                             p->setBrush(MapStyle::ecosystem(e));
                             p->drawEllipse(QPointF(x0 + 6, y + line / 2), 5, 5);
                             p->setFont(body);
                             p->setPen(QColor(0x44, 0x44, 0x44));
                             p->drawText(QPointF(x0 + 16, y + fb.ascent()), name);
                         }});
        }
        if (d.hasResult) {
            textRow(tr("Ring: utilization (red above 95 %)"));
            ramp({MapStyle::utilization(0), MapStyle::utilization(0.5), MapStyle::utilization(0.95)},
                 MapText::percent(0), MapText::percent(0.95));
        }
    }
    if (scene.isLayerVisible(MapLayer::Links) && !d.links.isEmpty()) {
        heading(tr("Links"));
        if (d.hasResult) {
            textRow(tr("Width: PFLOPS carried; colour: relative load"));
            ramp({MapStyle::linkLoad(0), MapStyle::linkLoad(0.5), MapStyle::linkLoad(1)},
                 tr("light"), tr("busiest"));
        } else {
            textRow(tr("Network links (no results yet)"));
        }
    }
    if (scene.isLayerVisible(MapLayer::Flows) && d.hasResult && !d.flows.isEmpty()) {
        need(32 + fb.horizontalAdvance(tr("Flow from a region to a serving centre")));
        rows.append({line, [&](double y) {
                         QPen pen(MapStyle::flow(), 4, Qt::SolidLine, Qt::RoundCap);
                         p->setPen(pen);
                         p->drawLine(QPointF(x0, y + line / 2), QPointF(x0 + 24, y + line / 2));
                         p->setFont(body);
                         p->setPen(QColor(0x44, 0x44, 0x44));
                         p->drawText(QPointF(x0 + 32, y + fb.ascent()), tr("Flow from a region to a serving centre"));
                     }});
    }
    if (!rows.isEmpty()) {
        double h = Pad;
        for (const Row &r : std::as_const(rows))
            h += r.height;
        x0 = vp.right() - Pad - width;
        const QRectF box(vp.right() - Pad - width - Pad, vp.bottom() - Pad - h - Pad, width + Pad, h + Pad);
        p->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.8));
        p->setBrush(QColor(255, 255, 255, 225));
        p->drawRoundedRect(box, 5, 5);
        double y = box.top() + Pad;
        for (const Row &r : std::as_const(rows)) {
            r.draw(y);
            y += r.height;
        }
    }
    p->restore();
}

} // namespace atlas
