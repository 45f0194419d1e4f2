package org.bulwark.deploy;

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
    double arrival;
    double km;

    int legCount;
    byte[] legKind = new byte[8];
    /** The arc for a MOVE, else the node. */
    int[] legWhere = new int[8];
    double[] legDepart = new double[8];
    double[] legArrive = new double[8];

    final Consumption consumption = new Consumption();

    /** The resource the unit waited longest for, and how long (for the movement's detail). */
    int longestWaitRes = -1;
    double longestWait;

    void clearLegs() {
        legCount = 0;
        consumption.clear();
        longestWaitRes = -1;
        longestWait = 0;
        km = 0;
    }

    void addLeg(byte kind, int where, double depart, double arrive) {
        if (legCount == legKind.length) {
            reserveLegs(legCount * 2);
        }
        legKind[legCount] = kind;
        legWhere[legCount] = where;
        legDepart[legCount] = depart;
        legArrive[legCount] = arrive;
        legCount++;
    }

    /** Makes room for {@code n} legs (a route of m arcs has at most 2·m + 2: each move, a transfer before it, unloading). */
    void reserveLegs(int n) {
        if (n > legKind.length) {
            legKind = Arrays.copyOf(legKind, n);
            legWhere = Arrays.copyOf(legWhere, n);
            legDepart = Arrays.copyOf(legDepart, n);
            legArrive = Arrays.copyOf(legArrive, n);
        }
    }

    void noteWait(int res, double start, double done) {
        double wait = done - start;
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
        km = o.km;
        legCount = o.legCount;
        legKind = Arrays.copyOf(o.legKind, Math.max(8, o.legCount));
        legWhere = Arrays.copyOf(o.legWhere, legKind.length);
        legDepart = Arrays.copyOf(o.legDepart, legKind.length);
        legArrive = Arrays.copyOf(o.legArrive, legKind.length);
        consumption.res = Arrays.copyOf(o.consumption.res, Math.max(8, o.consumption.size));
        consumption.period = Arrays.copyOf(o.consumption.period, consumption.res.length);
        consumption.tonnes = Arrays.copyOf(o.consumption.tonnes, consumption.res.length);
        consumption.size = o.consumption.size;
        longestWaitRes = o.longestWaitRes;
        longestWait = o.longestWait;
    }
}
