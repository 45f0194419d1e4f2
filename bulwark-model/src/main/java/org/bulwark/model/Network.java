package org.bulwark.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The transport network: nodes, links between them, and the gauge breaks. Immutable. */
public final class Network {
    private final List<Node> nodes;
    private final List<Link> links;
    private final List<GaugeBreak> gaugeBreaks;
    private final Map<NodeId, Node> nodesById;
    private final Map<NodeId, List<Link>> linksByNode;
    private final Map<NodeId, GaugeBreak> gaugeBreaksByNode;
    private final LiftIncrements increments;
    private final MovementTimes times;

    /** A network with the bundled lift elements and movement times ({@link LiftIncrements#DEFAULT}, {@link MovementTimes#DEFAULT}). */
    public Network(List<Node> nodes, List<Link> links, List<GaugeBreak> gaugeBreaks) {
        this(nodes, links, gaugeBreaks, LiftIncrements.DEFAULT);
    }

    /** @param increments the size of a lift element per mode (how units stream through the network) */
    public Network(List<Node> nodes, List<Link> links, List<GaugeBreak> gaugeBreaks, LiftIncrements increments) {
        this(nodes, links, gaugeBreaks, increments, MovementTimes.DEFAULT);
    }

    /**
     * @param increments the size of a lift element per mode (how units stream through the network)
     * @param times      handling hours per element and the road march day
     */
    public Network(List<Node> nodes, List<Link> links, List<GaugeBreak> gaugeBreaks, LiftIncrements increments,
                   MovementTimes times) {
        this.increments = Objects.requireNonNull(increments, "increments");
        this.times = Objects.requireNonNull(times, "times");
        this.nodes = List.copyOf(nodes);
        this.links = List.copyOf(links);
        this.gaugeBreaks = List.copyOf(gaugeBreaks);
        Map<NodeId, Node> byId = new LinkedHashMap<>();
        for (Node node : this.nodes) {
            if (byId.putIfAbsent(node.id(), node) != null) {
                throw new IllegalArgumentException("duplicate node id " + node.id());
            }
        }
        Map<NodeId, List<Link>> adjacency = new LinkedHashMap<>();
        for (Link link : this.links) {
            requireKnown(byId, link.from(), link);
            requireKnown(byId, link.to(), link);
            adjacency.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
            adjacency.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
        }
        Map<NodeId, GaugeBreak> breaks = new LinkedHashMap<>();
        for (GaugeBreak gaugeBreak : this.gaugeBreaks) {
            if (!byId.containsKey(gaugeBreak.node())) {
                throw new IllegalArgumentException("gauge break at unknown node " + gaugeBreak.node());
            }
            breaks.put(gaugeBreak.node(), gaugeBreak);
        }
        adjacency.replaceAll((k, v) -> List.copyOf(v));
        this.nodesById = Collections.unmodifiableMap(byId);
        this.linksByNode = Collections.unmodifiableMap(adjacency);
        this.gaugeBreaksByNode = Collections.unmodifiableMap(breaks);
    }

    private static void requireKnown(Map<NodeId, Node> byId, NodeId node, Link link) {
        if (!byId.containsKey(node)) {
            throw new IllegalArgumentException("link " + link.id() + " refers to unknown node " + node);
        }
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Link> links() {
        return links;
    }

    public List<GaugeBreak> gaugeBreaks() {
        return gaugeBreaks;
    }

    /** The lift element per mode units move in. */
    public LiftIncrements increments() {
        return increments;
    }

    /** The same network with other lift elements. */
    public Network withIncrements(LiftIncrements other) {
        return new Network(nodes, links, gaugeBreaks, other, times);
    }

    /** Handling hours per element and the road march day. */
    public MovementTimes times() {
        return times;
    }

    /** The same network with other movement times. */
    public Network withTimes(MovementTimes other) {
        return new Network(nodes, links, gaugeBreaks, increments, other);
    }

    public Optional<Node> node(NodeId id) {
        return Optional.ofNullable(nodesById.get(Objects.requireNonNull(id, "id")));
    }

    /** Links with {@code id} at either end, in file order. */
    public List<Link> linksAt(NodeId id) {
        return linksByNode.getOrDefault(id, List.of());
    }

    public Optional<GaugeBreak> gaugeBreakAt(NodeId id) {
        return Optional.ofNullable(gaugeBreaksByNode.get(id));
    }
}
