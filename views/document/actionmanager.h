#pragma once

#include <QObject>

#include <array>

class QAction;

namespace atlas {

/** Every menu and toolbar action of the main window, with translated texts and shortcuts. */
class ActionManager : public QObject
{
    Q_OBJECT

public:
    enum Id {
        New, NewFromDemo, Open, Save, SaveAs, ExportYaml, Revert, Close, Quit,
        Undo, Redo, AddRow, DuplicateRow, DeleteRow, Paste,
        ImportCsv, ImportProposal, ExportProposal, ScenarioManager,
        RunSelected, RerunStale, CancelRun,
        ShowResults, ShowDashboards, ShowMap, ExportMap, ImportBoundaries, Settings, About,
        ExportReport,
        ImportActuals,
        Count
    };

    explicit ActionManager(QObject *parent = nullptr);
    QAction *action(Id id) const { return mActions[id]; }
    /** Texts in the current language (call on QEvent::LanguageChange). */
    void retranslate();

private:
    std::array<QAction *, Count> mActions{};
};

} // namespace atlas
