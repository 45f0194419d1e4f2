package org.bulwark.model;

/** Broad families of unit types; engines use them for defaults (e.g. which units fly themselves). */
public enum UnitCategory {
    ARMOURED, MECHANISED, LIGHT_INFANTRY, AIRBORNE, ARTILLERY, AIR_DEFENCE, ENGINEER, LOGISTICS,
    AVIATION, FIGHTER_SQUADRON, HEADQUARTERS, OTHER;

    /** Fighter squadrons deploy under their own power and need no surface lift. */
    public boolean selfDeploysByAir() {
        return this == FIGHTER_SQUADRON;
    }
}
