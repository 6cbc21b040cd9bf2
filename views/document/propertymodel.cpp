#include "propertymodel.h"

#include "editcommands.h"
#include "entityfields.h"

#include <QBrush>
#include <QColor>

namespace atlas {

PropertyModel::PropertyModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PropertyModel::setDocument(Document *doc)
{
    if (mDoc)
        disconnect(mDoc->notifier(), nullptr, this, nullptr);
    mDoc = doc;
    if (doc) {
        auto *n = doc->notifier();
        connect(n, &DocumentNotifier::entityChanged, this, [this](const EntityList &l, int row) {
            if (l == mList && row == mRow)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 1));
        });
        // Rows shift on insert and remove: follow nothing rather than the wrong entity.
        auto drop = [this] { setEntity(mList, -1); };
        connect(n, &DocumentNotifier::entitiesRemoved, this, drop);
        connect(n, &DocumentNotifier::reset, this, drop);
    }
    setEntity(mList, -1);
}

void PropertyModel::setEntity(const EntityList &list, int row)
{
    beginResetModel();
    mList = list;
    mRow = (mDoc && row >= 0 && row < entityCount(mDoc->project(), list)) ? row : -1;
    mRefusal.clear();
    mRefusedField = -1;
    endResetModel();
}

int PropertyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || mRow < 0 ? 0 : static_cast<int>(fieldsFor(mList).size());
}

int PropertyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant PropertyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || mRow < 0 || !mDoc)
        return {};
    const FieldDef &field = fieldsFor(mList)[index.row()];
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(field.title()) : QVariant();
    const bool refused = index.row() == mRefusedField;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(field, field.get(entityRef(mDoc->project(), mList, mRow)));
    case Qt::EditRole: {
        const QVariant v = field.get(entityRef(mDoc->project(), mList, mRow));
        return v.isValid() ? v : QVariant(QString());
    }
    case ChoicesRole:
        return field.type == FieldType::Choice ? QVariant(field.choices) : QVariant();
    case Qt::ToolTipRole:
        return refused ? QVariant(mRefusal) : QVariant();
    case Qt::BackgroundRole:
        return refused ? QVariant(QBrush(QColor(255, 205, 205))) : QVariant();
    default:
        return {};
    }
}

QVariant PropertyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == 0 ? tr("Property") : tr("Value");
    return {};
}

Qt::ItemFlags PropertyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == 1 && mDoc && !mDoc->isReadOnly()
        && fieldsFor(mList)[index.row()].editable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool PropertyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != 1 || !mDoc || mRow < 0)
        return false;
    const edit::Outcome outcome = edit::setField(*mDoc, mList, mRow, index.row(), value);
    if (!outcome) {
        mRefusal = outcome.reason;
        mRefusedField = index.row();
        Q_EMIT dataChanged(index, index);
        Q_EMIT editRefused(outcome.reason);
        return false;
    }
    mRefusedField = -1;
    Q_EMIT dataChanged(index, index);
    return true;
}

} // namespace atlas
