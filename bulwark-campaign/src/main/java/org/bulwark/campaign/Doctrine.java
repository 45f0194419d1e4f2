package org.bulwark.campaign;

/**
 * Where a defending unit goes (docs/model.md, "Forces"): the nearest position, by road within the
 * radius and not yet taken, on an axis that is not yet covered; failing that the nearest position
 * not yet taken. An axis is covered once the combat value sent to its positions reaches the attack
 * on it divided by the hold ratio, enough to stop it before terrain and posture. Pure: the caller
 * owns the arrays.
 */
final class Doctrine {
    private Doctrine() {
    }

    /**
     * @param candidates the positions the unit can reach, nearest first, and their road km
     * @param positionAxes for each position, the axes whose path holds it
     * @param sent         combat value sent so far to each axis's positions
     * @param need         combat value that covers each axis
     * @return the position, or −1 when none within the radius is free
     */
    static int choose(int[] candidates, double[] km, double radius, boolean[] taken, int[][] positionAxes,
                      double[] sent, double[] need) {
        int nearest = -1;
        for (int i = 0; i < candidates.length && km[i] <= radius; i++) {
            int q = candidates[i];
            if (taken[q]) {
                continue;
            }
            if (nearest < 0) {
                nearest = i;
            }
            for (int a : positionAxes[q]) {
                if (sent[a] < need[a]) {
                    return i;
                }
            }
        }
        return nearest;
    }

    /**
     * The order in which units set off: earlier available first; at the same hour, the one nearer to
     * a position first (units close to a position claim it first). Negative when {@code a} goes first.
     */
    static int order(double availableA, double nearestKmA, double availableB, double nearestKmB) {
        int c = Double.compare(availableA, availableB);
        return c != 0 ? c : Double.compare(nearestKmA, nearestKmB);
    }

    /** The nearest position within the radius not yet taken (forces added at a chosen place), or −1. */
    static int nearest(int[] candidates, double[] km, double radius, boolean[] taken) {
        for (int i = 0; i < candidates.length && km[i] <= radius; i++) {
            if (!taken[candidates[i]]) {
                return i;
            }
        }
        return -1;
    }

    /** Records (sign +1) or withdraws (−1) a unit's combat value on the axes through position {@code q}. */
    static void send(int q, double combatValue, int sign, int[][] positionAxes, double[] sent) {
        for (int a : positionAxes[q]) {
            sent[a] += sign * combatValue;
        }
    }

    /** The combat value that covers each axis: its attack divided by the hold ratio (+∞ when the ratio is not positive). */
    static void need(double[] attackerCv, double holdRatio, double[] need) {
        for (int a = 0; a < attackerCv.length; a++) {
            need[a] = holdRatio > 0 ? attackerCv[a] / holdRatio : Double.POSITIVE_INFINITY;
        }
    }
}
