#include "opsdashboard.h"

#include "actualsedits.h"
#include "actualsimportdialog.h"
#include "alertspanel.h"
#include "charts/chartwidget.h"
#include "charts/opscharts.h"
#include "kpicard.h"
#include "map/mapstyle.h"
#include "ops/actualsrules.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <set>

namespace atlas {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString points(double share)
{
    const double v = share * 100.0;
    return (v > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(v, 'f', 1);
}

QString sourceWord(ActualSourceKind kind)
{
    switch (kind) {
    case ActualSourceKind::Csv: return QStringLiteral("CSV");
    case ActualSourceKind::Prometheus: return QStringLiteral("Prometheus");
    case ActualSourceKind::Slurm: return QStringLiteral("Slurm");
    }
    return {};
}

} // namespace

OpsDashboard::OpsDashboard(Document *doc, QWidget *parent)
    : QWidget(parent)
    , mDoc(doc)
    , mStatus(new QLabel(this))
    , mImportsTitle(new QLabel(this))
    , mImports(new QTreeWidget(this))
    , mImportButton(new QPushButton(this))
    , mRemoveButton(new QPushButton(this))
    , mUtilization(new ChartWidget(this))
    , mTenants(new ChartWidget(this))
    , mDeviationTitle(new QLabel(this))
    , mDeviation(new QTableWidget(this))
    , mAlerts(new AlertsPanel(doc, this))
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    auto *v = new QVBoxLayout(inner);
    mStatus->setWordWrap(true);
    v->addWidget(mStatus);

    auto *cards = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        auto *c = new KpiCard(inner);
        cards->addWidget(c, 0, i);
        mCards << c;
    }
    v->addLayout(cards);

    auto *charts = new QGridLayout;
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    charts->setSpacing(12);
    for (ChartWidget *c : {mUtilization, mTenants})
        c->setMinimumHeight(340);
    charts->addWidget(mUtilization, 0, 0);
    charts->addWidget(mTenants, 0, 1);
    v->addLayout(charts);

    QFont bold = mDeviationTitle->font();
    bold.setBold(true);
    mDeviationTitle->setFont(bold);
    mImportsTitle->setFont(bold);
    auto *lower = new QGridLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(mAlerts, 1);
    left->addWidget(mDeviationTitle);
    left->addWidget(mDeviation, 1);
    mDeviation->setMinimumHeight(220);
    mDeviation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mDeviation->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *right = new QVBoxLayout;
    right->addWidget(mImportsTitle);
    right->addWidget(mImports, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mImportButton);
    buttons->addWidget(mRemoveButton);
    buttons->addStretch(1);
    right->addLayout(buttons);
    mImports->setRootIsDecorated(false);
    mImports->setColumnCount(5);
    mImports->setMinimumHeight(160);
    mImports->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    lower->addLayout(left, 0, 0);
    lower->addLayout(right, 0, 1);
    lower->setColumnStretch(0, 3);
    lower->setColumnStretch(1, 2);
    v->addLayout(lower);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(mRemoveButton, &QPushButton::clicked, this, &OpsDashboard::removeSelectedImport);
    connect(mImports, &QTreeWidget::itemSelectionChanged, this,
            [this] { mRemoveButton->setEnabled(!mImports->selectedItems().isEmpty()); });
    connect(mImportButton, &QPushButton::clicked, this, [this] {
        if (mDoc)
            ActualsImportDialog::run(mDoc, this);
    });
    connect(mAlerts, &AlertsPanel::entityRequested, this, &OpsDashboard::entityRequested);
    connect(mAlerts, &AlertsPanel::statusMessage, this, &OpsDashboard::statusMessage);
    connect(mDeviation, &QTableWidget::cellClicked, this, [this](int row, int) {
        const QTableWidgetItem *item = mDeviation->item(row, 0);
        if (!mDoc || !item)
            return;
        const std::string center = item->data(Qt::UserRole).toString().toStdString();
        const auto &centers = mDoc->project().centers;
        for (size_t i = 0; i < centers.size(); ++i)
            if (centers[i].id == center)
                Q_EMIT entityRequested(EntityList{EntityKind::Center, -1}, int(i));
    });
    if (doc) {
        connect(doc->notifier(), &DocumentNotifier::actualsChanged, this, &OpsDashboard::refresh);
        connect(doc->notifier(), &DocumentNotifier::resultsChanged, this, &OpsDashboard::refresh);
        connect(doc->notifier(), &DocumentNotifier::reset, this, &OpsDashboard::refresh);
        connect(doc, &Document::viewPeriodChanged, this, [this] {
            placeMarkers();
            fillCards();
        });
    }
    retranslate();
    refresh();
}

OpsDashboard::~OpsDashboard() = default;

void OpsDashboard::setScenario(const QString &scenario)
{
    if (scenario == mScenario && mComparison)
        return;
    mScenario = scenario;
    refresh();
}

QString OpsDashboard::statusText() const
{
    return mStatus->text();
}

QString OpsDashboard::cardValue(int i) const
{
    return i >= 0 && i < mCards.size() ? mCards[i]->valueText() : QString();
}

void OpsDashboard::clearComparison()
{
    mComparison.reset();
    ChartData empty;
    empty.emptyMessage = tr("Run the scenario to compare its plan with the actuals");
    mUtilization->setChartData(empty);
    mTenants->setChartData(empty);
    mDeviation->clear();
    mDeviation->setRowCount(0);
    mDeviation->setColumnCount(0);
    mAlerts->setAlerts({});
}

void OpsDashboard::refresh()
{
    if (!mDoc)
        return;
    fillImports();
    const std::string id = mScenario.toStdString();
    const Scenario *scenario = mDoc->project().scenario(id);
    auto result = id.empty() ? nullptr : mDoc->result(id);
    const Actuals &actuals = mDoc->data().actuals;
    QStringList status;
    if (!result) {
        const QString name = scenario && !scenario->name.empty() ? QString::fromStdString(scenario->name) : mScenario;
        status << (mScenario.isEmpty() ? tr("Add a scenario and run it to compare its plan with the actuals.")
                                       : tr("The scenario “%1” has no results: run the scenario to compare.").arg(name));
        clearComparison();
    } else {
        mComparison = comparePlan(mDoc->project(), *result, actuals);
        if (mDoc->isStale(id))
            status << tr("⚠ The plan's results are stale: re-run the scenario.");
        const Project &p = mDoc->project();
        mUtilization->setChartData(charts::planVsActualUtilization(*mComparison, p));
        mTenants->setChartData(charts::tenantPlanVsActual(*mComparison, p));
        placeMarkers();
        mAlerts->setAlerts(findAlerts(*mComparison, actuals.thresholds));
        fillDeviation();
    }
    if (actuals.empty())
        status << tr("No actuals yet: use Import Actuals… (pool utilization or tenant usage CSV, Slurm accounting, "
                     "a Prometheus server).");
    mStatus->setText(status.join(QLatin1Char(' ')));
    mStatus->setVisible(!status.isEmpty());
    fillCards();
}

void OpsDashboard::placeMarkers()
{
    // The charts span the periods with actuals: the view period's place in that span.
    const int t = mDoc ? mDoc->viewPeriod() : -1;
    mUtilization->setPeriod(mComparison ? charts::actualsSpan(*mComparison, false).index(t) : -1);
    mTenants->setPeriod(mComparison ? charts::actualsSpan(*mComparison, true).index(t) : -1);
}

void OpsDashboard::fillImports()
{
    mImports->clear();
    const Actuals &a = mDoc->data().actuals;
    std::map<std::string, int> counts;
    for (const auto &v : a.pools)
        ++counts[v.importId];
    for (const auto &v : a.tenants)
        ++counts[v.importId];
    for (const ActualImport &imp : a.imports) {
        auto *item = new QTreeWidgetItem(mImports);
        item->setText(0, QString::fromStdString(imp.id));
        item->setText(1, sourceWord(imp.kind));
        item->setText(2, QLocale().toString(counts[imp.id]));
        item->setText(3, QString::fromStdString(imp.importedAt));
        item->setText(4, QString::fromStdString(imp.origin));
        item->setToolTip(4, QString::fromStdString(imp.origin + (imp.detail.empty() ? "" : "\n" + imp.detail)));
        item->setData(0, Qt::UserRole, QString::fromStdString(imp.id));
    }
    mRemoveButton->setEnabled(!mImports->selectedItems().isEmpty());
    mImportButton->setEnabled(!mDoc->isReadOnly());
}

void OpsDashboard::removeSelectedImport()
{
    if (!mDoc || mImports->selectedItems().isEmpty())
        return;
    const std::string id = mImports->selectedItems().front()->data(0, Qt::UserRole).toString().toStdString();
    const edit::Outcome outcome = edit::removeActualImport(*mDoc, id);
    if (!outcome)
        Q_EMIT statusMessage(outcome.reason);
}

void OpsDashboard::fillCards()
{
    if (!mDoc)
        return;
    const Project &p = mDoc->project();
    const QString none = QStringLiteral("—");
    if (!mComparison) {
        mCards[0]->setText(tr("Planned utilization"), none, tr("no plan results"));
        mCards[1]->setText(tr("Actual utilization"), none, tr("no plan results"));
        mCards[2]->setText(tr("Tenants over plan"), none, QString());
        mCards[3]->setText(tr("Idle pools"), none, QString());
        return;
    }
    const PlanVsActual &c = *mComparison;
    // The view period when it has actuals, else the last period that has.
    auto hasActuals = [&](int t) {
        if (t >= 0 && t < int(c.periods.size()) && c.periods[size_t(t)].poolsWithActuals > 0)
            return true;
        for (const auto &x : c.tenants)
            if (x.period == t && x.actualPflops)
                return true;
        return false;
    };
    int t = mDoc->viewPeriod();
    if (!hasActuals(t))
        for (int k = int(c.periods.size()) - 1; k >= 0; --k)
            if (hasActuals(k)) {
                t = k;
                break;
            }
    mCardPeriod = t;
    const QString period = QString::fromStdString(p.periods.label(t));
    const QString in = tr("in %1").arg(period);
    const bool pools = t >= 0 && t < int(c.periods.size()) && c.periods[size_t(t)].poolsWithActuals > 0;
    if (pools) {
        const PeriodComparison &pc = c.periods[size_t(t)];
        const double dev = pc.actualUtilization() - pc.planUtilization();
        mCards[0]->setText(tr("Planned utilization"), percent(pc.planUtilization()),
                       tr("%1, %n pool(s) with actuals", nullptr, pc.poolsWithActuals).arg(in));
        mCards[1]->setText(tr("Actual utilization"), percent(pc.actualUtilization()),
                       tr("%1 points against the plan, %2").arg(points(dev), in),
                       dev < 0 ? QStringLiteral("#2166ac") : QStringLiteral("#b35806"));
    } else {
        mCards[0]->setText(tr("Planned utilization"), none, tr("no pool actuals %1").arg(in));
        mCards[1]->setText(tr("Actual utilization"), none, tr("no pool actuals %1").arg(in));
    }
    std::set<std::string> over;
    int idle = 0;
    for (const Alert &a : mAlerts->alerts()) {
        if (a.period != t)
            continue;
        if (a.kind == AlertKind::TenantOverPlan)
            over.insert(a.tenant);
        else if (a.kind == AlertKind::LowUtilization)
            ++idle;
    }
    const AlertThresholds &th = mDoc->data().actuals.thresholds;
    mCards[2]->setText(tr("Tenants over plan"), QLocale().toString(int(over.size())),
                   tr("using more than planned + %1, %2").arg(percent(th.tenantOverPlan), in),
                   over.empty() ? QString() : QStringLiteral("#6a1b9a"));
    mCards[3]->setText(tr("Idle pools"), QLocale().toString(idle),
                   tr("below %1 utilization, %2").arg(percent(th.lowUtilization), in),
                   idle == 0 ? QString() : QStringLiteral("#8a5a00"));
}

void OpsDashboard::fillDeviation()
{
    const charts::DeviationTable table = charts::poolDeviations(*mComparison, mDoc->project());
    mDeviation->clear();
    mDeviation->setColumnCount(int(table.columns.size()) + 1);
    mDeviation->setRowCount(int(table.rows.size()));
    QStringList headers{tr("Pool (centre / chip)")};
    headers << table.columns;
    mDeviation->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < int(table.rows.size()); ++r) {
        auto *label = new QTableWidgetItem(table.rows[r]);
        label->setData(Qt::UserRole, QString::fromStdString(table.centers[size_t(r)]));
        mDeviation->setItem(r, 0, label);
        for (int t = 0; t < int(table.columns.size()); ++t) {
            const double d = table.values[size_t(r)][size_t(t)];
            auto *item = new QTableWidgetItem(std::isnan(d) ? QStringLiteral("—") : points(d));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!std::isnan(d)) {
                const QColor bg = MapStyle::deviation(d);
                item->setBackground(bg);
                item->setForeground(bg.lightnessF() < 0.5 ? Qt::white : Qt::black);
                item->setData(Qt::UserRole, d);
            }
            mDeviation->setItem(r, t + 1, item);
        }
    }
    mDeviation->verticalHeader()->hide();
}

void OpsDashboard::retranslate()
{
    mImportsTitle->setText(tr("Imports"));
    mImportButton->setText(tr("Import Actuals…"));
    mRemoveButton->setText(tr("Remove Import"));
    mRemoveButton->setToolTip(tr("Removes the selected import and every value it brought (undoable)"));
    mImports->setHeaderLabels({tr("Import"), tr("Source"), tr("Values"), tr("Imported at (UTC)"), tr("From")});
    mDeviationTitle->setText(tr("Deviation by pool and period (actual − plan, utilization points)"));
}

void OpsDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace atlas
