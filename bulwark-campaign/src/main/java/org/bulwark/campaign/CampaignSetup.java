package org.bulwark.campaign;

import org.bulwark.model.ReinforcementArrivals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import org.bulwark.model.AreaTerrain;
import org.bulwark.model.AssemblyArea;
import org.bulwark.model.AssemblyAreaId;
import org.bulwark.model.Axis;
import org.bulwark.model.AxisId;
import org.bulwark.model.Campaign;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Link;
import org.bulwark.model.Mode;
import org.bulwark.model.Nation;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.Objective;
import org.bulwark.model.ObjectiveId;
import org.bulwark.model.ParameterValue;
import org.bulwark.model.Placement;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.TerrainClass;
import org.bulwark.model.Uncertainty;
import org.bulwark.model.Unit;
import org.bulwark.model.UnitId;

/**
 * Compiles a scenario, its reinforcement arrivals and the parameter defaults into a
 * {@link CampaignModel} (docs/model.md, "Operational map" and "Forces"). Total: every problem
 * that is the scenario's fault comes back as a {@link CampaignProblem}, never as an exception.
 *
 * <p>The operational map is every node of the scenario (allied and adversary) joined by its
 * road links. An axis path is the shortest road path from the assembly area's node through each
 * route node in order to the objective's node.
 */
public final class CampaignSetup {
    private CampaignSetup() {
    }

    /**
     * @param defaults the bundled parameter values ({@code ReferenceData.bundled().campaignParameters()});
     *                 the scenario's {@code campaign.yaml} overrides them
     */
    public static CampaignCompilation compile(Scenario scenario, ReinforcementArrivals arrivals,
                                              Map<CampaignParameter, ParameterValue> defaults) {
        List<CampaignProblem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Campaign campaign = scenario.campaign();

        double[] parameters = effectiveParameters(campaign, defaults, problems);
        for (Uncertainty u : campaign.uncertainty()) {
            if (u.input() instanceof CampaignParameter p && campaign.parameters().containsKey(p)) {
                notes.add("parameter " + p.id() + " is set under parameters and also declared uncertain in campaign.yaml: "
                        + "each run draws it, so the fixed value " + campaign.parameters().get(p).value() + " is not used.");
            }
        }
        if (parameters[CampaignParameter.HOLD_RATIO.ordinal()] >= parameters[CampaignParameter.BREAKTHROUGH_RATIO.ordinal()]) {
            notes.add("hold_ratio (" + parameters[CampaignParameter.HOLD_RATIO.ordinal()] + ") is not below breakthrough_ratio ("
                    + parameters[CampaignParameter.BREAKTHROUGH_RATIO.ordinal()] + "): an opposed attack above the hold ratio "
                    + "advances at the full opposed rate at once (no ramp).");
        }
        RoadMap map = new RoadMap(scenario);

        // Objectives: each must be a node with a road.
        List<Objective> objectives = scenario.objectives();
        ObjectiveId[] objectiveIds = new ObjectiveId[objectives.size()];
        double[][] distanceFrom = new double[objectives.size()][];
        Map<Integer, Integer> objectiveAtNode = new HashMap<>();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            objectiveIds[o] = objective.id();
            Integer node = map.index.get(objective.node());
            if (node == null) {
                problems.add(new CampaignProblem("objective '" + objective.id().value() + "'",
                        "node '" + objective.node().value() + "' is not in the network.",
                        "Maybe add the node to nodes.csv or place the objective at an existing node."));
            } else if (!map.hasRoad(node)) {
                problems.add(new CampaignProblem("objective '" + objective.id().value() + "'",
                        "node '" + objective.node().value() + "' has no road link, so it is not on the operational map.",
                        "Maybe add a road link to it in links.csv."));
            } else {
                distanceFrom[o] = map.distances(node);
                objectiveAtNode.putIfAbsent(node, o);
            }
        }

        // Axes and the attacking combat value on each.
        Map<AssemblyAreaId, AssemblyArea> areas = new LinkedHashMap<>();
        scenario.threat().assemblyAreas().forEach(area -> areas.put(area.id(), area));
        Map<AssemblyAreaId, Integer> axesPerArea = new HashMap<>();
        scenario.threat().axes().forEach(axis -> axesPerArea.merge(axis.from(), 1, Integer::sum));
        List<Axis> axes = scenario.threat().axes();
        int nAxes = axes.size();
        AxisId[] axisIds = new AxisId[nAxes];
        List<List<NodeId>> paths = new ArrayList<>();
        double[][] segmentEndKm = new double[nAxes][];
        byte[][] segmentTerrain = new byte[nAxes][];
        boolean[][] segmentRiver = new boolean[nAxes][];
        double[] attackerCv = new double[nAxes];
        int[][] axisObjectives = new int[nAxes][];
        double[][] axisObjectiveKm = new double[nAxes][];
        Terrain terrain = new Terrain(campaign);
        for (int a = 0; a < nAxes; a++) {
            Axis axis = axes.get(a);
            axisIds[a] = axis.id();
            String subject = "axis '" + axis.id().value() + "'";
            AssemblyArea area = areas.get(axis.from());
            Objective objective = scenario.objective(axis.objective()).orElse(null);
            if (area == null) {
                problems.add(new CampaignProblem(subject, "assembly area '" + axis.from().value() + "' is not defined.",
                        "Maybe add it to threat.yaml assembly_areas."));
            }
            if (objective == null) {
                problems.add(new CampaignProblem(subject, "objective '" + axis.objective().value() + "' is not defined.",
                        "Maybe add it to objectives.yaml."));
            }
            if (area == null || objective == null) {
                paths.add(List.of());
                continue;
            }
            attackerCv[a] = areaCombatValue(scenario, area, subject, problems) / axesPerArea.get(axis.from());
            List<NodeId> waypoints = new ArrayList<>();
            waypoints.add(area.node());
            waypoints.addAll(axis.route());
            waypoints.add(objective.node());
            List<Integer> path = map.path(waypoints, subject, problems);
            if (path == null) {
                paths.add(List.of());
                continue;
            }
            paths.add(path.stream().map(i -> map.nodes.get(i).id()).toList());
            int segments = path.size() - 1;
            segmentEndKm[a] = new double[segments];
            segmentTerrain[a] = new byte[segments];
            segmentRiver[a] = new boolean[segments];
            double km = 0;
            List<Integer> onPath = new ArrayList<>();
            List<Double> onPathKm = new ArrayList<>();
            addObjective(objectiveAtNode.get(path.get(0)), 0, onPath, onPathKm);
            for (int s = 0; s < segments; s++) {
                km += map.edgeKm(path.get(s), path.get(s + 1));
                segmentEndKm[a][s] = km;
                NodeId entered = map.nodes.get(path.get(s + 1)).id();
                segmentTerrain[a][s] = (byte) terrain.of(entered).ordinal();
                segmentRiver[a][s] = terrain.river(entered);
                addObjective(objectiveAtNode.get(path.get(s + 1)), km, onPath, onPathKm);
            }
            axisObjectives[a] = onPath.stream().mapToInt(Integer::intValue).toArray();
            axisObjectiveKm[a] = onPathKm.stream().mapToDouble(Double::doubleValue).toArray();
        }

        // Adversary nodes: no position there, and defenders never march through them.
        boolean[] hostileNodes = new boolean[map.nodes.size()];
        for (int node = 0; node < hostileNodes.length; node++) {
            hostileNodes[node] = hostile(scenario, map.nodes.get(node));
        }
        // Defended positions: the allied nodes on the axis paths after the assembly area.
        Map<Integer, Integer> positionAtNode = new LinkedHashMap<>();
        int[][] axisPositions = new int[nAxes][];
        double[][] axisPositionKm = new double[nAxes][];
        for (int a = 0; a < nAxes; a++) {
            List<NodeId> path = paths.get(a);
            List<Integer> onPath = new ArrayList<>();
            List<Double> onPathKm = new ArrayList<>();
            for (int s = 1; s < path.size(); s++) {
                NodeId id = path.get(s);
                int node = map.index.get(id);
                if (hostileNodes[node] || onPath.contains(positionAtNode.get(node))) {
                    continue;
                }
                int position = positionAtNode.computeIfAbsent(node, k -> positionAtNode.size());
                onPath.add(position);
                onPathKm.add(segmentEndKm[a][s - 1]);
            }
            axisPositions[a] = onPath.stream().mapToInt(Integer::intValue).toArray();
            axisPositionKm[a] = onPathKm.stream().mapToDouble(Double::doubleValue).toArray();
        }
        NodeId[] positionNodes = new NodeId[positionAtNode.size()];
        double[][] positionDistance = new double[positionAtNode.size()][];
        for (Map.Entry<Integer, Integer> e : positionAtNode.entrySet()) {
            positionNodes[e.getValue()] = map.nodes.get(e.getKey()).id();
            positionDistance[e.getValue()] = map.distancesAvoiding(e.getKey(), hostileNodes);
        }

        // For every node with a road: the nearest objective (ties: the objective listed first) and
        // every position it reaches by road, nearest first (ties: the position seen first).
        Map<NodeId, CampaignModel.NodeReach> reach = new HashMap<>();
        for (int node = 0; node < map.nodes.size(); node++) {
            if (!map.hasRoad(node)) {
                continue;
            }
            int nearest = -1;
            double nearestKm = Double.POSITIVE_INFINITY;
            for (int o = 0; o < objectives.size(); o++) {
                if (distanceFrom[o] != null && distanceFrom[o][node] < nearestKm) {
                    nearest = o;
                    nearestKm = distanceFrom[o][node];
                }
            }
            final int from = node;
            Integer[] reachable = java.util.stream.IntStream.range(0, positionNodes.length)
                    .filter(q -> positionDistance[q][from] < Double.POSITIVE_INFINITY).boxed()
                    .sorted(java.util.Comparator.comparingDouble((Integer q) -> positionDistance[q][from])
                            .thenComparingInt(q -> q))
                    .toArray(Integer[]::new);
            int[] positions = new int[reachable.length];
            double[] positionKm = new double[reachable.length];
            for (int i = 0; i < reachable.length; i++) {
                positions[i] = reachable[i];
                positionKm[i] = positionDistance[reachable[i]][from];
            }
            reach.put(map.nodes.get(node).id(), new CampaignModel.NodeReach(nearest, nearestKm, positions, positionKm));
        }

        // Defenders: the posture from hour 0, reinforcements from their arrival.
        Map<UnitId, NodeId> location = new LinkedHashMap<>();
        Map<UnitId, Double> arrival = new HashMap<>();
        Map<UnitId, Boolean> delayed = new HashMap<>();
        for (Placement placement : scenario.posture()) {
            location.put(placement.unit(), placement.location());
            arrival.put(placement.unit(), 0.0);
            delayed.put(placement.unit(), false);
        }
        for (Reinforcement r : scenario.reinforcements()) {
            if (location.containsKey(r.unit())) {
                notes.add("unit " + r.unit().value() + " is in the posture and also a reinforcement; it fights from its"
                        + " posture location from hour 0.");
                continue;
            }
            OptionalDouble hour = arrivals.of(r.unit());
            location.put(r.unit(), r.destination());
            arrival.put(r.unit(), hour.orElse(Double.POSITIVE_INFINITY));
            delayed.put(r.unit(), true);
            if (hour.isEmpty()) {
                notes.add("reinforcement " + r.unit().value() + " never arrives in the deployment plan and takes no part.");
            }
        }
        List<UnitId> defenderIds = new ArrayList<>();
        List<double[]> defenderRows = new ArrayList<>();
        List<CampaignModel.NodeReach> defenderReach = new ArrayList<>();
        for (Map.Entry<UnitId, NodeId> entry : location.entrySet()) {
            Unit unit = scenario.unit(entry.getKey()).orElse(null);
            if (unit == null) {
                problems.add(new CampaignProblem("unit '" + entry.getKey().value() + "'", "is not defined.",
                        "Maybe add it to units.csv."));
                continue;
            }
            boolean adversary = scenario.nation(unit.nation()).map(Nation::role).map(r -> !r.isDefender()).orElse(false);
            if (adversary) {
                notes.add("unit " + unit.id().value() + " belongs to an adversary nation and does not defend.");
                continue;
            }
            boolean fighter = scenario.unitType(unit.type()).map(t -> t.category() == org.bulwark.model.UnitCategory.FIGHTER_SQUADRON)
                    .orElse(false);
            if (fighter) {
                // air power acts through the theatre's sortie rates, not as ground combat value (issue 14)
                notes.add("unit " + unit.id().value() + " is a fighter squadron: air power acts through the sortie rates of "
                        + "the campaign parameters, not as a ground defender, so it is not in any defence.");
                continue;
            }
            CampaignModel.NodeReach r = reach.get(entry.getValue());
            double nearestKm = r == null ? Double.POSITIVE_INFINITY : r.nearestPositionKm();
            double radius = parameters[CampaignParameter.DEFENCE_RADIUS_KM.ordinal()];
            if (nearestKm == Double.POSITIVE_INFINITY) {
                notes.add("unit " + unit.id().value() + " at " + entry.getValue().value()
                        + " has no road to any defended position (an allied node on an axis) and takes no part.");
            } else if (nearestKm > radius) {
                notes.add(String.format(java.util.Locale.ROOT, "unit %s at %s is %.0f km by road from the nearest "
                        + "defended position, beyond defence_radius_km (%.0f km): a reserve that never fights.",
                        unit.id().value(), entry.getValue().value(), nearestKm, radius));
            }
            defenderIds.add(unit.id());
            defenderRows.add(new double[] {unit.combatValue(), arrival.get(unit.id()), delayed.get(unit.id()) ? 1 : 0});
            defenderReach.add(r);
        }
        if (!problems.isEmpty()) {
            return new CampaignCompilation.Invalid(problems);
        }
        int n = defenderIds.size();
        double[] cv = new double[n];
        double[] arrive = new double[n];
        boolean[] isDelayed = new boolean[n];
        int[][] candidates = new int[n][];
        double[][] candidateKm = new double[n][];
        for (int u = 0; u < n; u++) {
            double[] row = defenderRows.get(u);
            cv[u] = row[0];
            arrive[u] = row[1];
            isDelayed[u] = row[2] != 0;
            CampaignModel.NodeReach r = defenderReach.get(u);
            candidates[u] = r == null ? new int[0] : r.positions();
            candidateKm[u] = r == null ? new double[0] : r.positionKm();
        }
        return new CampaignCompilation.Ready(new CampaignModel(campaign.days(), campaign.stepHours(),
                scenario.threat().warningHours(), parameters,
                campaign.uncertainty().toArray(new Uncertainty[0]), axisIds, paths, segmentEndKm,
                segmentTerrain, segmentRiver, attackerCv, axisObjectives, axisObjectiveKm, objectiveIds, positionNodes,
                axisPositions, axisPositionKm, defenderIds.toArray(new UnitId[0]), cv, arrive, isDelayed, candidates,
                candidateKm, reach), notes);
    }

    /** A node of an adversary nation: the attack starts from there, no defender stands there. */
    private static boolean hostile(Scenario scenario, Node node) {
        return scenario.nation(node.nation()).map(Nation::role).map(r -> !r.isDefender()).orElse(false);
    }

    private static void addObjective(Integer objective, double km, List<Integer> onPath, List<Double> onPathKm) {
        if (objective != null && !onPath.contains(objective)) {
            onPath.add(objective);
            onPathKm.add(km);
        }
    }

    private static double[] effectiveParameters(Campaign campaign, Map<CampaignParameter, ParameterValue> defaults,
                                                List<CampaignProblem> problems) {
        Map<CampaignParameter, ParameterValue> effective = new EnumMap<>(CampaignParameter.class);
        effective.putAll(defaults);
        effective.putAll(campaign.parameters());
        double[] values = new double[CampaignParameter.values().length];
        for (CampaignParameter p : CampaignParameter.values()) {
            ParameterValue value = effective.get(p);
            boolean drawn = campaign.uncertainty(p).isPresent();
            if (value == null && !drawn) {
                problems.add(new CampaignProblem("parameter '" + p.id() + "'", "has no value: no default and no override.",
                        "Maybe set it under parameters in campaign.yaml."));
            } else if (value != null && (value.value() < p.min() || value.value() > p.max())) {
                problems.add(new CampaignProblem("parameter '" + p.id() + "'", "value " + value.value()
                        + " is outside [" + p.min() + ", " + p.max() + "] " + p.unit() + ".", ""));
            } else {
                values[p.ordinal()] = value == null ? Double.NaN : value.value();
            }
        }
        return values;
    }

    private static double areaCombatValue(Scenario scenario, AssemblyArea area, String subject,
                                          List<CampaignProblem> problems) {
        double total = 0;
        for (UnitId id : area.units()) {
            Unit unit = scenario.unit(id).orElse(null);
            if (unit == null) {
                problems.add(new CampaignProblem(subject, "assembly area '" + area.id().value() + "' lists unit '"
                        + id.value() + "', which is not defined.", "Maybe add it to units.csv."));
            } else {
                total += unit.combatValue();
            }
        }
        return total;
    }

    /** Terrain and river flag per node: terrain.csv, else the campaign's default terrain. */
    private static final class Terrain {
        private final Map<NodeId, AreaTerrain> byNode = new HashMap<>();
        private final TerrainClass fallback;

        Terrain(Campaign campaign) {
            campaign.terrain().forEach(t -> byNode.putIfAbsent(t.node(), t));
            fallback = campaign.defaultTerrain();
        }

        TerrainClass of(NodeId node) {
            AreaTerrain t = byNode.get(node);
            return t == null ? fallback : t.terrain();
        }

        boolean river(NodeId node) {
            AreaTerrain t = byNode.get(node);
            return t != null && t.river();
        }
    }

    /** The road graph over every node of the scenario, with Dijkstra shortest paths in km. */
    private static final class RoadMap {
        final List<Node> nodes;
        final Map<NodeId, Integer> index = new HashMap<>();
        final int[][] neighbours;
        final double[][] km;

        RoadMap(Scenario scenario) {
            nodes = scenario.network().nodes();
            for (int i = 0; i < nodes.size(); i++) {
                index.put(nodes.get(i).id(), i);
            }
            List<List<int[]>> adjacency = new ArrayList<>();
            List<List<Double>> lengths = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                adjacency.add(new ArrayList<>());
                lengths.add(new ArrayList<>());
            }
            for (Link link : scenario.network().links()) {
                if (link.mode() != Mode.ROAD) {
                    continue;
                }
                int from = index.get(link.from());
                int to = index.get(link.to());
                adjacency.get(from).add(new int[] {to});
                lengths.get(from).add(link.distanceKm());
                adjacency.get(to).add(new int[] {from});
                lengths.get(to).add(link.distanceKm());
            }
            neighbours = new int[nodes.size()][];
            km = new double[nodes.size()][];
            for (int i = 0; i < nodes.size(); i++) {
                neighbours[i] = adjacency.get(i).stream().mapToInt(e -> e[0]).toArray();
                km[i] = lengths.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            }
        }

        boolean hasRoad(int node) {
            return neighbours[node].length > 0;
        }

        double edgeKm(int from, int to) {
            double best = Double.POSITIVE_INFINITY;
            for (int e = 0; e < neighbours[from].length; e++) {
                if (neighbours[from][e] == to) {
                    best = Math.min(best, km[from][e]);
                }
            }
            return best;
        }

        double[] distances(int source) {
            return dijkstra(source, new int[nodes.size()], null);
        }

        /** Road km from {@code source} to every node on paths that never pass through a blocked node. */
        double[] distancesAvoiding(int source, boolean[] blocked) {
            return dijkstra(source, new int[nodes.size()], blocked);
        }

        private double[] dijkstra(int source, int[] previous) {
            return dijkstra(source, previous, null);
        }

        private double[] dijkstra(int source, int[] previous, boolean[] blocked) {
            double[] dist = new double[nodes.size()];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(previous, -1);
            dist[source] = 0;
            PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
            queue.add(new double[] {0, source});
            while (!queue.isEmpty()) {
                double[] top = queue.poll();
                int v = (int) top[1];
                if (top[0] > dist[v]) {
                    continue;
                }
                for (int e = 0; e < neighbours[v].length; e++) {
                    int w = neighbours[v][e];
                    if (blocked != null && blocked[w]) {
                        continue;
                    }
                    double d = dist[v] + km[v][e];
                    if (d < dist[w]) {
                        dist[w] = d;
                        previous[w] = v;
                        queue.add(new double[] {d, w});
                    }
                }
            }
            return dist;
        }

        /** The shortest road path through the waypoints in order, or null with a problem. */
        List<Integer> path(List<NodeId> waypoints, String subject, List<CampaignProblem> problems) {
            List<Integer> path = new ArrayList<>();
            boolean ok = true;
            for (NodeId waypoint : waypoints) {
                if (!index.containsKey(waypoint)) {
                    problems.add(new CampaignProblem(subject, "node '" + waypoint.value() + "' is not in the network.",
                            "Maybe correct the route or add the node to nodes.csv."));
                    ok = false;
                }
            }
            if (!ok) {
                return null;
            }
            path.add(index.get(waypoints.get(0)));
            int[] previous = new int[nodes.size()];
            for (int i = 1; i < waypoints.size(); i++) {
                int from = index.get(waypoints.get(i - 1));
                int to = index.get(waypoints.get(i));
                if (from == to) {
                    continue;
                }
                double[] dist = dijkstra(from, previous);
                if (dist[to] == Double.POSITIVE_INFINITY) {
                    problems.add(new CampaignProblem(subject, "there is no road path from '" + waypoints.get(i - 1).value()
                            + "' to '" + waypoints.get(i).value() + "'.",
                            "Maybe add a road link between them in links.csv or change the axis route."));
                    return null;
                }
                List<Integer> leg = new ArrayList<>();
                for (int v = to; v != from; v = previous[v]) {
                    leg.add(v);
                }
                for (int j = leg.size() - 1; j >= 0; j--) {
                    path.add(leg.get(j));
                }
            }
            return path;
        }
    }
}
