package org.bulwark.deploy.planner;

import org.bulwark.deploy.Closure;
import org.bulwark.deploy.Movement;
import org.bulwark.deploy.UnreachableReason;

import java.util.Arrays;

/**
 * The planner's mutable record of one reinforcement: its route and leg times, what its fills took,
 * and its outcome. Never leaves the package; {@link PlanAssembler} turns it into a {@link Movement}.
 */
final class UnitPlan {
    static final byte MOVE = 0;
    static final byte TRANSFER = 1;
    static final byte TRANSSHIP = 2;

    /** Outcome codes. */
    static final byte PLANNED = 0;
    static final byte AT_HOME = 1;
    static final byte EXHAUSTED = 2;
    static final byte STRUCTURAL = 3;

    byte outcome;
    UnreachableReason reason;
    String reasonDetail = "";
    /** Closure: when the last element is in place. */
    double arrival;
    /** When the first element is in place. */
    double firstArrival;
    double km;

    int legCount;
    byte[] legKind = new byte[8];
    /** The arc for a MOVE, else the node. */
    int[] legWhere = new int[8];
    double[] legDepart = new double[8];
    double[] legArrive = new double[8];
    /** When the leg's first element arrives (is through the resource, or at the link's far end). */
    double[] legFirstArrive = new double[8];
    /** The leg's elements are elements [legElements[i], legElements[i + 1]) — legElements has legCount + 1 entries once closed. */
    int[] legElements = new int[9];

    /** Per element of every leg, in order: when it starts on the resource, when it is through, its tonnes, when it arrives. */
    int elementCount;
    double[] elBegin = new double[32];
    double[] elEnd = new double[32];
    double[] elTonnes = new double[32];
    double[] elArrive = new double[32];

    final Consumption consumption = new Consumption();

    /** The resource the unit waited longest for, and how long (for the movement's detail). */
    int longestWaitRes = -1;
    double longestWait;

    void clearLegs() {
        legCount = 0;
        elementCount = 0;
        consumption.clear();
        longestWaitRes = -1;
        longestWait = 0;
        km = 0;
    }

    /** Opens a leg; its elements follow with {@link #addElement}, then {@link #endLeg}. */
    void beginLeg(byte kind, int where) {
        if (legCount + 1 >= legKind.length) {
            reserveLegs(legCount * 2 + 2);
        }
        legKind[legCount] = kind;
        legWhere[legCount] = where;
        legElements[legCount] = elementCount;
    }

    void addElement(double begin, double end, double tonnes, double arrive) {
        if (elementCount == elBegin.length) {
            int n = elementCount * 2;
            elBegin = Arrays.copyOf(elBegin, n);
            elEnd = Arrays.copyOf(elEnd, n);
            elTonnes = Arrays.copyOf(elTonnes, n);
            elArrive = Arrays.copyOf(elArrive, n);
        }
        elBegin[elementCount] = begin;
        elEnd[elementCount] = end;
        elTonnes[elementCount] = tonnes;
        elArrive[elementCount] = arrive;
        elementCount++;
    }

    /**
     * Closes the open leg: a move departs when its first element is loaded (through the link's
     * capacity) and arrives when its last element arrives; other legs run from the first element's
     * start to the last element's end.
     */
    void endLeg() {
        int first = legElements[legCount];
        int last = elementCount - 1;
        legDepart[legCount] = legKind[legCount] == MOVE ? elEnd[first] : elBegin[first];
        legArrive[legCount] = elArrive[last];
        legFirstArrive[legCount] = elArrive[first];
        legCount++;
        legElements[legCount] = elementCount;
    }

    /** Makes room for {@code n} legs (a route of m arcs has at most 2·m + 2: each move, a transfer before it, unloading). */
    void reserveLegs(int n) {
        if (n > legKind.length) {
            legKind = Arrays.copyOf(legKind, n);
            legWhere = Arrays.copyOf(legWhere, n);
            legDepart = Arrays.copyOf(legDepart, n);
            legArrive = Arrays.copyOf(legArrive, n);
            legFirstArrive = Arrays.copyOf(legFirstArrive, n);
            legElements = Arrays.copyOf(legElements, n + 1);
        }
    }

    /** Notes that an element passing {@code res} from {@code start} was held until {@code heldUntil} by others' use of it. */
    void noteWait(int res, double start, double heldUntil) {
        double wait = heldUntil - start;
        if (wait > longestWait) {
            longestWait = wait;
            longestWaitRes = res;
        }
    }

    boolean arrived() {
        return outcome == PLANNED || outcome == AT_HOME;
    }

    /** A deep copy, to restore after a rejected improvement move. */
    UnitPlan copy() {
        UnitPlan c = new UnitPlan();
        c.copyFrom(this);
        return c;
    }

    void copyFrom(UnitPlan o) {
        outcome = o.outcome;
        reason = o.reason;
        reasonDetail = o.reasonDetail;
        arrival = o.arrival;
        firstArrival = o.firstArrival;
        km = o.km;
        // into the arrays this plan has when they are long enough (a restore after a rejected move
        // puts a plan back into itself), else into new ones of the length needed
        int legs = o.legCount;
        legCount = legs;
        legKind = copy(o.legKind, legKind, legs, 8);
        legWhere = copy(o.legWhere, legWhere, legs, 8);
        legDepart = copy(o.legDepart, legDepart, legs, 8);
        legArrive = copy(o.legArrive, legArrive, legs, 8);
        legFirstArrive = copy(o.legFirstArrive, legFirstArrive, legs, 8);
        legElements = copy(o.legElements, legElements, legs + 1, 9);
        int n = o.elementCount;
        elementCount = n;
        elBegin = copy(o.elBegin, elBegin, n, 32);
        elEnd = copy(o.elEnd, elEnd, n, 32);
        elTonnes = copy(o.elTonnes, elTonnes, n, 32);
        elArrive = copy(o.elArrive, elArrive, n, 32);
        Consumption c = o.consumption;
        consumption.res = copy(c.res, consumption.res, c.size, 8);
        consumption.period = copy(c.period, consumption.period, c.size, 8);
        consumption.tonnes = copy(c.tonnes, consumption.tonnes, c.size, 8);
        consumption.size = c.size;
        longestWaitRes = o.longestWaitRes;
        longestWait = o.longestWait;
    }

    /** The first {@code n} of {@code from} in {@code into} when it is long enough, else in a new array of at least {@code min}. */
    private static double[] copy(double[] from, double[] into, int n, int min) {
        double[] to = into.length >= n ? into : new double[Math.max(n, min)];
        System.arraycopy(from, 0, to, 0, n);
        return to;
    }

    private static int[] copy(int[] from, int[] into, int n, int min) {
        int[] to = into.length >= n ? into : new int[Math.max(n, min)];
        System.arraycopy(from, 0, to, 0, n);
        return to;
    }

    private static byte[] copy(byte[] from, byte[] into, int n, int min) {
        byte[] to = into.length >= n ? into : new byte[Math.max(n, min)];
        System.arraycopy(from, 0, to, 0, n);
        return to;
    }
}
