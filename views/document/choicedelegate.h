#pragma once

#include <QStyledItemDelegate>

namespace atlas {

/**
 * Edits Choice fields (workload, policy) with a combo box of translated labels; the model
 * receives the id. Other cells get the default editor. The model names a cell's ids in
 * ChoicesRole (entityfields.h).
 */
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace atlas
