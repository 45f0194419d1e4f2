package org.bulwark.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A connection between two nodes on one mode. Links are usable in both directions, each
 * direction with the full capacity.
 *
 * @param transitHours          time to traverse the link, loading excluded
 * @param capacityTonnesPerDay  cargo per day each way; {@link Double#POSITIVE_INFINITY} when not constrained
 * @param gauge                 track gauge, present exactly for rail links
 * @param weightLimitTonnes     heaviest single item the link carries (bridge class, aircraft payload);
 *                              {@link Double#POSITIVE_INFINITY} when not known to be limited
 */
public record Link(
        LinkId id,
        NodeId from,
        NodeId to,
        Mode mode,
        double distanceKm,
        double transitHours,
        double capacityTonnesPerDay,
        Optional<RailGauge> gauge,
        double weightLimitTonnes,
        Source source) {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(gauge, "gauge");
        Objects.requireNonNull(source, "source");
        Units.requireNonNegative(distanceKm, "distanceKm");
        Units.requireNonNegative(transitHours, "transitHours");
        Units.requirePositiveOrUnlimited(capacityTonnesPerDay, "capacityTonnesPerDay");
        Units.requirePositiveOrUnlimited(weightLimitTonnes, "weightLimitTonnes");
        if (from.equals(to)) {
            throw new IllegalArgumentException("link " + id + " joins " + from + " to itself");
        }
        if ((mode == Mode.RAIL) != gauge.isPresent()) {
            throw new IllegalArgumentException("link " + id + ": a gauge is required on rail links and only there");
        }
    }

    /** The end that is not {@code node}. */
    public NodeId other(NodeId node) {
        if (node.equals(from)) {
            return to;
        }
        if (node.equals(to)) {
            return from;
        }
        throw new IllegalArgumentException("node " + node + " is not an end of link " + id);
    }

    public boolean touches(NodeId node) {
        return from.equals(node) || to.equals(node);
    }
}
