package org.bulwark.model;

import java.util.Locale;

/**
 * The ground an area of the operational map offers, as the campaign model sees it: how much it
 * helps a defender and slows an advance (multipliers are campaign parameters, e.g.
 * {@code terrain_defence_forest}).
 */
public enum TerrainClass {
    OPEN, MIXED, FOREST, MARSH, URBAN;

    /** The id used in scenario files, e.g. {@code forest}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
