#include "propertiesdock.h"

#include "choicedelegate.h"
#include "editcommands.h"
#include "propertymodel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace atlas {

PropertiesDock::PropertiesDock(QWidget *parent)
    : QDockWidget(parent)
    , mStack(new QStackedWidget(this))
    , mModel(new PropertyModel(this))
    , mView(new QTableView(this))
    , mTitle(new QLabel(this))
    , mProjectPage(new QWidget(this))
    , mForm(new QFormLayout(mProjectPage))
    , mName(new QLineEdit(this))
    , mCurrency(new QLineEdit(this))
    , mStart(new QLineEdit(this))
    , mCount(new QSpinBox(this))
    , mLength(new QComboBox(this))
    , mAccess(new QLineEdit(this))
    , mTransfer(new QLineEdit(this))
    , mMigration(new QLineEdit(this))
    , mAmortization(new QLineEdit(this))
{
    setObjectName(QStringLiteral("PropertiesDock"));
    auto *entityPage = new QWidget(this);
    auto *layout = new QVBoxLayout(entityPage);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(mTitle);
    layout->addWidget(mView);
    mView->setModel(mModel);
    mView->setItemDelegate(new ChoiceDelegate(mView));
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    mCount->setRange(1, 1200);
    mStack->addWidget(entityPage);
    mStack->addWidget(mProjectPage);
    setWidget(mStack);
    connect(mModel, &PropertyModel::editRefused, this, &PropertiesDock::statusMessage);
    for (auto *e : {mName, mCurrency, mStart, mAccess, mTransfer, mMigration, mAmortization})
        connect(e, &QLineEdit::editingFinished, this, &PropertiesDock::applyProject);
    connect(mCount, &QSpinBox::editingFinished, this, &PropertiesDock::applyProject);
    connect(mLength, &QComboBox::activated, this, &PropertiesDock::applyProject);
    retranslate();
}

void PropertiesDock::setDocument(Document *doc)
{
    if (mDoc)
        disconnect(mDoc->notifier(), nullptr, this, nullptr);
    mDoc = doc;
    mModel->setDocument(doc);
    if (doc) {
        connect(doc->notifier(), &DocumentNotifier::projectSettingsChanged, this, &PropertiesDock::loadProject);
        for (auto *e : {mName, mCurrency, mStart, mAccess, mTransfer, mMigration, mAmortization})
            e->setReadOnly(doc->isReadOnly());
    }
    loadProject();
    showProject();
}

void PropertiesDock::showEntity(const EntityList &list, int row)
{
    mModel->setEntity(list, row);
    mTitle->setText(row < 0 ? QString() : tr("%1 %2").arg(kindNoun(list.kind)).arg(row + 1));
    mStack->setCurrentIndex(0);
}

void PropertiesDock::showProject()
{
    loadProject();
    mStack->setCurrentIndex(1);
}

void PropertiesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void PropertiesDock::retranslate()
{
    setWindowTitle(tr("Properties"));
    while (mForm->rowCount() > 0)
        mForm->takeRow(0);
    mForm->addRow(tr("Name"), mName);
    mForm->addRow(tr("Currency"), mCurrency);
    mForm->addRow(tr("First month (YYYY-MM)"), mStart);
    mForm->addRow(tr("Periods"), mCount);
    mForm->addRow(tr("Period length"), mLength);
    mForm->addRow(tr("Access latency (ms)"), mAccess);
    mForm->addRow(tr("Transfer cost (/PFLOPS-h/ms)"), mTransfer);
    mForm->addRow(tr("Migration cost (/PFLOPS-h)"), mMigration);
    mForm->addRow(tr("Amortization (years)"), mAmortization);
    const QSignalBlocker block(mLength);
    const int current = mLength->currentIndex();
    mLength->clear();
    mLength->addItem(tr("Month"), QStringLiteral("month"));
    mLength->addItem(tr("Quarter"), QStringLiteral("quarter"));
    mLength->addItem(tr("Year"), QStringLiteral("year"));
    mLength->setCurrentIndex(std::max(0, current));
}

void PropertiesDock::loadProject()
{
    if (!mDoc)
        return;
    const Project &p = mDoc->project();
    const QLocale c = QLocale::c();
    mName->setText(QString::fromStdString(p.name));
    mCurrency->setText(QString::fromStdString(p.currency));
    mStart->setText(QString::fromStdString(formatMonth(p.periods.start)));
    mCount->setValue(p.periods.count);
    mLength->setCurrentIndex(mLength->findData(QString::fromStdString(toString(p.periods.length))));
    mAccess->setText(c.toString(p.parameters.accessLatencyMs));
    mTransfer->setText(c.toString(p.parameters.transferCost));
    mMigration->setText(c.toString(p.parameters.migrationCost));
    mAmortization->setText(c.toString(p.parameters.amortizationYears));
}

void PropertiesDock::applyProject()
{
    if (!mDoc || mDoc->isReadOnly())
        return;
    ProjectSettings s = ProjectSettings::of(mDoc->project());
    s.name = mName->text().trimmed().toStdString();
    s.currency = mCurrency->text().trimmed().toStdString();
    auto start = parseMonth(mStart->text().trimmed().toStdString());
    if (!start) {
        Q_EMIT statusMessage(tr("Write the first month as YYYY-MM, e.g. 2026-01."));
        loadProject();
        return;
    }
    s.periods.start = *start;
    s.periods.count = mCount->value();
    if (auto length = parsePeriodLength(mLength->currentData().toString().toStdString()))
        s.periods.length = *length;
    bool ok[4] = {};
    s.parameters.accessLatencyMs = mAccess->text().toDouble(&ok[0]);
    s.parameters.transferCost = mTransfer->text().toDouble(&ok[1]);
    s.parameters.migrationCost = mMigration->text().toDouble(&ok[2]);
    s.parameters.amortizationYears = mAmortization->text().toDouble(&ok[3]);
    if (!(ok[0] && ok[1] && ok[2] && ok[3])) {
        Q_EMIT statusMessage(tr("Parameters must be numbers."));
        loadProject();
        return;
    }
    const edit::Outcome outcome = edit::setProjectSettings(*mDoc, s);
    if (!outcome) {
        Q_EMIT statusMessage(outcome.reason);
        loadProject();
    }
}

} // namespace atlas
