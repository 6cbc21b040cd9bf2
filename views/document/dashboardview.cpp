#include "dashboardview.h"

#include "interchange/powercheck.h"
#include "kpicard.h"
#include "matrixmodel.h"
#include "resulttables.h"

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
namespace {

/** Figures of one scenario the cards show (the same computation for scenario and baseline). */
struct Figures {
    double endCapacity = 0, addedCapacity = 0, capex = 0, peakPower = 0;
    int overLimit = 0;
    double utilization = 0, served = 0, unserved = 0, stranded = 0, crossRegion = 0, energy = 0, cost = 0;
    double offNativeShare = 0;
};

Figures figures(const Project &base, const ScenarioResult &r)
{
    Figures f;
    if (!r.periods.empty())
        f.endCapacity = r.periods.back().capacityPflops;
    const Scenario *s = base.scenario(r.scenario);
    if (s) {
        for (const auto &inv : s->addInventory)
            for (const auto &chip : base.chips)
                if (chip.id == inv.chip)
                    f.addedCapacity += double(inv.count) * chip.tflops / 1000.0;
        const Project effective = applyScenario(base, *s);
        for (const auto &[center, mw] : peakPowerMw(effective)) {
            f.peakPower += mw;
            for (const auto &c : effective.centers)
                if (c.id == center && c.powerMw && mw > *c.powerMw)
                    ++f.overLimit;
        }
    }
    f.capex = r.totals.capex;
    f.utilization = r.totals.utilization;
    f.served = r.totals.servedPflopsHours;
    f.unserved = r.totals.unservedPflopsHours;
    f.stranded = r.totals.capacityPflopsHours - r.totals.servedPflopsHours;
    double crossHours = 0;
    for (const auto &p : r.periods)
        crossHours += p.servedPflops * p.crossRegionShare * p.hours;
    f.crossRegion = f.served > 0 ? crossHours / f.served : 0;
    f.energy = r.totals.energyMwh;
    f.cost = r.totals.energyCost;
    f.offNativeShare = f.served > 0 ? resulttables::hourWeighted(r.offNativePflops, r.periods) / f.served : 0;
    return f;
}

} // namespace

DashboardView::DashboardView(Document *doc, QWidget *parent)
    : QWidget(parent)
    , mDoc(doc)
    , mScenario(new QComboBox(this))
    , mBaseline(new QComboBox(this))
    , mStatus(new QLabel(this))
    , mScenarioLabel(new QLabel(this))
    , mBaselineLabel(new QLabel(this))
    , mTabs(new QTabWidget(this))
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
    connect(mScenario, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(mBaseline, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    auto *n = doc->notifier();
    connect(n, &DocumentNotifier::resultsChanged, this, &DashboardView::refillScenarios);
    connect(n, &DocumentNotifier::entitiesInserted, this, &DashboardView::refillScenarios);
    connect(n, &DocumentNotifier::entitiesRemoved, this, &DashboardView::refillScenarios);
    connect(n, &DocumentNotifier::reset, this, &DashboardView::refillScenarios);
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
    page.tables->addLayout(page.cards);
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
    if (!result) {
        mStatus->setText(tr("Run the scenario to see its dashboards."));
        mTabs->setEnabled(false);
        return;
    }
    mTabs->setEnabled(true);
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
    resulttables::fillSeries(*table(page, 0, tr("Capacity by centre")), r.centers, tr("Centre"), r.periods, false);
    resulttables::fillSeries(*table(page, 1, tr("Capacity by chip")), r.chips, tr("Chip"), r.periods, false);
    resulttables::fillSeries(*table(page, 2, tr("Capacity by ecosystem")), r.ecosystems, tr("Ecosystem"), r.periods, false);

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
    MatrixModel *power = table(page, 3, tr("Power use against each centre's limit"));
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
    resulttables::fillPeriods(*table(page, 0, tr("Per period")), r);
    resulttables::fillSeries(*table(page, 1, tr("By region where compute runs")), r.regions, tr("Region"), r.periods, false);
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
        headers << QString::fromStdString(toString(w));
    headers << tr("Demand, first period (PFLOPS)");
    QStringList labels;
    std::vector<std::vector<double>> rows;
    for (auto &[industry, row] : byIndustry) {
        labels << QString::fromStdString(industry);
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
    resulttables::fillSeries(*table(page, 2, tr("Served by ecosystem")), r.ecosystems, tr("Ecosystem"), r.periods, false);

    QStringList periodLabels;
    std::vector<std::vector<double>> off;
    for (size_t t = 0; t < r.periods.size(); ++t) {
        periodLabels << QString::fromStdString(r.periods[t].period);
        const double served = r.periods[t].servedPflops;
        const double o = t < r.offNativePflops.size() ? r.offNativePflops[t] : 0.0;
        off.push_back({o, served > 0 ? o / served : 0.0});
    }
    MatrixModel *offModel = table(page, 3, tr("Demand running off its native ecosystem"));
    offModel->setPercentColumns({1});
    offModel->setTable({tr("Period"), tr("Off-native (PFLOPS)"), tr("Share of served")}, periodLabels, std::move(off));
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
    if (mBaseline->count() > 0)
        mBaseline->setItemText(0, tr("(none)"));
}

} // namespace atlas
