// The network simplex of warmsimplex.h: its spanning tree (parent, the arc to it,
// explicit child lists and subtree sizes), the first tree, a tree from a flow found
// elsewhere, the arc ends a cut search reads, and the tree flows that follow from
// supplies and bounds. The pivots are in warmsimplex_pivots.cpp.
//
// Reduced cost rc(a) = cost(a) + pi(tail) - pi(head); tree arcs have rc = 0.
#include "warmsimplex.h"

#include <algorithm>
#include <limits>

namespace atlas::engine {

using warm::at;

WarmSimplex::WarmSimplex(int nodes)
    : mNodes(nodes), mSupply(static_cast<std::size_t>(nodes), 0)
{
}

int WarmSimplex::addArc(int tail, int head, Units cost, Units capacity)
{
    mTail.push_back(tail);
    mHead.push_back(head);
    mCost.push_back(cost);
    mCap.push_back(capacity);
    mIsBounded.push_back(0);
    const int arc = static_cast<int>(mTail.size()) - 1;
    setCapacity(arc, capacity);
    return arc;
}

void WarmSimplex::setCapacity(int arc, Units capacity)
{
    if ((at(mCap, arc) < kUnbounded) != (capacity < kUnbounded))
        mEndsStale = true;
    at(mCap, arc) = capacity;
    if (capacity < kUnbounded && !at(mIsBounded, arc)) {
        at(mIsBounded, arc) = 1;
        mBounded.push_back(arc);
    }
}

void WarmSimplex::start()
{
    mStarted = true;
    mMayPriceWrong = true;
    mRealArcs = static_cast<int>(mTail.size());
    const auto n = static_cast<std::size_t>(mNodes);
    mParent.assign(n, -1);
    mPred.assign(n, -1);
    mFirstChild.assign(n, -1);
    mNextSibling.assign(n, -1);
    mPrevSibling.assign(n, -1);
    mPi.assign(n, 0);
    mSize.assign(n, 1);
    mSize[0] = mNodes;
    mMark.assign(n, 0);
    mAncestor.assign(n, 0);
    mState.assign(mTail.size(), AtLower);
    // The first tree: every node hangs from the root on an artificial arc of capacity 0.
    // With all potentials 0 it is dual feasible (costs >= 0); an arc of capacity 0 never
    // enters, so an artificial arc that leaves does not come back.
    for (int v = 1; v < mNodes; ++v) {
        at(mPred, v) = addArc(v, 0, 0, 0);
        mBounded.pop_back();  // capacity 0 for good: its flow is 0 on either side
        mState.push_back(Basic);
        at(mParent, v) = 0;
        linkChild(0, v);
    }
    mFlow.assign(mTail.size(), 0);
    mQueued.assign(mTail.size(), 0);
}

void WarmSimplex::buildEnds()
{
    // Real arcs only: an artificial arc has capacity 0 and never enters.
    const auto list = [&](int a, bool out) { return (at(mCap, a) < kUnbounded ? 2 : 0) + (out ? 0 : 1); };
    mEndStart.assign(4 * static_cast<std::size_t>(mNodes) + 1, 0);
    mUnboundedArcs = mBoundedArcs = 0;
    for (int a = 0; a < mRealArcs; ++a) {
        ++at(mEndStart, 4 * at(mTail, a) + list(a, true) + 1);
        ++at(mEndStart, 4 * at(mHead, a) + list(a, false) + 1);
        ++(at(mCap, a) < kUnbounded ? mBoundedArcs : mUnboundedArcs);
    }
    for (std::size_t i = 1; i < mEndStart.size(); ++i)
        mEndStart[i] += mEndStart[i - 1];
    mEnds.resize(2 * static_cast<std::size_t>(mRealArcs));
    mEndsBounded.resize(static_cast<std::size_t>(mRealArcs));
    for (int a = 0; a < mRealArcs; ++a)
        at(mEndsBounded, a) = at(mCap, a) < kUnbounded;
    std::vector<int> fill(mEndStart.begin(), mEndStart.end() - 1);
    for (int a = 0; a < mRealArcs; ++a) {
        at(mEnds, at(fill, 4 * at(mTail, a) + list(a, true))++) = {at(mHead, a), a, at(mCost, a)};
        at(mEnds, at(fill, 4 * at(mHead, a) + list(a, false))++) = {at(mTail, a), a, at(mCost, a)};
    }
    mEndsStale = false;
    mNearStale = true;
}

void WarmSimplex::sortNear()
{
    // The bound: about the r of the kNearShare-th part of the arcs nearest, from a sample
    // of every 16th arc.
    constexpr long kNearShare = 4;
    mNearScratch.clear();
    for (int a = 0; a < mRealArcs; a += 16)
        mNearScratch.push_back(rOf(at(mState, a), reducedCost(a)));
    if (mNearScratch.empty()) {
        mNearBound = std::numeric_limits<Units>::max();
    } else {
        const auto k = mNearScratch.begin() + static_cast<long>(mNearScratch.size()) / kNearShare;
        std::nth_element(mNearScratch.begin(), k, mNearScratch.end());
        // Not below 0, so that the tree's arcs are near: an arc of capacity 0 may price
        // out wrong (it never enters), and a quarter of them would make every arc far.
        mNearBound = std::max<Units>(0, *k);
    }
    // The near ends, list by list, in their order, in one pass over the ends: an arc's r
    // is worked out alike at both its ends, and marked at its tail. Out of the tree an
    // arc without a bound sits at its lower bound, and in the tree rc is 0, so its r is
    // its rc.
    mIsNear.resize(static_cast<std::size_t>(mRealArcs));
    mNearEnds.resize(mEnds.size());
    mNearEnd.resize(mEndStart.size());
    const Units bound = mNearBound;
    const End *ends = mEnds.data();
    End *out = mNearEnds.data();
    long nearUnbounded = 0, nearBounded = 0;
    for (int v = 0; v < mNodes; ++v) {
        const int *start = &at(mEndStart, 4 * v);
        int *nearEnd = &at(mNearEnd, 4 * v);
        const Units pv = at(mPi, v);
        int n = start[0];
        for (int k = start[0]; k < start[1]; ++k) {  // out, without a bound
            const End &e = ends[k];
            const bool near = e.rc(true, pv, at(mPi, e.other)) <= bound;
            out[n] = e;  // a far end is written over by the next
            n += near;
            at(mIsNear, e.arc) = near;
        }
        nearUnbounded += n - start[0];
        nearEnd[0] = n;
        n = start[1];
        for (int k = start[1]; k < start[2]; ++k) {  // in, without a bound
            const End &e = ends[k];
            out[n] = e;
            n += e.rc(false, pv, at(mPi, e.other)) <= bound;
        }
        nearEnd[1] = n;
        n = start[2];
        for (int k = start[2]; k < start[3]; ++k) {  // out, bounded
            const End &e = ends[k];
            const bool near = rOf(at(mState, e.arc), e.rc(true, pv, at(mPi, e.other))) <= bound;
            out[n] = e;
            n += near;
            at(mIsNear, e.arc) = near;
        }
        nearBounded += n - start[2];
        nearEnd[2] = n;
        n = start[3];
        for (int k = start[3]; k < start[4]; ++k) {  // in, bounded
            const End &e = ends[k];
            out[n] = e;
            n += rOf(at(mState, e.arc), e.rc(false, pv, at(mPi, e.other))) <= bound;
        }
        nearEnd[3] = n;
    }
    mNearUnboundedArcs = nearUnbounded;
    mNearBoundedArcs = nearBounded;
    mNearAtSort = nearUnbounded + nearBounded;
    mPiAtSort = mPi;
    mBoundAtSort = mNearBound;
    mMoveHigh = mMoveLow = 0;
    mNearStale = false;
}

void WarmSimplex::makeNear(int arc)
{
    if (at(mIsNear, arc))
        return;
    at(mIsNear, arc) = 1;
    const bool bounded = at(mEndsBounded, arc);
    const int tail = at(mTail, arc), head = at(mHead, arc);
    const Units cost = at(mCost, arc);
    at(mNearEnds, at(mNearEnd, 4 * tail + (bounded ? 2 : 0))++) = {head, arc, cost};
    at(mNearEnds, at(mNearEnd, 4 * head + (bounded ? 3 : 1))++) = {tail, arc, cost};
    ++(bounded ? mNearBoundedArcs : mNearUnboundedArcs);
}

void WarmSimplex::moveReference(Units shift)
{
    // mSubtree's potentials moved by shift, which for every rc is the same as the rest's
    // moving by -shift. The reference of the side with fewer ends moves with it, so that
    // no two nodes' changes since the sort differ more than before (the spread); the r of the far arcs
    // across the cut does, measured from the reference, and those that fall to the bound
    // come near. With the read side's reference up, the r of an arc into it at its lower
    // bound falls, and of one out of it at its upper bound; down, the reverse.
    const int stamp = mStamp;  // mSubtree's nodes are marked
    const Units bound = mNearBound;
    long listedEnds = 0;
    for (int v : mSubtree)
        listedEnds += at(mEndStart, 4 * v + 4) - at(mEndStart, 4 * v);
    const bool listed = 2 * listedEnds <= static_cast<long>(mEnds.size());  // read mSubtree
    const bool up = listed == (shift > 0);
    const auto across = [&](const End &e) { return !at(mIsNear, e.arc) && (at(mMark, e.other) == stamp) != listed; };
    const auto visit = [&](int v) {
        const Units pv = at(mPiAtSort, v);
        const int *start = &at(mEndStart, 4 * v);
        const int unbounded = up ? 1 : 0;  // in or out, at the lower bound
        for (int k = start[unbounded]; k < start[unbounded + 1]; ++k) {
            const End &e = at(mEnds, k);
            if (across(e) && e.rc(!up, pv, at(mPiAtSort, e.other)) <= bound)
                makeNear(e.arc);
        }
        for (int list = 2; list < 4; ++list)
            for (int k = start[list]; k < start[list + 1]; ++k) {
                const End &e = at(mEnds, k);
                if (!across(e))
                    continue;
                const Units rc = e.rc(list == 2, pv, at(mPiAtSort, e.other));
                if (rOf(at(mState, e.arc), rc) <= bound)
                    makeNear(e.arc);
            }
    };
    // A node's reference moves before its ends are read; the other ends across the cut
    // are on the side that keeps its reference.
    if (listed) {
        for (int v : mSubtree) {
            at(mPiAtSort, v) += shift;
            visit(v);
        }
    } else {
        // Every node's change from the reference grows by shift (mSubtree's potentials
        // moved, the rest's reference the other way): the spread stays, its ends move.
        mMoveHigh += shift;
        mMoveLow += shift;
        for (int v = 0; v < mNodes; ++v)
            if (at(mMark, v) != stamp) {
                at(mPiAtSort, v) -= shift;
                visit(v);
            }
    }
}

void WarmSimplex::startFrom(const std::vector<Units> &flow, const std::vector<Units> &potential)
{
    if (!mStarted)
        start();
    mMayPriceWrong = true;
    mNearStale = true;
    mPi = potential;
    // Union-find over the nodes: arcs strictly between their bounds first (a basic
    // solution's are a forest), then arcs of rc 0.
    std::vector<int> root(static_cast<std::size_t>(mNodes));
    for (int v = 0; v < mNodes; ++v)
        at(root, v) = v;
    const auto find = [&](int v) {
        while (at(root, v) != v)
            v = at(root, v) = at(root, at(root, v));
        return v;
    };
    std::vector<std::vector<std::pair<int, int>>> tree(static_cast<std::size_t>(mNodes)); // (neighbour, arc)
    const auto take = [&](int a) {
        const int x = find(at(mTail, a)), y = find(at(mHead, a));
        if (x == y)
            return false;
        at(root, x) = y;
        at(tree, at(mTail, a)).emplace_back(at(mHead, a), a);
        at(tree, at(mHead, a)).emplace_back(at(mTail, a), a);
        return true;
    };
    for (int a = 0; a < mRealArcs; ++a) {
        at(mFlow, a) = at(flow, a);
        at(mState, a) = at(flow, a) > 0 && at(flow, a) >= at(mCap, a) ? AtUpper : AtLower;
        if (at(flow, a) > 0 && at(flow, a) < at(mCap, a))
            take(a);
    }
    for (int a = 0; a < mRealArcs; ++a)
        if (reducedCost(a) == 0)
            take(a);
    // Hang the tree from the root; a node it does not reach hangs from the root on its
    // artificial arc, whose cost is set to give it rc 0.
    std::fill(mFirstChild.begin(), mFirstChild.end(), -1);
    std::fill(mNextSibling.begin(), mNextSibling.end(), -1);
    std::fill(mPrevSibling.begin(), mPrevSibling.end(), -1);
    std::fill(mParent.begin(), mParent.end(), -1);
    for (int a = mRealArcs; a < static_cast<int>(mTail.size()); ++a) {
        at(mState, a) = AtLower;
        at(mFlow, a) = 0;
    }
    // Out of the tree, an arc without a bound sits at flow 0 (computeTreeFlows relies on
    // it). A flow that is optimal but not basic may have put some on it; the tree flows
    // of the first solve take it up again.
    for (int a = 0; a < mRealArcs; ++a)
        if (!at(mIsBounded, a)) {
            at(mState, a) = AtLower;
            at(mFlow, a) = 0;
        }
    std::vector<char> seen(static_cast<std::size_t>(mNodes), 0);
    std::vector<int> queue;
    const auto hangFrom = [&](int top) {
        queue.assign(1, top);
        at(seen, top) = 1;
        for (std::size_t i = 0; i < queue.size(); ++i)
            for (const auto &[w, a] : at(tree, queue[i]))
                if (!at(seen, w)) {
                    at(seen, w) = 1;
                    at(mParent, w) = queue[i];
                    at(mPred, w) = a;
                    at(mState, a) = Basic;
                    linkChild(queue[i], w);
                    queue.push_back(w);
                }
    };
    hangFrom(0);
    for (int v = 1; v < mNodes; ++v)
        if (!at(seen, v)) {
            const int artificial = mRealArcs + v - 1;  // start() added v -> root for each v
            at(mCost, artificial) = 0;
            at(mState, artificial) = Basic;
            at(mParent, v) = 0;
            at(mPred, v) = artificial;
            linkChild(0, v);
            hangFrom(v);
        }
    // Potentials anew down the tree from the root at 0: the same differences inside each
    // part hung from the root, but none of LEMON's artificial offsets (up to 2^62, which
    // later shifts could overflow). Arcs between such parts may now price out wrong; the
    // primal phase sees to them.
    collect(0);
    at(mPi, 0) = 0;
    for (std::size_t i = 1; i < mSubtree.size(); ++i) {
        const int v = mSubtree[i], a = at(mPred, v), p = at(mParent, v);
        at(mPi, v) = at(mTail, a) == v ? at(mPi, p) - at(mCost, a) : at(mPi, p) + at(mCost, a);
    }
    computeSizes();
}

void WarmSimplex::computeSizes()
{
    collect(0);
    std::fill(mSize.begin(), mSize.end(), 1);
    for (std::size_t i = mSubtree.size(); i-- > 1;)
        at(mSize, at(mParent, mSubtree[i])) += at(mSize, mSubtree[i]);
}

void WarmSimplex::unlinkChild(int v)
{
    const int p = at(mParent, v);
    if (p < 0)
        return;
    const int prev = at(mPrevSibling, v), next = at(mNextSibling, v);
    if (prev >= 0)
        at(mNextSibling, prev) = next;
    else
        at(mFirstChild, p) = next;
    if (next >= 0)
        at(mPrevSibling, next) = prev;
    at(mPrevSibling, v) = at(mNextSibling, v) = -1;
}

void WarmSimplex::linkChild(int parent, int v)
{
    const int first = at(mFirstChild, parent);
    at(mNextSibling, v) = first;
    at(mPrevSibling, v) = -1;
    if (first >= 0)
        at(mPrevSibling, first) = v;
    at(mFirstChild, parent) = v;
}

void WarmSimplex::changeFlow(int arc, Units by)
{
    at(mFlow, arc) += by;
    if (!at(mQueued, arc) && outOfBounds(arc)) {
        at(mQueued, arc) = 1;
        mCandidates.push_back(arc);
    }
}

void WarmSimplex::computeTreeFlows()
{
    mExcess = mSupply;
    // Arcs out of the tree sit at a bound: only the bounded ones can be at a bound other
    // than 0 (an arc without one is at flow 0 whenever it is out of the tree).
    for (int a : mBounded) {
        if (at(mState, a) == Basic)
            continue;
        // An arc whose bound was 0 sat at both bounds, whatever the sign of its rc; now
        // that the bound may be more, its side follows the sign. A bound lifted
        // (kUnbounded or more) leaves the arc at its lower bound: an arc without a bound
        // never sits at its upper one.
        if (at(mCap, a) < kUnbounded) {
            const Units rc = reducedCost(a);
            if (rc != 0)
                at(mState, a) = rc < 0 ? AtUpper : AtLower;
        } else {
            mMayPriceWrong = mMayPriceWrong || reducedCost(a) < 0;
            at(mState, a) = AtLower;
        }
        const Units f = at(mState, a) == AtUpper ? at(mCap, a) : 0;
        at(mFlow, a) = f;
        at(mExcess, at(mTail, a)) -= f;
        at(mExcess, at(mHead, a)) += f;
    }
    // Children before parents: each tree arc carries its subtree's excess to the parent.
    collect(0);
    for (std::size_t i = mSubtree.size(); i-- > 1;) {
        const int v = mSubtree[i];
        const int a = at(mPred, v);
        at(mFlow, a) = at(mTail, a) == v ? at(mExcess, v) : -at(mExcess, v);
        at(mExcess, at(mParent, v)) += at(mExcess, v);
    }
    for (int a : mCandidates)
        at(mQueued, a) = 0;
    mCandidates.clear();
    for (int v = 1; v < mNodes; ++v)  // the tree's arcs, each its lower end's pred
        if (const int a = at(mPred, v); outOfBounds(a)) {
            at(mQueued, a) = 1;
            mCandidates.push_back(a);
        }
    std::sort(mCandidates.begin(), mCandidates.end());  // ties for the leaving arc go by arc order
}

void WarmSimplex::collect(int from, int skip)
{
    const int stamp = nextStamp();
    mSubtree.clear();
    mSubtree.push_back(from);
    at(mMark, from) = stamp;
    for (std::size_t i = 0; i < mSubtree.size(); ++i)
        for (int c = at(mFirstChild, mSubtree[i]); c >= 0; c = at(mNextSibling, c))
            if (c != skip) {
                at(mMark, c) = stamp;
                mSubtree.push_back(c);
            }
}

void WarmSimplex::shiftSubtree(int top, Units shift)
{
    // Depth first along the child and sibling links, without a list or marks: top's
    // subtree by shift, or, when that is the larger side, the rest (from the root, top's
    // subtree left out) by -shift.
    const bool inside = 2 * at(mSize, top) <= mNodes;
    const int from = inside ? top : 0;
    const Units by = inside ? shift : -shift;
    int v = from;
    for (;;) {
        if (inside || v != top) {
            at(mPi, v) += by;
            if (const int c = at(mFirstChild, v); c >= 0) {
                v = c;
                continue;
            }
        }
        while (v != from && at(mNextSibling, v) < 0)
            v = at(mParent, v);
        if (v == from)
            return;
        v = at(mNextSibling, v);
    }
}

int WarmSimplex::nextStamp()
{
    if (mStamp == std::numeric_limits<int>::max()) {  // after 2^31 marks: start the marks again
        std::fill(mMark.begin(), mMark.end(), 0);
        mStamp = 0;
    }
    return ++mStamp;
}

int WarmSimplex::nextAncestorStamp()
{
    if (mAncestorStamp == std::numeric_limits<int>::max()) {
        std::fill(mAncestor.begin(), mAncestor.end(), 0);
        mAncestorStamp = 0;
    }
    return ++mAncestorStamp;
}

int WarmSimplex::commonAncestor(int a, int b)
{
    // Its own stamps, so that a search during a pivot never clears the pivot's marks.
    const int stamp = nextAncestorStamp();
    for (int v = a; v >= 0; v = at(mParent, v))
        at(mAncestor, v) = stamp;
    while (at(mAncestor, b) != stamp)
        b = at(mParent, b);
    return b;
}

void WarmSimplex::push(int from, int to, int meet, Units amount)
{
    for (int v = from; v != meet; v = at(mParent, v)) {
        const int a = at(mPred, v);
        changeFlow(a, at(mTail, a) == v ? amount : -amount);
    }
    for (int v = to; v != meet; v = at(mParent, v)) {
        const int a = at(mPred, v);
        changeFlow(a, at(mTail, a) == v ? -amount : amount);
    }
}

void WarmSimplex::rehang(int inside, int outside, int viaArc, int top)
{
    // The subtree's nodes leave the ancestors of its old top (below the common ancestor
    // with outside) and join those of outside.
    const int moved = at(mSize, top);
    const int meet = commonAncestor(at(mParent, top), outside);
    for (int u = at(mParent, top); u != meet; u = at(mParent, u))
        at(mSize, u) -= moved;
    for (int u = outside; u != meet; u = at(mParent, u))
        at(mSize, u) += moved;
    // Reverse the path from inside up to the subtree's old top, then hang it from outside.
    // A node of the path now holds the subtree less what hung below the path before it.
    int v = inside, newParent = outside, newPred = viaArc, below = 0;
    for (;;) {
        const int up = at(mParent, v), upPred = at(mPred, v);
        const int size = at(mSize, v);
        at(mSize, v) = moved - below;
        below = size;
        unlinkChild(v);
        at(mParent, v) = newParent;
        at(mPred, v) = newPred;
        linkChild(newParent, v);
        if (v == top)
            break;
        newParent = v;
        newPred = upPred;
        v = up;
    }
}

WarmSimplex::Status WarmSimplex::solve()
{
    if (!mStarted)
        start();
    const std::int64_t size = static_cast<std::int64_t>(mNodes) + static_cast<std::int64_t>(mTail.size());
    mLimit = mPivots + (mPivotLimit > 0 ? mPivotLimit : 8 * size + 1000);
    // Supplies that do not sum to 0 leave the root's excess over: no flow balances them.
    Units sum = 0;
    for (Units s : mSupply)
        sum += s;
    if (sum != 0)
        return Status::Infeasible;
    if (mEndsStale)
        buildEnds();
    computeTreeFlows();
    Status status = dualPhase();
    if (status == Status::Optimal && mMayPriceWrong) {
        status = primalPhase();
        mMayPriceWrong = status != Status::Optimal;
    }
    // The smaller side of a cut moves, so the root's potential drifts: back to 0, so that
    // the potentials stay as small as the costs make them.
    if (const Units root = at(mPi, 0); root != 0) {
        for (Units &pi : mPi)
            pi -= root;
        for (Units &pi : mPiAtSort)  // the changes since the sort stay as they were
            pi -= root;
    }
    return status;
}

} // namespace atlas::engine
