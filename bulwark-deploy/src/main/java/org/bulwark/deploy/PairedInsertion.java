package org.bulwark.deploy;

import java.util.concurrent.locks.LockSupport;
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
    private final Worker worker;
    private int pending = -1;
    /** Second units searched again because the first took capacity their route needed (for tuning and tests). */
    int researched;

    /** Inserts into {@code schedule}; with {@code threads} &gt; 1 the second searches run on a worker thread. */
    PairedInsertion(Schedule schedule, int threads) {
        this.schedule = schedule;
        worker = threads > 1 ? new Worker(schedule) : null;
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
        Search second = new Search(b);
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

    /** One unit's search against the capacity left before its pair. */
    private static final class Search {
        final int unit;
        double arrival;
        int[] route;
        private Throwable failure;
        /** Written last by the searching thread: what it wrote before is visible once this reads true. */
        private volatile boolean done;

        Search(int unit) {
            this.unit = unit;
        }

        void run(ArrivalSearch search, Residuals residuals) {
            try {
                arrival = search.search(unit, residuals, false);
                route = arrival == Double.POSITIVE_INFINITY ? null : search.route();
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                done = true;
            }
        }

        /** Spins until done (a search takes under a millisecond; parking and waking took longer). */
        void await() {
            for (int spins = 0; !done; spins++) {
                if ((spins & 1023) == 1023) {
                    Thread.yield();
                } else {
                    Thread.onSpinWait();
                }
            }
            if (failure != null) {
                throw new IllegalStateException("a paired insertion search failed", failure);
            }
        }
    }

    /**
     * The thread that does second searches, with its own workspace. Between two it spins for a
     * while before parking: the next pair usually comes within a fraction of a millisecond, and
     * waking a parked thread took 0.3 ms on average on the 2-vCPU machine of docs/BENCHMARKS.md,
     * as long as the search itself on a busy machine.
     */
    private static final class Worker {
        private static final long SPIN_NANOS = 500_000;
        private final Thread thread;
        private volatile Search next;
        private volatile boolean parked;
        private volatile boolean closed;

        Worker(Schedule schedule) {
            ArrivalSearch own = new ArrivalSearch(schedule.net);
            own.potentials = schedule.search.potentials;
            thread = new Thread(() -> {
                long idleSince = System.nanoTime();
                while (!closed) {
                    Search task = next;
                    if (task != null) {
                        next = null;
                        task.run(own, schedule.residuals);
                        idleSince = System.nanoTime();
                    } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
                        Thread.onSpinWait();
                    } else {
                        parked = true;
                        if (next == null && !closed) {
                            LockSupport.park(this);
                        }
                        parked = false;
                        idleSince = System.nanoTime();
                    }
                }
            }, "bulwark-paired-insertion");
            thread.setDaemon(true);
            thread.start();
        }

        /** Hands over a search; the previous one is done (its pair waited for it). */
        void offer(Search search) {
            next = search;
            if (parked) {
                LockSupport.unpark(thread);
            }
        }

        void close() {
            closed = true;
            LockSupport.unpark(thread);
        }
    }
}
