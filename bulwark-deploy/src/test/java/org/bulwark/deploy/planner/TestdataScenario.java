package org.bulwark.deploy.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bulwark.model.GaugeBreak;
import org.bulwark.model.GeoPoint;
import org.bulwark.model.Lift;
import org.bulwark.model.Link;
import org.bulwark.model.LinkId;
import org.bulwark.model.Mode;
import org.bulwark.model.Nation;
import org.bulwark.model.NationCode;
import org.bulwark.model.NationRole;
import org.bulwark.model.Network;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.NodeKind;
import org.bulwark.model.Placement;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Readiness;
import org.bulwark.model.Region;
import org.bulwark.model.RegionId;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.ScenarioInfo;
import org.bulwark.model.Source;
import org.bulwark.model.Spending;
import org.bulwark.model.Threat;
import org.bulwark.model.Unit;
import org.bulwark.model.UnitId;
import org.bulwark.model.UnitTypeId;

/** A small builder of hand-made scenarios for planner tests: nodes, links, gauge breaks, units. */
final class TestdataScenario {
    static final double FREE = Double.POSITIVE_INFINITY;
    private static final NationCode NATION = NationCode.of("DEU");
    private static final NationCode ADVERSARY = NationCode.of("RUS");

    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<GaugeBreak> breaks = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Reinforcement> reinforcements = new ArrayList<>();
    private final List<Placement> posture = new ArrayList<>();
    private double horizonHours = 240;
    private org.bulwark.model.LiftIncrements increments = org.bulwark.model.LiftIncrements.DEFAULT;
    /** Instant handling and round-the-clock driving unless a test sets times: the hand-worked hours stay simple. */
    private org.bulwark.model.MovementTimes times = org.bulwark.model.MovementTimes.NONE;

    static TestdataScenario builder() {
        return new TestdataScenario();
    }

    /** Lift elements as given. */
    TestdataScenario increments(org.bulwark.model.LiftIncrements given) {
        increments = given;
        return this;
    }

    /** Every mode's lift element at {@code tonnes}. */
    TestdataScenario elements(double tonnes) {
        increments = org.bulwark.model.LiftIncrements.uniform(tonnes);
        return this;
    }

    /** Handling hours per element and the road march day. */
    TestdataScenario times(org.bulwark.model.MovementTimes movementTimes) {
        times = movementTimes;
        return this;
    }

    TestdataScenario horizon(double hours) {
        horizonHours = hours;
        return this;
    }

    TestdataScenario node(String id) {
        return node(id, FREE);
    }

    TestdataScenario node(String id, double handlingPerDay) {
        nodes.add(new Node(NodeId.of(id), id, NATION, NodeKind.CITY, new GeoPoint(50, 10 + nodes.size()),
                Optional.of(RegionId.of("r-" + id)), handlingPerDay, Source.NONE));
        return this;
    }

    /** A node on adversary territory, which allied movements never enter. */
    TestdataScenario hostileNode(String id) {
        nodes.add(new Node(NodeId.of(id), id, ADVERSARY, NodeKind.CITY, new GeoPoint(50, 10 + nodes.size()),
                Optional.of(RegionId.of("r-" + id)), FREE, Source.NONE));
        return this;
    }

    TestdataScenario link(String id, String from, String to, Mode mode, double km, double hours, double capacityPerDay) {
        return link(id, from, to, mode, km, hours, capacityPerDay, FREE, mode == Mode.RAIL ? RailGauge.STANDARD_1435 : null);
    }

    TestdataScenario rail(String id, String from, String to, double hours, double capacityPerDay, RailGauge gauge) {
        return link(id, from, to, Mode.RAIL, hours * 50, hours, capacityPerDay, FREE, gauge);
    }

    TestdataScenario link(String id, String from, String to, Mode mode, double km, double hours, double capacityPerDay,
                          double weightLimit, RailGauge gauge) {
        links.add(new Link(LinkId.of(id), NodeId.of(from), NodeId.of(to), mode, km, hours, capacityPerDay,
                Optional.ofNullable(gauge), weightLimit, Source.NONE));
        return this;
    }

    TestdataScenario gaugeBreak(String node, double hours, double capacityPerDay) {
        breaks.add(new GaugeBreak(NodeId.of(node), hours, capacityPerDay, Source.NONE));
        return this;
    }

    TestdataScenario unit(String id, String home, double tonnes, double heaviest) {
        units.add(new Unit(UnitId.of(id), NATION, UnitTypeId.of("bde"), id, 1000, 100, new Lift(tonnes, tonnes * 3),
                heaviest, 1.0, Readiness.ofNoticeDays(1), NodeId.of(home), Source.NONE));
        return this;
    }

    TestdataScenario reinforce(String unit, String destination, double available, double required, int priority) {
        reinforcements.add(new Reinforcement(UnitId.of(unit), NodeId.of(destination), available, required, priority, Source.NONE));
        return this;
    }

    /** A reinforcement whose unit draws prepositioned equipment at {@code drawAt}, taking {@code drawHours}. */
    TestdataScenario reinforceDrawing(String unit, String destination, double available, double required, String drawAt,
                                      double drawHours) {
        reinforcements.add(new Reinforcement(UnitId.of(unit), NodeId.of(destination), available, required, 1, Source.NONE,
                java.util.Optional.of(NodeId.of(drawAt)), drawHours));
        return this;
    }

    /** A reinforcement whose personnel fly apart from the equipment ({@link org.bulwark.model.PersonnelMove#AIR}). */
    TestdataScenario reinforceFlyingPersonnel(String unit, String destination, double available, double required) {
        reinforcements.add(new Reinforcement(UnitId.of(unit), NodeId.of(destination), available, required, 1, Source.NONE,
                java.util.Optional.empty(), 0, org.bulwark.model.PersonnelMove.AIR));
        return this;
    }

    TestdataScenario inPlace(String unit, String node) {
        posture.add(new Placement(UnitId.of(unit), NodeId.of(node), Source.NONE));
        return this;
    }

    Scenario build() {
        List<Region> regions = nodes.stream().map(n -> new Region(n.region().orElseThrow(), n.name())).toList();
        return new Scenario(new ScenarioInfo("test", "test", "hand-made", "UNCLASSIFIED", true, "test", horizonHours),
                List.of(new Nation(NATION, "Germany", NationRole.ALLY), new Nation(ADVERSARY, "Russia", NationRole.ADVERSARY)),
                List.of(), units,
                new Network(nodes, links, breaks, increments, times), regions, List.of(), posture, reinforcements, Threat.NONE, Spending.NONE);
    }
}
