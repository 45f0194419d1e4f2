package org.bulwark.scenario.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulwark.model.GaugeBreak;
import org.bulwark.model.LiftIncrements;
import org.bulwark.model.Link;
import org.bulwark.model.LinkId;
import org.bulwark.model.Mode;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.RailGauge;

/**
 * Upper bounds on closures under the streamed movement model of docs/deployment-model.md when
 * units are committed one after the other along given routes, for {@link PlantedInstanceGenerator}.
 *
 * <p>It walks a route leg by leg as the model does (load at home unless the unit leaves by road,
 * a transfer where the mode changes, a transfer and a transshipment where the rail gauge changes,
 * an unload at the destination unless it arrives by road), cutting the unit into the same lift
 * elements, with one difference: each constrained resource is taken exclusively. An element starts
 * no earlier than the last element of every unit committed before it on that resource is through,
 * and then passes at the resource's rate. That bounds the model's fill from above: when everything
 * taken before on a resource completed by hour {@code s}, each period's free window from {@code s}
 * on is whole (a period's consumption is counted from its start), so a fill from {@code t} completes
 * by {@code max(t, s) + tonnes ÷ rate} whatever the time step. Every element's start is a
 * non-decreasing function of the completions before it, so the bound carries through the route.
 */
final class StreamTimetable {
    private final Map<NodeId, Node> nodes = new HashMap<>();
    private final Map<LinkId, Link> links = new HashMap<>();
    private final Map<NodeId, GaugeBreak> breaks = new HashMap<>();
    private final LiftIncrements increments;
    private final org.bulwark.model.MovementTimes times;
    private final int maxElements;
    /** Per constrained resource, the hour by which everything committed on it is through. */
    private final Map<String, Double> freeFrom = new HashMap<>();

    StreamTimetable(List<Node> nodes, List<Link> links, List<GaugeBreak> breaks, LiftIncrements increments,
                    org.bulwark.model.MovementTimes times, int maxElements) {
        this.times = times;
        nodes.forEach(n -> this.nodes.put(n.id(), n));
        links.forEach(l -> this.links.put(l.id(), l));
        breaks.forEach(b -> this.breaks.put(b.node(), b));
        this.increments = increments;
        this.maxElements = maxElements;
    }

    /**
     * The walk of one unit: its closure bound and the longest any one of its elements takes to pass
     * a constrained resource (hours).
     */
    record Walk(double closure, double longestElementHours, Map<String, Double> through) {
    }

    /** The walk of {@code tonnes} from {@code home} along {@code route} from {@code available}, taking nothing. */
    Walk walk(double tonnes, double available, NodeId home, List<LinkId> route) {
        Map<String, Double> through = new HashMap<>();
        double[] longest = {0};
        double[] stream = {available};
        double size = tonnes;
        NodeId y = home;
        Mode mode = null;
        RailGauge gauge = null; // null on rail: either gauge (dual so far)
        for (LinkId id : route) {
            Link link = links.get(id);
            Mode m2 = link.mode();
            RailGauge g2 = link.gauge().orElse(null);
            boolean load = mode == null ? m2 != Mode.ROAD : mode != m2;
            if (load) {
                double el = element(tonnes, m2);
                stream = pass(handling(y), rate(nodes.get(y).handlingTonnesPerDay()), tonnes, stream, size, el,
                        times.handlingHours(mode, m2, size, el, increments), through, longest);
                size = el;
                gauge = g2 == RailGauge.DUAL ? null : g2;
            } else if (m2 == Mode.RAIL && g2 != RailGauge.DUAL && gauge != null && gauge != g2) {
                double el = element(tonnes, Mode.RAIL);
                GaugeBreak gb = breaks.get(y);
                if (gb == null) {
                    throw new IllegalStateException("gauge change without a gauge break at " + y);
                }
                stream = pass(handling(y), rate(nodes.get(y).handlingTonnesPerDay()), tonnes, stream, size, el, 0, through, longest);
                stream = pass("g:" + y.value(), rate(gb.capacityTonnesPerDay()), tonnes, stream, el, el,
                        gb.transshipmentHours(), through, longest);
                size = el;
                gauge = g2;
            } else if (m2 == Mode.RAIL && g2 != RailGauge.DUAL) {
                gauge = g2;
            }
            double el = element(tonnes, m2);
            boolean forward = link.from().equals(y);
            if (!forward && !link.to().equals(y)) {
                throw new IllegalStateException("link " + id + " does not touch " + y);
            }
            stream = pass("a:" + id.value() + (forward ? ">" : "<"), rate(link.capacityTonnesPerDay()), tonnes, stream, size,
                    el, link.transitHours(), through, longest);
            if (m2 == Mode.ROAD) { // columns drive only in the daily march window: re-time the arrivals from when each was through
                stream = march(stream, link.transitHours());
            }
            size = el;
            mode = m2;
            y = link.other(y);
        }
        if (mode != null && mode != Mode.ROAD) {
            stream = pass(handling(y), rate(nodes.get(y).handlingTonnesPerDay()), tonnes, stream, size, size,
                    times.handlingHours(mode, null, size, size, increments), through, longest);
        }
        return new Walk(stream[stream.length - 1], longest[0], through);
    }

    /** Arrivals {@code transit + drive} after leaving, re-timed to drive {@code transit} hours inside the march window. */
    private double[] march(double[] arrivals, double transit) {
        double[] out = new double[arrivals.length];
        for (int j = 0; j < arrivals.length; j++) {
            out[j] = times.marchArrival(arrivals[j] - transit, transit);
        }
        return out;
    }

    /** Takes what {@code walk} used: later units start on those resources after it. */
    void commit(Walk walk) {
        walk.through().forEach((res, done) -> freeFrom.merge(res, done, Math::max));
    }

    private static String handling(NodeId node) {
        return "h:" + node.value();
    }

    private static double rate(double perDay) {
        return perDay / 24.0;
    }

    /** The model's element size: the mode's element, at least tonnage ÷ max elements, at most the tonnage. */
    double element(double tonnes, Mode mode) {
        return Math.min(tonnes, Math.max(increments.tonnes(mode), tonnes / maxElements));
    }

    private static int elements(double total, double size) {
        if (total <= 1e-7 || size >= total) {
            return 1;
        }
        return Math.max(1, (int) Math.ceil(total / size - 1e-9));
    }

    /**
     * Passes a stream (arrival of parcels of {@code inSize}) over one resource in elements of
     * {@code outSize}, as the model does, with the exclusive fill; returns the elements' arrivals.
     */
    private double[] pass(String res, double rate, double total, double[] in, double inSize, double outSize, double delay,
                          Map<String, Double> through, double[] longest) {
        int n = elements(total, outSize);
        double[] out = new double[n];
        double prev = Double.isInfinite(rate) ? Double.NEGATIVE_INFINITY : freeFrom.getOrDefault(res, Double.NEGATIVE_INFINITY);
        for (int j = 0; j < n; j++) {
            double size = j == n - 1 ? total - j * outSize : outSize;
            double reach = j == n - 1 ? total : (j + 1) * outSize;
            int p = in.length == 1 ? 0 : Math.min(in.length - 1, Math.max(0, (int) Math.ceil(reach / inSize - 1e-9) - 1));
            double start = Math.max(in[p], prev);
            double done = Double.isInfinite(rate) ? start : start + size / rate;
            if (!Double.isInfinite(rate)) {
                longest[0] = Math.max(longest[0], size / rate);
            }
            out[j] = done + delay;
            prev = done;
        }
        if (!Double.isInfinite(rate)) {
            through.merge(res, prev, Math::max);
        }
        return out;
    }
}
