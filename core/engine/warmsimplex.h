#pragma once

// Engine-internal: a network simplex for a min-cost flow whose costs stay fixed while
// supplies and capacities change, as from one period to the next, and which starts each
// solve from the last optimal basis (a spanning tree). With the costs unchanged that
// basis stays dual feasible, so a dual phase repairs the tree flows the new supplies and
// bounds break, keeping it dual feasible (an exact ratio test over every arc across the
// cut); a primal phase then brings in any arc that still prices out negative (after a
// start from a basis found elsewhere). Exact on integers (docs/engine.md "Warm start").

#include <algorithm>
#include <cstdint>
#include <vector>

namespace atlas::engine {

namespace warm {
/** v[i] for the int indices the simplex uses everywhere. */
template<class T>
T &at(std::vector<T> &v, int i) { return v[static_cast<std::size_t>(i)]; }
template<class T>
const T &at(const std::vector<T> &v, int i) { return v[static_cast<std::size_t>(i)]; }
} // namespace warm

class WarmSimplex {
public:
    using Units = std::int64_t;
    /**
     * A capacity at least this is no bound: such an arc never sits at its upper bound,
     * and out of the tree it carries nothing. Supplies must keep every flow below it
     * (the engine's stay below 2^50).
     */
    static constexpr Units kUnbounded = Units{1} << 55;
    enum class Status { Optimal, Infeasible, PivotLimit };

    /** Nodes 0..nodes-1; node 0 is the root of the tree. Costs must be >= 0. */
    explicit WarmSimplex(int nodes);

    /** Arcs are added before the first solve; returns the arc's index. */
    int addArc(int tail, int head, Units cost, Units capacity);
    void setCapacity(int arc, Units capacity);
    void setSupply(int node, Units supply) { mSupply[static_cast<std::size_t>(node)] = supply; }

    /**
     * Takes an optimal flow and potentials found elsewhere (by arc and node index) as the
     * starting basis: the tree of its arcs strictly between bounds, completed by arcs of
     * reduced cost 0 and, where those do not reach, artificial arcs of capacity 0. A flow
     * that is not basic (LEMON's always is) is fine: what the tree leaves out is set to a
     * bound and the next solve repairs the rest.
     */
    void startFrom(const std::vector<Units> &flow, const std::vector<Units> &potential);

    /**
     * Solves from the last basis (the first time, from a tree of artificial arcs).
     * Infeasible when the supplies do not sum to 0 or no flow meets the bounds; after
     * PivotLimit the tree is still a valid start for the next solve.
     */
    Status solve();
    Units flow(int arc) const { return mFlow[static_cast<std::size_t>(arc)]; }
    /**
     * The tree arc joining node v to its parent (-1 for the root; an index past the
     * real arcs for an artificial one). Out of the tree an arc without a bound carries
     * nothing, so these and the bounded arcs are all that may.
     */
    int treeArc(int v) const { return mStarted ? mPred[static_cast<std::size_t>(v)] : -1; }
    int tail(int arc) const { return mTail[static_cast<std::size_t>(arc)]; }
    int head(int arc) const { return mHead[static_cast<std::size_t>(arc)]; }
    Units cost(int arc) const { return mCost[static_cast<std::size_t>(arc)]; }
    Units capacity(int arc) const { return mCap[static_cast<std::size_t>(arc)]; }
    Units supply(int node) const { return mSupply[static_cast<std::size_t>(node)]; }
    int nodeCount() const { return mNodes; }
    /** Arcs added by addArc (not the artificial ones of the first tree). */
    int arcCount() const { return mStarted ? mRealArcs : static_cast<int>(mTail.size()); }
    std::int64_t pivots() const { return mPivots; }
    /** Pivots one solve may take before it gives up with PivotLimit (0: 8 × (nodes + arcs) + 1000). */
    void setPivotLimit(std::int64_t pivots) { mPivotLimit = pivots; }
    /** For tests: the stamp counters as after that many marks (they wrap at 2^31). */
    void setStampsForTest(int stamps) { mStamp = mAncestorStamp = stamps; }

private:
    // The sign a state gives an arc's reduced cost in pricing: the gain of bringing it in
    // is -state * rc (0 for tree arcs).
    enum : std::int8_t { Basic = 0, AtLower = 1, AtUpper = -1 };

    void start();
    void computeTreeFlows();
    Status dualPhase();
    Status primalPhase();
    bool dualPivot(int leaving);
    void primalPivot(int entering);
    /** An arc's r: the rc its state must keep at 0 or above (rc at lower, -rc at upper, 0 in the tree). */
    static Units rOf(std::int8_t state, Units rc) { return state == Basic ? 0 : state == AtLower ? rc : -rc; }
    /** Widens [mMoveLow, mMoveHigh] to node v's change from the reference. */
    void noteMoved(int v)
    {
        const Units moved = warm::at(mPi, v) - warm::at(mPiAtSort, v);
        mMoveHigh = std::max(mMoveHigh, moved);
        mMoveLow = std::min(mMoveLow, moved);
    }
    Units reducedCost(int arc) const
    {
        return warm::at(mCost, arc) + warm::at(mPi, warm::at(mTail, arc)) - warm::at(mPi, warm::at(mHead, arc));
    }
    /** The nearest node that is an ancestor of both a and b (each is its own ancestor). */
    int commonAncestor(int a, int b);
    int nextAncestorStamp();
    /**
     * An arc of r 0 across the cut of the tree arc above child that can move its outflow
     * as grow says, found near the cut without listing either side; -1 if none is seen.
     * inside: its end in child's subtree.
     */
    int zeroNearCut(int child, int leaving, bool grow, int &inside);
    /** The end of a dual pivot: flips, the entering arc's cycle, the new tree. */
    void finishDualPivot(int leaving, Units target, int entering, Units amount, int inside, int top);
    /** Sends amount along the tree path from -> meet -> to (meet: their common ancestor). */
    void push(int from, int to, int meet, Units amount);
    void changeFlow(int arc, Units by);
    bool outOfBounds(int arc) const
    {
        const Units f = warm::at(mFlow, arc);
        return f < 0 || f > warm::at(mCap, arc);
    }
    /** The end of arc that is not v. */
    int otherEnd(int arc, int v) const
    {
        return warm::at(mTail, arc) == v ? warm::at(mHead, arc) : warm::at(mTail, arc);
    }
    /** The end of a tree arc that hangs from the other. */
    int childEnd(int treeArc) const
    {
        const int tail = warm::at(mTail, treeArc);
        return warm::at(mPred, tail) == treeArc ? tail : warm::at(mHead, treeArc);
    }
    void unlinkChild(int v);
    void linkChild(int parent, int v);
    /** Lists (in mSubtree, parents first) and marks from's subtree, skip's left out. */
    void collect(int from, int skip = -1);
    /**
     * Makes the potentials of top's subtree shift more than the rest's (only differences
     * matter): the smaller side moves, by shift or by -shift.
     */
    void shiftSubtree(int top, Units shift);
    void computeSizes();
    int nextStamp();
    void rehang(int inside, int outside, int viaArc, int top);
    void buildEnds();
    /** Copies the near ends: those of the nearest quarter of the arcs or so. */
    void sortNear();
    /** Makes a far arc near: its ends go at the back of their near lists. */
    void makeNear(int arc);
    /**
     * After mSubtree's potentials moved by shift: moves the reference of one side of the
     * cut with them, and makes near the far arcs across it whose r fell to the bound.
     */
    void moveReference(Units shift);

    int mNodes = 0;
    int mRealArcs = 0;
    bool mStarted = false;
    std::int64_t mPivots = 0;
    std::int64_t mLimit = 0;
    std::int64_t mPivotLimit = 0;
    int mNextPriced = 0;
    // Some arc may price out wrong: after the first tree, a start from elsewhere, or a
    // bound lifted from an arc at it. Otherwise the exact dual phase leaves none, and the
    // primal phase's pass over every arc is skipped.
    bool mMayPriceWrong = true;
    // arcs
    std::vector<int> mTail, mHead;
    std::vector<Units> mCost, mCap, mFlow;
    std::vector<std::int8_t> mState;
    std::vector<char> mQueued;
    // Real arcs that ever had a bound below kUnbounded. Every other arc out of the tree
    // sits at flow 0, so a new period's tree flows need only these and the tree's.
    std::vector<int> mBounded;
    std::vector<char> mIsBounded;
    // nodes
    std::vector<Units> mSupply, mPi;
    std::vector<int> mParent, mPred, mFirstChild, mNextSibling, mPrevSibling;
    std::vector<int> mSize;  // nodes in each node's subtree
    std::vector<int> mMark, mAncestor;
    int mStamp = 0, mAncestorStamp = 0;
    // Every real arc's two ends by node, each with the other end and the arc's cost, in
    // four lists a node: [out without a bound | in without a bound | out bounded | in
    // bounded]. Out of the tree an arc without a bound sits at its lower bound, so a cut
    // search needs only one direction of those and reads them in a row.
    struct End {
        int other, arc;
        Units cost;
        /** The arc's rc from the potentials of this end's node (pv) and the other's; out: it leaves the node. */
        Units rc(bool out, Units pv, Units pOther) const
        {
            return out ? cost + pv - pOther : cost + pOther - pv;
        }
    };
    std::vector<End> mEnds;
    std::vector<int> mEndStart;  // node v's lists start at mEndStart[4v .. 4v + 3]; then the end
    bool mEndsStale = true;      // an arc's bound came or went since buildEnds
    long mUnboundedArcs = 0, mBoundedArcs = 0;
    // work lists
    std::vector<int> mCandidates;  // basic arcs that may be out of bounds
    std::vector<int> mSubtree;
    std::vector<Units> mExcess;
    struct CutArc {
        Units r;  // |rc|: how far the cut's potentials may shift before it must enter
        int arc;
    };
    std::vector<CutArc> mCut;  // a dual pivot's candidates with a bound
    std::vector<int> mFlips;   // those it moves to their other bound
    // Near ends: a copy of each node's four lists with only the ends of near arcs; the
    // others are far. A far arc's r (the rc it must not go below 0 in; 0 in the tree),
    // measured from the reference potentials mPiAtSort, is above mNearBound: sortNear
    // sets the reference to the potentials and keeps the arcs of r at most the bound;
    // moveReference moves part of it, and makes near the arcs that come to the bound, and
    // an arc that enters or flips is made near. An arc's rc moves only with its ends'
    // potentials: with each node's change from the reference (mPi - mPiAtSort) between
    // mMoveLow and mMoveHigh, a far arc's r stays above mNearBound - (mMoveHigh - mMoveLow).
    // So the reference may also become the potentials at once, with the bound lowered by
    // that spread (dualPivot does, down to a third of the sort's bound).
    // Laid out like mEnds (list i from mEndStart[i], ending at mNearEnd[i]), so that an
    // arc that comes near between sorts goes at the back of its two lists.
    std::vector<End> mNearEnds;
    std::vector<int> mNearEnd;
    std::vector<char> mEndsBounded;  // by arc: in the bounded lists (as buildEnds found it)
    long mNearAtSort = 0;            // near arcs when sortNear ran
    std::vector<char> mIsNear;    // by arc
    std::vector<Units> mPiAtSort;
    Units mNearBound = 0, mMoveHigh = 0, mMoveLow = 0;
    Units mBoundAtSort = 0;  // mNearBound as sortNear set it (the bound only falls until the next sort)
    long mNearUnboundedArcs = 0, mNearBoundedArcs = 0;
    bool mNearStale = true;
    std::vector<Units> mNearScratch;  // sortNear's sample of r
};

} // namespace atlas::engine
