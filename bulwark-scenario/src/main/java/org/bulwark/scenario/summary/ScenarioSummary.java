package org.bulwark.scenario.summary;

import java.util.List;
import java.util.Objects;
import org.bulwark.model.ScenarioInfo;

/**
 * A readable digest of a scenario: what {@code bulwark show} prints. Pure data; build with
 * {@link ScenarioSummaries#of(org.bulwark.model.Scenario)}.
 */
public record ScenarioSummary(
        ScenarioInfo info,
        ForceTotals defenders,
        ForceTotals adversaries,
        List<ForceTotals> forcesByNation,
        List<ForceTotals> forcesByType,
        List<ForceTotals> forcesByTier,
        List<ForceTotals> postureByRegion,
        List<ForceTotals> reinforcementsByTier,
        List<ForceTotals> reinforcementsByDestinationRegion,
        List<KindCount> nodesByKind,
        List<ModeTotals> linksByMode,
        int gaugeBreaks,
        List<ObjectiveLine> objectives,
        ThreatSummary threat,
        Provenance provenance) {

    public ScenarioSummary {
        Objects.requireNonNull(info, "info");
        forcesByNation = List.copyOf(forcesByNation);
        forcesByType = List.copyOf(forcesByType);
        forcesByTier = List.copyOf(forcesByTier);
        postureByRegion = List.copyOf(postureByRegion);
        reinforcementsByTier = List.copyOf(reinforcementsByTier);
        reinforcementsByDestinationRegion = List.copyOf(reinforcementsByDestinationRegion);
        nodesByKind = List.copyOf(nodesByKind);
        linksByMode = List.copyOf(linksByMode);
        objectives = List.copyOf(objectives);
    }

    public record KindCount(String kind, int count) {
    }

    public record ObjectiveLine(String id, String name, String node, String kind, int priority) {
    }

    /**
     * How much of the scenario rests on cited sources.
     *
     * @param rows      rows that carry a source (units, nodes, links, gauge breaks, placements, reinforcements, objectives)
     * @param estimates of those, rows flagged as estimates or illustrative
     * @param unsourced rows with no source at all
     */
    public record Provenance(int rows, int estimates, int unsourced) {
    }
}
