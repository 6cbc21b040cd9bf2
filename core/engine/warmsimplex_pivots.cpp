// The pivots of the network simplex of warmsimplex.h.
//
// Reduced cost rc(a) = cost(a) + pi(tail) - pi(head); tree arcs have rc = 0. An arc is
// dual feasible at its lower bound with rc >= 0 and at its upper bound with rc <= 0.
//
// Dual phase (the supplies or bounds changed, the basis is still dual feasible on the
// scanned arcs): take the tree arc furthest out of its bounds, move it to the bound it
// broke, and bring in the scanned arc across the same cut with the least |rc| that can
// carry the difference, shifting the cut-off subtree's potentials by that |rc|.
// Primal phase (the flow is feasible): bring in any arc that prices out negative,
// found by block search, around its cycle in the tree, and take out the arc that blocks
// first (the last of the cycle among equals, which keeps the tree strongly feasible).
#include "warmsimplex.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace atlas::engine {

using warm::at;

bool WarmSimplex::dualPivot(int leaving)
{
    // The subtree cut off by the leaving arc, and how much its outflow must change.
    const int child = childEnd(leaving);
    collectSubtree(child);
    const int stamp = mStamp;
    const Units target = at(mFlow, leaving) < 0 ? 0 : at(mCap, leaving);
    const Units delta = target - at(mFlow, leaving);
    const Units outChange = at(mTail, leaving) == child ? delta : -delta;

    // Entering: a scanned arc across the cut, able to move the outflow the other way,
    // with the least |rc|.
    int entering = -1;
    Units best = std::numeric_limits<Units>::max();
    const auto considerWith = [&](int a, bool outward, Units cap, Units rc) {
        if (cap <= 0)
            return;
        const std::int8_t s = at(mState, a);
        // Outflow must grow (outChange < 0): outward arcs at lower, inward at upper.
        if (s == Basic || (outChange < 0) != ((s == AtLower) == outward))
            return;
        // r < 0 only for an arc the scanned-only ratio tests let slip (see below): the shift
        // by the least r still leaves every tree arc at rc 0.
        const Units r = s == AtLower ? rc : -rc;
        if (r < best) {
            best = r;
            entering = a;
        }
    };
    const auto consider = [&](int a, bool outward) { considerWith(a, outward, at(mCap, a), reducedCost(a)); };
    // The cut's arcs are found from whichever side has fewer scanned arcs.
    long subtreeEnds = 0;
    for (int v : mSubtree)
        subtreeEnds += static_cast<long>(at(mOut, v).size() + at(mIn, v).size());
    const auto scan = [&](int v, bool inside) {
        for (const ScannedEnd &e : at(mOut, v))
            if ((at(mMark, e.other) == stamp) != inside)
                considerWith(e.arc, inside, e.cap, e.cost + at(mPi, v) - at(mPi, e.other));
        for (const ScannedEnd &e : at(mIn, v))
            if ((at(mMark, e.other) == stamp) != inside)
                considerWith(e.arc, !inside, e.cap, e.cost + at(mPi, e.other) - at(mPi, v));
    };
    if (2 * subtreeEnds <= mScannedEnds) {
        for (int v : mSubtree)
            scan(v, true);
    } else {
        for (int v = 0; v < mNodes; ++v)
            if (at(mMark, v) != stamp)
                scan(v, false);
    }
    if (entering < 0) {
        // None of the scanned arcs crosses the cut the right way: look at all of them.
        for (int v : mSubtree) {
            for (int k = at(mAllOutStart, v); k < at(mAllOutStart, v + 1); ++k)
                if (const int a = at(mAllOut, k); at(mMark, at(mHead, a)) != stamp)
                    consider(a, true);
            for (int k = at(mAllInStart, v); k < at(mAllInStart, v + 1); ++k)
                if (const int a = at(mAllIn, k); at(mMark, at(mTail, a)) != stamp)
                    consider(a, false);
        }
    }
    if (entering < 0)
        return false;  // nothing can carry it: no feasible flow
    const Units shift = outChange < 0 ? -best : best;
    for (int v : mSubtree)
        at(mPi, v) += shift;

    // The difference goes round the cycle of the entering arc and its tree path.
    const Units amount = std::llabs(outChange);
    const bool forward = at(mState, entering) == AtLower;
    const int from = forward ? at(mHead, entering) : at(mTail, entering);
    const int to = forward ? at(mTail, entering) : at(mHead, entering);
    changeFlow(entering, forward ? amount : -amount);
    push(from, to, commonAncestor(from, to), amount);
    at(mState, leaving) = target == 0 ? AtLower : AtUpper;
    at(mState, entering) = Basic;
    const bool tailInside = at(mMark, at(mTail, entering)) == stamp;
    rehang(tailInside ? at(mTail, entering) : at(mHead, entering),
           tailInside ? at(mHead, entering) : at(mTail, entering), entering, child);
    ++mPivots;
    return true;
}

WarmSimplex::Status WarmSimplex::dualPhase()
{
    for (;;) {
        int worst = -1;
        Units worstBy = 0;
        std::size_t kept = 0;
        for (int a : mCandidates) {
            if (at(mState, a) != Basic || !outOfBounds(a)) {
                at(mQueued, a) = 0;
                continue;
            }
            mCandidates[kept++] = a;
            const Units by = at(mFlow, a) < 0 ? -at(mFlow, a) : at(mFlow, a) - at(mCap, a);
            if (by > worstBy) {
                worstBy = by;
                worst = a;
            }
        }
        mCandidates.resize(kept);
        if (worst < 0)
            return Status::Optimal;
        if (mPivots >= mLimit)
            return Status::PivotLimit;
        if (!dualPivot(worst))
            return Status::Infeasible;
    }
}

void WarmSimplex::primalPivot(int entering)
{
    // Flow goes u -> v on the entering arc and back v -> ... -> u on the tree.
    const bool forward = at(mState, entering) == AtLower;
    const int u = forward ? at(mTail, entering) : at(mHead, entering);
    const int v = forward ? at(mHead, entering) : at(mTail, entering);
    const int apex = commonAncestor(v, u);

    // Ratio test in cycle order from the apex (apex -> u, the entering arc, v -> apex);
    // among equal residuals the last one leaves.
    Units delta = std::numeric_limits<Units>::max();
    int leaving = -1;
    bool leavingOnV = false;
    for (int x = u; x != apex; x = at(mParent, x)) {  // downward apex -> x, met backwards
        const int a = at(mPred, x);
        const Units r = at(mTail, a) == x ? at(mFlow, a) : at(mCap, a) - at(mFlow, a);
        if (r < delta) {
            delta = r;
            leaving = a;
        }
    }
    if (at(mCap, entering) <= delta) {
        delta = at(mCap, entering);
        leaving = entering;
    }
    for (int x = v; x != apex; x = at(mParent, x)) {  // upward x -> apex
        const int a = at(mPred, x);
        const Units r = at(mTail, a) == x ? at(mCap, a) - at(mFlow, a) : at(mFlow, a);
        if (r <= delta) {
            delta = r;
            leaving = a;
            leavingOnV = true;
        }
    }
    if (delta > 0) {
        at(mFlow, entering) += forward ? delta : -delta;
        push(v, u, apex, delta);
    }
    ++mPivots;
    if (leaving == entering) {
        at(mState, entering) = forward ? AtUpper : AtLower;
        return;
    }
    // The leaving arc cuts off the subtree holding one end of the entering arc; it hangs
    // from the entering arc now, its potentials moved so that rc(entering) = 0.
    const int top = childEnd(leaving);
    const int inside = leavingOnV ? v : u, outside = leavingOnV ? u : v;
    const Units rc = reducedCost(entering);
    shiftSubtree(top, inside == at(mHead, entering) ? rc : -rc);
    at(mState, leaving) = at(mFlow, leaving) == 0 ? AtLower : AtUpper;
    at(mState, entering) = Basic;
    rehang(inside, outside, entering, top);
}

WarmSimplex::Status WarmSimplex::primalPhase()
{
    // Block search over the real arcs: the most negative of each block enters.
    const int arcs = mRealArcs;
    if (arcs == 0)
        return Status::Optimal;
    const int block = std::max(10, static_cast<int>(std::sqrt(static_cast<double>(arcs))));
    for (;;) {
        int entering = -1;
        Units most = 0;
        int looked = 0, inBlock = 0;
        for (int a = mNextPriced; looked < arcs; ++looked) {
            // Branch-free: tree arcs gain 0; an arc of capacity 0 never enters.
            const Units gain = -at(mState, a) * reducedCost(a);
            if (gain > most && at(mCap, a) > 0) {
                most = gain;
                entering = a;
            }
            if (++a == arcs)
                a = 0;
            if (++inBlock == block) {
                inBlock = 0;
                if (entering >= 0) {
                    mNextPriced = a;
                    break;
                }
            }
        }
        if (entering < 0)
            return Status::Optimal;
        if (mPivots >= mLimit)
            return Status::PivotLimit;
        primalPivot(entering);
    }
}

} // namespace atlas::engine
