#include "alertspanel.h"

#include "actualsedits.h"
#include "charts/chartdata.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <map>
#include <tuple>

namespace atlas {
namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

template<typename List>
QString nameOf(const List &list, const std::string &id)
{
    for (const auto &e : list)
        if (e.id == id)
            return QString::fromStdString(e.name.empty() ? id : e.name);
    return QString::fromStdString(id);
}

QColor alertColor(AlertKind kind)
{
    switch (kind) {
    case AlertKind::LowUtilization: return QColor(0x8a, 0x5a, 0x00);   // amber text: idle
    case AlertKind::HighUtilization: return QColor(0xb0, 0x1c, 0x1c);  // red: overloaded
    case AlertKind::TenantOverPlan: return QColor(0x6a, 0x1b, 0x9a);   // purple: demand above plan
    }
    return Qt::black;
}

QColor alertBackground(AlertKind kind)
{
    switch (kind) {
    case AlertKind::LowUtilization: return QColor(0xff, 0xf3, 0xcd);
    case AlertKind::HighUtilization: return QColor(0xfd, 0xe2, 0xe2);
    case AlertKind::TenantOverPlan: return QColor(0xf1, 0xe6, 0xf8);
    }
    return Qt::white;
}

} // namespace

AlertsPanel::AlertsPanel(Document *doc, QWidget *parent)
    : QWidget(parent)
    , mDoc(doc)
    , mTitle(new QLabel(this))
    , mLowLabel(new QLabel(this))
    , mHighLabel(new QLabel(this))
    , mTenantLabel(new QLabel(this))
    , mLow(new QDoubleSpinBox(this))
    , mHigh(new QDoubleSpinBox(this))
    , mTenant(new QDoubleSpinBox(this))
    , mCount(new QLabel(this))
    , mList(new QTreeWidget(this))
{
    QFont bold = mTitle->font();
    bold.setBold(true);
    mTitle->setFont(bold);
    for (QDoubleSpinBox *box : {mLow, mHigh, mTenant}) {
        box->setDecimals(1);
        box->setSuffix(QStringLiteral(" %"));
        box->setRange(0, 100);
        box->setSingleStep(5);
        box->setKeyboardTracking(false);
        // Without keyboard tracking, typing commits once on Enter or focus loss; each arrow step commits.
        connect(box, &QDoubleSpinBox::valueChanged, this, &AlertsPanel::commitThresholds);
    }
    mTenant->setRange(0, 1000);
    auto *grid = new QGridLayout;
    grid->addWidget(mLowLabel, 0, 0);
    grid->addWidget(mLow, 0, 1);
    grid->addWidget(mHighLabel, 0, 2);
    grid->addWidget(mHigh, 0, 3);
    grid->addWidget(mTenantLabel, 0, 4);
    grid->addWidget(mTenant, 0, 5);
    grid->setColumnStretch(6, 1);
    mList->setRootIsDecorated(true);
    mList->setColumnCount(3);
    mList->setUniformRowHeights(true);
    mList->setMinimumHeight(200);
    mList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mList->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTitle);
    layout->addLayout(grid);
    layout->addWidget(mCount);
    layout->addWidget(mList, 1);
    connect(mList, &QTreeWidget::itemClicked, this, &AlertsPanel::onActivated);
    connect(mList, &QTreeWidget::itemActivated, this, &AlertsPanel::onActivated);
    if (doc)
        connect(doc->notifier(), &DocumentNotifier::actualsChanged, this, &AlertsPanel::showThresholds);
    retranslate();
    showThresholds();
}

void AlertsPanel::showThresholds()
{
    if (!mDoc)
        return;
    const AlertThresholds &t = mDoc->data().actuals.thresholds;
    const QSignalBlocker a(mLow), b(mHigh), c(mTenant);
    mLow->setValue(t.lowUtilization * 100.0);
    mHigh->setValue(t.highUtilization * 100.0);
    mTenant->setValue(t.tenantOverPlan * 100.0);
}

void AlertsPanel::commitThresholds()
{
    if (!mDoc)
        return;
    AlertThresholds t = mDoc->data().actuals.thresholds;
    t.lowUtilization = mLow->value() / 100.0;
    t.highUtilization = mHigh->value() / 100.0;
    t.tenantOverPlan = mTenant->value() / 100.0;
    // Spin box values are rounded to 0.1 %: keep a stored value that rounds to the same.
    auto keep = [](double stored, double shown) { return std::abs(stored - shown) < 0.0005 ? stored : shown; };
    const AlertThresholds &was = mDoc->data().actuals.thresholds;
    t.lowUtilization = keep(was.lowUtilization, t.lowUtilization);
    t.highUtilization = keep(was.highUtilization, t.highUtilization);
    t.tenantOverPlan = keep(was.tenantOverPlan, t.tenantOverPlan);
    const edit::Outcome outcome = edit::setAlertThresholds(*mDoc, t);
    if (!outcome) {
        Q_EMIT statusMessage(outcome.reason);
        showThresholds();
    }
}

void AlertsPanel::setAlerts(std::vector<Alert> alerts)
{
    mAlerts = std::move(alerts);
    fillList();
}

QString AlertsPanel::describe(const Alert &alert, const Project &project)
{
    switch (alert.kind) {
    case AlertKind::LowUtilization:
        return tr("Idle: %1 / %2 used %3, below the %4 threshold")
            .arg(nameOf(project.centers, alert.center), nameOf(project.chips, alert.chip), percent(alert.value),
                 percent(alert.threshold));
    case AlertKind::HighUtilization:
        return tr("Overloaded: %1 / %2 used %3, above the %4 threshold")
            .arg(nameOf(project.centers, alert.center), nameOf(project.chips, alert.chip), percent(alert.value),
                 percent(alert.threshold));
    case AlertKind::TenantOverPlan:
        return tr("Over plan: %1 used %2 PFLOPS, more than the %3 PFLOPS its plan allows")
            .arg(nameOf(project.tenants, alert.tenant), charts::formatNumber(alert.value),
                 charts::formatNumber(alert.threshold));
    }
    return {};
}

void AlertsPanel::fillList()
{
    mList->clear();
    if (!mDoc)
        return;
    const Project &p = mDoc->project();
    QStyle *s = style();
    // One row per pool or tenant and kind, in the order their first alert comes; its
    // periods are the row's children, and the row itself names the worst of them.
    std::vector<std::vector<size_t>> groups;
    std::map<std::tuple<int, std::string, std::string, std::string>, size_t> groupOf;
    for (size_t i = 0; i < mAlerts.size(); ++i) {
        const Alert &a = mAlerts[i];
        const auto key = std::make_tuple(int(a.kind), a.center, a.chip, a.tenant);
        const auto [it, added] = groupOf.try_emplace(key, groups.size());
        if (added)
            groups.emplace_back();
        groups[it->second].push_back(i);
    }
    const auto decorate = [&](QTreeWidgetItem *item, const Alert &a, size_t index) {
        const bool severe = a.kind == AlertKind::HighUtilization;
        item->setIcon(0, s->standardIcon(severe ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setText(0, a.kind == AlertKind::LowUtilization    ? tr("Idle")
                         : a.kind == AlertKind::HighUtilization ? tr("Overloaded")
                                                                : tr("Over plan"));
        item->setData(0, Qt::UserRole, int(index));
        for (int c = 0; c < 3; ++c) {
            item->setForeground(c, alertColor(a.kind));
            item->setBackground(c, alertBackground(a.kind));
        }
    };
    for (const std::vector<size_t> &group : groups) {
        // The worst: lowest utilization when idle, highest when overloaded; for a tenant the
        // largest use relative to what its plan allowed that period (the limit changes).
        const auto severity = [&](const Alert &a) {
            switch (a.kind) {
            case AlertKind::LowUtilization: return -a.value;
            case AlertKind::HighUtilization: return a.value;
            case AlertKind::TenantOverPlan: return a.threshold > 0 ? a.value / a.threshold : a.value;
            }
            return a.value;
        };
        size_t worst = group.front();
        for (size_t i : group)
            if (severity(mAlerts[i]) > severity(mAlerts[worst]))
                worst = i;
        const Alert &w = mAlerts[worst];
        auto *row = new QTreeWidgetItem(mList);
        decorate(row, w, worst);
        QFont f = row->font(0);
        f.setBold(true);
        row->setFont(0, f);
        const QString first = QString::fromStdString(p.periods.label(mAlerts[group.front()].period));
        const QString last = QString::fromStdString(p.periods.label(mAlerts[group.back()].period));
        if (group.size() == 1) {
            row->setText(1, first);
            row->setText(2, describe(w, p));
            continue;
        }
        // A dash for consecutive periods; an ellipsis when some between had no alert.
        bool consecutive = true;
        for (size_t k = 1; k < group.size(); ++k)
            consecutive = consecutive && mAlerts[group[k]].period == mAlerts[group[k - 1]].period + 1;
        row->setText(1, consecutive ? tr("%1 – %2").arg(first, last) : tr("%1 … %2").arg(first, last));
        row->setText(2, tr("%1 (the worst of %n periods)", nullptr, int(group.size())).arg(describe(w, p)));
        for (size_t i : group) {
            auto *child = new QTreeWidgetItem(row);
            decorate(child, mAlerts[i], i);
            child->setText(1, QString::fromStdString(p.periods.label(mAlerts[i].period)));
            child->setText(2, describe(mAlerts[i], p));
        }
    }
    mCount->setText(mAlerts.empty()
                        ? tr("No thresholds crossed.")
                        : tr("Alerts: %n. One row per pool or tenant: click a row to select its centre or "
                             "tenant, expand it for its periods.", nullptr, int(mAlerts.size())));
}

QString AlertsPanel::alertText(int i) const
{
    QTreeWidgetItem *item = mList->topLevelItem(i);
    return item ? item->text(0) + QLatin1Char(' ') + item->text(1) + QLatin1Char(' ') + item->text(2) : QString();
}

void AlertsPanel::onActivated(QTreeWidgetItem *item)
{
    if (!mDoc || !item)
        return;
    const int i = item->data(0, Qt::UserRole).toInt();
    if (i < 0 || i >= int(mAlerts.size()))
        return;
    const Alert &a = mAlerts[size_t(i)];
    const Project &p = mDoc->project();
    auto find = [&](const auto &list, EntityKind kind, const std::string &id) {
        for (size_t r = 0; r < list.size(); ++r)
            if (list[r].id == id) {
                Q_EMIT entityRequested(EntityList{kind, -1}, int(r));
                return;
            }
    };
    if (a.kind == AlertKind::TenantOverPlan)
        find(p.tenants, EntityKind::Tenant, a.tenant);
    else
        find(p.centers, EntityKind::Center, a.center);
}

void AlertsPanel::retranslate()
{
    mTitle->setText(tr("Alerts"));
    mLowLabel->setText(tr("Idle below:"));
    mHighLabel->setText(tr("Overloaded above:"));
    mTenantLabel->setText(tr("Tenant over plan by more than:"));
    mLow->setToolTip(tr("A pool whose actual utilization is below this is reported idle"));
    mHigh->setToolTip(tr("A pool whose actual utilization is above this is reported overloaded"));
    mTenant->setToolTip(tr("A tenant using more than its planned demand plus this margin is reported"));
    mList->setHeaderLabels({tr("Alert"), tr("Period"), tr("What happened")});
    fillList();
}

void AlertsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace atlas
