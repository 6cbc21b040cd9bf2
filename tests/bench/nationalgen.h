#pragma once

#include "model/model.h"

namespace atlas::bench {

/**
 * A national-size project from a fixed seed: 31 regions, 300 centres, 12 chip models
 * in 4 ecosystems, `tenants` tenants with 1–3 ecosystems (half with a latency cap),
 * `periods` monthly periods, a latency-following backbone, and three scenarios
 * (today: local, use: optimal, near: nearest). Same seed, same project.
 */
Project makeNational(int tenants = 5000, int periods = 60, unsigned seed = 20261125);

} // namespace atlas::bench
