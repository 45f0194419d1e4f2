package org.bulwark.scenario.generate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bulwark.model.AssemblyArea;
import org.bulwark.model.Axis;
import org.bulwark.model.ForceTier;
import org.bulwark.model.GaugeBreak;
import org.bulwark.model.Link;
import org.bulwark.model.Mode;
import org.bulwark.model.Nation;
import org.bulwark.model.NationRole;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.Objective;
import org.bulwark.model.Placement;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.Unit;
import org.bulwark.model.UnitId;

/**
 * What a validator would check on a scenario, as a slow, independent reference: each method
 * returns the violations it finds (empty when the scenario is sound). Test code only.
 */
final class ScenarioInvariants {
    private ScenarioInvariants() {
    }

    /** Every violation, one line each. */
    static List<String> violations(Scenario s) {
        List<String> out = new ArrayList<>();
        uniqueIds(s, out);
        references(s, out);
        gauges(s, out);
        forces(s, out);
        reachability(s, out);
        weightLimits(s, out);
        return out;
    }

    static void uniqueIds(Scenario s, List<String> out) {
        unique("nation", s.nations(), n -> n.code().value(), out);
        unique("unit type", s.unitTypes(), t -> t.id().value(), out);
        unique("unit", s.units(), u -> u.id().value(), out);
        unique("region", s.regions(), r -> r.id().value(), out);
        unique("node", s.network().nodes(), n -> n.id().value(), out);
        unique("link", s.network().links(), l -> l.id().value(), out);
        unique("gauge break", s.network().gaugeBreaks(), g -> g.node().value(), out);
        unique("objective", s.objectives(), o -> o.id().value(), out);
        unique("assembly area", s.threat().assemblyAreas(), a -> a.id().value(), out);
        unique("axis", s.threat().axes(), a -> a.id().value(), out);
        unique("posture unit", s.posture(), p -> p.unit().value(), out);
        unique("reinforced unit", s.reinforcements(), r -> r.unit().value(), out);
    }

    private static <T> void unique(String kind, List<T> values, Function<T, String> id, List<String> out) {
        Set<String> seen = new HashSet<>();
        for (T value : values) {
            if (!seen.add(id.apply(value))) {
                out.add("duplicate " + kind + " id " + id.apply(value));
            }
        }
    }

    static void references(Scenario s, List<String> out) {
        for (Node node : s.network().nodes()) {
            requireNation(s, node.nation().value(), "node " + node.id(), out);
            node.region().ifPresent(r -> {
                if (s.region(r).isEmpty()) {
                    out.add("node " + node.id() + ": unknown region " + r);
                }
            });
        }
        for (Link link : s.network().links()) {
            requireNode(s, link.from(), "link " + link.id() + ".from", out);
            requireNode(s, link.to(), "link " + link.id() + ".to", out);
        }
        for (GaugeBreak gaugeBreak : s.network().gaugeBreaks()) {
            requireNode(s, gaugeBreak.node(), "gauge break", out);
        }
        for (Unit unit : s.units()) {
            requireNation(s, unit.nation().value(), "unit " + unit.id(), out);
            if (s.unitType(unit.type()).isEmpty()) {
                out.add("unit " + unit.id() + ": unknown type " + unit.type());
            }
            requireNode(s, unit.home(), "unit " + unit.id() + ".home", out);
        }
        for (Placement placement : s.posture()) {
            requireUnit(s, placement.unit(), "posture", out);
            requireNode(s, placement.location(), "posture " + placement.unit() + ".location", out);
        }
        for (Reinforcement r : s.reinforcements()) {
            requireUnit(s, r.unit(), "reinforcement", out);
            requireNode(s, r.destination(), "reinforcement " + r.unit() + ".destination", out);
        }
        for (Objective objective : s.objectives()) {
            requireNode(s, objective.node(), "objective " + objective.id(), out);
        }
        Set<String> areas = new HashSet<>();
        for (AssemblyArea area : s.threat().assemblyAreas()) {
            areas.add(area.id().value());
            requireNode(s, area.node(), "assembly area " + area.id(), out);
            for (UnitId unitId : area.units()) {
                requireUnit(s, unitId, "assembly area " + area.id(), out);
                s.unit(unitId).ifPresent(u -> {
                    if (role(s, u) != NationRole.ADVERSARY) {
                        out.add("assembly area " + area.id() + ": unit " + unitId + " is not an adversary unit");
                    }
                });
            }
        }
        for (Axis axis : s.threat().axes()) {
            if (!areas.contains(axis.from().value())) {
                out.add("axis " + axis.id() + ": unknown assembly area " + axis.from());
            }
            if (s.objective(axis.objective()).isEmpty()) {
                out.add("axis " + axis.id() + ": unknown objective " + axis.objective());
            }
            for (NodeId node : axis.route()) {
                requireNode(s, node, "axis " + axis.id() + ".route", out);
            }
        }
    }

    private static void requireNation(Scenario s, String code, String where, List<String> out) {
        if (s.nations().stream().noneMatch(n -> n.code().value().equals(code))) {
            out.add(where + ": unknown nation " + code);
        }
    }

    private static void requireNode(Scenario s, NodeId node, String where, List<String> out) {
        if (s.network().node(node).isEmpty()) {
            out.add(where + ": unknown node " + node);
        }
    }

    private static void requireUnit(Scenario s, UnitId unit, String where, List<String> out) {
        if (s.unit(unit).isEmpty()) {
            out.add(where + ": unknown unit " + unit);
        }
    }

    private static NationRole role(Scenario s, Unit unit) {
        return s.nation(unit.nation()).map(Nation::role).orElse(null);
    }

    /** Every node where a 1435 mm link meets a 1520 mm link holds a gauge break. */
    static void gauges(Scenario s, List<String> out) {
        for (Node node : s.network().nodes()) {
            boolean standard = false;
            boolean broad = false;
            for (Link link : s.network().linksAt(node.id())) {
                standard |= link.gauge().equals(java.util.Optional.of(RailGauge.STANDARD_1435));
                broad |= link.gauge().equals(java.util.Optional.of(RailGauge.BROAD_1520));
            }
            if (standard && broad && s.network().gaugeBreakAt(node.id()).isEmpty()) {
                out.add("node " + node.id() + ": 1435 mm meets 1520 mm without a gauge break");
            }
        }
    }

    static void forces(Scenario s, List<String> out) {
        Set<UnitId> inPlace = new HashSet<>();
        s.posture().forEach(p -> inPlace.add(p.unit()));
        Set<UnitId> reinforcing = new HashSet<>();
        double horizon = s.info().horizonHours();
        for (Reinforcement r : s.reinforcements()) {
            reinforcing.add(r.unit());
            if (r.requiredHour() < r.availableHour()) {
                out.add("reinforcement " + r.unit() + ": required before available");
            }
            if (r.requiredHour() > horizon) {
                out.add("reinforcement " + r.unit() + ": required hour " + r.requiredHour() + " beyond the horizon " + horizon);
            }
            s.unit(r.unit()).ifPresent(u -> {
                if (r.availableHour() != u.readiness().noticeHours()) {
                    out.add("reinforcement " + r.unit() + ": available hour " + r.availableHour()
                            + " is not the notice to move " + u.readiness().noticeHours());
                }
            });
        }
        for (Unit unit : s.units()) {
            ForceTier tier = unit.readiness().tier();
            double notice = unit.readiness().noticeDays();
            if (!tier.admits(notice)) {
                out.add("unit " + unit.id() + ": notice " + notice + " outside " + tier.label());
            }
            if (tier != ForceTier.IN_PLACE && tier != ForceTier.ofNoticeDays(notice)) {
                out.add("unit " + unit.id() + ": tier " + tier.label() + " disagrees with notice " + notice);
            }
            boolean placed = inPlace.contains(unit.id());
            if (placed && reinforcing.contains(unit.id())) {
                out.add("unit " + unit.id() + " is in the posture and reinforces");
            }
            if ((tier == ForceTier.IN_PLACE) != placed) {
                out.add("unit " + unit.id() + ": tier " + tier.label() + " but in posture = " + placed);
            }
            if (role(s, unit) == NationRole.ADVERSARY && (placed || reinforcing.contains(unit.id()))) {
                out.add("adversary unit " + unit.id() + " is in the posture or reinforces");
            }
        }
    }

    /** Every reinforcement's destination is reachable from the unit's home over links (BFS). */
    static void reachability(Scenario s, List<String> out) {
        Map<NodeId, Set<NodeId>> reachable = new HashMap<>();
        for (Reinforcement r : s.reinforcements()) {
            s.unit(r.unit()).ifPresent(u -> {
                Set<NodeId> from = reachable.computeIfAbsent(u.home(), home -> bfs(s, home));
                if (!from.contains(r.destination())) {
                    out.add("reinforcement " + r.unit() + ": " + r.destination() + " unreachable from " + u.home());
                }
            });
        }
    }

    private static Set<NodeId> bfs(Scenario s, NodeId start) {
        Set<NodeId> seen = new HashSet<>(List.of(start));
        ArrayDeque<NodeId> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            NodeId node = queue.poll();
            for (Link link : s.network().linksAt(node)) {
                NodeId next = link.other(node);
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    /** Each reinforcing unit's heaviest item fits at least one link at its home. */
    static void weightLimits(Scenario s, List<String> out) {
        for (Reinforcement r : s.reinforcements()) {
            s.unit(r.unit()).ifPresent(u -> {
                boolean fits = s.network().linksAt(u.home()).stream()
                        .anyMatch(l -> l.weightLimitTonnes() >= u.heaviestItemTonnes());
                if (!fits) {
                    out.add("unit " + u.id() + ": heaviest item " + u.heaviestItemTonnes() + " t fits no link at " + u.home());
                }
            });
        }
    }

    /**
     * The cheapest link of a minimum cut between the reinforcements' homes and destinations, in
     * tonnes per day (max flow by Edmonds–Karp over undirected links, node limits ignored).
     */
    static double cheapestCorridorTonnesPerDay(Scenario s) {
        List<Node> nodes = s.network().nodes();
        Map<NodeId, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        int source = nodes.size();
        int sink = source + 1;
        FlowGraph g = new FlowGraph(nodes.size() + 2);
        double unlimited = 1e18;
        for (Link link : s.network().links()) {
            double c = Double.isInfinite(link.capacityTonnesPerDay()) ? unlimited : link.capacityTonnesPerDay();
            g.addUndirected(index.get(link.from()), index.get(link.to()), c);
        }
        for (Reinforcement r : s.reinforcements()) {
            g.addArc(source, index.get(s.unit(r.unit()).orElseThrow().home()), unlimited);
            g.addArc(index.get(r.destination()), sink, unlimited);
        }
        double flow = g.maxFlow(source, sink);
        if (flow >= unlimited) {
            return Double.POSITIVE_INFINITY;
        }
        boolean[] sourceSide = g.residualReachable(source);
        double cheapest = Double.POSITIVE_INFINITY;
        for (Link link : s.network().links()) {
            if (sourceSide[index.get(link.from())] != sourceSide[index.get(link.to())]) {
                cheapest = Math.min(cheapest, link.capacityTonnesPerDay());
            }
        }
        return cheapest;
    }

    /** Adjacency-array residual graph for Edmonds–Karp. */
    private static final class FlowGraph {
        private final List<int[]> arcs = new ArrayList<>(); // {from, to}
        private final List<Double> residual = new ArrayList<>();
        private final List<List<Integer>> out;

        FlowGraph(int size) {
            out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(new ArrayList<>());
            }
        }

        void addArc(int from, int to, double capacity) {
            add(from, to, capacity);
            add(to, from, 0);
        }

        void addUndirected(int a, int b, double capacity) {
            add(a, b, capacity);
            add(b, a, capacity);
        }

        private void add(int from, int to, double capacity) {
            out.get(from).add(arcs.size());
            arcs.add(new int[] {from, to});
            residual.add(capacity);
        }

        /** Arcs are added in pairs, so an arc's reverse is its index xor 1. */
        double maxFlow(int source, int sink) {
            double total = 0;
            while (true) {
                int[] via = new int[out.size()];
                Arrays.fill(via, -1);
                ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(source));
                boolean[] seen = new boolean[out.size()];
                seen[source] = true;
                while (!queue.isEmpty() && !seen[sink]) {
                    int node = queue.poll();
                    for (int arc : out.get(node)) {
                        int to = arcs.get(arc)[1];
                        if (!seen[to] && residual.get(arc) > 1e-9) {
                            seen[to] = true;
                            via[to] = arc;
                            queue.add(to);
                        }
                    }
                }
                if (!seen[sink]) {
                    return total;
                }
                double push = Double.POSITIVE_INFINITY;
                for (int v = sink; v != source; v = arcs.get(via[v])[0]) {
                    push = Math.min(push, residual.get(via[v]));
                }
                if (push >= 1e18) {
                    return 1e18;
                }
                for (int v = sink; v != source; v = arcs.get(via[v])[0]) {
                    int arc = via[v];
                    residual.set(arc, residual.get(arc) - push);
                    residual.set(arc ^ 1, residual.get(arc ^ 1) + push);
                }
                total += push;
            }
        }

        boolean[] residualReachable(int source) {
            boolean[] seen = new boolean[out.size()];
            seen[source] = true;
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(source));
            while (!queue.isEmpty()) {
                int node = queue.poll();
                for (int arc : out.get(node)) {
                    int to = arcs.get(arc)[1];
                    if (!seen[to] && residual.get(arc) > 1e-9) {
                        seen[to] = true;
                        queue.add(to);
                    }
                }
            }
            return seen;
        }
    }

    static double reinforcementTonnes(Scenario s) {
        return s.reinforcements().stream().mapToDouble(r -> s.unit(r.unit()).orElseThrow().lift().tonnes()).sum();
    }

    static long count(Scenario s, Mode mode) {
        return s.network().links().stream().filter(l -> l.mode() == mode).count();
    }
}
