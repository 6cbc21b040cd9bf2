#pragma once

#include "document.h"
#include "ops/planvsactual.h"

#include <QPointer>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace atlas {

/**
 * The operator's alerts: the thresholds (editable, each change one undo step) over the
 * list of thresholds crossed: one row per pool or tenant and kind, naming the worst period,
 * with its periods as children; each marked by an icon, a colour and its text. A click
 * on a row asks the app to select its centre or tenant.
 */
class AlertsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPanel(Document *doc, QWidget *parent = nullptr);

    /** Shows these alerts (findAlerts of the current comparison). */
    void setAlerts(std::vector<Alert> alerts);
    const std::vector<Alert> &alerts() const { return mAlerts; }
    /** The text of top-level row i (one pool or tenant and kind) as the list shows it (for tests). */
    QString alertText(int i) const;

    /** One alert as a sentence in the UI language. */
    static QString describe(const Alert &alert, const Project &project);

    /** Commits the spin boxes' values as thresholds (what editing one does). */
    void commitThresholds();
    QDoubleSpinBox *lowBox() const { return mLow; }
    QDoubleSpinBox *highBox() const { return mHigh; }
    QDoubleSpinBox *tenantBox() const { return mTenant; }

Q_SIGNALS:
    void entityRequested(const atlas::EntityList &list, int row);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showThresholds();
    void fillList();
    void onActivated(QTreeWidgetItem *item);
    void retranslate();

    QPointer<Document> mDoc;
    QLabel *mTitle;
    QLabel *mLowLabel;
    QLabel *mHighLabel;
    QLabel *mTenantLabel;
    QDoubleSpinBox *mLow;
    QDoubleSpinBox *mHigh;
    QDoubleSpinBox *mTenant;
    QLabel *mCount;
    QTreeWidget *mList;
    std::vector<Alert> mAlerts;
};

} // namespace atlas
