package org.bulwark.deploy;

import java.util.Objects;

/**
 * A proven lower bound on the objective's first two levels.
 *
 * @param method e.g. {@code critical-path}, {@code lp-relaxation (GLOP, optimal)}
 */
public record Bound(double weightedLateHours, double closureHour, String method) {
    public Bound {
        Objects.requireNonNull(method, "method");
    }

    /** The larger of the two bounds on each level, naming the method(s) that gave them. */
    public Bound strongest(Bound other) {
        double late = Math.max(weightedLateHours, other.weightedLateHours);
        double closure = Math.max(closureHour, other.closureHour);
        String lateBy = weightedLateHours >= other.weightedLateHours ? method : other.method;
        String closureBy = closureHour >= other.closureHour ? method : other.method;
        return new Bound(late, closure, lateBy.equals(closureBy) ? lateBy : lateBy + " (lateness), " + closureBy + " (closure)");
    }

    /** (plan − bound) / plan on weighted lateness, 0 when the plan has none: the MIP-solver convention. */
    public double gap(Objective objective) {
        return relativeGap(objective.weightedLateHours(), weightedLateHours);
    }

    public double closureGap(Objective objective) {
        return relativeGap(objective.closureHour(), closureHour);
    }

    static double relativeGap(double value, double bound) {
        return value <= 0 ? 0 : Math.max(0, (value - bound) / value);
    }
}
