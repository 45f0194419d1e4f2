package org.bulwark.model;

/** Transport modes. */
public enum Mode {
    ROAD, RAIL, SEA, AIR;

    /**
     * The bundled planning speed in km/h ({@link MovementTimes#DEFAULT}), used when a link gives
     * neither speed nor transit time and the scenario's lift.yaml sets none; loading and unloading
     * excluded. The sources are in the reference table movement_times.csv.
     */
    public double defaultSpeedKmh() {
        return MovementTimes.DEFAULT.speedKmh(this);
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
