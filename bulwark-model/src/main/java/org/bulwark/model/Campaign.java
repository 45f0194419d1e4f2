package org.bulwark.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a scenario sets up the campaign assessment ({@code campaign.yaml} and
 * {@code terrain.csv}): length and step, the operational map's terrain, parameter values that
 * override the bundled defaults, and the inputs drawn at random per replication.
 *
 * @param days           campaign length after D-day
 * @param stepHours      time step of the model
 * @param defaultTerrain terrain of every node not listed in {@code terrain}
 * @param terrain        terrain per node, at most one entry per node
 * @param parameters     values that override the bundled defaults
 * @param uncertainty    at most one entry per input
 */
public record Campaign(double days, double stepHours, TerrainClass defaultTerrain, List<AreaTerrain> terrain,
                       Map<CampaignParameter, ParameterValue> parameters, List<Uncertainty> uncertainty,
                       Source source) {
    /** A scenario without {@code campaign.yaml}: 30 days at 1-hour steps, mixed terrain, all defaults. */
    public static final Campaign DEFAULT = new Campaign(30, 1, TerrainClass.MIXED, List.of(), Map.of(), List.of(),
            Source.NONE);

    public Campaign {
        if (!(days > 0) || Double.isInfinite(days)) {
            throw new IllegalArgumentException("days must be > 0, was " + days);
        }
        if (!(stepHours > 0) || stepHours > 24) {
            throw new IllegalArgumentException("stepHours must be in (0, 24], was " + stepHours);
        }
        Objects.requireNonNull(defaultTerrain, "defaultTerrain");
        terrain = List.copyOf(terrain);
        EnumMap<CampaignParameter, ParameterValue> copy = new EnumMap<>(CampaignParameter.class);
        copy.putAll(parameters);
        parameters = Collections.unmodifiableMap(copy);
        uncertainty = List.copyOf(uncertainty);
        Objects.requireNonNull(source, "source");
    }

    /** The uncertainty declared for an input, if any. */
    public Optional<Uncertainty> uncertainty(CampaignInput input) {
        return uncertainty.stream().filter(u -> u.input() == input).findFirst();
    }
}
