package org.bulwark.deploy.planner;

import org.bulwark.deploy.UnreachableReason;
import org.bulwark.deploy.network.PlanningNetwork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Why a unit has no route at all, found with relaxed rules: first plain connectivity, then the
 * gauge rule alone, then the weight rule alone. A 0-1 shortest path that counts rule breaches
 * names the node or link that stands in the way.
 */
final class Reachability {
    private enum Rule { IGNORE, FORBID, COUNT }

    private static final int SUBSTATES = ArrivalSearch.SUBSTATES;

    /** Reason and sentence for an unreachable unit. */
    record Verdict(UnreachableReason reason, String detail) {
    }

    private final PlanningNetwork net;

    Reachability(PlanningNetwork net) {
        this.net = net;
    }

    /** The structural reason unit {@code u} cannot arrive, or null when a legal route exists. */
    Verdict classify(int u) {
        int home = net.home[u];
        int dest = net.destination[u];
        String from = home < 0 ? net.units[u].home().value() : net.nodeIds[home].value();
        String to = dest < 0 ? net.reinforcements.get(u).destination().value() : net.nodeIds[dest].value();
        if (home < 0 || dest < 0) {
            return new Verdict(UnreachableReason.NO_PATH, (home < 0 ? from : to) + " is not in the network");
        }
        List<Integer> events = new ArrayList<>();
        if (breaches(u, Rule.FORBID, Rule.FORBID, events) == 0) {
            return null;
        }
        if (breaches(u, Rule.IGNORE, Rule.IGNORE, events) < 0) {
            return new Verdict(UnreachableReason.NO_PATH, "no chain of links connects " + from + " to " + to);
        }
        events.clear();
        if (breaches(u, Rule.IGNORE, Rule.COUNT, events) > 0) {
            return new Verdict(UnreachableReason.GAUGE_BREAK_MISSING, "every route from " + from + " to " + to
                    + " changes rail gauge where there is no gauge break (" + nodes(events) + ")");
        }
        events.clear();
        String heavy = String.format(Locale.ROOT, "%.1f t", net.heaviest[u]);
        if (breaches(u, Rule.COUNT, Rule.IGNORE, events) > 0) {
            return new Verdict(UnreachableReason.TOO_HEAVY, "every route from " + from + " to " + to
                    + " crosses a link whose weight limit or lift element is below the heaviest item (" + heavy + "): "
                    + arcs(events));
        }
        events.clear();
        breaches(u, Rule.COUNT, Rule.FORBID, events);
        return new Verdict(UnreachableReason.TOO_HEAVY, "every route from " + from + " to " + to
                + " that keeps to the gauge breaks crosses a link whose weight limit or lift element is below the heaviest item ("
                + heavy + ")" + (events.isEmpty() ? "" : ": " + arcs(events)));
    }

    private String nodes(List<Integer> events) {
        List<String> names = new ArrayList<>();
        for (int v : events) {
            String id = "at " + net.nodeIds[v].value();
            if (!names.contains(id)) {
                names.add(id);
            }
        }
        return String.join(", ", names);
    }

    private String arcs(List<Integer> events) {
        List<String> names = new ArrayList<>();
        for (int e : events) {
            org.bulwark.model.Link link = net.links.get(e / 2);
            org.bulwark.model.LiftIncrements.Element element = net.scenario.network().increments().element(link.mode());
            String id = link.id().value() + (element.maxItemTonnes() < link.weightLimitTonnes()
                    ? String.format(Locale.ROOT, " (%s element: %s, %.1f t)", link.mode().label(), element.what(),
                            element.maxItemTonnes())
                    : String.format(Locale.ROOT, " (%.1f t)", net.arcWeightLimit[e]));
            if (!names.contains(id)) {
                names.add(id);
            }
        }
        return String.join(", ", names);
    }

    /**
     * Fewest counted breaches on any route under the rules (-1 when none exists even so); the
     * breaches of one such route go to {@code events} (arcs for weight, nodes for gauge).
     */
    private int breaches(int u, Rule weight, Rule gauge, List<Integer> events) {
        int states = net.nodeCount * SUBSTATES;
        int[] cost = new int[states];
        int[] parent = new int[states];
        int[] event = new int[states];
        Arrays.fill(cost, Integer.MAX_VALUE);
        java.util.ArrayDeque<Integer> deque = new java.util.ArrayDeque<>();
        int start = net.home[u] * SUBSTATES + ArrivalSearch.START;
        cost[start] = 0;
        parent[start] = -1;
        deque.addLast(start);
        int dest = net.destination[u];
        double heaviest = net.heaviest[u];
        boolean[] done = new boolean[states];
        while (!deque.isEmpty()) {
            int state = deque.pollFirst();
            if (done[state]) {
                continue;
            }
            done[state] = true;
            int y = state / SUBSTATES;
            int sub = state % SUBSTATES;
            if (y == dest && sub != ArrivalSearch.START) {
                for (int s = state; parent[s] >= 0; s = parent[s]) {
                    if (event[s] >= 0) {
                        events.add(0, event[s]);
                    }
                }
                return cost[state];
            }
            for (int i = net.outStart[y]; i < net.outStart[y + 1]; i++) {
                int e = net.outArcs[i];
                int step = 0;
                int ev = -1;
                if (net.arcWeightLimit[e] < heaviest) {
                    if (weight == Rule.FORBID) {
                        continue;
                    }
                    if (weight == Rule.COUNT) {
                        step++;
                        ev = e;
                    }
                }
                int m2 = net.arcMode[e];
                byte g2 = net.arcGauge[e];
                int nextSub;
                if (m2 == 1) {
                    int arcSub = g2 == PlanningNetwork.GAUGE_STANDARD ? 5 : g2 == PlanningNetwork.GAUGE_BROAD ? 6 : 4;
                    boolean onRail = sub >= 4;
                    if (!onRail) {
                        nextSub = arcSub;
                    } else if (arcSub == 4) {
                        nextSub = sub;
                    } else if (sub == 4 || sub == arcSub) {
                        nextSub = arcSub;
                    } else {
                        nextSub = arcSub;
                        if (net.gaugeBreakRes[y] < 0) {
                            if (gauge == Rule.FORBID) {
                                continue;
                            }
                            if (gauge == Rule.COUNT) {
                                step++;
                                ev = y;
                            }
                        }
                    }
                } else {
                    nextSub = m2 == 0 ? 1 : m2 == 2 ? 2 : 3;
                }
                int next = net.arcHead[e] * SUBSTATES + nextSub;
                int c = cost[state] + step;
                if (c < cost[next]) {
                    cost[next] = c;
                    parent[next] = state;
                    event[next] = ev;
                    if (step == 0) {
                        deque.addFirst(next);
                    } else {
                        deque.addLast(next);
                    }
                }
            }
        }
        return -1;
    }
}
