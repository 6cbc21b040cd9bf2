#pragma once

#include <QFrame>

class QLabel;

namespace atlas {

/** A dashboard tile: a title, a value and its change against the baseline scenario. */
class KpiCard : public QFrame
{
    Q_OBJECT

public:
    explicit KpiCard(QWidget *parent = nullptr);

    /** higherIsBetter colours the change green or red; baseline nullopt hides it. */
    void setKpi(const QString &title, double value, const QString &unit, std::optional<double> baseline,
                bool higherIsBetter, bool percent = false);
    /** A value already written as text, with a note under it (grey unless a colour is given). */
    void setText(const QString &title, const QString &value, const QString &note, const QString &noteColor = {});
    QString valueText() const;
    QString changeText() const;

private:
    QLabel *mTitle;
    QLabel *mValue;
    QLabel *mChange;
};

} // namespace atlas
