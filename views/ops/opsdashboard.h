#pragma once

#include "document.h"
#include "ops/planvsactual.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace atlas {

class AlertsPanel;
class ChartWidget;
class KpiCard;

/**
 * The Operations tab of the dashboards: the plan (a scenario's stored results) beside
 * the actuals of the document — KPI cards for one period, plan and actual utilization
 * on one axis, tenants' planned demand against their use, the deviation of every pool
 * in every period, the imports (removable) and the alerts with their thresholds.
 * Follows the document (actuals, results, view period); never polls.
 */
class OpsDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit OpsDashboard(Document *doc, QWidget *parent = nullptr);
    ~OpsDashboard() override;

    /** The plan: the scenario whose stored results are compared. */
    void setScenario(const QString &scenario);
    QString scenario() const { return mScenario; }

    /** The comparison shown; nullopt when the scenario has no results. */
    const std::optional<PlanVsActual> &comparison() const { return mComparison; }
    /** The period the cards show (the view period, or the last with actuals). */
    int cardPeriod() const { return mCardPeriod; }
    QString statusText() const;
    /** Card i's value text (0 planned, 1 actual utilization, 2 tenants over plan, 3 idle pools). */
    QString cardValue(int i) const;
    ChartWidget *utilizationChart() const { return mUtilization; }
    ChartWidget *tenantChart() const { return mTenants; }
    QTableWidget *deviationTable() const { return mDeviation; }
    QTreeWidget *importList() const { return mImports; }
    AlertsPanel *alertsPanel() const { return mAlerts; }

public Q_SLOTS:
    void refresh();
    /** Removes the import selected in the list (one undo step). */
    void removeSelectedImport();

Q_SIGNALS:
    void entityRequested(const atlas::EntityList &list, int row);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillImports();
    void placeMarkers();
    void fillCards();
    void fillDeviation();
    void clearComparison();
    void retranslate();

    QPointer<Document> mDoc;
    QString mScenario;
    std::optional<PlanVsActual> mComparison;
    int mCardPeriod = 0;
    QLabel *mStatus;
    QLabel *mImportsTitle;
    QTreeWidget *mImports;
    QPushButton *mImportButton;
    QPushButton *mRemoveButton;
    QList<KpiCard *> mCards;
    ChartWidget *mUtilization;
    ChartWidget *mTenants;
    QLabel *mDeviationTitle;
    QTableWidget *mDeviation;
    AlertsPanel *mAlerts;
};

} // namespace atlas
