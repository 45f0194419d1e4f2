package org.bulwark.cli.export;

import java.util.Optional;
import org.bulwark.model.GeoPoint;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.RegionId;
import org.bulwark.model.Scenario;
import org.bulwark.model.Unit;
import org.bulwark.model.UnitId;

/** Names, nations, regions and coordinates the writers add to the plan's ids; empty when the scenario lacks them. */
final class PlanLookup {
    private final Scenario scenario;

    PlanLookup(Scenario scenario) {
        this.scenario = scenario;
    }

    Optional<Unit> unit(UnitId id) {
        return scenario.unit(id);
    }

    String unitName(UnitId id) {
        return unit(id).map(Unit::name).orElse("");
    }

    String nation(UnitId id) {
        return unit(id).map(u -> u.nation().value()).orElse("");
    }

    Optional<Node> node(NodeId id) {
        return scenario.network().node(id);
    }

    String nodeName(NodeId id) {
        return node(id).map(Node::name).orElse("");
    }

    String region(NodeId id) {
        return node(id).flatMap(Node::region).map(RegionId::value).orElse("");
    }

    Optional<GeoPoint> location(NodeId id) {
        return node(id).map(Node::location);
    }
}
