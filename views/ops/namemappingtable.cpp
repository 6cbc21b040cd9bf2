#include "namemappingtable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>

namespace atlas {
namespace {

QString kindText(NameKind kind)
{
    switch (kind) {
    case NameKind::Center: return NameMappingTable::tr("Centre");
    case NameKind::Chip: return NameMappingTable::tr("Chip");
    case NameKind::Tenant: return NameMappingTable::tr("Tenant");
    }
    return {};
}

template<typename List>
void fillCombo(QComboBox *box, const List &list)
{
    for (const auto &e : list) {
        const QString id = QString::fromStdString(e.id);
        const QString text = e.name.empty() || e.name == e.id ? id : QStringLiteral("%1 (%2)").arg(QString::fromStdString(e.name), id);
        box->addItem(text, id);
    }
}

} // namespace

NameMappingTable::NameMappingTable(QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(4);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

void NameMappingTable::setNames(const Project &project, const SourceNames &names, const NameMapping &mapping)
{
    clearContents();
    setRowCount(0);
    mRows.clear();
    setHorizontalHeaderLabels({tr("Kind"), tr("Name in the source"), tr("Rows"), tr("Project entity")});
    addRows(project, NameKind::Center, names.centers, mapping.centers);
    addRows(project, NameKind::Chip, names.chips, mapping.chips);
    addRows(project, NameKind::Tenant, names.tenants, mapping.tenants);
    Q_EMIT mappingChanged();
}

void NameMappingTable::addRows(const Project &project, NameKind kind, const std::vector<NameCount> &names,
                               const std::map<std::string, std::string> &chosen)
{
    for (const NameCount &n : names) {
        const int row = rowCount();
        insertRow(row);
        mRows.append({kind, n.name});
        setItem(row, 0, new QTableWidgetItem(kindText(kind)));
        setItem(row, 1, new QTableWidgetItem(QString::fromStdString(n.name)));
        auto *rows = new QTableWidgetItem(n.rows > 0 ? QLocale().toString(qlonglong(n.rows)) : QStringLiteral("—"));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, 2, rows);
        auto *box = new QComboBox(this);
        box->addItem(tr("(unmatched: leave out)"), QString());
        switch (kind) {
        case NameKind::Center: fillCombo(box, project.centers); break;
        case NameKind::Chip: fillCombo(box, project.chips); break;
        case NameKind::Tenant: fillCombo(box, project.tenants); break;
        }
        const auto it = chosen.find(n.name);
        if (it != chosen.end())
            box->setCurrentIndex(std::max(0, box->findData(QString::fromStdString(it->second))));
        setCellWidget(row, 3, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
            for (int r = 0; r < rowCount(); ++r)
                if (cellWidget(r, 3) == box)
                    markRow(r);
            Q_EMIT mappingChanged();
        });
        markRow(row);
    }
}

void NameMappingTable::markRow(int row)
{
    auto *box = qobject_cast<QComboBox *>(cellWidget(row, 3));
    const bool unmatched = !box || box->currentData().toString().isEmpty();
    for (int c = 0; c < 3; ++c) {
        QTableWidgetItem *it = item(row, c);
        if (!it)
            continue;
        it->setBackground(unmatched ? QColor(0xff, 0xe0, 0xb2) : QColor(Qt::transparent));
        it->setToolTip(unmatched ? tr("Unmatched: the rows of this name will be left out and reported") : QString());
    }
    if (QTableWidgetItem *it = item(row, 0))
        it->setIcon(unmatched ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
}

NameMapping NameMappingTable::mapping() const
{
    NameMapping m;
    for (int r = 0; r < mRows.size(); ++r) {
        auto *box = qobject_cast<QComboBox *>(cellWidget(r, 3));
        const std::string id = box ? box->currentData().toString().toStdString() : std::string();
        auto &map = mRows[r].kind == NameKind::Center ? m.centers : mRows[r].kind == NameKind::Chip ? m.chips : m.tenants;
        map[mRows[r].name] = id;
    }
    return m;
}

bool NameMappingTable::choose(NameKind kind, const QString &name, const QString &id)
{
    for (int r = 0; r < mRows.size(); ++r) {
        if (mRows[r].kind != kind || mRows[r].name != name.toStdString())
            continue;
        auto *box = qobject_cast<QComboBox *>(cellWidget(r, 3));
        const int i = box ? box->findData(id) : -1;
        if (i < 0)
            return false;
        box->setCurrentIndex(i);
        return true;
    }
    return false;
}

int NameMappingTable::unmatchedCount() const
{
    int n = 0;
    for (int r = 0; r < rowCount(); ++r) {
        auto *box = qobject_cast<QComboBox *>(cellWidget(r, 3));
        n += !box || box->currentData().toString().isEmpty();
    }
    return n;
}

} // namespace atlas
