package org.bulwark.deploy.planner;

import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.network.PlanningNetwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bulwark.model.Link;
import org.bulwark.model.LinkId;
import org.bulwark.model.Mode;
import org.bulwark.model.NationRole;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Scenario;
import org.bulwark.model.UnitId;

/**
 * Evaluates a plan given as routes and an order — a planted plan, say — under the planner's own
 * rules: each unit in turn is committed along its route with the planner's walk
 * ({@code ArrivalSearch.commit}) on the capacity the units before it left ({@code Residuals}), as
 * the planner commits the routes its searches find. The result is a {@link DeploymentPlan} with the
 * planner's objective and bound, which {@link org.bulwark.deploy.check.PlanChecker} can check like any other.
 *
 * <p>Pure and deterministic: no I/O, no clock; the threads only speed up the bound's critical paths.
 */
public final class RouteReplay {
    private RouteReplay() {
    }

    /** One reinforcement's route: the unit and the links from its home to its destination, in order. */
    public record Route(UnitId unit, List<LinkId> links) {
        public Route {
            Objects.requireNonNull(unit, "unit");
            links = List.copyOf(links);
        }
    }

    /**
     * The plan, or the problems with the routes when there are any (then no plan): an unknown unit
     * or link, a link that does not continue the route, an item too heavy for a link, a gauge change
     * where there is no gauge break, a route that does not end at the destination, a unit listed
     * twice or a unit that must move and has no route.
     */
    public record Result(Optional<DeploymentPlan> plan, List<String> problems) {
        public Result {
            Objects.requireNonNull(plan, "plan");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Commits {@code routes} in their order on {@code scenario}'s network with {@code options}' time
     * step, horizon and lift elements. A unit whose route no longer fits in the planning horizon is
     * {@code capacity_exhausted}, as in the planner.
     */
    public static Result replay(Scenario scenario, PlannerOptions options, List<Route> routes) {
        Objects.requireNonNull(routes, "routes");
        Replayer replayer = replayer(scenario, options);
        List<String> problems = new ArrayList<>();
        Set<Integer> given = new HashSet<>();
        int[] order = new int[routes.size()];
        int[][] arcs = new int[routes.size()][];
        for (int i = 0; i < routes.size(); i++) {
            Route route = routes.get(i);
            Integer u = replayer.reinforcementOf.get(route.unit());
            if (u == null) {
                problems.add(i + ": unit " + route.unit() + " does not reinforce");
                continue;
            }
            if (replayer.twice.contains(route.unit())) {
                problems.add(i + ": unit " + route.unit() + " has more than one reinforcement; a route cannot say which");
                continue;
            }
            if (!given.add(u)) {
                problems.add(i + ": unit " + route.unit() + " has a route already");
                continue;
            }
            order[i] = u;
            arcs[i] = arcs(replayer.net, replayer.linkIndex, u, route, problems, "route " + i);
        }
        PlanningNetwork net = replayer.net;
        for (int u = 0; u < net.unitCount; u++) {
            if (replayer.prep.fixedOutcome[u] == UnitPlan.PLANNED && !given.contains(u)) {
                problems.add("unit " + net.units[u].id() + " must move and has no route");
            }
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        for (int i = 0; i < order.length; i++) {
            if (replayer.prep.fixedOutcome[order[i]] == UnitPlan.PLANNED) { // else at home: checked above
                replayer.commit(order[i], arcs[i]);
            }
        }
        return new Result(Optional.of(replayer.plan()), List.of());
    }

    /**
     * A replayer on {@code scenario}'s network, compiled once: routes can be committed one at a
     * time and taken back again, last first — what a search over orders and routes needs
     * ({@link org.bulwark.deploy.reference.ExhaustiveReference}).
     */
    public static Replayer replayer(Scenario scenario, PlannerOptions options) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(options, "options");
        return new Replayer(scenario, options);
    }

    /**
     * Routes committed one at a time, each on the capacity the ones before it left, under the
     * planner's own rules, and undone last first. Not thread-safe.
     */
    public static final class Replayer {
        private final PlanningNetwork net;
        private final Preparation prep;
        private final Schedule schedule;
        private final Map<LinkId, Integer> linkIndex = new HashMap<>();
        private final Map<UnitId, Integer> reinforcementOf = new HashMap<>();
        private final Set<UnitId> twice = new HashSet<>();
        private final Map<Route, int[]> checked = new HashMap<>();
        private final int[] committed;
        private final boolean[] placed;
        private int depth;

        private Replayer(Scenario scenario, PlannerOptions options) {
            net = new PlanningNetwork(scenario, options);
            for (int l = 0; l < net.links.size(); l++) {
                linkIndex.put(net.links.get(l).id(), l);
            }
            for (int u = 0; u < net.unitCount; u++) {
                if (reinforcementOf.put(net.units[u].id(), u) != null) {
                    twice.add(net.units[u].id());
                }
            }
            prep = new Preparation(net, options.threads());
            schedule = new Schedule(net, new Residuals(net), prep);
            committed = new int[net.unitCount];
            placed = new boolean[net.unitCount];
        }

        /** The units that must move (not at home, with a legal route), in the planner's construction order. */
        public List<UnitId> unitsToMove() {
            List<UnitId> units = new ArrayList<>();
            for (int u : prep.order) {
                units.add(net.units[u].id());
            }
            return units;
        }

        /** The problems with {@code route} for its unit, as {@link #replay} words them; empty when it can be committed. */
        public List<String> problems(Route route) {
            List<String> problems = new ArrayList<>();
            Integer u = reinforcementOf.get(Objects.requireNonNull(route, "route").unit());
            if (u == null || twice.contains(route.unit())) {
                problems.add("unit " + route.unit() + " is not one reinforcement");
            } else if (prep.fixedOutcome[u] != UnitPlan.PLANNED) {
                problems.add("unit " + route.unit() + " does not move");
            } else if (!checked.containsKey(route)) {
                int[] arcs = arcs(net, linkIndex, u, route, problems, "route");
                if (arcs != null) {
                    checked.put(route, arcs);
                }
            }
            return problems;
        }

        /**
         * Commits {@code route} on the capacity left and returns its unit's weighted late hours
         * (horizon-late when the route no longer fits in the horizon).
         *
         * @throws IllegalArgumentException when the route has {@link #problems} or its unit is committed already
         */
        public double commit(Route route) {
            List<String> problems = problems(route);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            int u = reinforcementOf.get(route.unit());
            if (placed[u]) {
                throw new IllegalArgumentException("unit " + route.unit() + " is committed already");
            }
            return commit(u, checked.get(route));
        }

        private double commit(int u, int[] arcs) {
            schedule.place(u, arcs);
            placed[u] = true;
            committed[depth++] = u;
            return schedule.weightedLateness(u);
        }

        /** Takes the last committed route back, giving its capacity back. */
        public void undo() {
            if (depth == 0) {
                throw new IllegalStateException("nothing committed");
            }
            int u = committed[--depth];
            schedule.remove(u);
            schedule.plans[u].clearLegs();
            schedule.plans[u].outcome = UnitPlan.EXHAUSTED;
            placed[u] = false;
        }

        /**
         * A lower bound on {@code unit}'s weighted late hours in any plan: its lateness alone on
         * the empty network (the planner's critical path).
         */
        public double weightedLateHoursAlone(UnitId unit) {
            int u = reinforcementOf.get(Objects.requireNonNull(unit, "unit"));
            double alone = prep.criticalArrival[u];
            // a unit that cannot close in the horizon even alone is counted late until the horizon, as in the objective
            return Double.isNaN(alone) ? 0 : Math.max(0, Math.min(alone, net.horizon) - net.required[u]) / net.priority[u];
        }

        /** The plan of the routes committed, which must be one for every unit that moves. */
        public DeploymentPlan plan() {
            for (int u : prep.order) {
                if (!placed[u]) {
                    throw new IllegalStateException("unit " + net.units[u].id() + " has no route committed");
                }
            }
            return PlanAssembler.assemble(schedule, prep, List.of(), schedule.objective(), prep.bound);
        }
    }

    /** The route's arcs from the unit's home, or null with a problem added. */
    private static int[] arcs(PlanningNetwork net, Map<LinkId, Integer> linkIndex, int u, Route route, List<String> problems,
                              String i) {
        UnitId unit = route.unit();
        int y = net.home[u];
        if (y < 0 || net.destination[u] < 0) {
            problems.add(i + ": unit " + unit + " has its home or destination off the network");
            return null;
        }
        if (y == net.destination[u]) {
            if (!route.links().isEmpty()) {
                problems.add(i + ": unit " + unit + " is at its destination already and takes no links");
                return null;
            }
            return new int[0];
        }
        int[] arcs = new int[route.links().size()];
        Mode mode = null;
        RailGauge gauge = null; // null on rail: either gauge so far
        for (int j = 0; j < arcs.length; j++) {
            LinkId id = route.links().get(j);
            Integer l = linkIndex.get(id);
            if (l == null) {
                problems.add(i + " (" + unit + "): link " + id + " is not in the network");
                return null;
            }
            int arc = net.arcTail[2 * l] == y ? 2 * l : net.arcTail[2 * l + 1] == y ? 2 * l + 1 : -1;
            if (arc < 0) {
                problems.add(i + " (" + unit + "): link " + id + " does not leave " + net.nodeIds[y]);
                return null;
            }
            if (hostile(net, net.arcHead[arc]) || hostile(net, y)) {
                problems.add(i + " (" + unit + "): link " + id + " touches adversary territory");
                return null;
            }
            if (net.arcWeightLimit[arc] < net.heaviest[u]) {
                problems.add(i + " (" + unit + "): link " + id + " carries " + net.arcWeightLimit[arc]
                        + " t items at most, the unit's heaviest is " + net.heaviest[u] + " t");
                return null;
            }
            Link link = net.links.get(l);
            RailGauge g2 = link.gauge().orElse(null);
            if (link.mode() == Mode.RAIL) {
                boolean change = mode == Mode.RAIL && g2 != RailGauge.DUAL && gauge != null && gauge != g2;
                if (change && net.gaugeBreakRes[y] < 0) {
                    problems.add(i + " (" + unit + "): the gauge changes at " + net.nodeIds[y] + ", which has no gauge break");
                    return null;
                }
                if (mode != Mode.RAIL) {
                    gauge = g2 == RailGauge.DUAL ? null : g2;
                } else if (g2 != RailGauge.DUAL) {
                    gauge = g2;
                }
            }
            mode = link.mode();
            arcs[j] = arc;
            y = net.arcHead[arc];
        }
        if (y != net.destination[u]) {
            problems.add(i + " (" + unit + "): ends at " + net.nodeIds[y] + ", not at its destination "
                    + net.nodeIds[net.destination[u]]);
            return null;
        }
        return arcs;
    }

    private static boolean hostile(PlanningNetwork net, int v) {
        return net.scenario.nation(net.scenario.network().nodes().get(v).nation())
                .map(nation -> nation.role() == NationRole.ADVERSARY).orElse(false);
    }
}
