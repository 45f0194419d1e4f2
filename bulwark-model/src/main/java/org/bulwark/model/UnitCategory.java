package org.bulwark.model;

/** Broad families of unit types; engines use them for defaults (e.g. which units fly themselves). */
public enum UnitCategory {
    ARMOURED, MECHANISED, LIGHT_INFANTRY, AIRBORNE, ARTILLERY, AIR_DEFENCE, ENGINEER, LOGISTICS,
    AVIATION, FIGHTER_SQUADRON, HEADQUARTERS, OTHER;

    /**
     * Hours of reception, staging and onward movement at the destination after the unit has closed:
     * the bundled reference table {@code rsoi_hours.csv} (a test holds the two equal). 48 h for
     * every ground unit (FM 100-17-3's standard of at most two days staging per battalion), 0 for
     * fighter squadrons (no public figure found).
     */
    public double defaultRsoiHours() {
        return this == FIGHTER_SQUADRON ? 0 : 48;
    }

    /** Fighter squadrons deploy under their own power and need no surface lift. */
    public boolean selfDeploysByAir() {
        return this == FIGHTER_SQUADRON;
    }
}
