package org.bulwark.campaign;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.bulwark.model.AxisId;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.NodeId;
import org.bulwark.model.ObjectiveId;
import org.bulwark.model.TerrainClass;
import org.bulwark.model.Uncertainty;
import org.bulwark.model.UnitId;

/**
 * A scenario compiled for the campaign engine: primitive arrays indexed by axis, objective and
 * defending unit, so that a replication runs without allocating. Immutable once built by
 * {@link CampaignSetup}; the arrays never leave the package.
 */
public final class CampaignModel {
    final double days;
    final double stepHours;
    final double warningHours;
    /** Effective parameter values by {@link CampaignParameter#ordinal()}. */
    final double[] parameters;
    final Uncertainty[] uncertainties;

    final AxisId[] axisIds;
    final List<List<NodeId>> axisPaths;
    /** Cumulative road km at the end of each segment of the axis path (segment i enters path node i + 1). */
    final double[][] segmentEndKm;
    /** Terrain ordinal of the node each segment enters. */
    final byte[][] segmentTerrain;
    final boolean[][] segmentRiver;
    final double[] attackerCv;
    /** Objectives on each axis path in path order, and their km along it. */
    final int[][] axisObjectives;
    final double[][] axisObjectiveKm;
    final long[] axisStreams;

    final ObjectiveId[] objectiveIds;

    final UnitId[] defenderIds;
    final double[] defenderCv;
    /** Planned hours since C-day when the unit is in place: 0 for the posture, +∞ when it never arrives. */
    final double[] defenderArrival;
    /** True for reinforcements, whose arrival takes the arrival-delay draw. */
    final boolean[] defenderDelayed;
    /** True when {@link #defenderArrival} counts from D-day (added forces), false from C-day. */
    final boolean[] defenderFromD;
    /**
     * True for forces added at a chosen place (requirement search, comparisons): they hold the
     * position nearest to it whatever the doctrine would choose.
     */
    final boolean[] defenderPlaced;
    /** Positions each defender can reach by road from where it arrives, nearest first, and their km. */
    final int[][] defenderCandidates;
    final double[][] defenderCandidateKm;
    final long[] defenderStreams;
    /**
     * Defended positions: the distinct allied nodes on the axis paths after the assembly areas,
     * where defenders stand and the attack meets them (docs/model.md, "Manoeuvre").
     */
    final NodeId[] positionNodes;
    /** Positions on each axis path in path order, and their km along it. */
    final int[][] axisPositions;
    final double[][] axisPositionKm;
    /** For each position, the axes whose path holds it, and its index on each (derived from {@link #axisPositions}). */
    final int[][] positionAxes;
    final int[][] positionIndexOnAxis;
    /** For every node with a road: the nearest objective by road (−1 when none), and the positions it reaches. */
    final Map<NodeId, NodeReach> reach;

    /**
     * What a node reaches by road: the nearest objective (−1 when none) and its km, and every
     * position it can reach, nearest first, with its km.
     */
    record NodeReach(int objective, double km, int[] positions, double[] positionKm) {
        /** Road km to the nearest position, +∞ when none is reachable. */
        double nearestPositionKm() {
            return positionKm.length == 0 ? Double.POSITIVE_INFINITY : positionKm[0];
        }
    }

    CampaignModel(double days, double stepHours, double warningHours, double[] parameters,
                  Uncertainty[] uncertainties, AxisId[] axisIds, List<List<NodeId>> axisPaths,
                  double[][] segmentEndKm, byte[][] segmentTerrain, boolean[][] segmentRiver, double[] attackerCv,
                  int[][] axisObjectives, double[][] axisObjectiveKm, ObjectiveId[] objectiveIds,
                  NodeId[] positionNodes, int[][] axisPositions, double[][] axisPositionKm,
                  UnitId[] defenderIds, double[] defenderCv, double[] defenderArrival, boolean[] defenderDelayed,
                  int[][] defenderCandidates, double[][] defenderCandidateKm, Map<NodeId, NodeReach> reach) {
        this(days, stepHours, warningHours, parameters, uncertainties, axisIds, axisPaths, segmentEndKm, segmentTerrain,
                segmentRiver, attackerCv, axisObjectives, axisObjectiveKm, objectiveIds, positionNodes, axisPositions,
                axisPositionKm, defenderIds, defenderCv, defenderArrival, defenderDelayed, new boolean[defenderIds.length],
                new boolean[defenderIds.length], defenderCandidates, defenderCandidateKm, reach);
    }

    private CampaignModel(double days, double stepHours, double warningHours, double[] parameters,
                          Uncertainty[] uncertainties, AxisId[] axisIds, List<List<NodeId>> axisPaths,
                          double[][] segmentEndKm, byte[][] segmentTerrain, boolean[][] segmentRiver, double[] attackerCv,
                          int[][] axisObjectives, double[][] axisObjectiveKm, ObjectiveId[] objectiveIds,
                          NodeId[] positionNodes, int[][] axisPositions, double[][] axisPositionKm,
                          UnitId[] defenderIds, double[] defenderCv, double[] defenderArrival, boolean[] defenderDelayed,
                          boolean[] defenderFromD, boolean[] defenderPlaced, int[][] defenderCandidates,
                          double[][] defenderCandidateKm, Map<NodeId, NodeReach> reach) {
        this.days = days;
        this.stepHours = stepHours;
        this.warningHours = warningHours;
        this.parameters = parameters;
        this.uncertainties = uncertainties;
        this.axisIds = axisIds;
        this.axisPaths = List.copyOf(axisPaths);
        this.segmentEndKm = segmentEndKm;
        this.segmentTerrain = segmentTerrain;
        this.segmentRiver = segmentRiver;
        this.attackerCv = attackerCv;
        this.axisObjectives = axisObjectives;
        this.axisObjectiveKm = axisObjectiveKm;
        this.objectiveIds = objectiveIds;
        this.defenderIds = defenderIds;
        this.defenderCv = defenderCv;
        this.defenderArrival = defenderArrival;
        this.defenderDelayed = defenderDelayed;
        this.defenderFromD = defenderFromD;
        this.defenderPlaced = defenderPlaced;
        this.reach = Map.copyOf(reach);
        this.positionNodes = positionNodes;
        this.axisPositions = axisPositions;
        this.axisPositionKm = axisPositionKm;
        int[] count = new int[positionNodes.length];
        for (int[] onAxis : axisPositions) {
            for (int q : onAxis) {
                count[q]++;
            }
        }
        this.positionAxes = new int[positionNodes.length][];
        this.positionIndexOnAxis = new int[positionNodes.length][];
        for (int q = 0; q < positionNodes.length; q++) {
            positionAxes[q] = new int[count[q]];
            positionIndexOnAxis[q] = new int[count[q]];
            count[q] = 0;
        }
        for (int a = 0; a < axisPositions.length; a++) {
            for (int i = 0; i < axisPositions[a].length; i++) {
                int q = axisPositions[a][i];
                positionAxes[q][count[q]] = a;
                positionIndexOnAxis[q][count[q]++] = i;
            }
        }
        this.defenderCandidates = defenderCandidates;
        this.defenderCandidateKm = defenderCandidateKm;
        this.axisStreams = new long[axisIds.length];
        for (int a = 0; a < axisIds.length; a++) {
            axisStreams[a] = RandomStreams.LUCK_STREAMS + 2L * (axisIds[a].value().hashCode() & 0xFFFFFFFFL);
        }
        this.defenderStreams = new long[defenderIds.length];
        for (int u = 0; u < defenderIds.length; u++) {
            defenderStreams[u] = RandomStreams.DELAY_STREAMS + (defenderIds[u].value().hashCode() & 0xFFFFFFFFL);
        }
    }

    /** Campaign length after D-day, days. */
    public double days() {
        return days;
    }

    public double stepHours() {
        return stepHours;
    }

    /** The scenario's warning time (C-day to D-day) when it is not drawn. */
    public double warningHours() {
        return warningHours;
    }

    /** A parameter's effective value (scenario override, else the bundled default). */
    public double parameter(CampaignParameter parameter) {
        return parameters[parameter.ordinal()];
    }

    /** The inputs drawn per replication, in scenario order. */
    public List<Uncertainty> uncertainties() {
        return List.of(uncertainties);
    }

    public List<AxisId> axes() {
        return List.of(axisIds);
    }

    /** The road path of an axis, assembly area first, objective last. */
    public List<NodeId> path(int axis) {
        return axisPaths.get(axis);
    }

    /** Road length of an axis path, km. */
    public double pathKm(int axis) {
        double[] ends = segmentEndKm[axis];
        return ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    /** Combat value attacking along an axis at D-day, before the effectiveness multiplier. */
    public double attackerCv(int axis) {
        return attackerCv[axis];
    }

    /** The terrain of the node segment {@code segment} of the axis enters. */
    public TerrainClass segmentTerrain(int axis, int segment) {
        return TerrainClass.values()[segmentTerrain[axis][segment]];
    }

    public List<ObjectiveId> objectives() {
        return List.of(objectiveIds);
    }

    public List<UnitId> defenders() {
        return List.of(defenderIds);
    }

    /**
     * Total defending combat value that can take part at the effective defence radius: units that
     * arrive and are within {@code defence_radius_km} of a defended position by road.
     */
    public double defenderCv() {
        double radius = parameter(CampaignParameter.DEFENCE_RADIUS_KM);
        double total = 0;
        for (int u = 0; u < defenderCv.length; u++) {
            if (defenderCandidateKm[u].length > 0 && defenderCandidateKm[u][0] <= radius
                    && defenderArrival[u] < Double.POSITIVE_INFINITY) {
                total += defenderCv[u];
            }
        }
        return total;
    }

    /**
     * This model with more defenders: each defends the objective nearest to its node by road,
     * is in place from its arrival time and takes no arrival-delay draw. Everything else,
     * including every random stream of the existing inputs, is unchanged, so the two models
     * compare with common random numbers.
     *
     * @throws IllegalArgumentException when a node is not on the operational map (no road) or an id is taken
     */
    public CampaignModel withAddedDefenders(List<AddedDefender> added) {
        int n = defenderIds.length;
        int total = n + added.size();
        UnitId[] ids = Arrays.copyOf(defenderIds, total);
        double[] cv = Arrays.copyOf(defenderCv, total);
        double[] arrive = Arrays.copyOf(defenderArrival, total);
        boolean[] isDelayed = Arrays.copyOf(defenderDelayed, total);
        boolean[] fromD = Arrays.copyOf(defenderFromD, total);
        boolean[] placed = Arrays.copyOf(defenderPlaced, total);
        int[][] candidates = Arrays.copyOf(defenderCandidates, total);
        double[][] candidateKm = Arrays.copyOf(defenderCandidateKm, total);
        Set<UnitId> taken = new HashSet<>(Arrays.asList(defenderIds));
        for (int i = 0; i < added.size(); i++) {
            AddedDefender d = added.get(i);
            NodeReach r = reach.get(d.node());
            if (r == null) {
                throw new IllegalArgumentException("node '" + d.node().value() + "' of added defender '" + d.id().value()
                        + "' has no road, so it is not on the operational map");
            }
            if (!taken.add(d.id())) {
                throw new IllegalArgumentException("defender id '" + d.id().value() + "' is already taken");
            }
            int u = n + i;
            ids[u] = d.id();
            cv[u] = d.combatValue();
            arrive[u] = d.arrival().hours();
            fromD[u] = d.arrival().fromD();
            placed[u] = true;
            candidates[u] = r.positions();
            candidateKm[u] = r.positionKm();
        }
        return new CampaignModel(days, stepHours, warningHours, parameters, uncertainties, axisIds, axisPaths,
                segmentEndKm, segmentTerrain, segmentRiver, attackerCv, axisObjectives, axisObjectiveKm, objectiveIds,
                positionNodes, axisPositions, axisPositionKm, ids, cv, arrive, isDelayed, fromD, placed, candidates,
                candidateKm, reach);
    }

    /**
     * This model ending {@code horizonDays} after D-day. The engine is causal, so every outcome
     * up to the horizon is the same as in the full campaign; used to stop replications early.
     */
    CampaignModel withDays(double horizonDays) {
        if (!(horizonDays > 0) || horizonDays > days) {
            throw new IllegalArgumentException("horizon must be in (0, " + days + "] days, was " + horizonDays);
        }
        return new CampaignModel(horizonDays, stepHours, warningHours, parameters, uncertainties, axisIds, axisPaths,
                segmentEndKm, segmentTerrain, segmentRiver, attackerCv, axisObjectives, axisObjectiveKm, objectiveIds,
                positionNodes, axisPositions, axisPositionKm, defenderIds, defenderCv, defenderArrival, defenderDelayed,
                defenderFromD, defenderPlaced, defenderCandidates, defenderCandidateKm, reach);
    }

    /** The defended positions: allied nodes on the axis paths, in first-seen order. */
    public List<NodeId> positions() {
        return List.of(positionNodes);
    }

    /**
     * Where a defender goes when nothing has been taken yet, by the doctrine of docs/model.md
     * ("Forces"; {@link Doctrine}), at the point values of the parameters: the position, the road km
     * to it and the planned hour it is in position
     * (hours since C-day, or since D-day when {@code fromD}; before any arrival-delay draw).
     */
    public record Stand(UnitId unit, NodeId position, double km, double combatValue, double inPositionHour,
                        boolean fromD) {
    }

    /**
     * Each defender that arrives and has a position within the radius, with where it goes, taking the
     * units in the order they arrive. A run can differ: a unit whose position is taken before it gets
     * there goes elsewhere, and drawn radius, march rate, hold ratio and delays move it.
     */
    public List<Stand> stands() {
        double radius = parameter(CampaignParameter.DEFENCE_RADIUS_KM);
        double march = parameter(CampaignParameter.DEFENDER_MARCH_KM_PER_HOUR);
        double[] sent = new double[axisIds.length];
        double[] need = new double[axisIds.length];
        Doctrine.need(attackerCv, parameter(CampaignParameter.HOLD_RATIO), need);
        boolean[] taken = new boolean[positionNodes.length];
        Integer[] order = new Integer[defenderIds.length];
        for (int u = 0; u < order.length; u++) {
            order[u] = u;
        }
        java.util.function.IntToDoubleFunction available = u -> defenderArrival[u] + (defenderFromD[u] ? warningHours : 0);
        java.util.function.IntToDoubleFunction nearest = u -> defenderCandidateKm[u].length == 0 ? Double.POSITIVE_INFINITY
                : defenderCandidateKm[u][0];
        Arrays.sort(order, (u, v) -> {
            int c = Doctrine.order(available.applyAsDouble(u), nearest.applyAsDouble(u), available.applyAsDouble(v),
                    nearest.applyAsDouble(v));
            return c != 0 ? c : Integer.compare(u, v);
        });
        Stand[] byUnit = new Stand[defenderIds.length];
        for (int u : order) {
            if (defenderArrival[u] == Double.POSITIVE_INFINITY) {
                continue;
            }
            int i = defenderPlaced[u] ? Doctrine.nearest(defenderCandidates[u], defenderCandidateKm[u], radius, taken)
                    : Doctrine.choose(defenderCandidates[u], defenderCandidateKm[u], radius, taken, positionAxes, sent, need);
            if (i < 0) {
                continue;
            }
            int q = defenderCandidates[u][i];
            Doctrine.send(q, defenderCv[u], 1, positionAxes, sent);
            double km = defenderCandidateKm[u][i];
            byUnit[u] = new Stand(defenderIds[u], positionNodes[q], km, defenderCv[u], defenderArrival[u] + km / march,
                    defenderFromD[u]);
        }
        List<Stand> stands = new java.util.ArrayList<>();
        for (Stand s : byUnit) {
            if (s != null) {
                stands.add(s);
            }
        }
        return stands;
    }

    /** The axes whose path holds a position node, in axis order. */
    public List<AxisId> axesThrough(NodeId position) {
        List<AxisId> through = new java.util.ArrayList<>();
        for (int a = 0; a < axisIds.length; a++) {
            for (int q : axisPositions[a]) {
                if (positionNodes[q].equals(position)) {
                    through.add(axisIds[a]);
                }
            }
        }
        return through;
    }

    /** Road km from a node to the nearest defended position, if the node has a road and one is reachable. */
    public OptionalDouble nearestPositionKm(NodeId node) {
        NodeReach r = reach.get(node);
        return r == null || r.positions().length == 0 ? OptionalDouble.empty() : OptionalDouble.of(r.positionKm()[0]);
    }

    /** The objective nearest to a node by road, if the node has a road and one is reachable. */
    public Optional<ObjectiveId> nearestObjective(NodeId node) {
        NodeReach r = reach.get(node);
        return r == null || r.objective() < 0 ? Optional.empty()
                : Optional.of(objectiveIds[r.objective()]);
    }
}
