package org.bulwark.campaign;

import java.util.Objects;
import org.bulwark.model.NodeId;
import org.bulwark.model.UnitId;

/**
 * A defending force that is not in the scenario, added to a compiled model to ask "what if":
 * it defends the objective nearest to its node by road (within the defence radius, like every
 * defender), is in place from its arrival time and takes no arrival-delay draw.
 */
public record AddedDefender(UnitId id, NodeId node, double combatValue, ArrivalTime arrival) {
    public AddedDefender {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(arrival, "arrival");
        if (!(combatValue >= 0) || Double.isInfinite(combatValue)) {
            throw new IllegalArgumentException("combat value must be finite and >= 0, was " + combatValue);
        }
    }
}
