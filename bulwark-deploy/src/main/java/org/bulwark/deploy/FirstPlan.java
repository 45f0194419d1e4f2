package org.bulwark.deploy;

/**
 * The first plan as the bottleneck analysis needs it once the improvement phase has changed the
 * schedule: a copy of each unit's plan, what each unit's search and commit waited for and read,
 * and the weighted lateness. Read-only after construction, shared by the re-plan threads.
 */
final class FirstPlan {
    final UnitPlan[] plans;
    /** Per unit, what its first-plan search and commit waited for and read ({@link Schedule#unitWaited}, {@link Schedule#unitRead}). */
    final int[][] waited;
    final int[][] read;
    final double weightedLateHours;

    /** Copies {@code schedule}, which must have been built in construction order with waits tracked. */
    FirstPlan(Schedule schedule, Preparation prep) {
        plans = new UnitPlan[schedule.plans.length];
        for (int u : prep.order) {
            plans[u] = schedule.plans[u].copy();
        }
        waited = schedule.unitWaited;
        read = schedule.unitRead;
        weightedLateHours = schedule.objective().weightedLateHours();
    }
}
