#pragma once

#include "document.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QTabWidget;
class QVBoxLayout;

namespace atlas {

class KpiCard;
class MatrixModel;

/**
 * The three lenses planners use — Build 建, Use 用, Ecosystem 生态 — as tabs of KPI
 * cards (value and change against a baseline scenario the user picks) over tables.
 * The charts (views/charts) will join the tables here.
 */
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Document *doc, QWidget *parent = nullptr);
    void setScenarios(const QString &scenario, const QString &baseline);
    /** The cards of dashboard tab (0 Build, 1 Use, 2 Ecosystem), for tests. */
    QList<KpiCard *> cards(int tab) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page {
        QWidget *widget = nullptr;
        QGridLayout *cards = nullptr;
        QVBoxLayout *tables = nullptr;
        QList<KpiCard *> cardList;
        QList<QLabel *> tableTitles;
        QList<MatrixModel *> models;
    };
    void refillScenarios();
    void refresh();
    void retranslate();
    Page makePage();
    KpiCard *card(Page &page, int i);
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
};

} // namespace atlas
