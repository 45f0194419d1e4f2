package org.bulwark.deploy.planner;

import java.util.function.IntConsumer;

/**
 * Builds the first plan two units at a time: both are searched against the capacity left before
 * either, the first is committed (its search saw exactly that capacity), then the second's route
 * is committed and kept if it still arrives when its search said. Otherwise the second goes first
 * in the next pair, searched again against what is left then, beside the unit after it. Every
 * unit therefore gets the earliest arrival the capacity left by the units before it allows, as
 * with one insertion after the other: committing only takes capacity, so the second search's
 * arrival is a lower bound on its arrival after the first, and a route that still reaches it is
 * among the earliest (on ties it may be another route than a search after the first would pick,
 * which is why the pairs are formed the same way whatever the thread count).
 *
 * <p>With a worker thread the two searches of a pair run side by side, and a second unit searched
 * again is searched beside the next unit rather than alone. At the large preset 7 % of the second
 * units went again (214 of 3,000 units); docs/BENCHMARKS.md has the times. The plan does not
 * depend on the thread count.
 */
final class PairedInsertion implements IntConsumer, AutoCloseable {
    private final Schedule schedule;
    /** The worker thread with its own search, or null with one thread. */
    private final SearchWorker worker;
    private int pending = -1;
    /** Second units searched again because the first took capacity their route needed (for tuning and tests). */
    int researched;

    /** Inserts into {@code schedule}; with {@code threads} &gt; 1 the second searches run on a worker thread. */
    PairedInsertion(Schedule schedule, int threads) {
        this.schedule = schedule;
        worker = threads > 1 ? new SearchWorker(schedule, "bulwark-paired-insertion") : null;
    }

    /** Takes the next unit of the construction order; a pair is inserted as soon as it is complete. */
    @Override
    public void accept(int u) {
        if (pending < 0) {
            pending = u;
            return;
        }
        pending = insertPair(pending, u);
    }

    /** Inserts the last unit when the order had an odd length; call once the order is complete. */
    void finish() {
        if (pending >= 0) {
            schedule.insert(pending);
            pending = -1;
        }
    }

    /** Inserts {@code a}, and {@code b} when its route still arrives as found; returns -1, or {@code b} to go again. */
    private int insertPair(int a, int b) {
        SearchWorker.Task second = new SearchWorker.Task(b);
        ArrivalSearch search = schedule.search;
        if (worker != null) {
            worker.offer(second);
        }
        double arrivalA = search.search(a, schedule.residuals, false);
        int[] routeA = arrivalA == Double.POSITIVE_INFINITY ? null : search.route();
        if (worker == null) {
            second.run(search, schedule.residuals);
        }
        second.await();
        schedule.place(a, routeA);
        // with less capacity than its search saw, b cannot arrive earlier; a route that still arrives then is among the earliest
        if (second.route == null) {
            schedule.place(b, null);
        } else if (!schedule.placeIfArriving(b, second.route, second.arrival)) {
            researched++;
            return b;
        }
        return -1;
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
    }
}
