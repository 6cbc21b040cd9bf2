#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace atlas {

/** A slider over the planning periods with play/pause; it emits, the app or map obeys. */
class PeriodSlider : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodSlider(QWidget *parent = nullptr);

    /** One label per period ("2026-01", …); keeps the period when still in range. */
    void setPeriods(const QStringList &labels);
    void setPeriod(int period);
    int period() const;
    bool isPlaying() const;
    /** Milliseconds per period while playing. */
    void setInterval(int ms);

public Q_SLOTS:
    void play();
    void pause();

Q_SIGNALS:
    void periodChanged(int period);

protected:
    void changeEvent(QEvent *event) override;

private:
    void step();
    void updateTexts();

    QToolButton *mPlay;
    QSlider *mSlider;
    QLabel *mLabel;
    QTimer *mTimer;
    QStringList mLabels;
};

} // namespace atlas
