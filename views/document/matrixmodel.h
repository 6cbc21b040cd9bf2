#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace atlas {

/**
 * A read-only table of numbers with a text label per row (results, dashboard tables).
 * Holds its data by value; set it whole with setData(). Cheap for 5,000 × 60 cells.
 */
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    /** rows[r][c] is the value under headers[c + 1]; headers[0] titles the label column. */
    void setTable(QStringList headers, QStringList labels, std::vector<std::vector<double>> rows,
                  int decimals = 2);
    /** Shows these columns (counted from 0 = first number column) as percentages. */
    void setPercentColumns(std::vector<int> columns) { mPercent = std::move(columns); }
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList mHeaders;
    QStringList mLabels;
    std::vector<std::vector<double>> mRows;
    std::vector<int> mPercent;
    int mDecimals = 2;
};

} // namespace atlas
