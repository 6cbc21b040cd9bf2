#include "seriespicker.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace atlas {

SeriesPicker::SeriesPicker(const QStringList &names, const std::vector<bool> &visible, QWidget *parent)
    : QDialog(parent)
    , mFilter(new QLineEdit(this))
    , mList(new QListWidget(this))
{
    setWindowTitle(tr("Choose Series"));
    mFilter->setPlaceholderText(tr("Filter by name"));
    mFilter->setClearButtonEnabled(true);
    for (int i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(names[i], mList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(size_t(i) < visible.size() && visible[size_t(i)] ? Qt::Checked : Qt::Unchecked);
    }
    auto *all = new QPushButton(tr("Show All Listed"), this);
    auto *none = new QPushButton(tr("Hide All Listed"), this);
    auto *count = new QLabel(this);
    count->setObjectName(QStringLiteral("count"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *row = new QHBoxLayout;
    row->addWidget(all);
    row->addWidget(none);
    row->addStretch(1);
    row->addWidget(count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mFilter);
    layout->addWidget(mList, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(420, 520);

    connect(mFilter, &QLineEdit::textChanged, this, &SeriesPicker::setFilter);
    connect(all, &QPushButton::clicked, this, [this] { setListedChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setListedChecked(false); });
    connect(mList, &QListWidget::itemChanged, this, &SeriesPicker::updateCount);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
}

std::vector<bool> SeriesPicker::visibility() const
{
    std::vector<bool> out(size_t(mList->count()));
    for (int i = 0; i < mList->count(); ++i)
        out[size_t(i)] = mList->item(i)->checkState() == Qt::Checked;
    return out;
}

void SeriesPicker::setFilter(const QString &text)
{
    if (mFilter->text() != text)
        mFilter->setText(text);  // re-enters through textChanged
    for (int i = 0; i < mList->count(); ++i) {
        QListWidgetItem *item = mList->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
    updateCount();
}

void SeriesPicker::setListedChecked(bool checked)
{
    for (int i = 0; i < mList->count(); ++i)
        if (!mList->item(i)->isHidden())
            mList->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

int SeriesPicker::listedCount() const
{
    int n = 0;
    for (int i = 0; i < mList->count(); ++i)
        n += mList->item(i)->isHidden() ? 0 : 1;
    return n;
}

void SeriesPicker::updateCount()
{
    int shown = 0;
    for (int i = 0; i < mList->count(); ++i)
        shown += mList->item(i)->checkState() == Qt::Checked ? 1 : 0;
    if (auto *count = findChild<QLabel *>(QStringLiteral("count")))
        count->setText(tr("%1 of %2 shown").arg(shown).arg(mList->count()));
}

} // namespace atlas
