#pragma once

#include "document.h"

#include <QPointer>
#include <QTabWidget>

namespace atlas {

class EntityTableEditor;
class ResultsBrowser;
class DashboardView;
class MapPanel;

/**
 * The central tabs: a table per entity list, the results browser, the dashboards, and
 * the map and the dashboards (with charts); selection is kept in sync between the
 * map, the tables and the charts.
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
    void showMap();
    ResultsBrowser *resultsBrowser() const { return mResults; }
    DashboardView *dashboards() const { return mDashboards; }
    MapPanel *mapPanel() const { return mMap; }

    /**
     * Selects an entity in its table without switching tabs, and on the map when it has a
     * place there (regions, centres, links); the properties dock follows currentRowChanged.
     */
    void selectEntity(const EntityList &list, int row);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void currentRowChanged(const atlas::EntityList &list, int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void syncMapSelection(const EntityList &list, int row);

    QPointer<Document> mDoc;
    QList<EntityTableEditor *> mEditors;
    ResultsBrowser *mResults = nullptr;
    DashboardView *mDashboards = nullptr;
    MapPanel *mMap = nullptr;
};

} // namespace atlas
