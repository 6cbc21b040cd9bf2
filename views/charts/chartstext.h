#pragma once

// Private to views/charts: the translation context of the chart builders, which are
// free functions (lupdate files their strings under "atlas::Charts").

#include <QCoreApplication>

namespace atlas {

class Charts
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Charts)
};

} // namespace atlas
