#pragma once

#include "document.h"

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

class QTreeWidget;
class QTreeWidgetItem;

namespace atlas {

/**
 * The project explorer: the project, each entity list with its size, each scenario with
 * its overlays, and the stored results. Activating an item opens it in the editor area.
 */
class ProjectExplorer : public QDockWidget
{
    Q_OBJECT

public:
    explicit ProjectExplorer(QWidget *parent = nullptr);
    void setDocument(Document *doc);
    /** Highlights a list's item (as the map or a chart selects one of its rows) without activating it. */
    void highlightList(const EntityList &list);
    /** The list whose item is current; kind Region and scenario -2 when none. */
    EntityList currentList() const;

Q_SIGNALS:
    void listActivated(const atlas::EntityList &list);
    void projectActivated();
    void resultsActivated(const QString &scenario);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void activate(QTreeWidgetItem *item);

    QPointer<Document> mDoc;
    QTreeWidget *mTree;
    QTimer mRebuild;
};

} // namespace atlas
