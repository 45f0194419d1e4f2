package org.bulwark.deploy;

/** Capacities a plan consumes. */
public enum ResourceKind {
    /** One direction of a link. */
    LINK,
    /** A node's handling (loading, unloading, mode changes). */
    NODE_HANDLING,
    /** A gauge break's transshipment. */
    GAUGE_BREAK;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
