#include "reportdialog.h"

#include "document.h"
#include "language.h"
#include "problemtext.h"
#include "report/reportoperations.h"
#include "report/reportrenderer.h"
#include "scenariorunner.h"
#include "settingskeys.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace atlas {
namespace {


QString sectionName(ReportSection s)
{
    switch (s) {
    case ReportSection::Cover: return ReportDialog::tr("Cover");
    case ReportSection::Contents: return ReportDialog::tr("Table of contents");
    case ReportSection::Summary: return ReportDialog::tr("Executive summary");
    case ReportSection::Map: return ReportDialog::tr("Map");
    case ReportSection::Charts: return ReportDialog::tr("Charts");
    case ReportSection::Breakdowns: return ReportDialog::tr("Centres, tenants and chips");
    case ReportSection::Operations: return ReportDialog::tr("Operations: plan versus actual");
    case ReportSection::Assumptions: return ReportDialog::tr("Assumptions");
    case ReportSection::Methods: return ReportDialog::tr("Appendix: methods");
    case ReportSection::DataSources: return ReportDialog::tr("Data sources");
    }
    return QString();
}

/** A list of check boxes about `rows` rows high. */
QListWidget *checkList(QWidget *parent, int rows)
{
    auto *list = new QListWidget(parent);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setUniformItemSizes(true);
    list->setMaximumHeight(rows * (list->fontMetrics().height() + 6) + 2 * list->frameWidth() + 4);
    return list;
}

QListWidgetItem *checkItem(QListWidget *list, const QString &text, const QVariant &data, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, data);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QList<QVariant> checkedData(const QListWidget *list)
{
    QList<QVariant> out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole);
    return out;
}

} // namespace

ReportDialog::ReportDialog(Document *doc, QWidget *parent)
    : QDialog(parent)
    , mDoc(doc)
    , mRunner(new ScenarioRunner(doc, this))
    , mPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    // The preview printer has the PDF's resolution and page: text wraps as in the file.
    mPrinter->setOutputFormat(QPrinter::PdfFormat);
    mPrinter->setResolution(ReportRenderer::kResolution);
    mPrinter->setFullPage(true);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(buildChoices());
    splitter->addWidget(buildPreview());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 620});

    mProgress = new QProgressBar(this);
    mProgress->setRange(0, 1000);
    mProgress->hide();
    mCancelRun = new QPushButton(this);
    mCancelRun->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mExport = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    mExport->setDefault(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(mProgress, 1);
    bottom->addWidget(mCancelRun);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(mExport, &QPushButton::clicked, this, &ReportDialog::exportWithDialog);
    connect(mCancelRun, &QPushButton::clicked, mRunner, &ScenarioRunner::cancel);
    connect(mRunner, &ScenarioRunner::progress, this, [this](double fraction) { mProgress->setValue(int(fraction * 1000)); });
    connect(mRunner, &ScenarioRunner::finished, this, &ReportDialog::runFinished);

    fillScenarios();
    fillPeriods();
    retranslate();
    updateState();
    resize(1100, 760);
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::showFor(Document *doc, QWidget *parent)
{
    if (!doc)
        return;
    ReportDialog dialog(doc, parent);
    dialog.exec();
}

QWidget *ReportDialog::buildChoices()
{
    auto *panel = new QWidget(this);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 6, 0);

    mSections = checkList(panel, int(ReportOptions::allSections().size()));
    const bool actuals = mDoc && reportoperations::available(mDoc->data());
    for (ReportSection s : ReportOptions::allSections()) {
        // Operations needs actuals: without them it is off and cannot be chosen.
        const bool possible = s != ReportSection::Operations || actuals;
        QListWidgetItem *item = checkItem(mSections, QString(), int(s), possible);
        if (!possible)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    mScenarios = checkList(panel, 7);
    mBaseline = new QComboBox(panel);
    mPeriods = checkList(panel, 5);

    auto *runFirst = new QRadioButton(panel);
    auto *nameThem = new QRadioButton(panel);
    mMissing = new QButtonGroup(this);
    mMissing->addButton(runFirst, int(MissingResults::RunFirst));
    mMissing->addButton(nameThem, int(MissingResults::NameInReport));
    runFirst->setChecked(true);

    mLanguage = new QComboBox(panel);
    for (const QString &language : availableLanguages())
        mLanguage->addItem(languageName(language), language);
    mLanguage->setCurrentIndex(std::max(0, mLanguage->findData(currentLanguage())));
    mOrganisation = new QLineEdit(QSettings().value(settingskeys::organisation).toString(), panel);
    mLogo = new QLineEdit(QSettings().value(settingskeys::reportLogo).toString(), panel);
    mLogoBrowse = new QPushButton(QStringLiteral("…"), panel);
    auto *logoRow = new QHBoxLayout;
    logoRow->setContentsMargins(0, 0, 0, 0);
    logoRow->addWidget(mLogo, 1);
    logoRow->addWidget(mLogoBrowse);

    auto group = [&](const char *name, QLayout *content) {
        auto *box = new QGroupBox(panel);
        box->setObjectName(QString::fromLatin1(name));
        box->setLayout(content);
        column->addWidget(box);
        return box;
    };
    auto *sectionsLayout = new QVBoxLayout;
    sectionsLayout->addWidget(mSections);
    group("sections", sectionsLayout);
    auto *scenarioLayout = new QFormLayout;
    scenarioLayout->addRow(mScenarios);
    scenarioLayout->addRow(mBaselineLabel = new QLabel(panel), mBaseline);
    scenarioLayout->addRow(runFirst);
    scenarioLayout->addRow(nameThem);
    group("scenarios", scenarioLayout);
    auto *periodsLayout = new QVBoxLayout;
    periodsLayout->addWidget(mPeriods);
    group("periods", periodsLayout);
    auto *form = new QFormLayout;
    form->addRow(mLanguageLabel = new QLabel(panel), mLanguage);
    form->addRow(mOrganisationLabel = new QLabel(panel), mOrganisation);
    form->addRow(mLogoLabel = new QLabel(panel), logoRow);
    group("document", form);
    column->addStretch(1);

    connect(mSections, &QListWidget::itemChanged, this, &ReportDialog::choicesChanged);
    connect(mScenarios, &QListWidget::itemChanged, this, [this] {
        // The baseline is one of the checked scenarios.
        const QString before = mBaseline->currentData().toString();
        QSignalBlocker block(mBaseline);
        mBaseline->clear();
        for (int i = 0; i < mScenarios->count(); ++i)
            if (mScenarios->item(i)->checkState() == Qt::Checked)
                mBaseline->addItem(mScenarios->item(i)->text(), mScenarios->item(i)->data(Qt::UserRole));
        mBaseline->setCurrentIndex(std::max(0, mBaseline->findData(before)));
        choicesChanged();
    });
    connect(mBaseline, &QComboBox::currentIndexChanged, this, &ReportDialog::choicesChanged);
    connect(mPeriods, &QListWidget::itemChanged, this, &ReportDialog::choicesChanged);
    connect(mMissing, &QButtonGroup::idClicked, this, &ReportDialog::choicesChanged);
    connect(mLanguage, &QComboBox::currentIndexChanged, this, &ReportDialog::choicesChanged);
    connect(mOrganisation, &QLineEdit::editingFinished, this, &ReportDialog::choicesChanged);
    connect(mLogo, &QLineEdit::editingFinished, this, &ReportDialog::choicesChanged);
    connect(mLogoBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Logo"), QFileInfo(mLogo->text()).path(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!file.isEmpty()) {
            mLogo->setText(file);
            choicesChanged();
        }
    });

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(320);
    return scroll;
}

QWidget *ReportDialog::buildPreview()
{
    auto *panel = new QWidget(this);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(6, 0, 0, 0);
    mPreview = new QPrintPreviewWidget(mPrinter.get(), panel);
    mPreview->setViewMode(QPrintPreviewWidget::SinglePageView);
    mPreview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    mPreviewNote = new QLabel(panel);
    mPreviewNote->setWordWrap(true);
    mRefresh = new QPushButton(panel);
    auto *top = new QHBoxLayout;
    top->addWidget(mPreviewNote, 1);
    top->addWidget(mRefresh);
    column->addLayout(top);
    column->addWidget(mPreview, 1);
    connect(mPreview, &QPrintPreviewWidget::paintRequested, this, &ReportDialog::paintPreview);
    connect(mRefresh, &QPushButton::clicked, this, &ReportDialog::refreshPreview);
    return panel;
}

void ReportDialog::fillScenarios()
{
    QSignalBlocker block(mScenarios);
    mScenarios->clear();
    mBaseline->clear();
    bool any = false;
    for (const auto &s : mDoc->project().scenarios)
        any = any || (mDoc->result(s.id) && !mDoc->isStale(s.id));
    for (const auto &s : mDoc->project().scenarios) {
        const QString id = QString::fromStdString(s.id);
        const bool fresh = mDoc->result(s.id) && !mDoc->isStale(s.id);
        const QString name = s.name.empty() || s.name == s.id ? id
                                                              : tr("%1 (%2)").arg(QString::fromStdString(s.name), id);
        // At first: the scenarios with current results, or all when none has any.
        const bool checked = fresh || !any;
        checkItem(mScenarios, name, id, checked);
        if (checked)
            mBaseline->addItem(name, id);
    }
}

void ReportDialog::fillPeriods()
{
    QSignalBlocker block(mPeriods);
    mPeriods->clear();
    const Periods &p = mDoc->project().periods;
    for (int t = 0; t < p.count; ++t)
        checkItem(mPeriods, QString::fromStdString(p.label(t)), t, t == p.count - 1);
    mPeriods->scrollToBottom();
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.sections.clear();
    for (const QVariant &v : checkedData(mSections))
        o.sections.push_back(ReportSection(v.toInt()));
    for (const QVariant &v : checkedData(mScenarios))
        o.scenarios << v.toString();
    o.baseline = mBaseline->currentData().toString();
    for (const QVariant &v : checkedData(mPeriods))
        o.mapPeriods.push_back(v.toInt());
    o.language = mLanguage->currentData().toString();
    o.organisation = mOrganisation->text().trimmed();
    o.logoPath = mLogo->text().trimmed();
    o.sourceFile = mDoc ? mDoc->filePath() : QString();
    return o;
}

QStringList ReportDialog::missingScenarios() const
{
    QStringList out;
    for (const QVariant &v : checkedData(mScenarios)) {
        const std::string id = v.toString().toStdString();
        if (!mDoc || !mDoc->result(id) || mDoc->isStale(id))
            out << v.toString();
    }
    return out;
}

void ReportDialog::setSections(const std::vector<ReportSection> &sections)
{
    for (int i = 0; i < mSections->count(); ++i) {
        const auto s = ReportSection(mSections->item(i)->data(Qt::UserRole).toInt());
        const bool on = std::find(sections.begin(), sections.end(), s) != sections.end()
                        && (mSections->item(i)->flags() & Qt::ItemIsEnabled);
        mSections->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

void ReportDialog::setScenarios(const QStringList &ids)
{
    for (int i = 0; i < mScenarios->count(); ++i)
        mScenarios->item(i)->setCheckState(ids.contains(mScenarios->item(i)->data(Qt::UserRole).toString())
                                               ? Qt::Checked
                                               : Qt::Unchecked);
}

void ReportDialog::setLanguage(const QString &language)
{
    mLanguage->setCurrentIndex(std::max(0, mLanguage->findData(language)));
}

void ReportDialog::setMissingResults(MissingResults mode)
{
    mMissing->button(int(mode))->setChecked(true);
    choicesChanged();
}

void ReportDialog::setOrganisation(const QString &organisation)
{
    mOrganisation->setText(organisation);
    choicesChanged();
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReportDialog::retranslate()
{
    setWindowTitle(tr("Export Report"));
    for (int i = 0; i < mSections->count(); ++i) {
        QListWidgetItem *item = mSections->item(i);
        item->setText(sectionName(ReportSection(item->data(Qt::UserRole).toInt())));
        if (!(item->flags() & Qt::ItemIsEnabled))
            item->setToolTip(tr("The project has no actuals: import them first (File ▸ Import Actuals…)"));
    }
    auto title = [this](const char *name, const QString &text) {
        if (auto *box = findChild<QGroupBox *>(QString::fromLatin1(name)))
            box->setTitle(text);
    };
    title("sections", tr("Sections"));
    title("scenarios", tr("Scenarios"));
    title("periods", tr("Map periods"));
    title("document", tr("Document"));
    mBaselineLabel->setText(tr("Baseline"));
    mLanguageLabel->setText(tr("Language"));
    mOrganisationLabel->setText(tr("Organisation"));
    mLogoLabel->setText(tr("Logo"));
    mMissing->button(int(MissingResults::RunFirst))->setText(tr("Run scenarios without current results first"));
    mMissing->button(int(MissingResults::NameInReport))->setText(tr("Leave them out and name them in the report"));
    mLogo->setPlaceholderText(tr("No logo"));
    mOrganisation->setPlaceholderText(tr("Shown on the cover and in the footer"));
    mRefresh->setText(tr("Refresh Preview"));
    mExport->setText(tr("Export PDF…"));
    mCancelRun->setText(tr("Cancel Run"));
    updateState();
}

} // namespace atlas
