#pragma once

#include "document.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace atlas {

class EntityTableEditor;

/**
 * Create, duplicate, rename (inline) and delete scenarios, and edit the selected one's
 * overlays: policy and demand scale in its row, added centres, inventory and links in
 * the tables below. Every change is an undoable command.
 */
class ScenarioManager : public QDialog
{
    Q_OBJECT

public:
    explicit ScenarioManager(Document *doc, QWidget *parent = nullptr);
    EntityTableEditor *scenarios() const { return mScenarios; }
    EntityTableEditor *overlay(int i) const { return mOverlays[i]; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showScenario(int row);
    void retranslate();

    Document *mDoc;
    EntityTableEditor *mScenarios;
    QTabWidget *mTabs;
    QLabel *mStatus;
    QLabel *mHint;
    EntityTableEditor *mOverlays[3];
};

} // namespace atlas
