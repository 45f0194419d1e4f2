package org.bulwark.campaign;

import java.util.List;
import java.util.Objects;
import org.bulwark.model.NodeId;
import org.bulwark.model.Objective;
import org.bulwark.model.Scenario;

/**
 * Where the requirement search may put a force: a node of the operational map, with the label
 * a reader knows it by (an objective's id, or a region and node chosen by the caller).
 */
public record Place(String label, NodeId node) {
    public Place {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(node, "node");
    }

    /** One place per objective, at the objective's own node, in the scenario's order. */
    public static List<Place> objectives(Scenario scenario) {
        return scenario.objectives().stream().map(Place::at).toList();
    }

    /** The place at an objective's node, labelled with its id. */
    public static Place at(Objective objective) {
        return new Place(objective.id().value(), objective.node());
    }
}
