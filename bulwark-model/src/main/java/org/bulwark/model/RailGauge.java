package org.bulwark.model;

import java.util.Optional;

/** Track gauge of a rail link: 1435 mm (standard), 1520 mm (broad, ex-Soviet) or dual gauge. */
public enum RailGauge {
    STANDARD_1435(1435), BROAD_1520(1520), DUAL(0);

    private final int millimetres;

    RailGauge(int millimetres) {
        this.millimetres = millimetres;
    }

    /** Track width in mm; 0 for dual gauge, which carries both. */
    public int millimetres() {
        return millimetres;
    }

    /** Whether a train of this gauge and one of the other can run without transshipment. */
    public boolean compatibleWith(RailGauge other) {
        return this == DUAL || other == DUAL || this == other;
    }

    public String label() {
        return this == DUAL ? "1435/1520" : Integer.toString(millimetres);
    }

    /** Parses {@code 1435}, {@code 1520} or {@code 1435/1520} (also {@code dual}). */
    public static Optional<RailGauge> parse(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "1435" -> Optional.of(STANDARD_1435);
            case "1520" -> Optional.of(BROAD_1520);
            case "1435/1520", "1520/1435", "dual" -> Optional.of(DUAL);
            default -> Optional.empty();
        };
    }
}
