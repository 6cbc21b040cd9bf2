#include "actualsimportdialog.h"

#include "namemappingtable.h"
#include "problemtext.h"
#include "prometheusform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atlas {
namespace {

/** The CSV column roles, in the order of the column boxes. */
struct Role {
    int CsvColumns::*member;
    bool pools;
    bool usage;
};
const Role kRoles[] = {
    {&CsvColumns::time, true, true},       {&CsvColumns::start, false, true},
    {&CsvColumns::end, false, true},       {&CsvColumns::center, true, false},
    {&CsvColumns::chip, true, true},       {&CsvColumns::tenant, false, true},
    {&CsvColumns::utilization, true, false}, {&CsvColumns::busyChips, true, false},
    {&CsvColumns::chipHours, false, true},
};
constexpr int kRoleCount = int(std::size(kRoles));

QString roleName(int i)
{
    switch (i) {
    case 0: return ActualsImportDialog::tr("Time");
    case 1: return ActualsImportDialog::tr("Start");
    case 2: return ActualsImportDialog::tr("End");
    case 3: return ActualsImportDialog::tr("Centre");
    case 4: return ActualsImportDialog::tr("Chip");
    case 5: return ActualsImportDialog::tr("Tenant");
    case 6: return ActualsImportDialog::tr("Utilization");
    case 7: return ActualsImportDialog::tr("Busy chips");
    case 8: return ActualsImportDialog::tr("GPU-hours");
    }
    return {};
}

} // namespace

ActualsImportDialog::ActualsImportDialog(Document *doc, QWidget *parent)
    : QDialog(parent)
    , mDoc(doc)
    , mSession(new ImportSession(doc, this))
    , mSource(new QComboBox(this))
    , mPages(new QStackedWidget(this))
    , mFile(new QLineEdit(this))
    , mBrowse(new QPushButton(this))
    , mEncoding(new QComboBox(this))
    , mUtcOffset(new QSpinBox(this))
    , mUtcLabel(new QLabel(this))
    , mColumnsBox(new QWidget(this))
    , mColumnsGrid(new QGridLayout(mColumnsBox))
    , mScale(new QComboBox(this))
    , mPreview(new QTableWidget(this))
    , mProm(new PrometheusForm(doc->project(), this))
    , mRead(new QPushButton(this))
    , mMapping(new NameMappingTable(this))
    , mUnmatched(new QLabel(this))
    , mDefaultChip(new QComboBox(this))
    , mDefaultChipLabel(new QLabel(this))
    , mProgress(new QProgressBar(this))
    , mCancel(new QPushButton(this))
    , mMessage(new QLabel(this))
    , mRetry(new QPushButton(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , mImport(mButtons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    for (auto s : {ActualsSource::PoolCsv, ActualsSource::UsageCsv, ActualsSource::Slurm, ActualsSource::Prometheus})
        mSource->addItem(QString(), int(s));
    mEncoding->addItem(QString(), QString());
    mEncoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    mEncoding->addItem(QStringLiteral("GBK"), QStringLiteral("GBK"));
    mUtcOffset->setRange(-12, 14);
    mUtcOffset->setValue(8);
    mUtcOffset->setPrefix(QStringLiteral("UTC+"));
    mColumnsGrid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kRoleCount; ++i) {
        auto *label = new QLabel(mColumnsBox);
        auto *box = new QComboBox(mColumnsBox);
        box->setMinimumContentsLength(14);
        mColumnLabels << label;
        mColumnBoxes << box;
        connect(box, &QComboBox::currentIndexChanged, this, &ActualsImportDialog::applyColumns);
    }
    mScale->addItem(QString(), int(UtilizationScale::Auto));
    mScale->addItem(QString(), int(UtilizationScale::Fraction));
    mScale->addItem(QString(), int(UtilizationScale::Percent));
    connect(mScale, &QComboBox::currentIndexChanged, this, &ActualsImportDialog::applyColumns);
    mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mPreview->verticalHeader()->hide();
    mPreview->setMaximumHeight(190);
    mPreview->verticalHeader()->setDefaultSectionSize(mPreview->fontMetrics().height() + 6);
    mPreview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The file page.
    auto *filePage = new QWidget(this);
    auto *fileForm = new QFormLayout(filePage);
    fileForm->setContentsMargins(0, 0, 0, 0);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mFile, 1);
    fileRow->addWidget(mBrowse);
    auto *options = new QHBoxLayout;
    options->addWidget(mEncoding);
    options->addSpacing(16);
    options->addWidget(mUtcLabel);
    options->addWidget(mUtcOffset);
    options->addStretch(1);
    fileForm->addRow(tr("File"), fileRow);
    fileForm->addRow(tr("Encoding"), options);
    fileForm->addRow(mColumnsBox);
    fileForm->addRow(mPreview);
    mPages->addWidget(filePage);
    mPages->addWidget(mProm);

    auto *readRow = new QHBoxLayout;
    readRow->addWidget(mRead);
    readRow->addStretch(1);
    auto *chipRow = new QHBoxLayout;
    chipRow->addWidget(mDefaultChipLabel);
    chipRow->addWidget(mDefaultChip, 1);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(mProgress, 1);
    progressRow->addWidget(mCancel);
    auto *messageScroll = new QScrollArea(this);
    messageScroll->setWidget(mMessage);
    messageScroll->setWidgetResizable(true);
    messageScroll->setFrameShape(QFrame::NoFrame);
    messageScroll->setMaximumHeight(140);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(messageScroll, 1);
    messageRow->addWidget(mRetry, 0, Qt::AlignTop);
    mMessage->setWordWrap(true);
    mMessage->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    mMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mUnmatched->setWordWrap(true);
    mMapping->setMinimumHeight(180);

    auto *top = new QFormLayout;
    top->addRow(tr("Source"), mSource);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(mPages);
    layout->addLayout(readRow);
    layout->addWidget(mMapping, 1);
    layout->addWidget(mUnmatched);
    layout->addLayout(chipRow);
    layout->addLayout(progressRow);
    layout->addLayout(messageRow);
    layout->addWidget(mButtons);

    connect(mSource, &QComboBox::currentIndexChanged, this, &ActualsImportDialog::onSourceChanged);
    connect(mBrowse, &QPushButton::clicked, this, &ActualsImportDialog::browse);
    connect(mFile, &QLineEdit::editingFinished, this, [this] { setFile(mFile->text()); });
    connect(mEncoding, &QComboBox::currentIndexChanged, this, &ActualsImportDialog::preview);
    connect(mRead, &QPushButton::clicked, this, &ActualsImportDialog::readSource);
    connect(mImport, &QPushButton::clicked, this, &ActualsImportDialog::startImport);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mCancel, &QPushButton::clicked, this, &ActualsImportDialog::cancel);
    connect(mRetry, &QPushButton::clicked, this, &ActualsImportDialog::retry);
    connect(mMapping, &NameMappingTable::mappingChanged, this, [this] {
        mSession->setMapping(mMapping->mapping());
        updateUnmatched();
    });
    connect(mSession, &ImportSession::progress, this, [this](double f) { mProgress->setValue(int(f * 1000)); });
    connect(mSession, &ImportSession::readFinished, this, &ActualsImportDialog::onRead);
    connect(mSession, &ImportSession::importFinished, this, &ActualsImportDialog::onImported);
    mProgress->setRange(0, 1000);
    retranslate();
    onSourceChanged();
    setBusy(false);
    resize(900, 760);
}

ActualsImportDialog::~ActualsImportDialog() = default;

void ActualsImportDialog::run(Document *doc, QWidget *parent)
{
    ActualsImportDialog dialog(doc, parent);
    dialog.exec();
}

void ActualsImportDialog::retranslate()
{
    setWindowTitle(tr("Import Actuals"));
    mSource->setItemText(0, tr("Pool utilization (CSV: time, centre, chip, utilization or busy chips)"));
    mSource->setItemText(1, tr("Tenant usage (CSV: tenant, GPU-hours, time or start and end)"));
    mSource->setItemText(2, tr("Slurm accounting (sacct --parsable2 export with GPU TRES)"));
    mSource->setItemText(3, tr("Prometheus server (GPU utilization metric)"));
    mBrowse->setText(tr("Browse…"));
    mEncoding->setItemText(0, tr("Detect (UTF-8, else GBK)"));
    mUtcLabel->setText(tr("Cluster time zone:"));
    for (int i = 0; i < kRoleCount; ++i)
        mColumnLabels[i]->setText(roleName(i));
    mScale->setItemText(0, tr("Utilization scale: detect"));
    mScale->setItemText(1, tr("Utilization as 0–1"));
    mScale->setItemText(2, tr("Utilization in percent"));
    mRead->setText(tr("Read Source"));
    mDefaultChipLabel->setText(tr("Chip for usage without a GPU type:"));
    mCancel->setText(tr("Cancel"));
    mRetry->setText(tr("Retry"));
    mImport->setText(tr("Import"));
}

void ActualsImportDialog::setSource(ActualsSource source)
{
    mSource->setCurrentIndex(std::max(0, mSource->findData(int(source))));
}

void ActualsImportDialog::onSourceChanged()
{
    const auto source = ActualsSource(mSource->currentData().toInt());
    mSession->setSource(source);
    const bool csv = source == ActualsSource::PoolCsv || source == ActualsSource::UsageCsv;
    mPages->setCurrentIndex(source == ActualsSource::Prometheus ? 1 : 0);
    mColumnsBox->setVisible(csv);
    mPreview->setVisible(csv);
    mEncoding->setEnabled(csv);
    mUtcLabel->setVisible(source == ActualsSource::Slurm);
    mUtcOffset->setVisible(source == ActualsSource::Slurm);
    // Only the roles of this kind of file, three pairs to a row.
    int at = 0;
    for (int i = 0; i < kRoleCount; ++i) {
        const bool shown = source == ActualsSource::PoolCsv ? kRoles[i].pools : kRoles[i].usage;
        mColumnsGrid->removeWidget(mColumnLabels[i]);
        mColumnsGrid->removeWidget(mColumnBoxes[i]);
        mColumnLabels[i]->setVisible(shown);
        mColumnBoxes[i]->setVisible(shown);
        if (!shown)
            continue;
        mColumnsGrid->addWidget(mColumnLabels[i], at / 3, (at % 3) * 2);
        mColumnsGrid->addWidget(mColumnBoxes[i], at / 3, (at % 3) * 2 + 1);
        ++at;
    }
    mColumnsGrid->removeWidget(mScale);
    if (source == ActualsSource::PoolCsv)
        mColumnsGrid->addWidget(mScale, at / 3, (at % 3) * 2, 1, 2);
    mScale->setVisible(source == ActualsSource::PoolCsv);
    const bool usage = source == ActualsSource::UsageCsv || source == ActualsSource::Slurm;
    mDefaultChip->clear();
    mDefaultChip->addItem(tr("(none: leave them out, reported)"), QString());
    for (const Chip &c : mDoc->project().chips)
        mDefaultChip->addItem(QString::fromStdString(c.name.empty() ? c.id : c.name), QString::fromStdString(c.id));
    mDefaultChip->setVisible(usage);
    mDefaultChipLabel->setVisible(usage);
    mMapping->setNames(mDoc->project(), {}, {});
    mMessage->clear();
    mRetry->hide();
    if (csv)
        preview();
    setBusy(false);
}

void ActualsImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Actuals"), mFile->text(),
                                                      tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ActualsImportDialog::setFile(const QString &path)
{
    mFile->setText(path);
    mSession->setFile(path);
    mMapping->setNames(mDoc->project(), {}, {});
    mMessage->clear();
    mRetry->hide();
    preview();
    setBusy(false);
}

void ActualsImportDialog::preview()
{
    CsvOptions options;
    options.encoding = mEncoding->currentData().toString().toStdString();
    mSession->setCsvOptions(options);
    mPreview->clear();
    mPreview->setRowCount(0);
    mPreview->setColumnCount(0);
    const auto source = mSession->source();
    if (mSession->file().isEmpty() || (source != ActualsSource::PoolCsv && source != ActualsSource::UsageCsv))
        return;
    const Result<CsvPreview> p = mSession->preview();
    if (!p) {
        mMessage->setText(problemList(p.problems, mSession->file()));
        return;
    }
    QStringList header;
    for (const auto &h : p->header)
        header << QString::fromStdString(h);
    mPreview->setColumnCount(int(header.size()));
    mPreview->setHorizontalHeaderLabels(header);
    mPreview->setRowCount(int(p->rows.size()));
    for (int r = 0; r < int(p->rows.size()); ++r)
        for (int c = 0; c < int(p->rows[size_t(r)].size()); ++c)
            mPreview->setItem(r, c, new QTableWidgetItem(QString::fromStdString(p->rows[size_t(r)][size_t(c)])));
    const CsvColumns guessed = mSession->columns();
    for (int i = 0; i < kRoleCount; ++i) {
        QComboBox *box = mColumnBoxes[i];
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (int c = 0; c < header.size(); ++c)
            box->addItem(header[c], c);
        box->setCurrentIndex(std::max(0, box->findData(guessed.*(kRoles[i].member))));
    }
    {
        const QSignalBlocker block(mScale);
        mScale->setCurrentIndex(std::max(0, mScale->findData(int(guessed.scale))));
    }
    mMessage->setText(tr("Encoding: %1. Check the columns, then read the file.").arg(QString::fromStdString(p->encoding)));
}

void ActualsImportDialog::setColumn(int role, int column)
{
    if (role >= 0 && role < kRoleCount)
        mColumnBoxes[role]->setCurrentIndex(std::max(0, mColumnBoxes[role]->findData(column)));
}

void ActualsImportDialog::applyColumns()
{
    CsvColumns c;
    for (int i = 0; i < kRoleCount; ++i)
        c.*(kRoles[i].member) = mColumnBoxes[i]->currentData().isValid() ? mColumnBoxes[i]->currentData().toInt() : -1;
    c.scale = UtilizationScale(mScale->currentData().toInt());
    mSession->setColumns(c);
}

} // namespace atlas
