#include "dashboardview.h"

#include "charts/chartwidget.h"
#include "dashboardcharts.h"
#include "interchange/powercheck.h"
#include "kpicard.h"
#include "matrixmodel.h"
#include "resulttables.h"
#include "ops/opsdashboard.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>

#include <map>
#include <set>

namespace atlas {
using dashboardcharts::Figures;
using dashboardcharts::figures;

DashboardView::DashboardView(Document *doc, QWidget *parent)
    : QWidget(parent)
    , mDoc(doc)
    , mScenario(new QComboBox(this))
    , mBaseline(new QComboBox(this))
    , mStatus(new QLabel(this))
    , mScenarioLabel(new QLabel(this))
    , mBaselineLabel(new QLabel(this))
    , mTabs(new QTabWidget(this))
    , mOps(new OpsDashboard(doc, this))
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(mScenarioLabel);
    bar->addWidget(mScenario);
    bar->addSpacing(16);
    bar->addWidget(mBaselineLabel);
    bar->addWidget(mBaseline);
    bar->addWidget(mStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(mTabs, 1);
    for (auto &page : mPages) {
        page = makePage();
        mTabs->addTab(page.widget, QString());
    }
    mTabs->addTab(mOps, QString());
    connect(mOps, &OpsDashboard::entityRequested, this, &DashboardView::entityRequested);
    connect(mScenario, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(mBaseline, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    auto *n = doc->notifier();
    connect(n, &DocumentNotifier::resultsChanged, this, &DashboardView::refillScenarios);
    connect(n, &DocumentNotifier::entitiesInserted, this, &DashboardView::refillScenarios);
    connect(n, &DocumentNotifier::entitiesRemoved, this, &DashboardView::refillScenarios);
    connect(n, &DocumentNotifier::reset, this, &DashboardView::refillScenarios);
    connect(doc, &Document::viewPeriodChanged, this, [this](int t) {
        for (const auto &page : mPages)
            for (auto *c : page.chartList)
                c->setPeriod(t);
    });
    retranslate();
    refillScenarios();
}

DashboardView::Page DashboardView::makePage()
{
    Page page;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    page.tables = new QVBoxLayout(inner);
    page.cards = new QGridLayout;
    page.charts = new QGridLayout;
    page.charts->setColumnStretch(0, 1);
    page.charts->setColumnStretch(1, 1);
    page.charts->setSpacing(12);
    page.tables->addLayout(page.cards);
    page.tables->addSpacing(8);
    page.tables->addLayout(page.charts);
    scroll->setWidget(inner);
    page.widget = scroll;
    return page;
}

KpiCard *DashboardView::card(Page &page, int i)
{
    while (page.cardList.size() <= i) {
        auto *c = new KpiCard(page.widget);
        page.cards->addWidget(c, page.cardList.size() / 4, page.cardList.size() % 4);
        page.cardList << c;
    }
    return page.cardList[i];
}

ChartWidget *DashboardView::chart(Page &page, int i, bool wide)
{
    while (page.chartList.size() <= i) {
        auto *c = new ChartWidget(page.widget);
        c->setMinimumHeight(340);
        c->setPeriod(mDoc ? mDoc->viewPeriod() : -1);
        connect(c, &ChartWidget::keySelected, this, &DashboardView::onKeySelected);
        // Two columns; a wide chart takes a row of its own.
        if (wide && page.nextCol == 1) {
            ++page.nextRow;
            page.nextCol = 0;
        }
        page.charts->addWidget(c, page.nextRow, page.nextCol, 1, wide ? 2 : 1);
        page.nextCol = wide ? 2 : page.nextCol + 1;
        if (page.nextCol >= 2) {
            ++page.nextRow;
            page.nextCol = 0;
        }
        page.chartList << c;
    }
    return page.chartList[i];
}

void DashboardView::setChart(ChartWidget *widget, const ChartData &data)
{
    // Room for the plot beside a long legend (one row per series) or many heatmap rows.
    const int n = int(data.series.size());
    int height = 340;
    if (data.kind == ChartKind::Heatmap)
        height = std::max(height, 140 + 26 * n);
    else if (n > 6)
        height += 20 * (n - 6) / 2;
    widget->setMinimumHeight(height);
    widget->setChartData(data);
}

QList<ChartWidget *> DashboardView::charts(int tab) const
{
    return tab >= 0 && tab < 3 ? mPages[tab].chartList : QList<ChartWidget *>();
}

QString DashboardView::scenario() const
{
    return mScenario->currentData().toString();
}

void DashboardView::onKeySelected(KeyKind kind, const QString &key)
{
    if (!mDoc)
        return;
    const Project &p = mDoc->project();
    const std::string id = key.toStdString();
    auto find = [&](const auto &list, EntityList where) {
        for (size_t i = 0; i < list.size(); ++i)
            if (list[i].id == id) {
                Q_EMIT entityRequested(where, static_cast<int>(i));
                return true;
            }
        return false;
    };
    switch (kind) {
    case KeyKind::Center:
        if (!find(p.centers, {EntityKind::Center, -1}))
            for (size_t s = 0; s < p.scenarios.size(); ++s)
                if (QString::fromStdString(p.scenarios[s].id) == scenario())
                    find(p.scenarios[s].addCenters, {EntityKind::Center, static_cast<int>(s)});
        break;
    case KeyKind::Pool:  // "centre/chip": the centre
        find(p.centers, {EntityKind::Center, -1});
        break;
    case KeyKind::Region:
        find(p.regions, {EntityKind::Region, -1});
        break;
    case KeyKind::Chip:
        find(p.chips, {EntityKind::Chip, -1});
        break;
    case KeyKind::Scenario:
        Q_EMIT scenarioRequested(key);
        break;
    default:
        break;
    }
}

MatrixModel *DashboardView::table(Page &page, int i, const QString &title)
{
    while (page.models.size() <= i) {
        auto *label = new QLabel(page.widget);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *model = new MatrixModel(this);
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(Qt::EditRole);
        auto *view = new QTableView(page.widget);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder);
        view->verticalHeader()->hide();
        view->setMinimumHeight(220);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        page.tables->addWidget(label);
        page.tables->addWidget(view);
        page.tableTitles << label;
        page.models << model;
    }
    page.tableTitles[i]->setText(title);
    return page.models[i];
}

QList<KpiCard *> DashboardView::cards(int tab) const
{
    return tab >= 0 && tab < 3 ? mPages[tab].cardList : QList<KpiCard *>();
}

void DashboardView::setScenarios(const QString &scenario, const QString &baseline)
{
    mScenario->setCurrentIndex(std::max(0, mScenario->findData(scenario)));
    mBaseline->setCurrentIndex(std::max(0, mBaseline->findData(baseline)));
}

void DashboardView::refillScenarios()
{
    if (!mDoc)
        return;
    const QString scenario = mScenario->currentData().toString();
    const QString baseline = mBaseline->currentData().toString();
    const QSignalBlocker a(mScenario);
    const QSignalBlocker b(mBaseline);
    mScenario->clear();
    mBaseline->clear();
    mBaseline->addItem(tr("(none)"), QString());
    for (const auto &s : mDoc->project().scenarios) {
        const QString id = QString::fromStdString(s.id);
        const QString text = s.name.empty() ? id : QString::fromStdString(s.name);
        mScenario->addItem(text, id);
        mBaseline->addItem(text, id);
    }
    int si = mScenario->findData(scenario);
    for (int k = 0; k < mScenario->count() && si < 0; ++k)
        if (mDoc->storedResult(mScenario->itemData(k).toString().toStdString()))
            si = k;
    mScenario->setCurrentIndex(std::max(0, si));
    mBaseline->setCurrentIndex(std::max(0, mBaseline->findData(baseline)));
    refresh();
}

void DashboardView::refresh()
{
    if (!mDoc)
        return;
    const std::string id = mScenario->currentData().toString().toStdString();
    const std::string baseId = mBaseline->currentData().toString().toStdString();
    auto result = mDoc->result(id);
    auto base = baseId.empty() ? nullptr : mDoc->result(baseId);
    mOps->setScenario(QString::fromStdString(id));  // the Operations tab says itself what it lacks
    if (!result) {
        mStatus->setText(tr("Run the scenario to see its dashboards."));
        for (auto &page : mPages)
            page.widget->setEnabled(false);
        return;
    }
    for (auto &page : mPages)
        page.widget->setEnabled(true);
    QString status;
    if (mDoc->isStale(id))
        status = tr("⚠ The results are stale: re-run the scenario.");
    if (!baseId.empty() && !base)
        status += QLatin1Char(' ') + tr("The baseline has no results yet.");
    mStatus->setText(status.trimmed());
    fillBuild(*result, base.get());
    fillUse(*result, base.get());
    fillEcosystem(*result, base.get());
}

void DashboardView::fillBuild(const ScenarioResult &r, const ScenarioResult *base)
{
    const Project &p = mDoc->project();
    const Figures f = figures(p, r);
    std::optional<Figures> b;
    if (base)
        b = figures(p, *base);
    auto opt = [&](double Figures::*m) { return b ? std::optional<double>((*b).*m) : std::nullopt; };
    Page &page = mPages[0];
    card(page, 0)->setKpi(tr("Installed capacity, last period"), f.endCapacity, tr("PFLOPS"), opt(&Figures::endCapacity), true);
    card(page, 1)->setKpi(tr("Capacity the scenario adds"), f.addedCapacity, tr("PFLOPS"), opt(&Figures::addedCapacity), true);
    card(page, 2)->setKpi(tr("Capex"), f.capex, QString::fromStdString(p.currency), opt(&Figures::capex), false);
    card(page, 3)->setKpi(tr("Peak power of all centres"), f.peakPower, tr("MW"), opt(&Figures::peakPower), false);
    card(page, 4)->setKpi(tr("Centres over their power limit"), f.overLimit, QString(),
                          b ? std::optional<double>(b->overLimit) : std::nullopt, false);
    const Project effective = dashboardcharts::effectiveProject(p, r.scenario);
    setChart(chart(page, 0, true), dashboardcharts::capacityStacked(r, effective, Breakdown::Centers));
    chart(page, 1)->setChartData(dashboardcharts::capacityStacked(r, effective, Breakdown::Chips));
    chart(page, 2)->setChartData(dashboardcharts::capacityStacked(r, effective, Breakdown::Ecosystems));
    chart(page, 3)->setChartData(charts::buildVersusUse(dashboardcharts::allResults(*mDoc), p));

    QStringList labels;
    std::vector<std::vector<double>> rows;
    if (const Scenario *s = p.scenario(r.scenario)) {
        const Project effective = applyScenario(p, *s);
        const auto peaks = peakPowerMw(effective);
        for (const auto &c : effective.centers) {
            auto it = peaks.find(c.id);
            if (!c.powerMw || it == peaks.end())
                continue;
            labels << QString::fromStdString(c.id);
            rows.push_back({it->second, *c.powerMw, *c.powerMw > 0 ? it->second / *c.powerMw : 0.0});
        }
    }
    MatrixModel *power = table(page, 0, tr("Power use against each centre's limit"));
    power->setPercentColumns({2});
    power->setTable({tr("Centre"), tr("Peak power (MW)"), tr("Limit (MW)"), tr("Share of limit")}, labels, std::move(rows));
}

void DashboardView::fillUse(const ScenarioResult &r, const ScenarioResult *base)
{
    const Project &p = mDoc->project();
    const Figures f = figures(p, r);
    std::optional<Figures> b;
    if (base)
        b = figures(p, *base);
    auto opt = [&](double Figures::*m) { return b ? std::optional<double>((*b).*m) : std::nullopt; };
    Page &page = mPages[1];
    card(page, 0)->setKpi(tr("Utilization"), f.utilization, QString(), opt(&Figures::utilization), true, true);
    card(page, 1)->setKpi(tr("Served demand"), f.served, tr("PFLOPS·h"), opt(&Figures::served), true);
    card(page, 2)->setKpi(tr("Unserved demand"), f.unserved, tr("PFLOPS·h"), opt(&Figures::unserved), false);
    card(page, 3)->setKpi(tr("Stranded capacity"), f.stranded, tr("PFLOPS·h"), opt(&Figures::stranded), false);
    card(page, 4)->setKpi(tr("Cross-region share"), f.crossRegion, QString(), opt(&Figures::crossRegion), true, true);
    card(page, 5)->setKpi(tr("Energy"), f.energy, tr("MWh"), opt(&Figures::energy), false);
    card(page, 6)->setKpi(tr("Energy cost"), f.cost, QString::fromStdString(p.currency), opt(&Figures::cost), false);
    const Project effective = dashboardcharts::effectiveProject(p, r.scenario);
    chart(page, 0)->setChartData(charts::supplyDemand(r, effective));
    chart(page, 1)->setChartData(charts::energyCost(r, effective));
    setChart(chart(page, 2, true), charts::utilization(r, effective, Breakdown::Centers));
    setChart(chart(page, 3, true), charts::utilization(r, effective, Breakdown::Regions));
    chart(page, 4, true)->setChartData(charts::scenarioComparison(dashboardcharts::allResults(*mDoc), p,
                                                                  mBaseline->currentData().toString()));
    setChart(chart(page, 5, true), charts::utilizationHeatmap(r, effective));
}

void DashboardView::fillEcosystem(const ScenarioResult &r, const ScenarioResult *base)
{
    const Project &p = mDoc->project();
    const Figures f = figures(p, r);
    std::optional<Figures> b;
    if (base)
        b = figures(p, *base);
    std::set<std::string> industries;
    int multi = 0;
    for (const auto &t : p.tenants) {
        industries.insert(t.industry);
        multi += t.ecosystems.size() > 1;
    }
    Page &page = mPages[2];
    const Project effective = dashboardcharts::effectiveProject(p, r.scenario);
    chart(page, 0)->setChartData(charts::servedStacked(r, effective, Breakdown::Ecosystems));
    chart(page, 1)->setChartData(charts::servedStacked(r, effective, Breakdown::Industries));
    chart(page, 2, true)->setChartData(charts::servedStacked(r, effective, Breakdown::Workloads));
    card(page, 0)->setKpi(tr("Tenants"), double(p.tenants.size()), QString(), std::nullopt, true);
    card(page, 1)->setKpi(tr("Industries"), double(industries.size()), QString(), std::nullopt, true);
    card(page, 2)->setKpi(tr("Tenants able to use several ecosystems"),
                          p.tenants.empty() ? 0.0 : double(multi) / double(p.tenants.size()), QString(),
                          std::nullopt, true, true);
    card(page, 3)->setKpi(tr("Demand served off its native ecosystem"), f.offNativeShare, QString(),
                          b ? std::optional<double>(b->offNativeShare) : std::nullopt, false, true);

    // Tenants by industry and workload.
    const std::vector<Workload> workloads = {Workload::Training, Workload::Inference, Workload::Finetune,
                                             Workload::Hpc, Workload::Video};
    std::map<std::string, std::vector<double>> byIndustry;
    for (const auto &t : p.tenants) {
        auto &row = byIndustry[t.industry];
        row.resize(workloads.size() + 1);
        row[static_cast<size_t>(t.workload)] += 1;
        row.back() += demandAt(t, p.periods, 0);
    }
    QStringList headers = {tr("Industry")};
    for (auto w : workloads)
        headers << vocabularyLabel(QString::fromStdString(toString(w)));
    headers << tr("Demand, first period (PFLOPS)");
    QStringList labels;
    std::vector<std::vector<double>> rows;
    for (auto &[industry, row] : byIndustry) {
        labels << vocabularyLabel(QString::fromStdString(industry));
        rows.push_back(row);
    }
    table(page, 0, tr("Tenants by industry and workload"))->setTable(headers, labels, std::move(rows), 0);

    // Which ecosystems tenants can use.
    std::map<std::string, std::vector<double>> byEcosystem;
    for (const auto &c : p.chips)
        byEcosystem[c.ecosystem].resize(2);
    for (const auto &t : p.tenants)
        for (size_t i = 0; i < t.ecosystems.size(); ++i) {
            auto &row = byEcosystem[t.ecosystems[i]];
            row.resize(2);
            row[i == 0 ? 0 : 1] += 1;
        }
    labels.clear();
    rows.clear();
    for (auto &[eco, row] : byEcosystem) {
        labels << QString::fromStdString(eco);
        rows.push_back(row);
    }
    MatrixModel *eco = table(page, 1, tr("Ecosystems tenants can use"));
    eco->setTable({tr("Ecosystem"), tr("Native for tenants"), tr("Usable by further tenants")}, labels, std::move(rows), 0);

    QStringList periodLabels;
    std::vector<std::vector<double>> off;
    for (size_t t = 0; t < r.periods.size(); ++t) {
        periodLabels << QString::fromStdString(r.periods[t].period);
        const double served = r.periods[t].servedPflops;
        const double o = t < r.offNativePflops.size() ? r.offNativePflops[t] : 0.0;
        off.push_back({o, served > 0 ? o / served : 0.0});
    }
    MatrixModel *offModel = table(page, 2, tr("Demand running off its native ecosystem"));
    offModel->setPercentColumns({1});
    offModel->setTable({tr("Period"), tr("Off-native (PFLOPS)"), tr("Share of served")}, periodLabels, std::move(off));
}

void DashboardView::showOperations()
{
    mTabs->setCurrentWidget(mOps);
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void DashboardView::retranslate()
{
    mScenarioLabel->setText(tr("Scenario:"));
    mBaselineLabel->setText(tr("Baseline:"));
    mTabs->setTabText(0, tr("Build 建"));
    mTabs->setTabText(1, tr("Use 用"));
    mTabs->setTabText(2, tr("Ecosystem 生态"));
    mTabs->setTabText(3, tr("Operations 运营"));
    if (mBaseline->count() > 0)
        mBaseline->setItemText(0, tr("(none)"));
}

} // namespace atlas
