package org.bulwark.deploy;

import java.util.Objects;
import java.util.Optional;
import org.bulwark.model.LinkId;
import org.bulwark.model.Mode;
import org.bulwark.model.NodeId;

/**
 * One step of a unit's movement. For a MOVE, {@code arriveHour = departHour + transit} exactly;
 * for TRANSFER and TRANSSHIP legs {@code from == to} (the node) and the hours bound the handling.
 *
 * @param mode the link's mode for a MOVE, empty otherwise
 * @param link the link for a MOVE, empty otherwise
 */
public record Leg(int index, LegKind kind, Optional<Mode> mode, NodeId from, NodeId to, Optional<LinkId> link,
                  double departHour, double arriveHour) {
    public Leg {
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
