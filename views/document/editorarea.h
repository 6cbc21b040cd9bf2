#pragma once

#include "document.h"

#include <QPointer>
#include <QTabWidget>

namespace atlas {

class EntityTableEditor;
class ResultsBrowser;
class DashboardView;

/**
 * The central tabs: a table per entity list, the results browser, the dashboards, and
 * the places where the map and the charts plug in.
 */
class EditorArea : public QTabWidget
{
    Q_OBJECT

public:
    explicit EditorArea(QWidget *parent = nullptr);
    void setDocument(Document *doc);

    /** The table of a list, created (as a tab) on first use. */
    EntityTableEditor *editor(const EntityList &list);
    EntityTableEditor *currentEditor() const;
    void showList(const EntityList &list);
    void selectCell(const EntityList &list, int row, int column);
    void showResults(const QString &scenario = QString());
    void showDashboards();
    ResultsBrowser *resultsBrowser() const { return mResults; }
    DashboardView *dashboards() const { return mDashboards; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    void currentRowChanged(const atlas::EntityList &list, int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPointer<Document> mDoc;
    QList<EntityTableEditor *> mEditors;
    ResultsBrowser *mResults = nullptr;
    DashboardView *mDashboards = nullptr;
    QWidget *mMapPlaceholder = nullptr;
};

} // namespace atlas
