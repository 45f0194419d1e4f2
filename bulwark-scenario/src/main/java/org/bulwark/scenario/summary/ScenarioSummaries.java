package org.bulwark.scenario.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulwark.model.AssemblyArea;
import org.bulwark.model.Axis;
import org.bulwark.model.ForceTier;
import org.bulwark.model.GeoPoint;
import org.bulwark.model.Link;
import org.bulwark.model.Mode;
import org.bulwark.model.NationRole;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.Placement;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.Source;
import org.bulwark.model.Unit;

/** Builds {@link ScenarioSummary} values. */
public final class ScenarioSummaries {
    private static final String NO_REGION = "(no region)";

    private ScenarioSummaries() {
    }

    public static ScenarioSummary of(Scenario scenario) {
        List<Unit> defenders = new ArrayList<>();
        List<Unit> adversaries = new ArrayList<>();
        for (Unit unit : scenario.units()) {
            boolean adversary = scenario.nation(unit.nation()).map(n -> n.role() == NationRole.ADVERSARY).orElse(false);
            (adversary ? adversaries : defenders).add(unit);
        }
        List<Unit> inPlace = scenario.posture().stream().map(p -> unitOf(scenario, p.unit())).toList();
        List<Unit> reinforcing = scenario.reinforcements().stream().map(r -> unitOf(scenario, r.unit())).toList();

        Map<org.bulwark.model.UnitId, Placement> placements = scenario.posture().stream()
                .collect(Collectors.toMap(Placement::unit, Function.identity()));
        Map<org.bulwark.model.UnitId, Reinforcement> reinforcements = scenario.reinforcements().stream()
                .collect(Collectors.toMap(Reinforcement::unit, Function.identity()));

        return new ScenarioSummary(
                scenario.info(),
                total("defenders", defenders),
                total("adversaries", adversaries),
                group(scenario.units(), u -> u.nation().value()),
                group(scenario.units(), u -> u.type().value()),
                group(defenders, u -> placements.containsKey(u.id()) ? ForceTier.IN_PLACE.label() : u.readiness().tier().label()),
                group(inPlace, u -> regionOf(scenario, placements.get(u.id()).location())),
                group(reinforcing, u -> u.readiness().tier().label()),
                group(reinforcing, u -> regionOf(scenario, reinforcements.get(u.id()).destination())),
                nodesByKind(scenario),
                linksByMode(scenario),
                scenario.network().gaugeBreaks().size(),
                scenario.objectives().stream()
                        .sorted(Comparator.comparingInt(org.bulwark.model.Objective::priority)
                                .thenComparing(o -> o.id().value()))
                        .map(o -> new ScenarioSummary.ObjectiveLine(o.id().value(), o.name(), o.node().value(),
                                o.kind().label(), o.priority()))
                        .toList(),
                threat(scenario),
                provenance(scenario));
    }

    private static Unit unitOf(Scenario scenario, org.bulwark.model.UnitId id) {
        return scenario.unit(id).orElseThrow(() -> new IllegalArgumentException("unknown unit " + id));
    }

    private static String regionOf(Scenario scenario, NodeId node) {
        return scenario.network().node(node)
                .flatMap(Node::region)
                .map(r -> scenario.region(r).map(reg -> reg.id().value()).orElse(r.value()))
                .orElse(NO_REGION);
    }

    static ForceTotals total(String key, List<Unit> units) {
        long personnel = 0;
        long vehicles = 0;
        double tonnes = 0;
        double combat = 0;
        for (Unit unit : units) {
            personnel += unit.personnel();
            vehicles += unit.vehicles();
            tonnes += unit.lift().tonnes();
            combat += unit.combatValue();
        }
        return new ForceTotals(key, units.size(), personnel, vehicles, tonnes, combat);
    }

    /** Totals per key, keys in natural order so output is stable. */
    static List<ForceTotals> group(List<Unit> units, Function<Unit, String> key) {
        Map<String, List<Unit>> groups = new TreeMap<>();
        for (Unit unit : units) {
            groups.computeIfAbsent(key.apply(unit), k -> new ArrayList<>()).add(unit);
        }
        return groups.entrySet().stream().map(e -> total(e.getKey(), e.getValue())).toList();
    }

    private static List<ScenarioSummary.KindCount> nodesByKind(Scenario scenario) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Node node : scenario.network().nodes()) {
            counts.merge(node.kind().label(), 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> new ScenarioSummary.KindCount(e.getKey(), e.getValue())).toList();
    }

    private static List<ModeTotals> linksByMode(Scenario scenario) {
        List<ModeTotals> rows = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            List<Link> links = scenario.network().links().stream().filter(l -> l.mode() == mode).toList();
            if (links.isEmpty()) {
                continue;
            }
            double km = links.stream().mapToDouble(Link::distanceKm).sum();
            List<Link> constrained = links.stream().filter(l -> Double.isFinite(l.capacityTonnesPerDay())).toList();
            double smallest = constrained.stream().mapToDouble(Link::capacityTonnesPerDay).min().orElse(Double.NaN);
            rows.add(new ModeTotals(mode.label(), links.size(), km, constrained.size(), smallest));
        }
        return rows;
    }

    private static ThreatSummary threat(Scenario scenario) {
        List<ForceTotals> areas = new ArrayList<>();
        for (AssemblyArea area : scenario.threat().assemblyAreas()) {
            List<Unit> units = area.units().stream().map(id -> unitOf(scenario, id)).toList();
            ForceTotals t = total(area.name(), units);
            areas.add(t);
        }
        List<ThreatSummary.AxisLine> axes = new ArrayList<>();
        for (Axis axis : scenario.threat().axes()) {
            List<NodeId> path = new ArrayList<>();
            scenario.threat().assemblyAreas().stream().filter(a -> a.id().equals(axis.from()))
                    .findFirst().ifPresent(a -> path.add(a.node()));
            path.addAll(axis.route());
            scenario.objective(axis.objective()).ifPresent(o -> path.add(o.node()));
            double km = 0;
            for (int i = 1; i < path.size(); i++) {
                GeoPoint a = scenario.network().node(path.get(i - 1)).map(Node::location).orElseThrow();
                GeoPoint b = scenario.network().node(path.get(i)).map(Node::location).orElseThrow();
                km += a.distanceKm(b);
            }
            String route = path.stream().map(NodeId::value).collect(Collectors.joining(" → "));
            axes.add(new ThreatSummary.AxisLine(axis.id().value(), axis.name(), axis.objective().value(), route, km));
        }
        return new ThreatSummary(scenario.threat().warningHours(), areas, axes);
    }

    private static ScenarioSummary.Provenance provenance(Scenario scenario) {
        List<Source> sources = Stream.of(
                        scenario.units().stream().map(Unit::source),
                        scenario.network().nodes().stream().map(Node::source),
                        scenario.network().links().stream().map(Link::source),
                        scenario.network().gaugeBreaks().stream().map(org.bulwark.model.GaugeBreak::source),
                        scenario.posture().stream().map(Placement::source),
                        scenario.reinforcements().stream().map(Reinforcement::source),
                        scenario.objectives().stream().map(org.bulwark.model.Objective::source))
                .flatMap(Function.identity())
                .toList();
        int estimates = (int) sources.stream().filter(Source::estimate).count();
        int unsourced = (int) sources.stream().filter(s -> s.reference().equals(Source.UNSTATED)).count();
        return new ScenarioSummary.Provenance(sources.size(), estimates, unsourced);
    }
}
