#include "csvimportdialog.h"

#include "entityfields.h"
#include "tabularimport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atlas {

CsvImportDialog::CsvImportDialog(Document *doc, const QString &csvText, QWidget *parent)
    : QDialog(parent)
    , mDoc(doc)
    , mRows(parseCsv(csvText))
    , mKind(new QComboBox(this))
    , mHeader(new QCheckBox(this))
    , mPreview(new QTableWidget(this))
    , mMessage(new QLabel(this))
{
    setWindowTitle(tr("Import CSV"));
    mKind->addItem(kindTitle(EntityKind::Tenant), static_cast<int>(EntityKind::Tenant));
    mKind->addItem(kindTitle(EntityKind::Inventory), static_cast<int>(EntityKind::Inventory));
    mHeader->setText(tr("The first row holds column names"));
    mHeader->setChecked(true);
    mMessage->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Import as"), mKind);
    form->addRow(QString(), mHeader);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Choose the field each column fills:"), this));
    layout->addWidget(mPreview, 1);
    layout->addWidget(mMessage);
    layout->addWidget(buttons);
    connect(mKind, &QComboBox::currentIndexChanged, this, &CsvImportDialog::rebuild);
    connect(mHeader, &QCheckBox::toggled, this, &CsvImportDialog::rebuild);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (import())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 500);
    rebuild();
}

void CsvImportDialog::importInto(Document *doc, QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import CSV"), QString(), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, tr("Import CSV"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    CsvImportDialog dialog(doc, QString::fromUtf8(file.readAll()), parent);
    dialog.exec();
}

EntityList CsvImportDialog::list() const
{
    return EntityList{static_cast<EntityKind>(mKind->currentData().toInt()), -1};
}

void CsvImportDialog::setKind(EntityKind kind)
{
    mKind->setCurrentIndex(std::max(0, mKind->findData(static_cast<int>(kind))));
}

void CsvImportDialog::setMapping(int column, int field)
{
    if (column >= 0 && column < mMapping.size())
        mMapping[column]->setCurrentIndex(std::max(0, mMapping[column]->findData(field)));
}

void CsvImportDialog::rebuild()
{
    const auto &fields = fieldsFor(list());
    int columns = 0;
    for (const auto &r : std::as_const(mRows))
        columns = std::max(columns, static_cast<int>(r.size()));
    const QStringList header = mHeader->isChecked() && !mRows.isEmpty() ? mRows.front() : QStringList();
    const std::vector<int> guess = guessMapping(list(), header);
    const int first = header.isEmpty() ? 0 : 1;
    const int shown = std::min<int>(static_cast<int>(mRows.size()) - first, 50);
    mPreview->clear();
    mPreview->setColumnCount(columns);
    mPreview->setRowCount(std::max(0, shown) + 1);
    mMapping.clear();
    for (int c = 0; c < columns; ++c) {
        auto *combo = new QComboBox(mPreview);
        combo->addItem(tr("(skip)"), -1);
        for (size_t f = 0; f < fields.size(); ++f)
            if (fields[f].editable())
                combo->addItem(fields[f].title(), static_cast<int>(f));
        const int guessed = c < static_cast<int>(guess.size()) ? guess[c] : (header.isEmpty() && c < static_cast<int>(fields.size()) ? c : -1);
        combo->setCurrentIndex(std::max(0, combo->findData(guessed)));
        mPreview->setCellWidget(0, c, combo);
        mMapping << combo;
        mPreview->setHorizontalHeaderItem(c, new QTableWidgetItem(c < header.size() ? header[c] : tr("Column %1").arg(c + 1)));
    }
    for (int r = 0; r < shown; ++r)
        for (int c = 0; c < mRows[r + first].size(); ++c)
            mPreview->setItem(r + 1, c, new QTableWidgetItem(mRows[r + first][c]));
    // Wide enough for the chosen field's name (longer in Chinese) as well as the cells.
    mPreview->resizeColumnsToContents();
    mMessage->setText(tr("%n row(s) to import.", nullptr, std::max(0, static_cast<int>(mRows.size()) - first)));
}

bool CsvImportDialog::import()
{
    std::vector<int> mapping;
    for (auto *combo : std::as_const(mMapping))
        mapping.push_back(combo->currentData().toInt());
    QList<QStringList> rows = mRows;
    if (mHeader->isChecked() && !rows.isEmpty())
        rows.removeFirst();
    std::vector<EntityValue> values;
    QString reason;
    if (!entitiesFromRows(mDoc->project(), list(), rows, mapping, &values, &reason)) {
        mMessage->setText(reason);
        return false;
    }
    const edit::Outcome outcome = edit::addEntities(*mDoc, list(), std::move(values),
                                                    tr("Import %n row(s) from CSV", nullptr, static_cast<int>(rows.size())));
    if (!outcome) {
        mMessage->setText(tr("Not imported: %1").arg(outcome.reason));
        return false;
    }
    mMessage->setText(tr("Imported %n row(s).", nullptr, static_cast<int>(rows.size())));
    return true;
}

QString CsvImportDialog::message() const
{
    return mMessage->text();
}

} // namespace atlas
