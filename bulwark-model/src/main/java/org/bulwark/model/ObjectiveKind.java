package org.bulwark.model;

/** What kind of place an objective is. */
public enum ObjectiveKind {
    CAPITAL, PORT, CORRIDOR, CITY, AIRFIELD, RAIL_HUB, OTHER;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
