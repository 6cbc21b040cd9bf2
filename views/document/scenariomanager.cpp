#include "scenariomanager.h"

#include "entitytableeditor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace atlas {

ScenarioManager::ScenarioManager(Document *doc, QWidget *parent)
    : QDialog(parent)
    , mDoc(doc)
    , mScenarios(new EntityTableEditor(doc, EntityList{EntityKind::Scenario, -1}, this))
    , mTabs(new QTabWidget(this))
    , mStatus(new QLabel(this))
    , mHint(new QLabel(this))
{
    const int first = doc->project().scenarios.empty() ? -1 : 0;
    const EntityKind kinds[3] = {EntityKind::Center, EntityKind::Inventory, EntityKind::Link};
    for (int i = 0; i < 3; ++i) {
        mOverlays[i] = new EntityTableEditor(doc, EntityList{kinds[i], std::max(0, first)}, this);
        mTabs->addTab(mOverlays[i], QString());
        connect(mOverlays[i], &EntityTableEditor::statusMessage, mStatus, &QLabel::setText);
    }
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mScenarios);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(mHint);
    lowerLayout->addWidget(mTabs);
    splitter->addWidget(lower);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(mStatus);
    layout->addWidget(buttons);
    mStatus->setWordWrap(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mScenarios, &EntityTableEditor::statusMessage, mStatus, &QLabel::setText);
    connect(mScenarios, &EntityTableEditor::currentRowChanged, this,
            [this](const EntityList &, int row) { showScenario(row); });
    resize(1000, 700);
    retranslate();
    if (first >= 0)
        mScenarios->selectCell(0, 1);
    showScenario(first);
}

void ScenarioManager::showScenario(int row)
{
    const bool valid = row >= 0 && row < static_cast<int>(mDoc->project().scenarios.size());
    mTabs->setEnabled(valid);
    for (auto *o : mOverlays)
        o->setList(EntityList{o->model()->list().kind, valid ? row : 0});
    mHint->setText(valid ? tr("What scenario “%1” adds to the base project:")
                               .arg(QString::fromStdString(mDoc->project().scenarios[row].id))
                         : tr("Select a scenario to edit what it adds."));
}

void ScenarioManager::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ScenarioManager::retranslate()
{
    setWindowTitle(tr("Scenario Manager"));
    mTabs->setTabText(0, tr("Added centres"));
    mTabs->setTabText(1, tr("Added inventory"));
    mTabs->setTabText(2, tr("Added links"));
}

} // namespace atlas
