#include "kpicard.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace atlas {
namespace {

QString compact(double v, bool percent)
{
    const QLocale locale;
    if (percent)
        return locale.toString(v * 100.0, 'f', 1) + QLatin1Char('%');
    const double a = std::fabs(v);
    // Chinese groups by 万 (1e4) and 亿 (1e8), as the charts do (charts::formatNumber).
    if (locale.language() == QLocale::Chinese) {
        if (a >= 1e8)
            return locale.toString(v / 1e8, 'f', 2) + QStringLiteral("亿");
        if (a >= 1e4)
            return locale.toString(v / 1e4, 'f', a >= 1e7 ? 0 : 1) + QStringLiteral("万");
    }
    if (a >= 1e9)
        return locale.toString(v / 1e9, 'f', 2) + QStringLiteral(" G");
    if (a >= 1e6)
        return locale.toString(v / 1e6, 'f', 2) + QStringLiteral(" M");
    if (a >= 1e4)
        return locale.toString(v / 1e3, 'f', 1) + QStringLiteral(" k");
    const bool integral = v == static_cast<double>(static_cast<long long>(v));
    return locale.toString(v, 'f', (a >= 100 || integral) ? 0 : 2);
}

} // namespace

KpiCard::KpiCard(QWidget *parent)
    : QFrame(parent)
    , mTitle(new QLabel(this))
    , mValue(new QLabel(this))
    , mChange(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(170);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QFont big = mValue->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    mValue->setFont(big);
    mTitle->setWordWrap(true);
    mChange->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTitle);
    layout->addWidget(mValue);
    layout->addWidget(mChange);
}

void KpiCard::setKpi(const QString &title, double value, const QString &unit, std::optional<double> baseline,
                     bool higherIsBetter, bool percent)
{
    // The unit joins the title so that the big value never gets cut off.
    mTitle->setText(unit.isEmpty() ? title : tr("%1 (%2)").arg(title, unit));
    mValue->setText(compact(value, percent));
    if (!baseline) {
        mChange->setText(tr("no baseline"));
        mChange->setStyleSheet(QStringLiteral("color: palette(mid);"));
        return;
    }
    const double delta = value - *baseline;
    QString text = (delta >= 0 ? QStringLiteral("+") : QString()) + compact(delta, percent);
    if (!percent && std::fabs(*baseline) > 1e-12)
        text += tr(" (%1%2%)").arg(delta >= 0 ? QStringLiteral("+") : QString())
                    .arg(QLocale().toString(100.0 * delta / std::fabs(*baseline), 'f', 1));
    mChange->setText(tr("%1 vs baseline").arg(text));
    const bool good = std::fabs(delta) < 1e-12 ? true : ((delta > 0) == higherIsBetter);
    mChange->setStyleSheet(std::fabs(delta) < 1e-12 ? QStringLiteral("color: palette(mid);")
                           : good ? QStringLiteral("color: #1a7f37;") : QStringLiteral("color: #c62828;"));
}

void KpiCard::setText(const QString &title, const QString &value, const QString &note, const QString &noteColor)
{
    mTitle->setText(title);
    mValue->setText(value);
    mChange->setText(note);
    mChange->setStyleSheet(noteColor.isEmpty() ? QStringLiteral("color: palette(mid);")
                                               : QStringLiteral("color: %1;").arg(noteColor));
}

QString KpiCard::valueText() const
{
    return mValue->text();
}

QString KpiCard::changeText() const
{
    return mChange->text();
}

} // namespace atlas
