package org.bulwark.campaign;

import java.util.List;
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
    /** Nearest objective by road from where the unit fights, −1 when none is reachable. */
    final int[] defenderObjective;
    final double[] defenderObjectiveKm;
    final long[] defenderStreams;
    /** Defenders whose nearest objective is each objective. */
    final int[][] objectiveDefenders;

    CampaignModel(double days, double stepHours, double warningHours, double[] parameters,
                  Uncertainty[] uncertainties, AxisId[] axisIds, List<List<NodeId>> axisPaths,
                  double[][] segmentEndKm, byte[][] segmentTerrain, boolean[][] segmentRiver, double[] attackerCv,
                  int[][] axisObjectives, double[][] axisObjectiveKm, ObjectiveId[] objectiveIds,
                  UnitId[] defenderIds, double[] defenderCv, double[] defenderArrival, boolean[] defenderDelayed,
                  int[] defenderObjective, double[] defenderObjectiveKm) {
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
        this.defenderObjective = defenderObjective;
        this.defenderObjectiveKm = defenderObjectiveKm;
        this.axisStreams = new long[axisIds.length];
        for (int a = 0; a < axisIds.length; a++) {
            axisStreams[a] = RandomStreams.LUCK_STREAMS + 2L * (axisIds[a].value().hashCode() & 0xFFFFFFFFL);
        }
        this.defenderStreams = new long[defenderIds.length];
        for (int u = 0; u < defenderIds.length; u++) {
            defenderStreams[u] = RandomStreams.DELAY_STREAMS + (defenderIds[u].value().hashCode() & 0xFFFFFFFFL);
        }
        int[] counts = new int[objectiveIds.length];
        for (int o : defenderObjective) {
            if (o >= 0) {
                counts[o]++;
            }
        }
        this.objectiveDefenders = new int[objectiveIds.length][];
        for (int o = 0; o < counts.length; o++) {
            objectiveDefenders[o] = new int[counts[o]];
            counts[o] = 0;
        }
        for (int u = 0; u < defenderObjective.length; u++) {
            int o = defenderObjective[u];
            if (o >= 0) {
                objectiveDefenders[o][counts[o]++] = u;
            }
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
     * arrive and are within {@code defence_radius_km} of an objective by road.
     */
    public double defenderCv() {
        double radius = parameter(CampaignParameter.DEFENCE_RADIUS_KM);
        double total = 0;
        for (int u = 0; u < defenderCv.length; u++) {
            if (defenderObjective[u] >= 0 && defenderObjectiveKm[u] <= radius
                    && defenderArrival[u] < Double.POSITIVE_INFINITY) {
                total += defenderCv[u];
            }
        }
        return total;
    }
}
