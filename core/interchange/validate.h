#pragma once

#include "model/model.h"
#include "model/problem.h"

#include <vector>

namespace atlas {

/**
 * The semantic checks of FORMAT.md on a model however it was made (YAML, .atlas,
 * an edit in the app): references, duplicate ids, ranges, months, series lengths,
 * power limits (warnings). Each problem's `path` names the place,
 * e.g. "tenants[3].demand.from", "scenarios[1].add_inventory[0].chip".
 */
std::vector<Problem> validate(const Project &project);

} // namespace atlas
