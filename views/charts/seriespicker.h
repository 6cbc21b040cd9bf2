#pragma once

#include <QDialog>

#include <vector>

class QLineEdit;
class QListWidget;

namespace atlas {

/**
 * Chooses which series a chart shows: a list with a box per series, a filter that
 * narrows the list by name, and All / None for the listed ones. For charts with more
 * series than a legend can hold (hundreds of centres), where legend clicks cannot reach.
 */
class SeriesPicker : public QDialog
{
    Q_OBJECT

public:
    SeriesPicker(const QStringList &names, const std::vector<bool> &visible, QWidget *parent = nullptr);

    /** One flag per series, as the boxes are now. */
    std::vector<bool> visibility() const;
    /** Shows only the series whose name contains `text` (case-insensitive). */
    void setFilter(const QString &text);
    /** Ticks (or clears) every series the filter shows. */
    void setListedChecked(bool checked);
    /** Number of series the filter shows (for tests). */
    int listedCount() const;

private:
    void updateCount();

    QLineEdit *mFilter;
    QListWidget *mList;
};

} // namespace atlas
