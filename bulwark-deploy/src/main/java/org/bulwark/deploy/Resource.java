package org.bulwark.deploy;

import java.util.Objects;
import java.util.Optional;
import org.bulwark.model.LinkId;
import org.bulwark.model.NodeId;

/**
 * A capacity: a link in one direction ({@code from → to}), or a node's handling or gauge break
 * ({@code from == to == node}).
 */
public record Resource(ResourceKind kind, Optional<LinkId> link, NodeId from, NodeId to) {
    public Resource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if ((kind == ResourceKind.LINK) != link.isPresent()) {
            throw new IllegalArgumentException("a link resource names its link, others do not");
        }
    }

    public static Resource link(LinkId link, NodeId from, NodeId to) {
        return new Resource(ResourceKind.LINK, Optional.of(link), from, to);
    }

    public static Resource handling(NodeId node) {
        return new Resource(ResourceKind.NODE_HANDLING, Optional.empty(), node, node);
    }

    public static Resource gaugeBreak(NodeId node) {
        return new Resource(ResourceKind.GAUGE_BREAK, Optional.empty(), node, node);
    }

    /** {@code link L012 PL_SUW→LT_MCK}, {@code handling LT_KLJ}, {@code gauge break LT_MCK}. */
    public String describe() {
        return switch (kind) {
            case LINK -> "link " + link.orElseThrow() + " " + from + "→" + to;
            case NODE_HANDLING -> "handling " + from;
            case GAUGE_BREAK -> "gauge break " + from;
        };
    }
}
