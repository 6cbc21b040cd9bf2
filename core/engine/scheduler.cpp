#include "scheduler.h"

#include "transport.h"
#include "kpis.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace atlas {

namespace {

/**
 * The horizon is cut into this many runs of consecutive periods, each solved from the
 * last period's basis: enough runs for 8 cores. A constant, so that the schedule never
 * depends on the thread count.
 */
constexpr int kChains = 8;

/**
 * Where each of the runs of an optimal or local scenario starts (and, last, the period
 * count): runs of about equal work, so that the threads end together. A period's work
 * is estimated from its load (demand over capacity, at most 1) as 1 + 3 × load: a
 * saturated period takes four to five times the time of a light one (docs/engine.md
 * "Speed"). It depends on the instance alone, never on the threads.
 */
std::vector<int> runStarts(const engine::Instance &in, int runs)
{
    const int T = in.periodCount;
    std::vector<double> before(static_cast<std::size_t>(T) + 1, 0.0);  // work before period t
    for (int t = 0; t < T; ++t) {
        const double demand = in.totalDemand[static_cast<std::size_t>(t)];
        const double capacity = in.totalCapacity[static_cast<std::size_t>(t)];
        const double load = capacity > 0 ? std::min(1.0, demand / capacity) : 1.0;
        before[static_cast<std::size_t>(t) + 1] = before[static_cast<std::size_t>(t)] + 1 + 3 * load;
    }
    std::vector<int> starts(static_cast<std::size_t>(runs) + 1, T);
    starts[0] = 0;
    for (int k = 1; k < runs; ++k) {
        const double share = before.back() * k / runs;
        const int t = static_cast<int>(std::lower_bound(before.begin(), before.end() - 1, share) - before.begin());
        starts[static_cast<std::size_t>(k)] = std::min(std::max(t, starts[static_cast<std::size_t>(k) - 1] + 1), T - (runs - k));
    }
    return starts;
}

bool cancelled(const RunOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

/** Counts solved periods, from any thread, and reports each to RunOptions::progress. */
class Progress {
public:
    Progress(const RunOptions &options, int periods) : mOptions(options), mPeriods(periods) {}
    void periodDone()
    {
        const int n = mDone.fetch_add(1) + 1;
        if (mOptions.progress)
            mOptions.progress(n, mPeriods);
    }

private:
    const RunOptions &mOptions;
    const int mPeriods;
    std::atomic<int> mDone{0};
};

/**
 * The runs of an optimal or local scenario. One chain over the whole horizon, the spine,
 * solves each run's first period in turn, each from the one before (docs/engine.md
 * "Warm start: runs of periods"), and a copy of it at each goes on with that run's other
 * periods. A thread that is free advances the spine, while fewer copies wait than there
 * are threads, or else takes the newest copy that waits (later runs are mostly dearer:
 * demand grows); so the runs start as soon as their first basis is there, and no more
 * copies are held than the threads can use.
 */
class Runs {
public:
    Runs(const engine::Instance &in, int chains, int threads, const RunOptions &options,
         std::vector<engine::PeriodSolution> &solutions, Progress &progress)
        : mIn(in), mChains(chains), mThreads(threads), mOptions(options), mSolutions(solutions),
          mProgress(progress), mStarts(runStarts(in, chains))
    {
    }

    void work()
    {
        std::unique_lock lock(mMutex);
        for (;;) {
            if (cancelled(mOptions)) {
                mCancelled = true;
                mChanged.notify_all();
                return;
            }
            if (mCancelled)
                return;
            const bool canAdvance = !mSpineBusy && mNextRun < mChains
                                    && static_cast<int>(mWaiting.size()) < mThreads;
            if (canAdvance) {
                mSpineBusy = true;
                const int run = mNextRun;
                lock.unlock();
                std::unique_ptr<engine::TransportChain> copy = advance(run);
                lock.lock();
                mWaiting.emplace_back(run, std::move(copy));
                ++mNextRun;
                mSpineBusy = false;
                mChanged.notify_all();
            } else if (!mWaiting.empty()) {
                auto [run, chain] = std::move(mWaiting.back());
                mWaiting.pop_back();
                mChanged.notify_all();
                lock.unlock();
                if (chain)
                    finish(run, *chain);
                chain.reset();
                lock.lock();
            } else if (mNextRun == mChains && !mSpineBusy) {
                return;  // every run is taken
            } else {
                // Another thread advances the spine; the timeout only looks at cancel.
                mChanged.wait_for(lock, std::chrono::milliseconds(50));
            }
        }
    }

private:
    int first(int run) const { return mStarts[static_cast<std::size_t>(run)]; }

    /**
     * The spine solves run's first period; a copy goes on from there (the last run takes
     * the spine; a run of one period needs none).
     */
    std::unique_ptr<engine::TransportChain> advance(int run)
    {
        if (!mSpine)
            mSpine = std::make_unique<engine::TransportChain>(mIn, 0, mIn.periodCount);
        const int t = first(run);
        mSolutions[t] = mSpine->solve(t);
        mProgress.periodDone();
        if (run + 1 == mChains)
            return std::move(mSpine);
        if (t + 1 == first(run + 1))
            return nullptr;
        return std::make_unique<engine::TransportChain>(*mSpine);
    }

    /** The run's other periods, each from the last. */
    void finish(int run, engine::TransportChain &chain)
    {
        for (int t = first(run) + 1; t < first(run + 1); ++t) {
            if (cancelled(mOptions))
                return;
            mSolutions[t] = chain.solve(t);
            mProgress.periodDone();
        }
    }

    const engine::Instance &mIn;
    const int mChains, mThreads;
    const RunOptions &mOptions;
    std::vector<engine::PeriodSolution> &mSolutions;
    Progress &mProgress;
    const std::vector<int> mStarts;  // each run's first period, then the period count
    std::unique_ptr<engine::TransportChain> mSpine;
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<std::pair<int, std::unique_ptr<engine::TransportChain>>> mWaiting;  // (run, its copy)
    int mNextRun = 0;
    bool mSpineBusy = false;
    bool mCancelled = false;
};

} // namespace

Result<ScenarioResult> runScenario(const Project &project, const std::string &scenarioId,
                                   const RunOptions &options)
{
    Result<ScenarioResult> result;
    const Scenario *scenario = project.scenario(scenarioId);
    if (!scenario) {
        result.problems.push_back(error(Code::UnknownScenario, "scenarios", {scenarioId}));
        return result;
    }
    const auto cancelledResult = [&] {
        Result<ScenarioResult> r;
        r.problems.push_back(error(Code::Cancelled, {}));
        return r;
    };
    if (cancelled(options))
        return cancelledResult();

    const engine::Instance in(project, *scenario);
    const int T = in.periodCount;
    std::vector<engine::PeriodSolution> solutions(T);

    // Periods are shared among threads in kChains fixed runs of consecutive periods, each
    // solved from the last one's basis; the runs, and each run's first basis, do not
    // depend on the thread count, so neither does the schedule. Results are reduced in
    // period order.
    const int chains = std::min(T, kChains);
    int threads = options.threads > 0 ? options.threads
                                      : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::max(1, std::min(threads, chains));
    std::function<void()> work;
    std::unique_ptr<Runs> runs;
    std::atomic<int> next{0};
    Progress progress(options, T);
    if (in.policy == Policy::Nearest) {
        work = [&] {
            for (;;) {
                const int chain = next.fetch_add(1);
                if (chain >= chains || cancelled(options))
                    return;
                const int first = static_cast<int>(static_cast<long>(T) * chain / chains);
                const int last = static_cast<int>(static_cast<long>(T) * (chain + 1) / chains);
                for (int t = first; t < last; ++t) {
                    if (cancelled(options))
                        return;
                    solutions[t] = engine::solveNearest(in, t);
                    progress.periodDone();
                }
            }
        };
    } else if (chains > 0) {
        runs = std::make_unique<Runs>(in, chains, threads, options, solutions, progress);
        work = [&] { runs->work(); };
    }
    if (work) {
        if (threads <= 1) {
            work();
        } else {
            std::vector<std::thread> pool;
            for (int i = 0; i < threads; ++i)
                pool.emplace_back(work);
            for (auto &th : pool)
                th.join();
        }
    }
    if (cancelled(options))
        return cancelledResult();

    result.value = engine::buildResult(in, solutions, scenario->id, scenarioCapex(project, *scenario));
    if (cancelled(options))  // while the results were built: still none
        return cancelledResult();
    return result;
}

} // namespace atlas
