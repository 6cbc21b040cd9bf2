// The pivots of the network simplex of warmsimplex.h.
//
// Reduced cost rc(a) = cost(a) + pi(tail) - pi(head); tree arcs have rc = 0. An arc is
// dual feasible at its lower bound with rc >= 0 and at its upper bound with rc <= 0.
//
// Dual phase (the supplies or bounds changed, the basis is still dual feasible): take the
// tree arc furthest out of its bounds, move it to the bound it broke, and bring in the
// arc across the same cut with the least |rc| that can carry the difference, shifting
// the cut-off subtree's potentials by that |rc|: the basis stays dual feasible. Arcs
// with a bound met on the way that cannot carry all of it go to their other bound (bound
// flips), and the search reads the near ends first (sortNear in warmsimplex.cpp); an
// arc of |rc| 0 next to the cut, when one is seen before either side is listed, enters at
// once (zeroNearCut).
// Primal phase (the flow is feasible, and some arc may price out wrong): bring in any arc
// that prices out negative, found by block search, around its cycle in the tree, and take
// out the arc that blocks first (the last of the cycle among equals, which keeps the tree
// strongly feasible).
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
    const Units target = at(mFlow, leaving) < 0 ? 0 : at(mCap, leaving);
    const Units delta = target - at(mFlow, leaving);
    const Units outChange = at(mTail, leaving) == child ? delta : -delta;
    const bool grow = outChange < 0;
    if (mNearStale)
        sortNear();
    // An arc of r 0 next to the cut is a least r and, without a bound, carries any
    // amount: it enters at once, and nothing is listed (most degenerate pivots at load).
    // No arc has r < 0 in a dual feasible basis.
    if (!mMayPriceWrong) {
        int inEnd = -1;
        if (const int zero = zeroNearCut(child, leaving, grow, inEnd); zero >= 0) {
            mFlips.clear();
            finishDualPivot(leaving, target, zero, std::llabs(outChange), inEnd, child);
            return true;
        }
    }
    // The smaller side of the cut is listed in mSubtree and marked: the subtree (small)
    // or the rest.
    const bool small = 2 * at(mSize, child) <= mNodes;
    if (small)
        collect(child);
    else
        collect(0, child);
    const int stamp = mStamp;
    const auto isInside = [&](int v) { return (at(mMark, v) == stamp) == small; };

    // Entering: the arc across the cut, able to move the outflow the other way, with the
    // least |rc| (r): an exact ratio test over every arc, read from the side with fewer
    // ends to read. The outflow must grow (outChange < 0): outward arcs at lower, inward
    // at upper; it must shrink: the reverse. Out of the tree an arc without a bound is at
    // its lower bound, so of those only one direction can enter. The only tree arc
    // across the cut is the leaving one. Arcs with a bound are gathered (mCut) for the
    // bound flips below; of those without, the least r is kept.
    int entering = -1;
    Units best = std::numeric_limits<Units>::max();
    // r < 0 only for an arc that prices out wrong after startFrom: the shift by the least
    // r still leaves every tree arc at rc 0, and the primal phase sees to the rest.
    const auto bounded = [&](int a, bool outward, Units rc) {
        if (at(mCap, a) <= 0)
            return;
        const std::int8_t s = at(mState, a);
        if (s == Basic || grow != ((s == AtLower) == outward))
            return;
        const Units r = rOf(s, rc);
        if (at(mCap, a) >= kUnbounded) {  // a bound lifted since the lists were built
            if (r < best) {
                best = r;
                entering = a;
            }
        } else if (r <= best) {
            mCut.push_back({r, a});
        }
    };
    // Only the near ends are read (sortNear), unless they cannot decide: all ends then.
    const auto ratioTest = [&](bool all) {
        entering = -1;
        best = std::numeric_limits<Units>::max();
        mCut.clear();
        const End *endsOf = all ? mEnds.data() : mNearEnds.data();
        const int *listBegin = mEndStart.data();
        const int *listEnd = all ? mEndStart.data() + 1 : mNearEnd.data();
        const auto ends = [&](int v, int list) {
            const int i = 4 * v + list;
            return std::pair<const End *, const End *>(endsOf + listBegin[i], endsOf + listEnd[i]);
        };
        // Inside, the unbounded arcs that can enter leave a node (growing) or reach it;
        // outside, the reverse.
        const int insideList = grow ? 0 : 1, outsideList = grow ? 1 : 0;
        long inUnbOut = 0, inUnbIn = 0, inBounded = 0;
        for (int v : mSubtree) {
            const int *b = listBegin + 4 * v, *e = listEnd + 4 * v;
            inUnbOut += e[0] - b[0];
            inUnbIn += e[1] - b[1];
            inBounded += e[2] - b[2] + e[3] - b[3];
        }
        const long unboundedArcs = all ? mUnboundedArcs : mNearUnboundedArcs;
        const long boundedArcs = all ? mBoundedArcs : mNearBoundedArcs;
        if (!small) {
            inUnbOut = unboundedArcs - inUnbOut;
            inUnbIn = unboundedArcs - inUnbIn;
            inBounded = 2 * boundedArcs - inBounded;
        }
        const long fromInside = (grow ? inUnbOut : inUnbIn) + inBounded;
        const long fromOutside = unboundedArcs - (grow ? inUnbIn : inUnbOut) + 2 * boundedArcs - inBounded;
        const bool inside = fromInside <= fromOutside;
        const bool otherMarked = small != inside;  // an end across the cut from the scanned side
        // No arc has r < 0 in a dual feasible basis, so the first arc of r 0 ends the
        // search (most pivots at load: costs that differ by region only tie often).
        const bool zeroEnds = !mMayPriceWrong;
        const auto scan = [&](int v) -> bool {
            const Units pv = at(mPi, v);
            // rc of an arc v -> other is cost + pi(v) - pi(other); of other -> v, cost + pi(other) - pi(v).
            const int list = inside ? insideList : outsideList;
            const bool out = list == 0;
            for (auto [e, end] = ends(v, list); e != end; ++e)
                if ((at(mMark, e->other) == stamp) == otherMarked && e->arc != leaving) {
                    const Units r = e->rc(out, pv, at(mPi, e->other));
                    if (r < best) {
                        best = r;
                        entering = e->arc;
                        if (r == 0 && zeroEnds)
                            return true;
                    }
                }
            for (auto [e, end] = ends(v, 2); e != end; ++e)
                if ((at(mMark, e->other) == stamp) == otherMarked)
                    bounded(e->arc, inside, e->rc(true, pv, at(mPi, e->other)));
            for (auto [e, end] = ends(v, 3); e != end; ++e)
                if ((at(mMark, e->other) == stamp) == otherMarked)
                    bounded(e->arc, !inside, e->rc(false, pv, at(mPi, e->other)));
            return false;
        };
        if (inside == small) {
            for (int v : mSubtree)
                if (scan(v))
                    break;
        } else {
            for (int v = 0; v < mNodes; ++v)
                if (at(mMark, v) != stamp && scan(v))
                    break;
        }
    };
    // Bound flips (the long-step ratio test): by r ascending, an arc with a bound that
    // cannot carry all that is left goes to its other bound and carries what it can, as
    // long as another arc is there to carry the rest. The shift then passes its r, so its
    // rc changes sign, as its new bound needs. A pivot whose entering arc would at once
    // break its bound, and leave in the next, takes one pivot instead of two.
    Units amount = 0;
    const auto longStep = [&] {
        amount = std::llabs(outChange);
        mFlips.clear();
        const auto later = [](const CutArc &a, const CutArc &b) { return a.r != b.r ? a.r > b.r : a.arc > b.arc; };
        std::size_t n = 0;
        for (const CutArc &c : mCut)  // drop those past the best arc without a bound
            if (c.r <= best)
                mCut[n++] = c;
        mCut.resize(n);
        std::make_heap(mCut.begin(), mCut.end(), later);
        while (!mCut.empty()) {
            std::pop_heap(mCut.begin(), mCut.end(), later);
            const CutArc c = mCut.back();
            mCut.pop_back();
            if (at(mCap, c.arc) < amount && (!mCut.empty() || entering >= 0)) {
                amount -= at(mCap, c.arc);
                mFlips.push_back(c.arc);
                continue;
            }
            entering = c.arc;
            best = c.r;
            break;
        }
    };
    // A far end's r, measured from the reference potentials (mPiAtSort), was above
    // mNearBound, and its rc has moved since by the difference of its ends' changes from
    // the reference, so by the spread of those changes at most: the near ends decide when
    // the step ends on an arc of r 0 or of r no more than the bound less the spread (kept
    // as a bound itself, and taken exactly before giving up on them). Otherwise all ends
    // are read. The ends are sorted again before the next pivot when the spread has taken
    // a quarter of the bound; a cut with no near arc across it is no reason to.
    ratioTest(false);
    longStep();
    const auto nearDecides = [&] {
        return entering >= 0 && ((best == 0 && !mMayPriceWrong) || best <= mNearBound - (mMoveHigh - mMoveLow));
    };
    if (entering >= 0 && !nearDecides()) {
        mMoveHigh = mMoveLow = 0;
        for (int v = 0; v < mNodes; ++v)
            noteMoved(v);
    }
    if (!nearDecides()) {
        ratioTest(true);
        longStep();
        // A spread of a quarter of the bound: the reference becomes the potentials and
        // the bound drops by the spread, which every far arc's r still exceeds. Only
        // once the bound would fall below a third of the sort's are the ends sorted
        // again (a sort reads every end; this reads nothing).
        const Units spread = mMoveHigh - mMoveLow;
        if (4 * spread > mNearBound) {
            if (3 * (mNearBound - spread) >= mBoundAtSort) {
                mNearBound -= spread;
                mPiAtSort = mPi;
                mMoveHigh = mMoveLow = 0;
            } else {
                mNearStale = true;
            }
        }
    }
    // The arcs that enter or flip come near (their r is small after; a flip changes
    // which bound r is measured from), unless the ends are sorted again anyway, which
    // they are once twice as many arcs are near as at the sort.
    if (!mNearStale) {
        if (entering >= 0)
            makeNear(entering);
        for (int a : mFlips)
            makeNear(a);
        mNearStale = mNearUnboundedArcs + mNearBoundedArcs > 2 * mNearAtSort + 1000;
    }
    if (entering < 0)
        return false;  // nothing can carry it: no feasible flow
    mMayPriceWrong = mMayPriceWrong || best < 0;
    if (best < 0)
        mNearStale = true;
    // A shift of an eighth of the sort's bound or more moves the reference with it
    // (moveReference); a smaller one counts in the spread.
    const Units shift = (outChange < 0) == small ? -best : best;  // the listed side's
    if (shift != 0 && !mNearStale && 8 * std::llabs(shift) > mBoundAtSort) {
        for (int v : mSubtree)
            at(mPi, v) += shift;
        moveReference(shift);
    } else if (shift != 0) {
        for (int v : mSubtree) {
            at(mPi, v) += shift;
            noteMoved(v);
        }
    }

    const int inside = isInside(at(mTail, entering)) ? at(mTail, entering) : at(mHead, entering);
    finishDualPivot(leaving, target, entering, amount, inside, child);
    return true;
}

void WarmSimplex::finishDualPivot(int leaving, Units target, int entering, Units amount, int inside, int top)
{
    // The difference goes round the cycles of the flipped arcs and of the entering arc,
    // each with its tree path.
    const auto around = [&](int a, Units by) {
        const bool forward = at(mState, a) == AtLower;
        const int from = forward ? at(mHead, a) : at(mTail, a);
        const int to = forward ? at(mTail, a) : at(mHead, a);
        changeFlow(a, forward ? by : -by);
        push(from, to, commonAncestor(from, to), by);
    };
    for (int a : mFlips) {
        around(a, at(mCap, a));
        at(mState, a) = at(mState, a) == AtLower ? AtUpper : AtLower;
    }
    around(entering, amount);
    at(mState, leaving) = target == 0 ? AtLower : AtUpper;
    at(mState, entering) = Basic;
    rehang(inside, otherEnd(entering, inside), entering, top);
    ++mPivots;
}

int WarmSimplex::zeroNearCut(int child, int leaving, bool grow, int &inside)
{
    constexpr int kNodes = 8, kSteps = 16;
    // child and its ancestors (up to kSteps of them) are stamped: a walk up from a node
    // meets child (inside), another of them or the root (outside), or gives up.
    const int stamp = nextAncestorStamp();
    {
        int v = child;
        for (int i = 0; v >= 0 && i <= kSteps; ++i, v = at(mParent, v))
            at(mAncestor, v) = stamp;
    }
    const auto side = [&](int w) {  // 1 inside, 0 outside, -1 not known
        for (int i = 0; i <= kSteps; ++i) {
            if (w == child)
                return 1;
            if (at(mAncestor, w) == stamp)
                return 0;
            w = at(mParent, w);
            if (w < 0)
                return 0;
        }
        return -1;
    };
    // Inside, an arc without a bound that can enter leaves a node (growing) or reaches it;
    // outside, the reverse. Out of the tree such an arc is at its lower bound: r = rc.
    const int insideList = grow ? 0 : 1, outsideList = grow ? 1 : 0;
    const auto read = [&](int v, int list, int wantOther) {
        const End *e = mNearEnds.data() + at(mEndStart, 4 * v + list);
        const End *end = mNearEnds.data() + at(mNearEnd, 4 * v + list);
        const Units pv = at(mPi, v);
        for (; e != end; ++e) {
            const Units r = e->rc(list == 0, pv, at(mPi, e->other));
            if (r == 0 && e->arc != leaving && at(mState, e->arc) != Basic && side(e->other) == wantOther)
                return e->arc;
        }
        return -1;
    };
    // The parent's side first, then child's subtree breadth first.
    const int parent = at(mParent, child);
    if (const int a = read(parent, outsideList, 1); a >= 0) {
        inside = otherEnd(a, parent);
        return a;
    }
    int queue[kNodes];
    int n = 0;
    queue[n++] = child;
    for (int i = 0; i < n; ++i) {
        const int v = queue[i];
        if (const int a = read(v, insideList, 0); a >= 0) {
            inside = v;
            return a;
        }
        for (int c = at(mFirstChild, v); c >= 0 && n < kNodes; c = at(mNextSibling, c))
            queue[n++] = c;
    }
    return -1;
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
    mNearStale = true;  // it may bring in a far arc, and shifts potentials by any rc
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
