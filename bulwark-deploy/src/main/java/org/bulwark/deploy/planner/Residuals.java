package org.bulwark.deploy.planner;

import org.bulwark.deploy.network.PlanningNetwork;

import java.util.Arrays;

/**
 * Residual capacity per (constrained resource, period): the implicit time-expanded network of
 * deployment research §8, as one flat {@code double[]} plus two bitsets per resource.
 *
 * <p>A period whose {@code touched} bit is clear still has its full capacity and its array cell
 * is never read: most fills a search tries are on resources nobody has used in those periods, so
 * they run on the bitsets (a few cache lines per resource) instead of missing the cache in the
 * residual rows, which are tens of megabytes at the large preset. A resource's row is allocated
 * when it is first written (fewer than half the constrained resources at the large preset; none
 * on the empty network of the critical paths). The {@code exhausted} bits let
 * a fill skip spent periods 64 at a time; {@code firstOpen} is a period before which all are
 * spent. Unconstrained resources have no slot.
 */
final class Residuals {
    /** Tonnes below which a residual or a remaining load counts as zero. */
    static final double EPS = PlanningNetwork.EPS;

    final int periods;
    final double step;
    private final int words;
    /** Slot of a resource, or -1 when it is unconstrained (or relaxed). */
    private final int[] slot;
    private final double[] capacity;
    /** Per slot, the rate in tonnes an hour ({@code capacity ÷ step}) and its inverse ({@code step ÷ capacity}), worked out once. */
    private final double[] rate;
    private final double[] hoursPerTonne;
    /** Per slot, the residual of each period, or null while no period of it was written. */
    private final double[][] residual;
    /**
     * The {@code touched} and {@code exhausted} bits of each 64-period word side by side
     * ({@code 2·w} and {@code 2·w + 1}), so a fill finds both on one cache line.
     */
    private final long[] bits;
    private final int[] firstOpen;
    /**
     * The last period of each slot ever written (touched bits are never cleared), or -1: a fill
     * that starts after it reads only full periods, which {@link #fill} then counts without
     * reading the bitsets (most fills a search tries, profiled at the large preset).
     */
    private final int[] lastTouched;
    /** The resource made unconstrained ({@link #relax}), or -1, and the slot it has otherwise. */
    private int relaxed = -1;
    private int relaxedSlot;

    Residuals(PlanningNetwork net) {
        this(net, -1);
    }

    /** Fresh residuals with resource {@code relaxed} (or none when -1) unconstrained. */
    Residuals(PlanningNetwork net, int relaxed) {
        this.periods = net.periods;
        this.step = net.step;
        this.words = (periods + 63) >>> 6;
        slot = new int[net.resourceCount];
        int slots = 0;
        for (int r = 0; r < net.resourceCount; r++) {
            slot[r] = net.constrained(r) ? slots++ : -1;
        }
        capacity = new double[slots];
        for (int r = 0; r < net.resourceCount; r++) {
            if (slot[r] >= 0) {
                capacity[slot[r]] = net.capacityPerPeriod[r];
            }
        }
        rate = new double[slots];
        hoursPerTonne = new double[slots];
        for (int i = 0; i < slots; i++) {
            rate[i] = capacity[i] / step;
            hoursPerTonne[i] = step / capacity[i];
        }
        residual = new double[slots][];
        bits = new long[2 * slots * words];
        firstOpen = new int[slots];
        lastTouched = new int[slots];
        Arrays.fill(lastTouched, -1);
        relax(relaxed);
    }

    /** Makes constrained resource {@code res} (none when -1) unconstrained, giving back the one relaxed before. */
    private void relax(int res) {
        if (relaxed >= 0) {
            slot[relaxed] = relaxedSlot;
        }
        relaxed = res >= 0 && slot[res] >= 0 ? res : -1;
        if (relaxed >= 0) {
            relaxedSlot = slot[relaxed];
            slot[relaxed] = -1;
        }
    }

    /**
     * Every resource back to its full capacity, with {@code relaxed} (or none when -1) unconstrained:
     * the same as new residuals, but the rows written so far stay allocated for the next use (a
     * row is read only where a period's touched bit is set, and those are cleared here).
     */
    void reset(int relaxed) {
        relax(relaxed);
        Arrays.fill(bits, 0);
        Arrays.fill(firstOpen, 0);
        Arrays.fill(lastTouched, -1);
    }

    boolean constrained(int res) {
        return slot[res] >= 0;
    }

    private double residualAt(int s, int k) {
        return (bits[2 * (s * words + (k >>> 6))] & (1L << k)) == 0 ? capacity[s] : residual[s][k];
    }

    /**
     * When passing {@code tonnes} over {@code res} from hour {@code t} completes (the model's fill),
     * or +∞ when the horizon runs out first. Reads only.
     */
    double fill(int res, double tonnes, double t) {
        return fill(res, tonnes, t, Double.POSITIVE_INFINITY);
    }

    /**
     * The model's fill (docs/deployment-model.md): the resource works at its rate (capacity per
     * period ÷ step) in each period's free window, the tonnes already taken in a period counted
     * from the period's start, so a period with residual {@code r} is free from
     * {@code (k+1)Δ − r ÷ rate} to its end. The fill starts at {@code t}, takes each window from
     * there on and completes when its last tonne has passed: on an untouched resource exactly
     * {@code t + tonnes ÷ rate}. Returns +∞ as soon as it is clear it would complete after
     * {@code deadline} or after the horizon.
     */
    double fill(int res, double tonnes, double t, double deadline) {
        int s = slot[res];
        if (s < 0 || tonnes <= EPS) {
            return t;
        }
        int k = t <= 0 ? 0 : (int) (t / step);
        if (k >= periods) {
            return Double.POSITIVE_INFINITY;
        }
        double rate = this.rate[s];
        double limit = Math.min(deadline, periods * step);
        if (k > lastTouched[s]) {
            // every period from k on is untouched: one run at the full rate
            double done = Math.max(t, k * step) + tonnes / rate;
            return done <= limit ? done : Double.POSITIVE_INFINITY;
        }
        double pos = Math.max(t, k * step);
        int open = firstOpen[s];
        if (k < open) {
            k = open;
            pos = Math.max(t, k * step);
        }
        double remaining = tonnes;
        int end = Math.min(periods, (int) (limit / step) + 1);
        int wbase = s * words;
        while (k < end) {
            int w = wbase + (k >>> 6);
            long spent = bits[2 * w + 1] >>> (k & 63);
            if ((spent & 1) != 0) {
                int run = Long.numberOfTrailingZeros(~spent);
                k += run;
                pos = Math.max(t, k * step);
                continue;
            }
            if ((bits[2 * w] & (1L << k)) != 0) {
                double r = residual[s][k];
                double windowEnd = (k + 1) * step;
                double from = Math.max(pos, windowEnd - r / rate);
                double avail = (windowEnd - from) * rate;
                if (remaining <= avail + EPS) {
                    double done = from + remaining / rate;
                    return done <= limit ? done : Double.POSITIVE_INFINITY;
                }
                remaining -= Math.max(0, avail);
                k++;
                pos = k * step;
                continue;
            }
            // a run of untouched periods, to the next touched one (across words): one stretch at the full rate.
            // The run is looked for only up to two periods past where the fill would complete at the full
            // rate: untouched that far, the run holds the fill (with a whole period's capacity to spare),
            // so it completes there whatever comes after, and the scan need not go on to the next touched period
            double fullRate = pos + remaining / rate;
            int needed = fullRate < (end - 2) * step ? (int) (fullRate / step) + 2 : end;
            int runEnd = untouchedUntil(s, k, needed);
            if (runEnd < end && runEnd == needed) {
                return fullRate <= limit ? fullRate : Double.POSITIVE_INFINITY;
            }
            double runEndHour = runEnd * step;
            double avail = (runEndHour - pos) * rate;
            if (remaining <= avail + EPS || runEnd >= periods) {
                double done = pos + remaining / rate;
                return done <= limit ? done : Double.POSITIVE_INFINITY;
            }
            remaining -= avail;
            k = runEnd;
            pos = runEndHour;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The first period from {@code k} (untouched) on that was touched, or {@code end}. */
    private int untouchedUntil(int s, int k, int end) {
        int wbase = s * words;
        while (k < end) {
            long touched = bits[2 * (wbase + (k >>> 6))] >>> (k & 63);
            if (touched != 0) {
                return Math.min(end, k + Long.numberOfTrailingZeros(touched));
            }
            k = ((k >>> 6) + 1) << 6;
        }
        return end;
    }

    /**
     * Hours a tonne takes on {@code res} at its full rate, 0 when it is unconstrained here: no fill
     * of {@code x} tonnes (more than {@link #EPS}) completes sooner than {@code x} times this after
     * it starts, whatever the residuals (up to rounding).
     */
    double hoursPerTonne(int res) {
        int s = slot[res];
        return s < 0 ? 0 : hoursPerTonne[s];
    }

    /** The same fill on the empty network (every period at full capacity): {@code t + tonnes ÷ rate}. */
    double fillEmpty(int res, double tonnes, double t) {
        int s = slot[res];
        if (s < 0 || tonnes <= EPS) {
            return t;
        }
        double done = Math.max(t, 0) + tonnes * step / capacity[s];
        return done <= periods * step ? done : Double.POSITIVE_INFINITY;
    }

    /**
     * Performs the fill, appending what it takes to {@code log}; returns the completion, or +∞
     * (having taken nothing) when it does not fit.
     */
    double consume(int res, double tonnes, double t, Consumption log) {
        double done = fill(res, tonnes, t);
        int s = slot[res];
        if (s < 0 || tonnes <= EPS || done == Double.POSITIVE_INFINITY) {
            return done;
        }
        double rate = this.rate[s];
        int k = t <= 0 ? 0 : (int) (t / step);
        double remaining = tonnes;
        for (; remaining > EPS && k < periods; k++) {
            double r = residualAt(s, k);
            if (r <= EPS) {
                continue;
            }
            double windowEnd = (k + 1) * step;
            double from = Math.max(t, windowEnd - r / rate);
            double take = Math.min(Math.min(r, (windowEnd - from) * rate), remaining);
            if (done <= windowEnd || take >= remaining - EPS) {
                take = Math.min(r, remaining); // the last window: what the fill says is left goes here
            }
            if (take > 0) {
                remaining -= take;
                set(s, k, r - take);
                log.add(res, k, take);
            }
        }
        advanceOpen(s);
        return done;
    }

    private void set(int s, int k, double left) {
        int w = s * words + (k >>> 6);
        bits[2 * w] |= 1L << k;
        if (k > lastTouched[s]) {
            lastTouched[s] = k;
        }
        if (left <= EPS) {
            row(s)[k] = 0;
            bits[2 * w + 1] |= 1L << k;
        } else {
            row(s)[k] = left;
            bits[2 * w + 1] &= ~(1L << k);
        }
    }

    private double[] row(int s) {
        double[] row = residual[s];
        if (row == null) {
            row = residual[s] = new double[periods];
        }
        return row;
    }

    private void advanceOpen(int s) {
        int open = firstOpen[s];
        while (open < periods && (bits[2 * (s * words + (open >>> 6)) + 1] & (1L << open)) != 0) {
            open++;
        }
        firstOpen[s] = open;
    }

    /** Gives back what {@code log[from ..]} took. */
    void release(Consumption log, int from) {
        for (int i = from; i < log.size; i++) {
            int s = slot[log.res[i]];
            if (s < 0) {
                continue;
            }
            int k = log.period[i];
            set(s, k, Math.min(capacity[s], residualAt(s, k) + log.tonnes[i]));
            if (k < firstOpen[s]) {
                firstOpen[s] = k;
            }
        }
    }

    /** Takes again exactly what {@code log} recorded (to undo a release). */
    void reapply(Consumption log) {
        for (int i = 0; i < log.size; i++) {
            int s = slot[log.res[i]];
            if (s >= 0) {
                int k = log.period[i];
                set(s, k, Math.max(0, residualAt(s, k) - log.tonnes[i]));
            }
        }
        for (int i = 0; i < log.size; i++) {
            int s = slot[log.res[i]];
            if (s >= 0) {
                advanceOpen(s);
            }
        }
    }

    /** The tonnes left on constrained resource {@code res} in {@code period} (what a fill reads there). */
    double left(int res, int period) {
        return residualAt(slot[res], period);
    }

    /** Whether {@code res} ran at capacity in {@code period}. */
    boolean saturated(int res, int period) {
        int s = slot[res];
        return s >= 0 && (bits[2 * (s * words + (period >>> 6)) + 1] & (1L << period)) != 0;
    }
}
