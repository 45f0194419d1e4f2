package org.bulwark.deploy.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.planner.RouteReplay;
import org.bulwark.deploy.planner.RouteReplay.Route;
import org.bulwark.model.Link;
import org.bulwark.model.NodeId;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.UnitId;

/**
 * The reference for tiny instances: the least weighted lateness over every order of the units that
 * move and every simple route of each, each route committed by the planner's own walk on the
 * capacity the units before it left ({@link RouteReplay.Replayer}). This is the family of plans the
 * planner builds — each unit takes the earliest stream its route allows behind the units committed
 * before it — searched completely by branch and bound, so it is exact over that family: the planner
 * can never construct a better plan by committing units one at a time, and its lower bound must not
 * exceed it (a plan in the family is a feasible plan). The planner's improvement phase re-plans
 * units in the middle of others and can, rarely, step outside the family and beat it;
 * {@code ExhaustiveReferenceTest} counts how often.
 *
 * <p>Tiny means a handful of moving units and routes: the search visits up to
 * {@code n! × routes^n} commits, pruned with each unit's lateness alone (its critical path). Work is
 * bounded by a commit budget, not a clock; a search that runs out says so ({@link Result#complete()}).
 * Pure and deterministic.
 */
public final class ExhaustiveReference {
    private ExhaustiveReference() {
    }

    /**
     * The best plan found: its weighted late hours, its routes in commit order, whether the search
     * was complete (every simple route of every unit considered and the budget not exhausted), and
     * the work done.
     */
    public record Result(double weightedLateHours, List<Route> routes, DeploymentPlan plan, boolean complete, long commits,
                         int routesConsidered) {
        public Result {
            Objects.requireNonNull(plan, "plan");
            routes = List.copyOf(routes);
        }
    }

    /**
     * Searches every order and route of {@code scenario}'s moving units with {@code options}' time
     * step and elements, considering at most {@code maxRoutesPerUnit} simple routes per unit (the
     * ones with the least total transit first) and at most {@code commitBudget} commits.
     *
     * @throws IllegalArgumentException when a unit that must move has no legal simple route (the
     *                                  planner's reachability says so first) or the limits are not positive
     */
    public static Result solve(Scenario scenario, PlannerOptions options, int maxRoutesPerUnit, long commitBudget) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(options, "options");
        if (maxRoutesPerUnit < 1 || commitBudget < 1) {
            throw new IllegalArgumentException("maxRoutesPerUnit and commitBudget must be positive");
        }
        RouteReplay.Replayer replayer = RouteReplay.replayer(scenario, options);
        List<UnitId> units = replayer.unitsToMove();
        Map<UnitId, Reinforcement> reinforcementOf = new HashMap<>();
        scenario.reinforcements().forEach(r -> reinforcementOf.put(r.unit(), r));
        Search search = new Search(replayer, units.size(), commitBudget);
        for (int i = 0; i < units.size(); i++) {
            UnitId unit = units.get(i);
            Reinforcement r = reinforcementOf.get(unit);
            List<Route> legal = new ArrayList<>();
            List<List<Link>> paths = simplePaths(scenario, scenario.origin(r), r.destination());
            if (paths.size() >= MAX_PATHS) {
                search.complete = false;
            }
            for (List<Link> path : paths) {
                Route route = new Route(unit, path.stream().map(Link::id).toList());
                if (replayer.problems(route).isEmpty()) {
                    legal.add(route);
                }
            }
            if (legal.isEmpty()) {
                throw new IllegalArgumentException("unit " + unit + " must move and has no legal simple route");
            }
            if (legal.size() > maxRoutesPerUnit) {
                search.complete = false;
                legal = legal.subList(0, maxRoutesPerUnit);
            }
            search.routes[i] = legal.toArray(Route[]::new);
            search.alone[i] = replayer.weightedLateHoursAlone(unit);
            search.routesConsidered += legal.size();
        }
        search.run(0, 0);
        if (search.best == null) { // the budget ran out before the first complete plan
            throw new IllegalArgumentException("commit budget " + commitBudget + " too small for " + units.size() + " units");
        }
        for (Route route : search.best) {
            replayer.commit(route);
        }
        DeploymentPlan plan = replayer.plan();
        return new Result(search.bestValue, List.of(search.best), plan, search.complete, search.commits, search.routesConsidered);
    }

    /** Depth-first over (unit, route) choices with the committed lateness plus every other unit's lateness alone as the bound. */
    private static final class Search {
        final RouteReplay.Replayer replayer;
        final Route[][] routes;
        final double[] alone;
        final boolean[] used;
        final Route[] current;
        final long budget;
        Route[] best;
        double bestValue = Double.POSITIVE_INFINITY;
        boolean complete = true;
        long commits;
        int routesConsidered;

        Search(RouteReplay.Replayer replayer, int n, long budget) {
            this.replayer = replayer;
            this.routes = new Route[n][];
            this.alone = new double[n];
            this.used = new boolean[n];
            this.current = new Route[n];
            this.budget = budget;
        }

        void run(int depth, double committed) {
            int n = routes.length;
            if (depth == n) {
                if (committed < bestValue - 1e-9) {
                    bestValue = committed;
                    best = current.clone();
                }
                return;
            }
            double rest = 0;
            for (int i = 0; i < n; i++) {
                if (!used[i]) {
                    rest += alone[i];
                }
            }
            for (int i = 0; i < n; i++) {
                if (used[i]) {
                    continue;
                }
                for (Route route : routes[i]) {
                    if (committed + rest >= bestValue - 1e-9) {
                        return; // nothing below can beat the best
                    }
                    if (commits >= budget) {
                        complete = false;
                        return;
                    }
                    commits++;
                    double late = replayer.commit(route);
                    used[i] = true;
                    current[depth] = route;
                    if (committed + late + rest - alone[i] < bestValue - 1e-9) {
                        run(depth + 1, committed + late);
                    }
                    used[i] = false;
                    replayer.undo();
                }
            }
        }
    }

    /**
     * Every simple path (no node twice) from {@code from} to {@code to}, links used either way, by
     * total transit hours and then link ids (the first {@value #MAX_PATHS} found, when there are
     * more). Links touching adversary nodes and other illegal routes
     * are left for {@link RouteReplay.Replayer#problems} to reject.
     */
    static List<List<Link>> simplePaths(Scenario scenario, NodeId from, NodeId to) {
        Map<NodeId, List<Link>> incident = new HashMap<>();
        for (Link link : scenario.network().links()) {
            incident.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
            incident.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
        }
        List<List<Link>> paths = new ArrayList<>();
        Set<NodeId> visited = new HashSet<>();
        visited.add(from);
        extend(incident, from, to, visited, new ArrayList<>(), paths);
        paths.sort(Comparator.<List<Link>>comparingDouble(p -> p.stream().mapToDouble(Link::transitHours).sum())
                .thenComparing(p -> p.stream().map(l -> l.id().value()).toList().toString()));
        return paths;
    }

    private static final int MAX_PATHS = 10_000;

    private static void extend(Map<NodeId, List<Link>> incident, NodeId at, NodeId to, Set<NodeId> visited, List<Link> path,
                               List<List<Link>> paths) {
        if (at.equals(to)) {
            paths.add(List.copyOf(path));
            return;
        }
        for (Link link : incident.getOrDefault(at, List.of())) {
            if (paths.size() >= MAX_PATHS) {
                return;
            }
            NodeId next = link.from().equals(at) ? link.to() : link.from();
            if (visited.add(next)) {
                path.add(link);
                extend(incident, next, to, visited, path, paths);
                path.remove(path.size() - 1);
                visited.remove(next);
            }
        }
    }
}
