#pragma once

// QSettings keys read and written in more than one place: the settings dialog, the
// report dialog, the document manager and the command line's report.

#include <QString>

namespace atlas::settingskeys {

/** The organisation named on report covers. */
inline const QString organisation = QStringLiteral("organisation");
/** The logo image on report covers. */
inline const QString reportLogo = QStringLiteral("report/logo");
/** Where the last report was exported. */
inline const QString reportFolder = QStringLiteral("report/folder");
/** Where project files are opened and saved first. */
inline const QString defaultFolder = QStringLiteral("defaultFolder");

} // namespace atlas::settingskeys
