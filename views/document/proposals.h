#pragma once

#include "editcommands.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace atlas::proposals {

/**
 * A vendor's proposal is a computeatlas/1 file holding scenarios and the entities they
 * add. Exported proposals also carry the project's regions, centres and chips so that
 * the file validates on its own; import takes only the scenarios.
 */
Status exportProposal(const Project &project, const std::vector<std::string> &scenarios, const std::string &path);

/** What an import did: scenarios added, and ids that clashed (reported, never renamed). */
struct ImportReport {
    QStringList added;
    QStringList clashes;   ///< "scenario build", "centre hn-new": not imported
    QString error;         ///< the file could not be read or the scenarios were refused
};

/** Imports every scenario whose ids do not clash, in one undo step. */
ImportReport importProposal(Document &doc, const std::string &path);

/** Menu versions with file dialogs; they return the status-bar message. */
QString importWithDialog(Document &doc, QWidget *parent);
QString exportWithDialog(Document &doc, QWidget *parent);

} // namespace atlas::proposals
