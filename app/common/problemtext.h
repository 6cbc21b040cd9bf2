#pragma once

#include "model/problem.h"

#include <QString>

namespace atlas {

/**
 * The one place that turns core's problem codes into sentences, in the UI language
 * (translation context "Problems"). The CLI and the GUI both call it.
 */
QString problemMessage(const Problem &problem);

/** "FILE:LINE:COL: error|warning: message" (CLI.md); the place is left out when unknown. */
QString problemLine(const Problem &problem, const QString &fallbackFile = QString());

/** The same line for the app's windows: "error"/"warning" in the UI language (错误/警告). */
QString problemUiLine(const Problem &problem, const QString &fallbackFile = QString());

} // namespace atlas
