#include "actionmanager.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace atlas {

ActionManager::ActionManager(QObject *parent)
    : QObject(parent)
{
    for (int i = 0; i < Count; ++i)
        mActions[i] = new QAction(this);
    auto themed = [this](Id id, const char *name) { mActions[id]->setIcon(QIcon::fromTheme(QString::fromLatin1(name))); };
    themed(New, "document-new");
    themed(Open, "document-open");
    themed(Save, "document-save");
    themed(SaveAs, "document-save-as");
    themed(Revert, "document-revert");
    themed(Close, "document-close");
    themed(Quit, "application-exit");
    themed(Undo, "edit-undo");
    themed(Redo, "edit-redo");
    themed(AddRow, "list-add");
    themed(DuplicateRow, "edit-copy");
    themed(DeleteRow, "list-remove");
    themed(Paste, "edit-paste");
    themed(RunSelected, "media-playback-start");
    themed(CancelRun, "process-stop");
    themed(RerunStale, "view-refresh");
    themed(Settings, "preferences-system");
    themed(About, "help-about");
    mActions[New]->setShortcut(QKeySequence::New);
    mActions[Open]->setShortcut(QKeySequence::Open);
    mActions[Save]->setShortcut(QKeySequence::Save);
    mActions[SaveAs]->setShortcut(QKeySequence::SaveAs);
    mActions[Close]->setShortcut(QKeySequence::Close);
    mActions[Quit]->setShortcut(QKeySequence::Quit);
    mActions[Undo]->setShortcut(QKeySequence::Undo);
    mActions[Redo]->setShortcut(QKeySequence::Redo);
    mActions[AddRow]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    mActions[DuplicateRow]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    mActions[RunSelected]->setShortcut(QKeySequence(Qt::Key_F5));
    mActions[ShowMap]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    mActions[Settings]->setShortcut(QKeySequence::Preferences);
    mActions[Settings]->setMenuRole(QAction::PreferencesRole);
    mActions[About]->setMenuRole(QAction::AboutRole);
    mActions[Quit]->setMenuRole(QAction::QuitRole);
    retranslate();
}

void ActionManager::retranslate()
{
    mActions[New]->setText(tr("&New"));
    mActions[NewFromDemo]->setText(tr("New from &Demo"));
    mActions[Open]->setText(tr("&Open…"));
    mActions[Save]->setText(tr("&Save"));
    mActions[SaveAs]->setText(tr("Save &As…"));
    mActions[ExportYaml]->setText(tr("&Export Interchange YAML…"));
    mActions[Revert]->setText(tr("&Revert"));
    mActions[Close]->setText(tr("&Close"));
    mActions[Quit]->setText(tr("&Quit"));
    mActions[Undo]->setText(tr("&Undo"));
    mActions[Redo]->setText(tr("&Redo"));
    mActions[AddRow]->setText(tr("&Add Row"));
    mActions[DuplicateRow]->setText(tr("D&uplicate Row"));
    mActions[DeleteRow]->setText(tr("&Delete Rows"));
    mActions[Paste]->setText(tr("&Paste Rows"));
    mActions[ImportCsv]->setText(tr("Import &CSV…"));
    mActions[ImportProposal]->setText(tr("Import &Proposal…"));
    mActions[ExportProposal]->setText(tr("Export Scenario as Proposal…"));
    mActions[ScenarioManager]->setText(tr("&Scenario Manager…"));
    mActions[RunSelected]->setText(tr("&Run Scenarios"));
    mActions[RerunStale]->setText(tr("Re-run &Stale Results"));
    mActions[CancelRun]->setText(tr("&Cancel Run"));
    mActions[ShowResults]->setText(tr("&Results Browser"));
    mActions[ShowDashboards]->setText(tr("&Dashboards"));
    mActions[ShowMap]->setText(tr("&Map"));
    mActions[ExportMap]->setText(tr("Export &Map as PNG or SVG…"));
    mActions[ExportReport]->setText(tr("Export &Report…"));
    mActions[ExportReport]->setToolTip(tr("Write a PDF report of chosen scenarios, in English or Chinese"));
    mActions[ImportActuals]->setText(tr("Import &Actuals…"));
    mActions[ImportActuals]->setToolTip(tr("Import what the centres and tenants really used (CSV, Slurm accounting, Prometheus) to compare it with the plan"));
    mActions[ImportBoundaries]->setText(tr("Import &Boundary Layer…"));
    mActions[ImportBoundaries]->setToolTip(tr("Import official boundaries (GeoJSON, GeoPackage, Shapefile) with their source and map approval number"));
    mActions[Settings]->setText(tr("&Settings…"));
    mActions[About]->setText(tr("&About ComputeAtlas"));
}

} // namespace atlas
