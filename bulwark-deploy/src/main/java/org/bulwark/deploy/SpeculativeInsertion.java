package org.bulwark.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The first plan's insertions in construction order, with the searches made ahead on several
 * threads, giving exactly the plan of inserting the units one after another.
 *
 * <p>The units go in batches. All of a batch's units are searched in parallel against the
 * residuals as they stand before the batch (nothing writes meanwhile), each search logging its fills
 * ({@link ArrivalSearch#fills}) and what it read and waited for ({@link ArrivalSearch#trackWaits}).
 * Then the units are committed in order on one thread, which logs every residual cell the
 * commits write ({@link Residuals#logWrites()}). A unit's search is <i>valid</i> when each of its
 * fills that read a cell written since gives the same result again on the residuals as they are
 * now (the others read only unchanged cells): a search is a function of its fills' results, so
 * the sequential search, which would run on the residuals after those commits, makes the same
 * fills with the same results and finds the same route, reads and waits. Otherwise the unit is
 * searched again on the residuals as they are. The plan, the read and wait records and so everything after are those
 * of the sequential insertion, whatever the thread count and whichever thread searched a unit.
 */
final class SpeculativeInsertion {
    /** Units searched ahead per thread and batch (measured at large: see docs/BENCHMARKS.md). */
    static final int BATCH_PER_THREAD = 2;

    private final Schedule schedule;
    private final Preparation prep;
    private final int threads;
    private final int batchPerThread;
    /** Counters for tuning (not part of any result): units searched ahead, and of those searched again. */
    long speculated;
    long redone;

    SpeculativeInsertion(Schedule schedule, Preparation prep, int threads) {
        this(schedule, prep, threads, BATCH_PER_THREAD);
    }

    /** With {@code batchPerThread} units searched ahead per thread and batch instead of {@link #BATCH_PER_THREAD}. */
    SpeculativeInsertion(Schedule schedule, Preparation prep, int threads, int batchPerThread) {
        if (threads < 1 || batchPerThread < 1) {
            throw new IllegalArgumentException("threads and batch must be >= 1, were " + threads + ", " + batchPerThread);
        }
        this.schedule = schedule;
        this.prep = prep;
        this.threads = threads;
        this.batchPerThread = batchPerThread;
    }

    /** Inserts {@code prep.order} into the schedule in order, calling {@code inserted} with the count after each. */
    void insertAll(IntConsumer inserted) {
        int[] order = prep.order;
        int total = order.length;
        if (threads <= 1 || total < 2) {
            for (int i = 0; i < total; i++) {
                schedule.insert(order[i]);
                inserted.accept(i + 1);
            }
            return;
        }
        Residuals residuals = schedule.residuals;
        ArrivalSearch[] searches = new ArrivalSearch[threads];
        for (int w = 0; w < threads; w++) {
            searches[w] = new ArrivalSearch(schedule.net);
            searches[w].potentials = prep.potential;
            searches[w].trackWaits = true;
        }
        int batch = threads * batchPerThread;
        ArrivalSearch.Searched[] found = new ArrivalSearch.Searched[batch];
        ArrivalSearch.FillLog[] logs = new ArrivalSearch.FillLog[batch];
        for (int j = 0; j < batch; j++) {
            logs[j] = new ArrivalSearch.FillLog();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads - 1);
        try {
            for (int from = 0; from < total; from += batch) {
                int size = Math.min(batch, total - from);
                searchAhead(pool, searches, order, from, size, found, logs);
                residuals.logWrites();
                for (int j = 0; j < size; j++) {
                    int u = order[from + j];
                    if (j > 0) {
                        speculated++;
                    }
                    if (j == 0 || stillHolds(residuals, logs[j], schedule.net.tonnes[u])) {
                        schedule.insert(u, found[j]);
                    } else {
                        redone++;
                        schedule.insert(u);
                    }
                    found[j] = null;
                    inserted.accept(from + j + 1);
                }
            }
        } finally {
            residuals.stopLoggingWrites();
            pool.shutdownNow();
        }
    }

    /** Searches {@code order[from .. from + size)} on the residuals as they stand, into {@code found[0 .. size)}. */
    private void searchAhead(ExecutorService pool, ArrivalSearch[] searches, int[] order, int from, int size,
                             ArrivalSearch.Searched[] found, ArrivalSearch.FillLog[] logs) {
        Residuals residuals = schedule.residuals;
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> helpers = new ArrayList<>(threads - 1);
        for (int w = 1; w < threads; w++) {
            ArrivalSearch search = searches[w];
            helpers.add(pool.submit(() -> searchBatch(search, residuals, order, from, size, next, found, logs)));
        }
        searchBatch(searches[0], residuals, order, from, size, next, found, logs);
        try {
            for (Future<?> f : helpers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("first-plan searches interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("first-plan search failed", e.getCause());
        }
    }

    /** Takes the batch's next unsearched unit until none is left (which thread searches which unit changes nothing). */
    private static void searchBatch(ArrivalSearch search, Residuals residuals, int[] order, int from, int size,
                                    AtomicInteger next, ArrivalSearch.Searched[] found, ArrivalSearch.FillLog[] logs) {
        for (int j = next.getAndIncrement(); j < size; j = next.getAndIncrement()) {
            search.fills = logs[j];
            double arrival = search.search(order[from + j], residuals, false);
            found[j] = search.searched(arrival);
        }
        search.fills = null;
    }

    /**
     * Whether the search logged in {@code log} (for a unit of {@code tonnes}) still holds on
     * {@code residuals}: every fill it made gives the same result again. Only fills that read a
     * cell written since {@link Residuals#logWrites()} are made again (a fill reads the periods
     * from its start to its completion, or to its deadline or the horizon when it does not
     * complete; one period more against rounding, as {@link ArrivalSearch#trackWaits} records).
     */
    static boolean stillHolds(Residuals residuals, ArrivalSearch.FillLog log, double tonnes) {
        int last = residuals.periods - 1;
        double step = residuals.step;
        for (int i = 0; i < log.size; i++) {
            int res = log.res[i];
            double t = log.start[i];
            double deadline = log.deadline[i];
            double done = log.done[i];
            int lo = t <= 0 ? 0 : (int) Math.min(last, t / step);
            double end = done != Double.POSITIVE_INFINITY ? done : deadline;
            int hi = end == Double.POSITIVE_INFINITY ? last : (int) Math.min(last, end / step + 1);
            if (residuals.writtenIn(res, lo, Math.max(lo, hi))
                    && Double.compare(residuals.fill(res, tonnes, t, deadline), done) != 0) {
                return false;
            }
        }
        return true;
    }
}
