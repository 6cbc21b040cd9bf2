#pragma once

#include "charts/chartdata.h"
#include "document.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QTabWidget;
class QVBoxLayout;

namespace atlas {

class ChartWidget;
class KpiCard;
class MatrixModel;
class OpsDashboard;

/**
 * The three lenses planners use — Build 建, Use 用, Ecosystem 生态 — as tabs of KPI
 * cards (value and change against a baseline scenario the user picks) over charts
 * (views/charts) and the tables no chart covers. The charts' period marker follows the
 * document's view period (the map's slider); a click on a chart's series or bar asks the
 * app to select that centre, chip, region or scenario.
 */
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Document *doc, QWidget *parent = nullptr);
    void setScenarios(const QString &scenario, const QString &baseline);
    /** The cards of dashboard tab (0 Build, 1 Use, 2 Ecosystem), for tests. */
    QList<KpiCard *> cards(int tab) const;
    /** The charts of dashboard tab (0 Build, 1 Use, 2 Ecosystem), for tests. */
    QList<ChartWidget *> charts(int tab) const;
    QString scenario() const;
    /** The Operations tab: the chosen scenario's plan beside the actuals. */
    OpsDashboard *operations() const { return mOps; }
    void showOperations();

Q_SIGNALS:
    /** A chart asked to select an entity (its list and row in the document). */
    void entityRequested(const atlas::EntityList &list, int row);
    void scenarioRequested(const QString &scenario);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page {
        QWidget *widget = nullptr;
        QGridLayout *cards = nullptr;
        QGridLayout *charts = nullptr;
        QVBoxLayout *tables = nullptr;
        QList<KpiCard *> cardList;
        QList<ChartWidget *> chartList;
        int nextRow = 0;
        int nextCol = 0;
        QList<QLabel *> tableTitles;
        QList<MatrixModel *> models;
    };
    void refillScenarios();
    void refresh();
    void retranslate();
    Page makePage();
    KpiCard *card(Page &page, int i);
    /** Chart i of a page, in a two-column grid; wide charts take a whole row. */
    ChartWidget *chart(Page &page, int i, bool wide = false);
    void onKeySelected(KeyKind kind, const QString &key);
    void setChart(ChartWidget *widget, const ChartData &data);
    MatrixModel *table(Page &page, int i, const QString &title);
    void fillBuild(const ScenarioResult &r, const ScenarioResult *base);
    void fillUse(const ScenarioResult &r, const ScenarioResult *base);
    void fillEcosystem(const ScenarioResult &r, const ScenarioResult *base);

    QPointer<Document> mDoc;
    QComboBox *mScenario;
    QComboBox *mBaseline;
    QLabel *mStatus;
    QLabel *mScenarioLabel;
    QLabel *mBaselineLabel;
    QTabWidget *mTabs;
    Page mPages[3];
    OpsDashboard *mOps;
};

} // namespace atlas
