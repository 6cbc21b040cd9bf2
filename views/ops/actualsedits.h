#pragma once

#include "editcommands.h"
#include "ops/actuals.h"

#include <vector>

namespace atlas::edit {

/**
 * Adds one import of actuals (one undo step): merged into the document's actuals by
 * mergeImport(), so its values replace earlier ones of the same period and pool or
 * tenant. Refused for a read-only document or an import that brings no value.
 * `importId` (optional) receives the id the import got.
 */
Outcome importActuals(Document &doc, ActualImport import, std::vector<PoolActual> pools,
                      std::vector<TenantActual> tenants, std::string *importId = nullptr);

/** Removes an import and every value it brought (one undo step). */
Outcome removeActualImport(Document &doc, const std::string &importId);

/** Sets the alert thresholds (one undo step); refused when out of range. */
Outcome setAlertThresholds(Document &doc, const AlertThresholds &thresholds);

} // namespace atlas::edit
