#pragma once

#include "document.h"

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

class QTreeWidget;
class QTreeWidgetItem;

namespace atlas {

/**
 * Every validation problem of the document, in the UI language (problemMessage).
 * Double-clicking one goes to its cell. Recomputed shortly after each change.
 */
class ProblemsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ProblemsDock(QWidget *parent = nullptr);
    void setDocument(Document *doc);
    int problemCount() const;
    /** Activates the problem in row i (as a double-click does). */
    void activateProblem(int i);

Q_SIGNALS:
    void cellRequested(const atlas::EntityList &list, int row, int column);
    void countsChanged(int errors, int warnings);

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
