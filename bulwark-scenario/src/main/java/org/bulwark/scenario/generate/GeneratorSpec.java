package org.bulwark.scenario.generate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What to generate: how many units (allied and adversary) and network nodes, the horizon in
 * days, and the seed. Equal specs give equal scenarios.
 *
 * @param units number of units, allied and adversary together, &gt; 0
 * @param nodes number of network nodes, at least {@value #MIN_NODES} (one of each kind the theatre needs)
 * @param days  horizon in days after C-day, &gt; 0
 * @param seed  any value
 */
public record GeneratorSpec(int units, int nodes, int days, long seed) {
    /** Fewest nodes that hold one port, airfield and rail hub on each side, a gauge break, a border crossing and an adversary node. */
    public static final int MIN_NODES = 10;

    /** 50 units, 150 nodes, 30 days, seed 42. */
    public static final GeneratorSpec SMALL = new GeneratorSpec(50, 150, 30, 42);
    /** 500 units, 500 nodes, 90 days, seed 42. */
    public static final GeneratorSpec MEDIUM = new GeneratorSpec(500, 500, 90, 42);
    /** 5,000 units, 2,000 nodes, 180 days, seed 42: the NATO Force Model scale. */
    public static final GeneratorSpec LARGE = new GeneratorSpec(5000, 2000, 180, 42);

    private static final List<String> PRESET_NAMES = List.of("small", "medium", "large");

    public GeneratorSpec {
        if (units < 1) {
            throw new IllegalArgumentException("units must be > 0, was " + units
                    + "\n    Maybe use a preset: " + String.join(", ", PRESET_NAMES));
        }
        if (nodes < MIN_NODES) {
            throw new IllegalArgumentException("nodes must be >= " + MIN_NODES + ", was " + nodes
                    + "\n    Maybe use a preset: " + String.join(", ", PRESET_NAMES));
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be > 0, was " + days
                    + "\n    Maybe use a preset: " + String.join(", ", PRESET_NAMES));
        }
    }

    public static GeneratorSpec of(int units, int nodes, int days, long seed) {
        return new GeneratorSpec(units, nodes, days, seed);
    }

    /** The preset called {@code small}, {@code medium} or {@code large} (any case). */
    public static GeneratorSpec preset(String name) {
        Objects.requireNonNull(name, "name");
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "medium" -> MEDIUM;
            case "large" -> LARGE;
            default -> throw new IllegalArgumentException("no generator preset called '" + name + "'"
                    + "\n    Maybe use one of: " + String.join(", ", PRESET_NAMES));
        };
    }

    public static List<String> presetNames() {
        return PRESET_NAMES;
    }

    /** The same spec with another seed. */
    public GeneratorSpec withSeed(long newSeed) {
        return new GeneratorSpec(units, nodes, days, newSeed);
    }

    /** {@code units=50 nodes=150 days=30 seed=42}, as written into generated scenarios. */
    @Override
    public String toString() {
        return "units=" + units + " nodes=" + nodes + " days=" + days + " seed=" + seed;
    }
}
