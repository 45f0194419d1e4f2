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
 * @param liftsPerDay           when the capacity was given as lift elements a day (sorties, trains,
 *                              sailings, march units): that figure, and {@code capacityTonnesPerDay} is it
 *                              times the mode's element ({@link LiftIncrements}); empty when given in tonnes
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
        Source source,
        java.util.OptionalDouble liftsPerDay) {

    /** A link whose capacity is given in tonnes a day. */
    public Link(LinkId id, NodeId from, NodeId to, Mode mode, double distanceKm, double transitHours, double capacityTonnesPerDay,
                Optional<RailGauge> gauge, double weightLimitTonnes, Source source) {
        this(id, from, to, mode, distanceKm, transitHours, capacityTonnesPerDay, gauge, weightLimitTonnes, source,
                java.util.OptionalDouble.empty());
    }

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(gauge, "gauge");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(liftsPerDay, "liftsPerDay");
        if (liftsPerDay.isPresent() && !(liftsPerDay.getAsDouble() > 0 && Double.isFinite(liftsPerDay.getAsDouble())
                && Double.isFinite(capacityTonnesPerDay))) {
            throw new IllegalArgumentException("link " + id + ": lifts a day must be finite and more than 0, with a finite capacity");
        }
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
