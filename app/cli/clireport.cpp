// report: the PDF the app would write.
#include "clisupport.h"

#include <QCoreApplication>

namespace atlas::cli {

int runReport(const Args &args)
{
    Q_UNUSED(args);
    fail(QCoreApplication::translate("Cli", "reports are not available in this build yet"));
    return Invalid;
}

} // namespace atlas::cli
