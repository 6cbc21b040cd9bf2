#pragma once

#include "entitytablemodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace atlas {

/**
 * A table of one entity list with a search box, a column filter, and add, duplicate and
 * delete buttons. Sorting and filtering run in a QSortFilterProxyModel; rows are plain
 * model rows (no per-row widgets), so 5,000 tenants scroll smoothly.
 */
class EntityTableEditor : public QWidget
{
    Q_OBJECT

public:
    EntityTableEditor(Document *doc, EntityList list, QWidget *parent = nullptr);

    EntityTableModel *model() const { return mModel; }
    QTableView *view() const { return mView; }
    QSortFilterProxyModel *proxy() const { return mProxy; }
    void setList(const EntityList &list);

    /** Shows and selects a source cell, clearing a filter that hides it. */
    void selectCell(int row, int column);
    /** Source rows of the selection, ascending. */
    std::vector<int> selectedRows() const;
    /** The current source row, or -1. */
    int currentRow() const;

    void addRow();
    void duplicateRows();
    void deleteRows();
    void paste();
    void setSearchText(const QString &text);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void currentRowChanged(const atlas::EntityList &list, int row);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillColumnFilter();
    void report(const QString &reason);

    EntityTableModel *mModel;
    QSortFilterProxyModel *mProxy;
    QTableView *mView;
    QLineEdit *mSearch;
    QComboBox *mColumn;
    QToolButton *mAdd;
    QToolButton *mDuplicate;
    QToolButton *mDelete;
    QLabel *mCount;
};

} // namespace atlas
