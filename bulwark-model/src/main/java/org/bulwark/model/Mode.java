package org.bulwark.model;

/** Transport modes, with the planning speed used when a link gives neither speed nor transit time. */
public enum Mode {
    ROAD(40), RAIL(50), SEA(30), AIR(700);

    private final double defaultSpeedKmh;

    Mode(double defaultSpeedKmh) {
        this.defaultSpeedKmh = defaultSpeedKmh;
    }

    /** Planning speed in km/h, loading and unloading excluded; see docs/format.md for the basis. */
    public double defaultSpeedKmh() {
        return defaultSpeedKmh;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The mode whose {@link #label()} is {@code label}, if any. */
    public static java.util.Optional<Mode> byLabel(String label) {
        for (Mode mode : values()) {
            if (mode.label().equals(label)) {
                return java.util.Optional.of(mode);
            }
        }
        return java.util.Optional.empty();
    }
}
