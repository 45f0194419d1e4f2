package org.bulwark.scenario.summary;

import java.util.List;

/** The threat in figures: warning time, what stands in each assembly area, and the axes. */
public record ThreatSummary(double warningHours, List<ForceTotals> assemblyAreas, List<AxisLine> axes) {
    public ThreatSummary {
        assemblyAreas = List.copyOf(assemblyAreas);
        axes = List.copyOf(axes);
    }

    /** One axis of advance, its route written out ({@code RU_KGD → RU_GUS → PL_SUW}) and its straight-line length. */
    public record AxisLine(String id, String name, String objective, String route, double lengthKm) {
    }
}
