package org.bulwark.scenario.generate;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What planted-optimum instance to generate ({@link PlantedInstanceGenerator}): how many
 * reinforcements, from which trap families, and the seed. Equal specs give equal instances.
 *
 * @param reinforcements how many units reinforce, &gt; 0
 * @param families       the trap families to mix, at least one; the subnetworks take them in turn
 *                       from a seeded shuffle
 * @param seed           any value
 */
public record PlantedSpec(int reinforcements, Set<PlantedFamily> families, long seed) {
    /** About 30 reinforcements. */
    public static final int SMALL = 30;
    /** About 300 reinforcements. */
    public static final int MEDIUM = 300;

    private static final List<String> SIZE_NAMES = List.of("small", "medium");

    public PlantedSpec {
        Objects.requireNonNull(families, "families");
        if (reinforcements < 1) {
            throw new IllegalArgumentException("reinforcements must be > 0, was " + reinforcements);
        }
        if (families.isEmpty()) {
            throw new IllegalArgumentException("a planted instance needs at least one family"
                    + "\n    Maybe use all: " + EnumSet.allOf(PlantedFamily.class));
        }
        families = Set.copyOf(EnumSet.copyOf(families));
    }

    /** Every family, {@code reinforcements} of them, with {@code seed}. */
    public static PlantedSpec of(int reinforcements, long seed) {
        return new PlantedSpec(reinforcements, EnumSet.allOf(PlantedFamily.class), seed);
    }

    /** The size called {@code small} (30) or {@code medium} (300), every family, with {@code seed}. */
    public static PlantedSpec size(String name, long seed) {
        Objects.requireNonNull(name, "name");
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "small" -> of(SMALL, seed);
            case "medium" -> of(MEDIUM, seed);
            default -> throw new IllegalArgumentException("no planted instance size called '" + name + "'"
                    + "\n    Maybe use one of: " + String.join(", ", SIZE_NAMES));
        };
    }

    public static List<String> sizeNames() {
        return SIZE_NAMES;
    }

    @Override
    public String toString() {
        return "reinforcements=" + reinforcements + " families=" + EnumSet.copyOf(families).stream()
                .map(PlantedFamily::label).toList() + " seed=" + seed;
    }
}
