#pragma once

// Report-internal: the translation context of every report string ("Report").

#include <QCoreApplication>

namespace atlas::report {

struct Report {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

} // namespace atlas::report
