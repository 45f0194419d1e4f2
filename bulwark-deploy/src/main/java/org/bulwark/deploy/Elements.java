package org.bulwark.deploy;

import java.util.Arrays;

/**
 * The lift elements of one leg — trains, serials, sailings, sorties — in the order they use the
 * leg's resource: when each starts on it, when it is through (a move's departure), its tonnes and
 * when it arrives (a move's arrival at the far end; the end itself for handling; the end plus the
 * transshipment hours at a gauge break). Immutable.
 */
public final class Elements {
    private final double[] begin;
    private final double[] end;
    private final double[] tonnes;
    private final double[] arrive;

    public Elements(double[] begin, double[] end, double[] tonnes, double[] arrive) {
        this(begin.clone(), end.clone(), tonnes.clone(), arrive.clone(), true);
    }

    /** Keeps the arrays given, which no one else holds. */
    private Elements(double[] begin, double[] end, double[] tonnes, double[] arrive, boolean owned) {
        int n = begin.length;
        if (n == 0 || end.length != n || tonnes.length != n || arrive.length != n) {
            throw new IllegalArgumentException("a leg has at least one element and four equal-length columns");
        }
        this.begin = begin;
        this.end = end;
        this.tonnes = tonnes;
        this.arrive = arrive;
    }

    /** One element: the whole leg as a single lift. */
    public static Elements single(double begin, double end, double tonnes, double arrive) {
        return new Elements(new double[] {begin}, new double[] {end}, new double[] {tonnes}, new double[] {arrive}, true);
    }

    /** Elements {@code from} (inclusive) to {@code to} of four equal-length columns, copied once. */
    public static Elements copyOfRange(double[] begin, double[] end, double[] tonnes, double[] arrive, int from, int to) {
        return new Elements(Arrays.copyOfRange(begin, from, to), Arrays.copyOfRange(end, from, to),
                Arrays.copyOfRange(tonnes, from, to), Arrays.copyOfRange(arrive, from, to), true);
    }

    public int size() {
        return begin.length;
    }

    public double begin(int i) {
        return begin[i];
    }

    public double end(int i) {
        return end[i];
    }

    public double tonnes(int i) {
        return tonnes[i];
    }

    public double arrive(int i) {
        return arrive[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Elements e && Arrays.equals(begin, e.begin) && Arrays.equals(end, e.end)
                && Arrays.equals(tonnes, e.tonnes) && Arrays.equals(arrive, e.arrive);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(begin) + Arrays.hashCode(end)) + Arrays.hashCode(arrive);
    }

    @Override
    public String toString() {
        return size() + " elements";
    }
}
