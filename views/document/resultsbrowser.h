#pragma once

#include "document.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace atlas {

class MatrixModel;

/**
 * The stored results of one scenario as tables: per period, per pool, centre, region,
 * chip, ecosystem, industry, workload and tenant. Says when they are stale and offers
 * to re-run in one click.
 */
class ResultsBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsBrowser(Document *doc, QWidget *parent = nullptr);
    void showScenario(const QString &scenario);
    QString scenario() const;
    /** Rows of the table on tab i (tests). */
    int tableRows(int tab) const;
    /** The first column's text of a row on tab i, as shown (tests). */
    QString rowLabel(int tab, int row) const;

Q_SIGNALS:
    void rerunRequested(const QStringList &scenarios);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refillScenarios();
    void refresh();
    void retranslate();

    QPointer<Document> mDoc;
    QComboBox *mScenario;
    QLabel *mStatus;
    QPushButton *mRerun;
    QTabWidget *mTabs;
    QList<MatrixModel *> mModels;
};

} // namespace atlas
