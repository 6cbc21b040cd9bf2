#pragma once

#include "ops/actuals.h"

#include <string>
#include <vector>

namespace atlas {

/**
 * Adds an import to the actuals (docs/operations.md, "Actuals in the project file"):
 * - the import gets a fresh id "import-N", N one more than the largest N in use (any id
 *   it carried is replaced), and its values are stamped with that id;
 * - a new value replaces the value of the same key from earlier imports: (period,
 *   centre, chip) for pools, (period, tenant) for tenants; two values of one key in the
 *   new import: the later one counts;
 * - imports no value refers to any more are dropped (also the new one when it brings
 *   no value); thresholds are kept;
 * - values come out sorted by (period, centre, chip) and (period, tenant); imports keep
 *   their order, the new one last.
 * The id given is `result.imports.back().id` when the import brought values.
 */
Actuals mergeImport(Actuals existing, ActualImport import, std::vector<PoolActual> pools,
                    std::vector<TenantActual> tenants);

/**
 * Removes an import and every value it brought. Values it replaced earlier are gone
 * and do not come back. An unknown id changes nothing.
 */
Actuals removeImport(Actuals existing, const std::string &importId);

} // namespace atlas
