#include "resultsbrowser.h"

#include "matrixmodel.h"
#include "resulttables.h"
#include "charts/chartdata.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace atlas {
namespace {

enum Tab { PeriodsTab, PoolsTab, CentersTab, RegionsTab, ChipsTab, EcosystemsTab, IndustriesTab, WorkloadsTab, TenantsTab, TabCount };

/** A stored ISO 8601 time stamp as a local time in the UI language's short format. */
QString localTime(const std::string &iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString::fromStdString(iso);
}

} // namespace

ResultsBrowser::ResultsBrowser(Document *doc, QWidget *parent)
    : QWidget(parent)
    , mDoc(doc)
    , mScenario(new QComboBox(this))
    , mStatus(new QLabel(this))
    , mRerun(new QPushButton(this))
    , mTabs(new QTabWidget(this))
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(mScenario);
    bar->addWidget(mStatus, 1);
    bar->addWidget(mRerun);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(mTabs, 1);
    for (int i = 0; i < TabCount; ++i) {
        auto *model = new MatrixModel(this);
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(Qt::EditRole);
        auto *view = new QTableView(this);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->setAlternatingRowColors(true);
        view->horizontalHeader()->setResizeContentsPrecision(40);
        mModels << model;
        mTabs->addTab(view, QString());
    }
    mRerun->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(mScenario, &QComboBox::currentIndexChanged, this, &ResultsBrowser::refresh);
    connect(mRerun, &QPushButton::clicked, this, [this] {
        if (!scenario().isEmpty())
            Q_EMIT rerunRequested({scenario()});
    });
    auto *n = doc->notifier();
    connect(n, &DocumentNotifier::resultsChanged, this, &ResultsBrowser::refillScenarios);
    connect(n, &DocumentNotifier::entitiesInserted, this, &ResultsBrowser::refillScenarios);
    connect(n, &DocumentNotifier::entitiesRemoved, this, &ResultsBrowser::refillScenarios);
    connect(n, &DocumentNotifier::reset, this, &ResultsBrowser::refillScenarios);
    connect(n, &DocumentNotifier::projectChanged, this, [this] {
        // Only the staleness line changes with an edit; the tables stay as computed.
        if (isVisible())
            refresh();
    });
    retranslate();
    refillScenarios();
}

QString ResultsBrowser::scenario() const
{
    return mScenario->currentData().toString();
}

int ResultsBrowser::tableRows(int tab) const
{
    return tab >= 0 && tab < mModels.size() ? mModels[tab]->rowCount() : 0;
}

QString ResultsBrowser::rowLabel(int tab, int row) const
{
    if (tab < 0 || tab >= mModels.size())
        return {};
    return mModels[tab]->data(mModels[tab]->index(row, 0), Qt::DisplayRole).toString();
}

void ResultsBrowser::showScenario(const QString &scenario)
{
    const int i = mScenario->findData(scenario);
    if (i >= 0)
        mScenario->setCurrentIndex(i);
}

void ResultsBrowser::refillScenarios()
{
    if (!mDoc)
        return;
    const QString current = scenario();
    const QSignalBlocker block(mScenario);
    mScenario->clear();
    for (const auto &s : mDoc->project().scenarios) {
        const QString id = QString::fromStdString(s.id);
        mScenario->addItem(s.name.empty() ? id : tr("%1 (%2)").arg(QString::fromStdString(s.name), id), id);
    }
    int i = mScenario->findData(current);
    if (i < 0) {
        // Prefer a scenario that has results.
        for (int k = 0; k < mScenario->count() && i < 0; ++k)
            if (mDoc->storedResult(mScenario->itemData(k).toString().toStdString()))
                i = k;
    }
    mScenario->setCurrentIndex(std::max(0, i));
    refresh();
}

void ResultsBrowser::refresh()
{
    if (!mDoc)
        return;
    const std::string id = scenario().toStdString();
    const StoredResult *stored = mDoc->storedResult(id);
    auto result = stored ? mDoc->result(id) : nullptr;
    mRerun->setEnabled(!id.empty());
    if (!stored) {
        mStatus->setText(tr("No results yet: run this scenario."));
        mRerun->setText(tr("Run"));
    } else if (!result) {
        mStatus->setText(tr("The stored results cannot be read: run the scenario again."));
        mRerun->setText(tr("Re-run"));
    } else if (mDoc->isStale(id)) {
        mStatus->setText(tr("⚠ Stale: the project changed since these results were computed (%1).")
                             .arg(localTime(stored->computedAt)));
        mRerun->setText(tr("Re-run"));
    } else {
        mStatus->setText(tr("Computed %1.").arg(localTime(stored->computedAt)));
        mRerun->setText(tr("Re-run"));
    }
    if (!result) {
        for (auto *m : std::as_const(mModels))
            m->clear();
        return;
    }
    // Rows by name, as the dashboards and the report show them (the id is one column
    // away in the entity tables).
    const Project &project = mDoc->project();
    const auto by = [&project](Breakdown breakdown) {
        return [&project, breakdown](const std::string &key) { return charts::displayName(project, breakdown, key); };
    };
    std::map<std::string, QString> tenantNames;
    for (const Tenant &t : project.tenants)
        tenantNames[t.id] = QString::fromStdString(t.name.empty() ? t.id : t.name);
    resulttables::fillPeriods(*mModels[PeriodsTab], *result);
    resulttables::fillSeries(*mModels[PoolsTab], result->pools, tr("Pool (centre/chip)"), result->periods, true,
                             by(Breakdown::Pools));
    resulttables::fillSeries(*mModels[CentersTab], result->centers, tr("Centre"), result->periods, true,
                             by(Breakdown::Centers));
    resulttables::fillSeries(*mModels[RegionsTab], result->regions, tr("Region"), result->periods, true,
                             by(Breakdown::Regions));
    resulttables::fillSeries(*mModels[ChipsTab], result->chips, tr("Chip"), result->periods, true, by(Breakdown::Chips));
    resulttables::fillSeries(*mModels[EcosystemsTab], result->ecosystems, tr("Ecosystem"), result->periods);
    resulttables::fillSeries(*mModels[IndustriesTab], result->industries, tr("Industry"), result->periods, false,
                             by(Breakdown::Industries));
    resulttables::fillSeries(*mModels[WorkloadsTab], result->workloads, tr("Workload"), result->periods, false,
                             by(Breakdown::Workloads));
    resulttables::fillTenants(*mModels[TenantsTab], *result, [&tenantNames](const std::string &id) {
        const auto it = tenantNames.find(id);
        return it == tenantNames.end() ? QString::fromStdString(id) : it->second;
    });
    // Columns as wide as their headers and first rows (a sample: tables can be long).
    for (int i = 0; i < mTabs->count(); ++i)
        if (auto *view = qobject_cast<QTableView *>(mTabs->widget(i)))
            view->resizeColumnsToContents();
}

void ResultsBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ResultsBrowser::retranslate()
{
    const QStringList titles = {tr("Periods"), tr("Pools"), tr("Centres"), tr("Regions"), tr("Chips"),
                                tr("Ecosystems"), tr("Industries"), tr("Workloads"), tr("Tenants")};
    for (int i = 0; i < TabCount; ++i)
        mTabs->setTabText(i, titles[i]);
}

} // namespace atlas
