#include "chartdata.h"

#include "chartstext.h"
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace atlas {

int ChartData::indexOfKey(const QString &key) const
{
    for (size_t i = 0; i < series.size(); ++i)
        if (series[i].key == key)
            return int(i);
    return -1;
}

namespace charts {
namespace {

QString trimZeros(QString text, QChar decimalPoint)
{
    if (!text.contains(decimalPoint))
        return text;
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(decimalPoint))
        text.chop(1);
    return text;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', QLocale::FloatingPointShortest) : QString();
}

QString withUnit(const QString &name, const QString &unit, ValueFormat format)
{
    const QString u = format == ValueFormat::Percent
        ? Charts::tr("share, 0–1") : unit;
    return u.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, u);
}

} // namespace

QString formatNumber(double value, int significant)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const QLocale locale;
    // Scales are locale data, not translations: Chinese groups by 万 (1e4) and 亿 (1e8).
    struct Scale { double factor; const char16_t *suffix; };
    static const Scale western[] = {{1e12, u"T"}, {1e9, u"G"}, {1e6, u"M"}, {1e3, u"k"}};
    static const Scale chinese[] = {{1e12, u"万亿"}, {1e8, u"亿"}, {1e4, u"万"}};
    const bool zh = locale.language() == QLocale::Chinese;
    double x = value;
    QString suffix;
    const double a = std::fabs(value);
    auto pick = [&](const auto &scales) {
        for (const Scale &s : scales)
            if (a >= s.factor) {
                x = value / s.factor;
                suffix = QString::fromUtf16(s.suffix);
                return;
            }
    };
    if (zh)
        pick(chinese);
    else
        pick(western);
    const double ax = std::fabs(x);
    const int digits = ax == 0 ? 1 : int(std::floor(std::log10(ax))) + 1;
    const int decimals = std::clamp(significant - digits, 0, 6);
    const double unit = std::pow(10.0, decimals);
    if (std::round(x * unit) == 0)
        x = 0;  // no "-0"
    const QString text = trimZeros(locale.toString(x, 'f', decimals), locale.decimalPoint().at(0));
    if (suffix.isEmpty())
        return text;
    return zh ? text + suffix : text + QLatin1Char(' ') + suffix;
}

QString formatValue(double value, ValueFormat format, const QString &unit)
{
    if (format == ValueFormat::Percent)
        return formatNumber(value * 100.0, 3) + QLocale().percent();
    const QString number = formatNumber(value);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString kpiName(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Served: return Charts::tr("Served");
    case Kpi::Unserved: return Charts::tr("Unserved");
    case Kpi::Utilization: return Charts::tr("Utilization");
    case Kpi::EnergyMwh: return Charts::tr("Energy");
    case Kpi::EnergyCost: return Charts::tr("Energy cost");
    case Kpi::Capex: return Charts::tr("Capex");
    }
    return {};
}

QString kpiUnit(Kpi kpi, const Project &project)
{
    switch (kpi) {
    case Kpi::Served:
    case Kpi::Unserved: return Charts::tr("PFLOPS·h");
    case Kpi::Utilization: return QStringLiteral("%");
    case Kpi::EnergyMwh: return Charts::tr("MWh");
    case Kpi::EnergyCost:
    case Kpi::Capex: return QString::fromStdString(project.currency);
    }
    return {};
}

double kpiValue(const ScenarioResult &result, Kpi kpi)
{
    const Totals &t = result.totals;
    double v = 0;
    switch (kpi) {
    case Kpi::Served: v = t.servedPflopsHours; break;
    case Kpi::Unserved: v = t.unservedPflopsHours; break;
    case Kpi::Utilization: v = t.utilization; break;
    case Kpi::EnergyMwh: v = t.energyMwh; break;
    case Kpi::EnergyCost: v = t.energyCost; break;
    case Kpi::Capex: v = t.capex; break;
    }
    return std::isfinite(v) ? v : 0.0;
}

QString toCsv(const ChartData &data)
{
    QString out;
    auto line = [&out](const QStringList &fields) { out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n"); };
    const QString xCaption = data.xTitle.isEmpty()
        ? Charts::tr("Period") : data.xTitle;
    if (data.kind == ChartKind::Scatter) {
        line({csvField(Charts::tr("Name")),
              csvField(Charts::tr("Key")),
              csvField(withUnit(data.xTitle, data.xUnit, data.xFormat)),
              csvField(withUnit(data.yTitle, data.yUnit, data.yFormat))});
        for (const ChartSeries &s : data.series)
            for (size_t i = 0; i < s.values.size() && i < s.xs.size(); ++i)
                line({csvField(s.name), csvField(s.key), csvNumber(s.xs[i]), csvNumber(s.values[i])});
        return out;
    }
    if (data.kind == ChartKind::Heatmap) {
        QStringList header{csvField(Charts::tr("Name")),
                           csvField(Charts::tr("Key"))};
        for (const QString &x : data.xLabels)
            header << csvField(x);
        line(header);
        for (const ChartSeries &s : data.series) {
            QStringList row{csvField(s.name), csvField(s.key)};
            for (double v : s.values)
                row << csvNumber(v);
            line(row);
        }
        return out;
    }
    QStringList header{csvField(xCaption)};
    for (const ChartSeries &s : data.series) {
        const bool right = s.axis == 1;
        header << csvField(withUnit(s.name, right ? data.y2Unit : data.yUnit, right ? ValueFormat::Number : data.yFormat));
        if (!s.labels.empty())
            header << csvField(s.name + Charts::tr(" (label)"));
    }
    line(header);
    for (int t = 0; t < data.xLabels.size(); ++t) {
        QStringList row{csvField(data.xLabels[t])};
        for (const ChartSeries &s : data.series) {
            row << (size_t(t) < s.values.size() ? csvNumber(s.values[size_t(t)]) : QString());
            if (!s.labels.empty())
                row << csvField(size_t(t) < s.labels.size() ? s.labels[size_t(t)] : QString());
        }
        line(row);
    }
    return out;
}

} // namespace charts
} // namespace atlas
