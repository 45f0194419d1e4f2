package org.bulwark.deploy;

/** Why a unit cannot reach its destination; see docs/deployment-model.md. */
public enum UnreachableReason {
    /** The destination is not connected to the unit's home by any link. */
    NO_PATH,
    /** Every route changes rail gauge at a node without a gauge break. */
    GAUGE_BREAK_MISSING,
    /** Every route uses a link whose weight limit is below the unit's heaviest item. */
    TOO_HEAVY,
    /** A route exists, but no arrival fits within the planning horizon given the capacity left. */
    CAPACITY_EXHAUSTED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Structural reasons no plan can help; they are left out of the objective and the bound. */
    public boolean structural() {
        return this != CAPACITY_EXHAUSTED;
    }
}
