package org.bulwark.deploy;

/**
 * The plan's value, compared lexicographically (docs/deployment-model.md).
 *
 * @param weightedLateHours Σ (1/priority) · late hours, capacity-exhausted units counted to the horizon end
 * @param closureHour       arrival of the last unit that arrives (0 when none moves)
 * @param liftTonneKm       Σ tonnes × route km
 */
public record Objective(double weightedLateHours, double closureHour, double liftTonneKm)
        implements Comparable<Objective> {

    @Override
    public int compareTo(Objective other) {
        int c = Double.compare(weightedLateHours, other.weightedLateHours);
        if (c != 0) {
            return c;
        }
        c = Double.compare(closureHour, other.closureHour);
        return c != 0 ? c : Double.compare(liftTonneKm, other.liftTonneKm);
    }
}
