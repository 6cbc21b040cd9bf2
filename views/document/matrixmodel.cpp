#include "matrixmodel.h"

#include <QLocale>

#include <algorithm>

namespace atlas {

void MatrixModel::setTable(QStringList headers, QStringList labels, std::vector<std::vector<double>> rows, int decimals)
{
    beginResetModel();
    mHeaders = std::move(headers);
    mLabels = std::move(labels);
    mRows = std::move(rows);
    mDecimals = decimals;
    endResetModel();
}

void MatrixModel::clear()
{
    setTable({}, {}, {});
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(mLabels.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(mHeaders.size());
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int r = index.row();
    const int c = index.column();
    if (c == 0)
        return (role == Qt::DisplayRole || role == Qt::EditRole) ? QVariant(mLabels[r]) : QVariant();
    const auto &row = mRows[r];
    const double v = c - 1 < static_cast<int>(row.size()) ? row[c - 1] : 0.0;
    const bool percent = std::find(mPercent.begin(), mPercent.end(), c - 1) != mPercent.end();
    switch (role) {
    case Qt::DisplayRole:
        return percent ? QLocale().toString(v * 100.0, 'f', 1) + QLatin1Char('%')
                       : QLocale().toString(v, 'f', mDecimals);
    case Qt::EditRole:
        return v;  // sorting
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < mHeaders.size())
        return mHeaders[section];
    return {};
}

} // namespace atlas
