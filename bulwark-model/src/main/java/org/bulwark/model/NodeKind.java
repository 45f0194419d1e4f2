package org.bulwark.model;

/** What a network node is. */
public enum NodeKind {
    CITY, CAPITAL, PORT, AIRFIELD, RAIL_HUB, GAUGE_BREAK, BORDER_CROSSING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
