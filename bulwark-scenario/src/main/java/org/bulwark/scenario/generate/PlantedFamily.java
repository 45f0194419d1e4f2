package org.bulwark.scenario.generate;

import java.util.Locale;

/**
 * The kinds of trap a planted-optimum instance is built from ({@link PlantedInstanceGenerator}):
 * each is a small subnetwork of its own, in which the planted plan puts every unit on time and a
 * planner that takes the wrong decision there makes some late.
 */
public enum PlantedFamily {
    /**
     * Many units cross one saturated link; those with a long onward journey must cross first
     * (by their latest crossing time, required hour less the journey still to go), not those due first.
     */
    BOTTLENECK,
    /**
     * A fast road with capacity for only some units, used by heavy units that have no other route
     * (a slow road around it carries no more than 40 t items); the units that could take the slow
     * road must leave the fast one to the heavy ones.
     */
    DECOY,
    /** Two or three parallel rail links between the same two nodes, the capacity split between them. */
    PARALLEL,
    /** A 1435/1520 mm gauge break whose transshipment capacity is the saturated resource. */
    GAUGE_BREAK,
    /** A sea port whose handling capacity (ships unloaded into road march units) is the saturated resource. */
    PORT;

    /** {@code bottleneck}, {@code decoy}, {@code parallel}, {@code gauge_break}, {@code port}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
