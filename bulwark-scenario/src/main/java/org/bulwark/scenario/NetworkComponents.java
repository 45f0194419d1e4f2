package org.bulwark.scenario;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulwark.model.Mode;
import org.bulwark.scenario.Drafts.LinkRow;

/**
 * The connected components of the network among the known nodes — its roads ({@link #roads}) or
 * every mode ({@link #anyMode}) — by union-find with path halving, so "is there a path from a to b"
 * costs about O(1) after an O(links) build.
 * Links with an unknown end or no mode are left out: they are reported elsewhere.
 */
final class NetworkComponents {
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] parent;
    /** Whether a link of the kinds counted touches the node (roads, or any mode). */
    private final boolean[] onRoads;

    /** The components of the road network: the campaign's map. */
    static NetworkComponents roads(List<LinkRow> links, Collection<String> nodes) {
        return new NetworkComponents(links, nodes, false);
    }

    /** The components of the whole network, every mode (a necessary condition for any route). */
    static NetworkComponents anyMode(List<LinkRow> links, Collection<String> nodes) {
        return new NetworkComponents(links, nodes, true);
    }

    private NetworkComponents(List<LinkRow> links, Collection<String> nodes, boolean allModes) {
        for (String node : nodes) {
            index.putIfAbsent(node, index.size());
        }
        parent = new int[index.size()];
        onRoads = new boolean[index.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (LinkRow link : links) {
            if (link.mode() == null || (!allModes && link.mode().value() != Mode.ROAD) || link.from() == null
                    || link.to() == null) {
                continue;
            }
            Integer a = index.get(link.from().value());
            Integer b = index.get(link.to().value());
            if (a == null || b == null) {
                continue;
            }
            onRoads[a] = true;
            onRoads[b] = true;
            parent[find(a)] = find(b);
        }
    }

    /** Whether some road link touches the node. */
    boolean onRoads(String node) {
        Integer i = index.get(node);
        return i != null && onRoads[i];
    }

    /** Whether roads join the two nodes (a node is always joined to itself). */
    boolean connected(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Integer i = index.get(a);
        Integer j = index.get(b);
        return i != null && j != null && find(i) == find(j);
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
