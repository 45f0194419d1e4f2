package org.bulwark.model;

import java.util.List;
import java.util.Objects;

/**
 * The adversary's plan as the scenario assumes it.
 *
 * @param warningHours time from C-day (the decision to deploy) to D-day (attack); D = C + warning
 */
public record Threat(double warningHours, List<AssemblyArea> assemblyAreas, List<Axis> axes, Source source) {
    public static final Threat NONE = new Threat(0, List.of(), List.of(), Source.NONE);

    public Threat {
        Units.requireNonNegative(warningHours, "warningHours");
        assemblyAreas = List.copyOf(assemblyAreas);
        axes = List.copyOf(axes);
        Objects.requireNonNull(source, "source");
    }
}
