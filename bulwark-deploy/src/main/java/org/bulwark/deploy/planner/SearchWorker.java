package org.bulwark.deploy.planner;

import java.util.concurrent.locks.LockSupport;

/**
 * A thread with its own {@link ArrivalSearch} workspace that runs one unit's search against a
 * schedule's residuals while the caller's thread does something else that only reads them (a
 * search of its own). The caller waits for the result ({@link Task#await}) before it changes the
 * residuals, so the search sees exactly the capacity it would have seen on the caller's thread and
 * finds the same arrival and route. Between two tasks it spins for a while before parking: the next
 * task usually comes within a fraction of a millisecond, and waking a parked thread took 0.3 ms on
 * average on the 2-vCPU machine of docs/BENCHMARKS.md, as long as the search itself on a busy
 * machine.
 */
final class SearchWorker implements AutoCloseable {
    private final long spinNanos;
    private final Thread thread;
    private volatile Task next;
    private volatile boolean parked;
    private volatile boolean closed;

    SearchWorker(Schedule schedule, String name) {
        this(schedule, name, 500_000);
    }

    /** A worker that spins {@code spinNanos} after a task before it parks. */
    SearchWorker(Schedule schedule, String name, long spinNanos) {
        this.spinNanos = spinNanos;
        ArrivalSearch own = new ArrivalSearch(schedule.net);
        own.potentials = schedule.search.potentials;
        thread = new Thread(() -> {
            long idleSince = System.nanoTime();
            while (!closed) {
                Task task = next;
                if (task != null) {
                    next = null;
                    task.run(own, schedule.residuals);
                    idleSince = System.nanoTime();
                } else if (System.nanoTime() - idleSince < spinNanos) {
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
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands over a task; the previous one is done (its caller waited for it). */
    void offer(Task task) {
        next = task;
        if (parked) {
            LockSupport.unpark(thread);
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }

    /** One unit's search ({@link ArrivalSearch#search}), perhaps with weight limits, against the residuals as they are when it runs. */
    static final class Task {
        final int unit;
        /** Arc weight limits to search with ({@link ArrivalSearch#weightLimits}), or null for the network's. */
        private final double[] limits;
        /** The latest arrival wanted ({@link ArrivalSearch#search(int, Residuals, boolean, double)}), +∞ for any. */
        private final double wanted;
        double arrival;
        /** The route found, or null when the unit found no arrival. */
        int[] route;
        private Throwable failure;
        /** Written last by the searching thread: what it wrote before is visible once this reads true. */
        private volatile boolean done;

        Task(int unit) {
            this(unit, null, Double.POSITIVE_INFINITY);
        }

        Task(int unit, double[] limits, double wanted) {
            this.unit = unit;
            this.limits = limits;
            this.wanted = wanted;
        }

        void run(ArrivalSearch search, Residuals residuals) {
            search.weightLimits = limits;
            try {
                arrival = search.search(unit, residuals, false, wanted);
                route = arrival == Double.POSITIVE_INFINITY ? null : search.route();
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                search.weightLimits = null;
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
                throw new IllegalStateException("a search on the worker thread failed for unit " + unit, failure);
            }
        }
    }
}
