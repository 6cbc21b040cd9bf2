#include "entitytableeditor.h"

#include "choicedelegate.h"
#include "editcommands.h"
#include "tabularimport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace atlas {

EntityTableEditor::EntityTableEditor(Document *doc, EntityList list, QWidget *parent)
    : QWidget(parent)
    , mModel(new EntityTableModel(doc, list, this))
    , mProxy(new QSortFilterProxyModel(this))
    , mView(new QTableView(this))
    , mSearch(new QLineEdit(this))
    , mColumn(new QComboBox(this))
    , mAdd(new QToolButton(this))
    , mDuplicate(new QToolButton(this))
    , mDelete(new QToolButton(this))
    , mCount(new QLabel(this))
{
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(Qt::EditRole);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setFilterKeyColumn(-1);
    mProxy->setSortLocaleAware(true);

    mView->setModel(mProxy);
    mView->setItemDelegate(new ChoiceDelegate(mView));
    mView->setSortingEnabled(true);
    mView->sortByColumn(-1, Qt::AscendingOrder);  // file order until the user sorts
    mView->setSelectionBehavior(QAbstractItemView::SelectItems);
    mView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    mView->setAlternatingRowColors(true);
    mView->setWordWrap(false);
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 8);
    mView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mView->horizontalHeader()->setDefaultSectionSize(110);
    mView->installEventFilter(this);

    mSearch->setClearButtonEnabled(true);
    mAdd->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    mDuplicate->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    mDelete->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    for (auto *b : {mAdd, mDuplicate, mDelete})
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *bar = new QHBoxLayout;
    bar->addWidget(mSearch, 1);
    bar->addWidget(mColumn);
    bar->addWidget(mCount);
    bar->addSpacing(12);
    bar->addWidget(mAdd);
    bar->addWidget(mDuplicate);
    bar->addWidget(mDelete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(mView, 1);

    connect(mSearch, &QLineEdit::textChanged, this, &EntityTableEditor::setSearchText);
    connect(mColumn, &QComboBox::currentIndexChanged, this, [this](int i) {
        mProxy->setFilterKeyColumn(i <= 0 ? -1 : i - 1);
        setSearchText(mSearch->text());
    });
    connect(mAdd, &QToolButton::clicked, this, &EntityTableEditor::addRow);
    connect(mDuplicate, &QToolButton::clicked, this, &EntityTableEditor::duplicateRows);
    connect(mDelete, &QToolButton::clicked, this, &EntityTableEditor::deleteRows);
    connect(mModel, &EntityTableModel::editRefused, this, &EntityTableEditor::report);
    connect(mView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        Q_EMIT currentRowChanged(mModel->list(), currentRow());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(mProxy, signal, this, &EntityTableEditor::retranslate);
    connect(mProxy, &QAbstractItemModel::modelReset, this, &EntityTableEditor::retranslate);
    connect(mProxy, &QAbstractItemModel::layoutChanged, this, &EntityTableEditor::retranslate);
    retranslate();
}

void EntityTableEditor::setList(const EntityList &list)
{
    mModel->setList(list);
    fillColumnFilter();
}

void EntityTableEditor::retranslate()
{
    mSearch->setPlaceholderText(tr("Search %1…").arg(kindTitle(mModel->list().kind).toLower()));
    mAdd->setText(tr("Add"));
    mAdd->setToolTip(tr("Add a %1").arg(kindNoun(mModel->list().kind)));
    mDuplicate->setText(tr("Duplicate"));
    mDelete->setText(tr("Delete"));
    mCount->setText(tr("%1 of %2").arg(mProxy->rowCount()).arg(mModel->rowCount()));
    if (mColumn->count() != mModel->columnCount() + 1)
        fillColumnFilter();
}

void EntityTableEditor::fillColumnFilter()
{
    const QSignalBlocker block(mColumn);
    const int current = mColumn->currentIndex();
    mColumn->clear();
    mColumn->addItem(tr("All columns"));
    for (int c = 0; c < mModel->columnCount(); ++c)
        mColumn->addItem(mModel->headerData(c, Qt::Horizontal).toString());
    mColumn->setCurrentIndex(current >= 0 && current < mColumn->count() ? current : 0);
}

void EntityTableEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillColumnFilter();
    }
    QWidget::changeEvent(event);
}

bool EntityTableEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mView && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            paste();
            return true;
        }
        if (key->matches(QKeySequence::Delete)) {
            deleteRows();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntityTableEditor::setSearchText(const QString &text)
{
    mProxy->setFilterFixedString(text);
    retranslate();
}

void EntityTableEditor::report(const QString &reason)
{
    Q_EMIT statusMessage(reason);
}

void EntityTableEditor::selectCell(int row, int column)
{
    QModelIndex source = mModel->index(row, std::max(0, column));
    QModelIndex proxied = mProxy->mapFromSource(source);
    if (!proxied.isValid()) {
        mSearch->clear();
        proxied = mProxy->mapFromSource(source);
    }
    if (!proxied.isValid())
        return;
    mView->setCurrentIndex(proxied);
    mView->scrollTo(proxied, QAbstractItemView::PositionAtCenter);
    mView->setFocus();
}

std::vector<int> EntityTableEditor::selectedRows() const
{
    std::vector<int> rows;
    for (const QModelIndex &i : mView->selectionModel()->selectedIndexes())
        rows.push_back(mProxy->mapToSource(i).row());
    if (rows.empty() && currentRow() >= 0)
        rows.push_back(currentRow());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

int EntityTableEditor::currentRow() const
{
    const QModelIndex i = mProxy->mapToSource(mView->currentIndex());
    return i.isValid() ? i.row() : -1;
}

void EntityTableEditor::addRow()
{
    edit::Outcome outcome;
    const int row = edit::addEntity(*mModel->document(), mModel->list(), &outcome);
    if (row < 0)
        report(outcome.reason);
    else
        selectCell(row, 0);
}

void EntityTableEditor::duplicateRows()
{
    const int row = currentRow();
    if (row < 0)
        return;
    edit::Outcome outcome;
    const int copy = edit::duplicateEntity(*mModel->document(), mModel->list(), row, &outcome);
    if (copy < 0)
        report(outcome.reason);
    else
        selectCell(copy, 0);
}

void EntityTableEditor::deleteRows()
{
    const edit::Outcome outcome = edit::removeEntities(*mModel->document(), mModel->list(), selectedRows());
    if (!outcome)
        report(outcome.reason);
}

void EntityTableEditor::paste()
{
    const QModelIndex current = mProxy->mapToSource(mView->currentIndex());
    const edit::Outcome outcome = pasteRows(*mModel->document(), mModel->list(),
                                            QApplication::clipboard()->text(), 0);
    Q_UNUSED(current)
    if (!outcome)
        report(outcome.reason);
    else
        selectCell(mModel->rowCount() - 1, 0);
}

} // namespace atlas
