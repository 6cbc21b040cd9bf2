#include "entitytablemodel.h"

#include "editcommands.h"
#include "problemtext.h"

#include <QBrush>
#include <QColor>

namespace atlas {

EntityTableModel::EntityTableModel(Document *doc, EntityList list, QObject *parent)
    : QAbstractTableModel(parent)
    , mDoc(doc)
    , mList(list)
{
    auto *n = doc->notifier();
    connect(n, &DocumentNotifier::entityChanged, this, [this](const EntityList &l, int row) {
        if (l == mList)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    });
    connect(n, &DocumentNotifier::entitiesAboutToBeInserted, this, [this](const EntityList &l, int first, int last) {
        if (l == mList)
            beginInsertRows(QModelIndex(), first, last);
        else if (mList.isOverlay() && l.kind == EntityKind::Scenario && !l.isOverlay())
            beginResetModel();
    });
    connect(n, &DocumentNotifier::entitiesInserted, this, [this](const EntityList &l) {
        if (l == mList) {
            mRefused.clear();
            endInsertRows();
        } else if (mList.isOverlay() && l.kind == EntityKind::Scenario && !l.isOverlay()) {
            endResetModel();
        }
    });
    connect(n, &DocumentNotifier::entitiesAboutToBeRemoved, this, [this](const EntityList &l, int first, int last) {
        if (l == mList)
            beginRemoveRows(QModelIndex(), first, last);
        else if (mList.isOverlay() && l.kind == EntityKind::Scenario && !l.isOverlay())
            beginResetModel();
    });
    connect(n, &DocumentNotifier::entitiesRemoved, this, [this](const EntityList &l) {
        if (l == mList) {
            mRefused.clear();
            endRemoveRows();
        } else if (mList.isOverlay() && l.kind == EntityKind::Scenario && !l.isOverlay()) {
            endResetModel();
        }
    });
    connect(n, &DocumentNotifier::aboutToReset, this, &EntityTableModel::beginResetModel);
    connect(n, &DocumentNotifier::reset, this, [this] {
        mRefused.clear();
        endResetModel();
    });
    connect(n, &DocumentNotifier::projectChanged, this, [this] { mProblemsValid = false; });
}

void EntityTableModel::setList(const EntityList &list)
{
    beginResetModel();
    mList = list;
    mRefused.clear();
    mProblemsValid = false;
    endResetModel();
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !mDoc ? 0 : entityCount(mDoc->project(), mList);
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(fieldsFor(mList).size());
}

void EntityTableModel::rebuildProblems() const
{
    mProblems.clear();
    for (const auto &p : mDoc->problems()) {
        EntityList list;
        int row = 0;
        std::string field;
        if (!parseProblemPath(p.path, &list, &row, &field) || !(list == mList))
            continue;
        int column = columnForField(mList, field);
        if (column < 0)
            column = 0;
        QString &text = mProblems[cellKey(row, column)];
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += problemMessage(p);
    }
    mProblemsValid = true;
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !mDoc || index.row() >= rowCount())
        return {};
    const FieldDef &field = fieldsFor(mList)[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(field, field.get(entityRef(mDoc->project(), mList, index.row())));
    case Qt::EditRole: {
        // The raw value: numbers sort as numbers; absent optionals edit as empty text.
        const QVariant v = field.get(entityRef(mDoc->project(), mList, index.row()));
        return v.isValid() ? v : QVariant(QString());
    }
    case Qt::ToolTipRole:
    case Qt::BackgroundRole: {
        QString reason = mRefused.value(cellKey(index.row(), index.column()));
        if (reason.isEmpty()) {
            if (!mProblemsValid)
                rebuildProblems();
            reason = mProblems.value(cellKey(index.row(), index.column()));
        }
        if (role == Qt::ToolTipRole)
            return reason.isEmpty() ? QVariant() : QVariant(reason);
        return reason.isEmpty() ? QVariant() : QVariant(QBrush(QColor(255, 205, 205)));
    }
    case ChoicesRole:
        return field.type == FieldType::Choice ? QVariant(field.choices) : QVariant();
    case Qt::TextAlignmentRole:
        if (field.type == FieldType::Number || field.type == FieldType::OptionalNumber
            || field.type == FieldType::Integer || field.type == FieldType::Derived)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < columnCount())
        return fieldsFor(mList)[section].title();
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

Qt::ItemFlags EntityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && mDoc && !mDoc->isReadOnly() && fieldsFor(mList)[index.column()].editable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool EntityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !mDoc)
        return false;
    const quint64 key = cellKey(index.row(), index.column());
    const edit::Outcome outcome = edit::setField(*mDoc, mList, index.row(), index.column(), value);
    if (!outcome) {
        mRefused.insert(key, outcome.reason);
        Q_EMIT dataChanged(index, index, {Qt::ToolTipRole, Qt::BackgroundRole});
        Q_EMIT editRefused(outcome.reason);
        return false;
    }
    if (mRefused.remove(key))
        Q_EMIT dataChanged(index, index, {Qt::ToolTipRole, Qt::BackgroundRole});
    return true;
}

QString EntityTableModel::refusal(const QModelIndex &index) const
{
    return mRefused.value(cellKey(index.row(), index.column()));
}

} // namespace atlas
