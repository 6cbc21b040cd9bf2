#pragma once

#include "model/model.h"

#include <map>
#include <string>

namespace atlas {

/** For every centre with a power_mw limit: the highest electrical load of its installed
 *  chips over the horizon, Σ count × tdp_w × pue / 10^6 MW over the inventory in
 *  service in a period. Inventory naming an unknown chip counts 0. */
std::map<std::string, double> peakPowerMw(const Project &project);

} // namespace atlas
