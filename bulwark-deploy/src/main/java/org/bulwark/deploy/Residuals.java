package org.bulwark.deploy;

import java.util.Arrays;

/**
 * Residual capacity per (constrained resource, period) in one flat {@code double[]}: the implicit
 * time-expanded network. Unconstrained resources have no slot. {@code firstOpen} is, per slot, a
 * period before which every period is exhausted; residuals only shrink while planning, so fills
 * can start their scan there.
 */
final class Residuals {
    /** Tonnes below which a residual or a remaining load counts as zero. */
    static final double EPS = 1e-7;

    private final PlanningNetwork net;
    final int periods;
    final double step;
    /** Slot of a resource, or -1 when it is unconstrained (or relaxed). */
    private final int[] slot;
    private final double[] capacity;
    private final double[] residual;
    private final int[] firstOpen;

    Residuals(PlanningNetwork net) {
        this(net, -1);
    }

    /** Fresh residuals with resource {@code relaxed} (or none when -1) unconstrained. */
    Residuals(PlanningNetwork net, int relaxed) {
        this.net = net;
        this.periods = net.periods;
        this.step = net.step;
        slot = new int[net.resourceCount];
        int slots = 0;
        for (int r = 0; r < net.resourceCount; r++) {
            slot[r] = net.constrained(r) && r != relaxed ? slots++ : -1;
        }
        capacity = new double[slots];
        for (int r = 0; r < net.resourceCount; r++) {
            if (slot[r] >= 0) {
                capacity[slot[r]] = net.capacityPerPeriod[r];
            }
        }
        residual = new double[slots * periods];
        for (int s = 0; s < slots; s++) {
            Arrays.fill(residual, s * periods, (s + 1) * periods, capacity[s]);
        }
        firstOpen = new int[slots];
    }

    boolean constrained(int res) {
        return slot[res] >= 0;
    }

    double residual(int res, int period) {
        int s = slot[res];
        return s < 0 ? Double.POSITIVE_INFINITY : residual[s * periods + period];
    }

    /**
     * When loading {@code tonnes} onto {@code res} from hour {@code t} completes (the model's
     * fill), or +∞ when the horizon runs out first. Reads only.
     */
    double fill(int res, double tonnes, double t) {
        int s = slot[res];
        if (s < 0 || tonnes <= EPS) {
            return t;
        }
        int k = t <= 0 ? 0 : (int) (t / step);
        if (k >= periods) {
            return Double.POSITIVE_INFINITY;
        }
        int open = firstOpen[s];
        if (k < open) {
            k = open;
        }
        int base = s * periods;
        double remaining = tonnes;
        for (; k < periods; k++) {
            double r = residual[base + k];
            if (r > 0) {
                remaining -= r;
                if (remaining <= EPS) {
                    return Math.max(t, k * step);
                }
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The same fill on the empty network: every period at full capacity. */
    double fillEmpty(int res, double tonnes, double t) {
        int s = slot[res];
        if (s < 0 || tonnes <= EPS) {
            return t;
        }
        int k = t <= 0 ? 0 : (int) (t / step);
        double cap = capacity[s];
        double remaining = tonnes;
        for (; k < periods; k++) {
            remaining -= cap;
            if (remaining <= EPS) {
                return Math.max(t, k * step);
            }
        }
        return Double.POSITIVE_INFINITY;
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
        int k = Math.max(t <= 0 ? 0 : (int) (t / step), firstOpen[s]);
        int base = s * periods;
        double remaining = tonnes;
        for (; remaining > EPS; k++) {
            double r = residual[base + k];
            if (r > 0) {
                double take = Math.min(r, remaining);
                remaining -= take;
                double left = r - take;
                residual[base + k] = left <= EPS ? 0 : left;
                log.add(res, k, take);
            }
        }
        int open = firstOpen[s];
        while (open < periods && residual[base + open] == 0) {
            open++;
        }
        firstOpen[s] = open;
        return done;
    }

    /** Gives back what {@code log[from ..]} took. */
    void release(Consumption log, int from) {
        for (int i = from; i < log.size; i++) {
            int s = slot[log.res[i]];
            if (s < 0) {
                continue;
            }
            int k = log.period[i];
            int at = s * periods + k;
            residual[at] = Math.min(capacity[s], residual[at] + log.tonnes[i]);
            if (k < firstOpen[s]) {
                firstOpen[s] = k;
            }
        }
    }

    /** Takes again exactly what {@code log} recorded (to undo a release). */
    void reapply(Consumption log) {
        for (int i = 0; i < log.size; i++) {
            int s = slot[log.res[i]];
            if (s < 0) {
                continue;
            }
            int at = s * periods + log.period[i];
            double left = residual[at] - log.tonnes[i];
            residual[at] = left <= EPS ? 0 : left;
        }
        for (int i = 0; i < log.size; i++) {
            int s = slot[log.res[i]];
            if (s >= 0) {
                int base = s * periods;
                int open = firstOpen[s];
                while (open < periods && residual[base + open] == 0) {
                    open++;
                }
                firstOpen[s] = open;
            }
        }
    }

    /** Whether {@code res} ran at capacity in {@code period}. */
    boolean saturated(int res, int period) {
        int s = slot[res];
        return s >= 0 && residual[s * periods + period] <= EPS;
    }
}
