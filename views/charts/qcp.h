#pragma once

// Private to views/charts: includes qcustomplot.h, whose header uses the `signals` and
// `foreach` keywords that our targets switch off (QT_NO_KEYWORDS, QT_NO_FOREACH).
// The two foreach loops in it are template code over QLists, which a range-for serves.

#if defined(QT_NO_KEYWORDS) && !defined(signals)
#define signals Q_SIGNALS
#define ATLAS_QCP_SIGNALS
#endif
#ifndef foreach
#define foreach(variable, container) for (variable : container)
#define ATLAS_QCP_FOREACH
#endif

#include <qcustomplot.h>

#ifdef ATLAS_QCP_SIGNALS
#undef signals
#undef ATLAS_QCP_SIGNALS
#endif
#ifdef ATLAS_QCP_FOREACH
#undef foreach
#undef ATLAS_QCP_FOREACH
#endif
