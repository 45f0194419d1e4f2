package org.bulwark.deploy.planner;

import org.bulwark.deploy.Elements;

import org.bulwark.deploy.Bottleneck;
import org.bulwark.deploy.Bound;
import org.bulwark.deploy.Closure;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Leg;
import org.bulwark.deploy.LegKind;
import org.bulwark.deploy.Movement;
import org.bulwark.deploy.MovementStatus;
import org.bulwark.deploy.Objective;
import org.bulwark.deploy.UnreachableReason;
import org.bulwark.deploy.Utilisation;
import org.bulwark.deploy.network.PlanningNetwork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.Placement;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Unit;

/** Turns the planner's arrays into the public {@link DeploymentPlan} records. */
final class PlanAssembler {
    private PlanAssembler() {
    }

    static DeploymentPlan assemble(Schedule schedule, Preparation prep, List<Bottleneck> bottlenecks, Objective objective,
                                   Bound bound) {
        PlanningNetwork net = schedule.net;
        List<Movement> movements = new ArrayList<>(net.unitCount);
        for (int u = 0; u < net.unitCount; u++) {
            movements.add(movement(net, prep, u, schedule.plans[u]));
        }
        return new DeploymentPlan(net.step, net.periods, movements, closures(net, schedule),
                utilisation(net, schedule), bottlenecks, objective, bound);
    }

    private static Movement movement(PlanningNetwork net, Preparation prep, int u, UnitPlan p) {
        Reinforcement r = net.reinforcements.get(u);
        Unit unit = net.units[u];
        List<Leg> legs = new ArrayList<>(p.legCount);
        if (p.outcome == UnitPlan.PLANNED) {
            for (int i = 0; i < p.legCount; i++) {
                int where = p.legWhere[i];
                if (p.legKind[i] == UnitPlan.MOVE) {
                    legs.add(new Leg(i, LegKind.MOVE, Optional.of(net.mode(where)), net.nodeIds[net.arcTail[where]],
                            net.nodeIds[net.arcHead[where]], Optional.of(net.links.get(where / 2).id()),
                            p.legDepart[i], p.legArrive[i], p.legFirstArrive[i],
                            elements(p, p.legElements[i], p.legElements[i + 1])));
                } else {
                    LegKind kind = p.legKind[i] == UnitPlan.TRANSFER ? LegKind.TRANSFER : LegKind.TRANSSHIP;
                    legs.add(new Leg(i, kind, Optional.empty(), net.nodeIds[where], net.nodeIds[where], Optional.empty(),
                            p.legDepart[i], p.legArrive[i], p.legFirstArrive[i],
                            elements(p, p.legElements[i], p.legElements[i + 1])));
                }
            }
        }
        MovementStatus status;
        OptionalDouble arrive = OptionalDouble.empty();
        OptionalDouble first = OptionalDouble.empty();
        double late = 0;
        Optional<UnreachableReason> reason = Optional.empty();
        String detail = "";
        switch (p.outcome) {
            case UnitPlan.PLANNED, UnitPlan.AT_HOME -> {
                arrive = OptionalDouble.of(p.arrival);
                first = OptionalDouble.of(p.outcome == UnitPlan.AT_HOME ? p.arrival : p.firstArrival);
                late = Math.max(0, p.arrival - net.required[u]);
                status = late > 0 ? MovementStatus.LATE : MovementStatus.ON_TIME;
                if (late > 0) {
                    detail = lateDetail(net, prep, u, p, late);
                }
            }
            case UnitPlan.EXHAUSTED -> {
                status = MovementStatus.UNREACHABLE;
                reason = Optional.of(UnreachableReason.CAPACITY_EXHAUSTED);
                double alone = prep.criticalArrival[u];
                detail = alone == Double.POSITIVE_INFINITY
                        ? String.format(Locale.ROOT, "even alone on the network no route to %s arrives within the planning horizon (%.1f h)",
                                r.destination(), net.horizon)
                        : String.format(Locale.ROOT, "no arrival at %s fits within the planning horizon (%.1f h) with the capacity left;"
                                + " alone on the network it would arrive at %.1f h", r.destination(), net.horizon, alone);
            }
            default -> {
                status = MovementStatus.UNREACHABLE;
                reason = Optional.of(p.reason);
                detail = p.reasonDetail;
            }
        }
        double rsoi = p.outcome == UnitPlan.AT_HOME ? 0 : rsoiHours(net.scenario, unit);
        return new Movement(unit.id(), net.scenario.origin(r), r.destination(), net.available[u], r.requiredHour(), r.priority(),
                net.tonnes[u], legs, status, arrive, late, reason, detail, first, rsoi, net.scenario.personnelArrivalHour(r));
    }

    /** The unit type's RSOI hours; 0 when the scenario has no catalogue entry for the type. */
    static double rsoiHours(org.bulwark.model.Scenario scenario, Unit unit) {
        return scenario.unitType(unit.type()).map(org.bulwark.model.UnitType::rsoiHours).orElse(0.0);
    }

    private static String lateDetail(PlanningNetwork net, Preparation prep, int u, UnitPlan p, double late) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "late by %.1f h", late));
        double alone = prep.criticalArrival[u];
        if (alone > net.required[u]) {
            s.append(String.format(Locale.ROOT, "; even alone on the network it arrives at %.1f h", alone));
        }
        if (p.longestWaitRes >= 0 && p.longestWait >= 0.05) { // rounding leaves hundredths of an hour
            s.append(String.format(Locale.ROOT, "; waited %.1f h for %s", p.longestWait,
                    net.resource(p.longestWaitRes).describe()));
        }
        return s.toString();
    }

    private static List<Closure> closures(PlanningNetwork net, Schedule schedule) {
        // region → hour → (units, personnel, combat value) added then
        Map<String, TreeMap<Double, double[]>> steps = new TreeMap<>();
        for (Placement placement : net.scenario.posture()) {
            Optional<Unit> unit = net.scenario.unit(placement.unit());
            if (unit.isEmpty()) {
                continue;
            }
            add(steps, regionOf(net, placement.location()), 0.0, unit.get());
        }
        for (int u = 0; u < net.unitCount; u++) {
            UnitPlan p = schedule.plans[u];
            if (p.arrived()) {
                // in place: closure plus reception, staging and onward movement (as the campaign counts it)
                double rsoi = p.outcome == UnitPlan.AT_HOME ? 0 : rsoiHours(net.scenario, net.units[u]);
                add(steps, regionOf(net, net.reinforcements.get(u).destination()), p.arrival + rsoi, net.units[u]);
            }
        }
        List<Closure> closures = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Double, double[]>> region : steps.entrySet()) {
            List<Closure.Point> points = new ArrayList<>();
            double units = 0;
            double personnel = 0;
            double combat = 0;
            if (!region.getValue().containsKey(0.0)) {
                points.add(new Closure.Point(0, 0, 0, 0));
            }
            for (Map.Entry<Double, double[]> step : region.getValue().entrySet()) {
                units += step.getValue()[0];
                personnel += step.getValue()[1];
                combat += step.getValue()[2];
                points.add(new Closure.Point(step.getKey(), (int) units, (long) personnel, combat));
            }
            closures.add(new Closure(region.getKey(), points));
        }
        return closures;
    }

    private static void add(Map<String, TreeMap<Double, double[]>> steps, String region, double hour, Unit unit) {
        double[] v = steps.computeIfAbsent(region, k -> new TreeMap<>()).computeIfAbsent(Math.max(0, hour), k -> new double[3]);
        v[0] += 1;
        v[1] += unit.personnel();
        v[2] += unit.combatValue();
    }

    private static String regionOf(PlanningNetwork net, NodeId node) {
        Optional<Node> n = net.scenario.network().node(node);
        return n.flatMap(Node::region).map(id -> id.value()).orElse(node.value());
    }

    /**
     * Sums the plan's consumption per resource and period. The entries are gathered per resource
     * first (in unit order, so each period's sum adds in the same order as the commits took) and
     * summed in one reused row: at the large preset a row per resource used would be about
     * 100 MB of zeroed arrays for a few hundred thousand entries.
     */
    private static List<Utilisation> utilisation(PlanningNetwork net, Schedule schedule) {
        int[] start = new int[net.resourceCount + 1];
        for (UnitPlan p : schedule.plans) {
            if (p.outcome == UnitPlan.PLANNED) {
                Consumption c = p.consumption;
                for (int i = 0; i < c.size; i++) {
                    start[c.res[i] + 1]++;
                }
            }
        }
        for (int r = 0; r < net.resourceCount; r++) {
            start[r + 1] += start[r];
        }
        int[] next = Arrays.copyOf(start, net.resourceCount);
        int[] period = new int[start[net.resourceCount]];
        double[] tonnes = new double[period.length];
        for (UnitPlan p : schedule.plans) {
            if (p.outcome == UnitPlan.PLANNED) {
                Consumption c = p.consumption;
                for (int i = 0; i < c.size; i++) {
                    int at = next[c.res[i]]++;
                    period[at] = c.period[i];
                    tonnes[at] = c.tonnes[i];
                }
            }
        }
        double[] row = new double[net.periods];
        List<Utilisation> out = new ArrayList<>();
        for (int r = 0; r < net.resourceCount; r++) {
            if (start[r] == start[r + 1]) {
                continue;
            }
            for (int i = start[r]; i < start[r + 1]; i++) {
                row[period[i]] += tonnes[i];
            }
            int[] used = Arrays.stream(period, start[r], start[r + 1]).distinct().sorted().toArray();
            List<Utilisation.PeriodUse> periods = new ArrayList<>(used.length);
            for (int j : used) {
                if (row[j] > 0) {
                    periods.add(new Utilisation.PeriodUse(j, row[j]));
                }
                row[j] = 0;
            }
            out.add(new Utilisation(net.resource(r), net.capacityPerPeriod[r], periods));
        }
        return out;
    }

    /** The elements {@code from} (inclusive) to {@code to} of a unit plan's element log. */
    private static Elements elements(UnitPlan p, int from, int to) {
        return Elements.copyOfRange(p.elBegin, p.elEnd, p.elTonnes, p.elArrive, from, to);
    }
}
