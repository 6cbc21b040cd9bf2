#pragma once

// Engine-internal: the exact per-period transportation problem (policies optimal and
// local). TransportChain solves consecutive periods, each from the last one's optimal
// basis; solveTransport solves one period on its own.

#include "instance.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace atlas::engine {

/** Periods [first, last) of one instance, each solved from the last basis. */
class TransportChain {
public:
    TransportChain(const Instance &in, int first, int last);
    ~TransportChain();
    /** A copy that goes on from the same basis (the next period it solves is its own). */
    TransportChain(const TransportChain &other);
    TransportChain &operator=(const TransportChain &) = delete;

    /**
     * Period t of [first, last), from the last basis. Any period may come next; the
     * nearer it is to the last, the fewer the pivots.
     */
    PeriodSolution solve(int t);

    /** For tests: the warm simplex's pivot limit per period (0: its default). */
    void setPivotLimit(std::int64_t pivots);
    /** False once the chain has fallen back to solving its periods one by one. */
    bool isWarm() const;
    /** Pivots of the warm simplex so far (each one a change of the basis). */
    std::int64_t pivots() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/** One period on its own: a chain of one period (LEMON's network simplex). */
PeriodSolution solveTransport(const Instance &in, int t);

/** 2^k with maxValue × 2^k <= 2^bits (the integer grids of docs/engine.md). */
double gridScale(double maxValue, int bits);

} // namespace atlas::engine
