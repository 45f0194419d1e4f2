package org.bulwark.deploy;

/**
 * The first plan as the bottleneck analysis needs it once the improvement phase has changed the
 * schedule: a copy of each unit's plan, the per-resource first wait ({@link Schedule#firstWait})
 * and the weighted lateness. Read-only after construction, shared by the re-plan threads.
 */
final class FirstPlan {
    final UnitPlan[] plans;
    final int[] firstWait;
    final double weightedLateHours;

    /** Copies {@code schedule}, which must have been built in construction order with waits tracked. */
    FirstPlan(Schedule schedule, Preparation prep) {
        plans = new UnitPlan[schedule.plans.length];
        for (int u : prep.order) {
            plans[u] = schedule.plans[u].copy();
        }
        firstWait = schedule.firstWait.clone();
        weightedLateHours = schedule.objective().weightedLateHours();
    }
}
