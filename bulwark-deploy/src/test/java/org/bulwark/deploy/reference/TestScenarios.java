package org.bulwark.deploy.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.reference.ExactDeploymentSolver.ExactResult;
import org.bulwark.model.GaugeBreak;
import org.bulwark.model.GeoPoint;
import org.bulwark.model.Link;
import org.bulwark.model.LinkId;
import org.bulwark.model.Lift;
import org.bulwark.model.Mode;
import org.bulwark.model.Nation;
import org.bulwark.model.NationCode;
import org.bulwark.model.NationRole;
import org.bulwark.model.Network;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.NodeKind;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Readiness;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.ScenarioInfo;
import org.bulwark.model.Source;
import org.bulwark.model.Spending;
import org.bulwark.model.Threat;
import org.bulwark.model.Unit;
import org.bulwark.model.UnitCategory;
import org.bulwark.model.UnitId;
import org.bulwark.model.UnitType;
import org.bulwark.model.UnitTypeId;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;

/** Test-data builder for tiny hand-made scenarios, and a rounding of generated ones for the exact solver. */
public final class TestScenarios {
    public static final double UNLIMITED = Double.POSITIVE_INFINITY;
    private static final NationCode NATION = NationCode.of("DEU");
    private static final UnitTypeId TYPE = UnitTypeId.of("test");

    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<GaugeBreak> gaugeBreaks = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Reinforcement> reinforcements = new ArrayList<>();
    private double horizonHours = 72;

    public static TestScenarios builder() {
        return new TestScenarios();
    }

    public TestScenarios horizon(double hours) {
        horizonHours = hours;
        return this;
    }

    public TestScenarios node(String id, double handlingPerDay) {
        nodes.add(new Node(NodeId.of(id), id, NATION, NodeKind.CITY, new GeoPoint(50, 10), Optional.empty(),
                handlingPerDay, Source.NONE));
        return this;
    }

    public TestScenarios link(String id, String from, String to, Mode mode, double transitHours, double capacityPerDay) {
        return link(id, from, to, mode, transitHours, capacityPerDay, UNLIMITED,
                mode == Mode.RAIL ? Optional.of(RailGauge.STANDARD_1435) : Optional.empty());
    }

    public TestScenarios rail(String id, String from, String to, RailGauge gauge, double transitHours, double capacityPerDay) {
        return link(id, from, to, Mode.RAIL, transitHours, capacityPerDay, UNLIMITED, Optional.of(gauge));
    }

    public TestScenarios link(String id, String from, String to, Mode mode, double transitHours, double capacityPerDay,
                       double weightLimit, Optional<RailGauge> gauge) {
        links.add(new Link(LinkId.of(id), NodeId.of(from), NodeId.of(to), mode, 100, transitHours, capacityPerDay,
                gauge, weightLimit, Source.NONE));
        return this;
    }

    public TestScenarios gaugeBreak(String node, double hours, double capacityPerDay) {
        gaugeBreaks.add(new GaugeBreak(NodeId.of(node), hours, capacityPerDay, Source.NONE));
        return this;
    }

    /** A unit of {@code tonnes} (heaviest item {@code heaviest}) at {@code home}, to move to {@code destination}. */
    public TestScenarios move(String unit, double tonnes, double heaviest, String home, String destination,
                       double availableHour, double requiredHour, int priority) {
        units.add(new Unit(UnitId.of(unit), NATION, TYPE, unit, 100, 10, new Lift(tonnes, tonnes), heaviest, 1,
                Readiness.ofNoticeDays(0), NodeId.of(home), Source.NONE));
        reinforcements.add(new Reinforcement(UnitId.of(unit), NodeId.of(destination), availableHour, requiredHour,
                priority, Source.NONE));
        return this;
    }

    public Scenario build() {
        return scenario(new Network(nodes, links, gaugeBreaks), units, reinforcements, horizonHours);
    }

    static Scenario scenario(Network network, List<Unit> units, List<Reinforcement> reinforcements, double horizonHours) {
        UnitType type = new UnitType(TYPE, "test", UnitCategory.OTHER, 100, 10, Lift.ZERO, 0, 1, Source.NONE);
        return new Scenario(new ScenarioInfo("test", "test", "test", "UNCLASSIFIED", true, "test", horizonHours),
                List.of(new Nation(NATION, "Germany", NationRole.ALLY)), List.of(type), units, network, List.of(),
                List.of(), List.of(), reinforcements, Threat.NONE, Spending.NONE);
    }

    /**
     * A generated scenario made exact-solver friendly: transit, transshipment and available hours
     * rounded up to multiples of {@code step}, tonnes to whole tonnes, capacities per day to multiples
     * of {@code 24/step} (whole tonnes per period). Only the reinforced units are kept.
     */
    public static Scenario rounded(Scenario s, double step) {
        double perPeriod = 24 / step;
        List<Node> nodes = new ArrayList<>();
        for (Node n : s.network().nodes()) {
            nodes.add(new Node(n.id(), n.name(), n.nation(), n.kind(), n.location(), n.region(),
                    capacity(n.handlingTonnesPerDay(), perPeriod), n.source()));
        }
        List<Link> links = new ArrayList<>();
        for (Link l : s.network().links()) {
            links.add(new Link(l.id(), l.from(), l.to(), l.mode(), l.distanceKm(), up(l.transitHours(), step),
                    capacity(l.capacityTonnesPerDay(), perPeriod), l.gauge(), l.weightLimitTonnes(), l.source()));
        }
        List<GaugeBreak> breaks = new ArrayList<>();
        for (GaugeBreak g : s.network().gaugeBreaks()) {
            breaks.add(new GaugeBreak(g.node(), up(g.transshipmentHours(), step), capacity(g.capacityTonnesPerDay(), perPeriod), g.source()));
        }
        List<Unit> units = new ArrayList<>();
        List<Reinforcement> reinforcements = new ArrayList<>();
        for (Reinforcement r : s.reinforcements()) {
            Unit u = s.unit(r.unit()).orElseThrow();
            units.add(new Unit(u.id(), NATION, TYPE, u.name(), u.personnel(), u.vehicles(),
                    new Lift(Math.rint(u.lift().tonnes()), u.lift().squareMetres()), u.heaviestItemTonnes(), u.combatValue(),
                    u.readiness(), u.home(), u.source()));
            double available = up(r.availableHour(), step);
            reinforcements.add(new Reinforcement(r.unit(), r.destination(), available,
                    Math.max(available, r.requiredHour()), r.priority(), r.source()));
        }
        return scenario(new Network(nodes, links, breaks), units, reinforcements, s.info().horizonHours());
    }

    /** Two 100 t units through one link of 100 t a day, both due after its 24 h transit: the second leaves a day later. */
    public static Scenario bottleneck(int secondPriority) {
        return builder().horizon(72)
                .node("A", UNLIMITED).node("B", UNLIMITED)
                .link("AB", "A", "B", Mode.ROAD, 24, 100)
                .move("U1", 100, 10, "A", "B", 0, 24, 1)
                .move("U2", 100, 10, "A", "B", 0, 24, secondPriority)
                .build();
    }

    /** A random tiny theatre, rounded for the exact solver, and its exact optimum (weighted late hours). */
    public record Solved(GeneratorSpec spec, Scenario scenario, ExactResult exact) {
        /** The optimal weighted late hours. */
        public double optimum() {
            return exact.weightedLateHours().orElseThrow();
        }

        /** What a failure message needs to replay the instance. */
        public String replay() {
            return "spec " + spec + " (rounded to 6 h), optimum " + optimum();
        }
    }

    /**
     * Of {@code count} random tiny theatres drawn from {@code seed} (6–10 units, 10–12 nodes, 2 days,
     * rounded to 6-hour steps), those CP-SAT solves to optimality within 10 s at {@code options}:
     * the instances the bounds and relaxations are checked against.
     */
    public static List<Solved> tinySolved(long seed, int count, PlannerOptions options) {
        SplittableRandom random = new SplittableRandom(seed);
        ScenarioGenerator generator = new ScenarioGenerator();
        List<Solved> solved = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long instanceSeed = random.nextLong();
            GeneratorSpec spec = GeneratorSpec.of(6 + random.nextInt(5), 10 + random.nextInt(3), 2, instanceSeed);
            Scenario s = rounded(generator.generate(spec), 6);
            ExactResult exact = ExactDeploymentSolver.solve(s, options, 10);
            if (exact.optimal()) {
                solved.add(new Solved(spec, s, exact));
            }
        }
        return solved;
    }

    private static double up(double hours, double step) {
        return Math.ceil(hours / step - 1e-9) * step;
    }

    private static double capacity(double perDay, double periodsPerDay) {
        return Double.isInfinite(perDay) ? perDay : Math.max(periodsPerDay, Math.rint(perDay / periodsPerDay) * periodsPerDay);
    }
}
