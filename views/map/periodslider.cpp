#include "periodslider.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace atlas {

PeriodSlider::PeriodSlider(QWidget *parent)
    : QWidget(parent)
    , mPlay(new QToolButton(this))
    , mSlider(new QSlider(Qt::Horizontal, this))
    , mLabel(new QLabel(this))
    , mTimer(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(mPlay);
    layout->addWidget(mSlider, 1);
    layout->addWidget(mLabel);
    mLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00")) + 8);
    mSlider->setRange(0, 0);
    mSlider->setPageStep(12);
    mTimer->setInterval(700);
    connect(mTimer, &QTimer::timeout, this, &PeriodSlider::step);
    connect(mPlay, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(mSlider, &QSlider::valueChanged, this, [this](int v) {
        updateTexts();
        Q_EMIT periodChanged(v);
    });
    updateTexts();
}

void PeriodSlider::setPeriods(const QStringList &labels)
{
    mLabels = labels;
    const QSignalBlocker block(mSlider);
    mSlider->setRange(0, std::max(0, int(labels.size()) - 1));
    updateTexts();
}

void PeriodSlider::setPeriod(int period)
{
    mSlider->setValue(period);
}

int PeriodSlider::period() const
{
    return mSlider->value();
}

bool PeriodSlider::isPlaying() const
{
    return mTimer->isActive();
}

void PeriodSlider::setInterval(int ms)
{
    mTimer->setInterval(ms);
}

void PeriodSlider::play()
{
    if (mSlider->maximum() <= 0)
        return;
    if (mSlider->value() >= mSlider->maximum())
        mSlider->setValue(0);
    mTimer->start();
    updateTexts();
}

void PeriodSlider::pause()
{
    mTimer->stop();
    updateTexts();
}

void PeriodSlider::step()
{
    if (mSlider->value() >= mSlider->maximum()) {
        pause();
        return;
    }
    mSlider->setValue(mSlider->value() + 1);
}

void PeriodSlider::updateTexts()
{
    const bool playing = isPlaying();
    mPlay->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    mPlay->setToolTip(playing ? tr("Pause") : tr("Play through the periods"));
    mLabel->setText(mLabels.value(mSlider->value()));
    mSlider->setToolTip(tr("Period shown on the map"));
}

void PeriodSlider::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

} // namespace atlas
