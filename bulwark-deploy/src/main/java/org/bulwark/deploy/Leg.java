package org.bulwark.deploy;


import java.util.Objects;
import java.util.Optional;
import org.bulwark.model.LinkId;
import org.bulwark.model.Mode;
import org.bulwark.model.NodeId;

/**
 * One step of a unit's movement, made by its lift elements one behind another. For a MOVE,
 * {@code departHour} is when the first element leaves and {@code arriveHour} when the last one
 * arrives (each element arrives its link's transit after it leaves); for TRANSFER and TRANSSHIP
 * legs {@code from == to} (the node) and the hours run from the first element's start to the last
 * one's end.
 *
 * @param mode            the link's mode for a MOVE, empty otherwise
 * @param link            the link for a MOVE, empty otherwise
 * @param firstArriveHour when the first element arrives (is through, for handling)
 * @param elements        each element's times and tonnes
 */
public record Leg(int index, LegKind kind, Optional<Mode> mode, NodeId from, NodeId to, Optional<LinkId> link,
                  double departHour, double arriveHour, double firstArriveHour, Elements elements) {
    /** A leg moved as one element (tonnes unknown: NaN). */
    public Leg(int index, LegKind kind, Optional<Mode> mode, NodeId from, NodeId to, Optional<LinkId> link,
               double departHour, double arriveHour) {
        this(index, kind, mode, from, to, link, departHour, arriveHour, arriveHour,
                Elements.single(departHour, kind == LegKind.MOVE ? departHour : arriveHour, Double.NaN, arriveHour));
    }

    public Leg {
        Objects.requireNonNull(elements, "elements");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(link, "link");
        if (!(arriveHour >= departHour)) {
            throw new IllegalArgumentException("leg " + index + " arrives at " + arriveHour + " before it departs at " + departHour);
        }
        if ((kind == LegKind.MOVE) != (mode.isPresent() && link.isPresent())) {
            throw new IllegalArgumentException("leg " + index + ": a MOVE has a mode and a link, other legs have neither");
        }
    }

    /** The label used in tables: the mode for a move ({@code rail}), else the kind ({@code transfer}). */
    public String modeLabel() {
        return mode.map(Mode::label).orElse(kind.label());
    }
}
