package org.bulwark.scenario.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.bulwark.model.GaugeBreak;
import org.bulwark.model.GeoPoint;
import org.bulwark.model.LiftIncrements;
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
import org.bulwark.model.UnitType;

/**
 * Generates deployment instances with a planted plan in which every reinforcement is on time, so
 * the optimum weighted lateness is known to be 0 (issue 13, item 5): a planner is measured by how
 * often it reaches it.
 *
 * <p>An instance is a set of separate subnetworks ("cells") of about eight reinforcements each, each
 * cell one {@link PlantedFamily trap}: a saturated crossing, a fast road to leave to heavy units, parallel
 * links, a gauge break, a port. In each, the planted plan picks every unit's route and the order
 * the units take the saturated resource — those with the longest journey still to go after it
 * first, which is the order by latest crossing time (required hour less the journey after the
 * resource) — and works out an upper bound on every closure under the streamed movement model
 * ({@link StreamTimetable}). Each unit's required hour is that bound plus a slack of a day, plus
 * the longest any of its lift elements takes on a constrained resource, plus up to 12 hours more,
 * rounded up to the hour: robustly on time in the planted plan, while a planner that lets the
 * units due first cross first, or gives the fast road to units that had another, makes some late.
 *
 * <p>The bounds assume lift elements of {@link LiftIncrements#DEFAULT} and at most
 * {@value #MAX_ELEMENTS} elements per unit and mode (the planner's defaults); they hold for any time step.
 *
 * <p>Pure: no I/O, no clock; all randomness from the spec's seed, so equal specs give equal instances.
 * The scenarios are generated and illustrative: places, units and capacities are invented.
 */
public final class PlantedInstanceGenerator {
    /** The most lift elements per unit and mode the bounds assume (the planner's default). */
    public static final int MAX_ELEMENTS = 24;
    /** Units per cell, on average. */
    private static final int CELL_UNITS = 8;
    /** The least slack each planted unit has beyond its element's longest pass, hours. */
    static final double SLACK_HOURS = 24;
    private static final double EXTRA_SLACK_HOURS = 12;
    private static final Source GENERATED = Source.of("generated planted-optimum instance (Bulwark), invented figures", true);
    private static final NationCode NATION = NationCode.of("POL");
    private static final RegionId REGION = RegionId.of("planted");

    // catalogue indexes
    private static final int[] HEAVY = {0, 4, 6}; // armoured 64 t, artillery 55 t, engineer 60 t
    private static final int[] LIGHT = {1, 2, 5, 7, 10}; // mechanised 40 t, light infantry, air defence, logistics, HQ
    private static final int[] ANY = {0, 1, 2, 4, 5, 6, 7, 10};
    /** The weight limit of the decoy's slow road: heavy items (over 40 t) cannot take it. */
    private static final double SLOW_ROAD_LIMIT = 40;

    public PlantedInstanceGenerator() {
    }

    /** An instance for {@code spec}; equal specs give equal instances. */
    public PlantedInstance generate(PlantedSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new Generation(spec).run();
    }

    /** One unit of a cell while it is built: its routes to choose from and the key it crosses in order of. */
    private static final class Draft {
        Unit unit;
        NodeId destination;
        double available;
        int priority;
        List<List<LinkId>> routes = new ArrayList<>();
        /** Smaller crosses first. */
        double order;
        PlantedFamily family;
    }

    private static final class Generation {
        private final PlantedSpec spec;
        private final SplittableRandom random;
        private final List<Node> nodes = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<GaugeBreak> breaks = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        private String cell;
        private int unitSeq;

        Generation(PlantedSpec spec) {
            this.spec = spec;
            this.random = new SplittableRandom(spec.seed());
        }

        PlantedInstance run() {
            List<PlantedFamily> families = new ArrayList<>(EnumSet.copyOf(spec.families()));
            shuffle(families);
            int cells = Math.max(1, (int) Math.round(spec.reinforcements() / (double) CELL_UNITS));
            List<List<Draft>> byCell = new ArrayList<>();
            int placed = 0;
            for (int c = 0; c < cells; c++) {
                int size = (spec.reinforcements() - placed) / (cells - c);
                placed += size;
                cell = String.format(Locale.ROOT, "c%02d", c + 1);
                PlantedFamily family = families.get(c % families.size());
                int before = drafts.size();
                switch (family) {
                    case BOTTLENECK -> bottleneck(size);
                    case DECOY -> decoy(size);
                    case PARALLEL -> parallel(size);
                    case GAUGE_BREAK -> gaugeBreak(size);
                    case PORT -> port(size);
                    default -> throw new IllegalStateException("unknown family " + family);
                }
                List<Draft> mine = new ArrayList<>(drafts.subList(before, drafts.size()));
                mine.forEach(d -> d.family = family);
                byCell.add(mine);
            }
            return plant(byCell);
        }

        /** Orders each cell, picks each unit's route (the earliest closing of its choices), sets required hours. */
        private PlantedInstance plant(List<List<Draft>> byCell) {
            StreamTimetable timetable = new StreamTimetable(nodes, links, breaks, LiftIncrements.DEFAULT,
                    org.bulwark.model.MovementTimes.DEFAULT, MAX_ELEMENTS);
            List<PlantedRoute> plan = new ArrayList<>();
            List<Unit> units = new ArrayList<>();
            List<Reinforcement> reinforcements = new ArrayList<>();
            double latest = 0;
            for (List<Draft> cellDrafts : byCell) {
                cellDrafts.sort(Comparator.comparingDouble((Draft d) -> d.order).thenComparing(d -> d.unit.id().value()));
                for (Draft d : cellDrafts) {
                    StreamTimetable.Walk best = null;
                    List<LinkId> bestRoute = null;
                    for (List<LinkId> route : d.routes) {
                        StreamTimetable.Walk w = timetable.walk(d.unit.lift().tonnes(), d.available, d.unit.home(), route);
                        if (best == null || w.closure() < best.closure()) {
                            best = w;
                            bestRoute = route;
                        }
                    }
                    timetable.commit(best);
                    double slack = SLACK_HOURS + best.longestElementHours() + random.nextDouble() * EXTRA_SLACK_HOURS;
                    double required = Math.ceil(best.closure() + slack);
                    latest = Math.max(latest, required);
                    units.add(d.unit);
                    reinforcements.add(new Reinforcement(d.unit.id(), d.destination, d.available, required, d.priority, GENERATED));
                    plan.add(new PlantedRoute(d.unit.id(), bestRoute, d.family, best.closure()));
                }
            }
            double horizon = (Math.ceil(latest / 24.0) + 1) * 24.0;
            ScenarioInfo info = new ScenarioInfo(
                    "planted-r" + spec.reinforcements() + "-s" + spec.seed(),
                    "Planted-optimum instance (generated)",
                    "Generated, illustrative instance with a planted plan in which every unit is on time, so the least weighted"
                            + " lateness is 0; built by Bulwark's PlantedInstanceGenerator with " + spec
                            + ". Places, units and capacities are invented for tests and benchmarks; they describe no real plan.",
                    "UNCLASSIFIED", true, "generated", horizon);
            Network network = new Network(nodes, links, breaks, LiftIncrements.DEFAULT, org.bulwark.model.MovementTimes.DEFAULT);
            Scenario scenario = new Scenario(info, List.of(new Nation(NATION, "Poland", NationRole.ALLY)),
                    UnitTypeCatalogue.TYPES, units, network, List.of(new Region(REGION, "Planted cells (generated)")),
                    List.of(), List.of(), reinforcements, Threat.NONE, Spending.NONE);
            return new PlantedInstance(spec, scenario, plan);
        }

        // ---- the cells -----------------------------------------------------------------------

        /**
         * Garrisons → crossing → far side → destinations at short, middle and long onward journeys,
         * all by road; the crossing link carries about one unit a day.
         */
        private void bottleneck(int n) {
            NodeId[] garrisons = {node("g1", NodeKind.CITY, inf()), node("g2", NodeKind.CITY, inf())};
            NodeId x = node("x", NodeKind.BORDER_CROSSING, inf());
            NodeId y = node("y", NodeKind.CITY, inf());
            LinkId[] approach = {road(garrisons[0], x, uniform(4, 12), inf(), inf()),
                road(garrisons[1], x, uniform(4, 12), inf(), inf())};
            List<Draft> cellDrafts = units(n, ANY, garrisons, uniform(0, 24));
            LinkId crossing = road(x, y, uniform(4, 8), capacity(cellDrafts, 0.9, 1.3), inf());
            onwardRoute(cellDrafts, y, Mode.ROAD, Optional.empty(), (d, leg) -> List.of(approach[home(d, garrisons)], crossing, leg));
        }

        /**
         * Heavy units (over 40 t items) and light ones; a fast road with about one heavy unit's
         * capacity a day and a slow road around it (two links of about a day each, 40 t limit).
         * Planted: the heavy units on the fast road, the light ones on the slow.
         */
        private void decoy(int n) {
            NodeId heavyHome = node("g1", NodeKind.CITY, inf());
            NodeId lightHome = node("g2", NodeKind.CITY, inf());
            NodeId a = node("a", NodeKind.CITY, inf());
            NodeId s = node("s", NodeKind.CITY, inf());
            NodeId b = node("b", NodeKind.BORDER_CROSSING, inf());
            LinkId heavyIn = road(heavyHome, a, uniform(4, 8), inf(), inf());
            LinkId lightIn = road(lightHome, a, uniform(4, 8), inf(), inf());
            int heavy = Math.max(1, (int) Math.round(n * 0.6));
            List<Draft> heavies = units(heavy, HEAVY, new NodeId[] {heavyHome}, uniform(0, 12));
            List<Draft> lights = units(n - heavy, LIGHT, new NodeId[] {lightHome}, uniform(0, 12));
            LinkId fast = road(a, b, uniform(6, 10), capacity(heavies, 0.9, 1.2), inf());
            LinkId slow1 = road(a, s, uniform(18, 30), inf(), SLOW_ROAD_LIMIT);
            LinkId slow2 = road(s, b, uniform(18, 30), inf(), SLOW_ROAD_LIMIT);
            List<Draft> all = new ArrayList<>(heavies);
            all.addAll(lights);
            onwardRoute(all, b, Mode.ROAD, Optional.empty(),
                    (d, leg) -> heavies.contains(d) ? List.of(heavyIn, fast, leg) : List.of(lightIn, slow1, slow2, leg));
            for (Draft d : lights) {
                d.order += 1000; // after the heavy units (their resources are apart)
            }
        }

        /** Rail: garrisons → x, two or three parallel links x → y sharing the capacity, y → destinations. */
        private void parallel(int n) {
            Optional<RailGauge> std = Optional.of(RailGauge.STANDARD_1435);
            NodeId[] garrisons = {node("g1", NodeKind.RAIL_HUB, inf()), node("g2", NodeKind.RAIL_HUB, inf())};
            NodeId x = node("x", NodeKind.RAIL_HUB, inf());
            NodeId y = node("y", NodeKind.RAIL_HUB, inf());
            LinkId[] approach = {rail(garrisons[0], x, uniform(4, 10), inf(), std), rail(garrisons[1], x, uniform(4, 10), inf(), std)};
            List<Draft> cellDrafts = units(n, ANY, garrisons, uniform(0, 24));
            int k = 2 + random.nextInt(2);
            double total = capacity(cellDrafts, 1.3, 1.8);
            double[] share = new double[k];
            double sum = 0;
            for (int i = 0; i < k; i++) {
                share[i] = uniform(1, 3);
                sum += share[i];
            }
            double base = uniform(6, 10);
            List<LinkId> parallels = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                parallels.add(rail(x, y, base + uniform(0, 4), Math.round(total * share[i] / sum), std));
            }
            onward(cellDrafts, y, Mode.RAIL, std, (d, leg) -> {
                List<List<LinkId>> routes = new ArrayList<>();
                for (LinkId p : parallels) {
                    routes.add(List.of(approach[home(d, garrisons)], p, leg));
                }
                return routes;
            });
        }

        /** Rail 1435 mm → gauge break (the saturated transshipment) → rail 1520 mm → destinations. */
        private void gaugeBreak(int n) {
            Optional<RailGauge> std = Optional.of(RailGauge.STANDARD_1435);
            Optional<RailGauge> broad = Optional.of(RailGauge.BROAD_1520);
            NodeId[] garrisons = {node("g1", NodeKind.RAIL_HUB, inf()), node("g2", NodeKind.RAIL_HUB, inf())};
            NodeId k = node("k", NodeKind.GAUGE_BREAK, inf());
            NodeId e = node("e", NodeKind.RAIL_HUB, inf());
            LinkId[] approach = {rail(garrisons[0], k, uniform(6, 14), inf(), std), rail(garrisons[1], k, uniform(6, 14), inf(), std)};
            LinkId over = rail(k, e, uniform(2, 4), inf(), broad);
            List<Draft> cellDrafts = units(n, ANY, garrisons, uniform(0, 24));
            breaks.add(new GaugeBreak(k, Math.round(uniform(12, 24)), capacity(cellDrafts, 0.9, 1.3), GENERATED));
            onwardRoute(cellDrafts, e, Mode.RAIL, broad, (d, leg) -> List.of(approach[home(d, garrisons)], over, leg));
        }

        /** Rail to a home port, a sailing, the far port's handling (saturated) into road march units, road onward. */
        private void port(int n) {
            Optional<RailGauge> std = Optional.of(RailGauge.STANDARD_1435);
            NodeId[] garrisons = {node("g1", NodeKind.RAIL_HUB, inf()), node("g2", NodeKind.RAIL_HUB, inf())};
            NodeId p1 = node("p1", NodeKind.PORT, inf());
            LinkId[] approach = {rail(garrisons[0], p1, uniform(8, 16), inf(), std), rail(garrisons[1], p1, uniform(8, 16), inf(), std)};
            List<Draft> cellDrafts = units(n, ANY, garrisons, uniform(0, 24));
            NodeId p2 = node("p2", NodeKind.PORT, capacity(cellDrafts, 0.9, 1.3));
            double hours = uniform(36, 60);
            LinkId sea = link(p1, p2, Mode.SEA, hours, hours * 30, inf(), Optional.empty(), inf());
            onwardRoute(cellDrafts, p2, Mode.ROAD, Optional.empty(), (d, leg) -> List.of(approach[home(d, garrisons)], sea, leg));
        }

        // ---- building blocks -----------------------------------------------------------------

        private interface Routes {
            List<List<LinkId>> of(Draft d, LinkId onward);
        }

        private interface Route {
            List<LinkId> of(Draft d, LinkId onward);
        }

        private void onwardRoute(List<Draft> cellDrafts, NodeId from, Mode mode, Optional<RailGauge> gauge, Route route) {
            onward(cellDrafts, from, mode, gauge, (d, leg) -> List.of(route.of(d, leg)));
        }

        /**
         * Three destinations beyond {@code from} at a short (2–8 h), middle (24–48 h) and long
         * (72–120 h) journey; each unit gets one at random, and crosses in order of that journey,
         * longest first, with up to 24 h of noise.
         */
        private void onward(List<Draft> cellDrafts, NodeId from, Mode mode, Optional<RailGauge> gauge, Routes routes) {
            double[][] bands = {{2, 8}, {24, 48}, {72, 120}};
            NodeId[] destinations = new NodeId[bands.length];
            LinkId[] legs = new LinkId[bands.length];
            double[] journey = new double[bands.length];
            for (int i = 0; i < bands.length; i++) {
                journey[i] = Math.round(uniform(bands[i][0], bands[i][1]));
                destinations[i] = node("d" + (i + 1), NodeKind.CITY, inf());
                legs[i] = link(from, destinations[i], mode, journey[i], journey[i] * (mode == Mode.ROAD ? 40 : 50), inf(), gauge, inf());
            }
            for (Draft d : cellDrafts) {
                int i = random.nextInt(bands.length);
                d.destination = destinations[i];
                d.routes = routes.of(d, legs[i]);
                d.order = -journey[i] + uniform(0, 24);
            }
        }

        /** {@code n} units of the given catalogue types at the given homes, available from 0 to {@code latest} hours. */
        private List<Draft> units(int n, int[] types, NodeId[] homes, double latest) {
            List<Draft> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                UnitType type = UnitTypeCatalogue.TYPES.get(types[random.nextInt(types.length)]);
                double f = uniform(0.9, 1.1);
                double available = Math.round(uniform(0, latest));
                unitSeq++;
                UnitId id = UnitId.of(cell + "-u" + String.format(Locale.ROOT, "%03d", unitSeq) + "-" + type.id().value());
                Draft d = new Draft();
                d.unit = new Unit(id, NATION, type.id(), type.name() + " " + unitSeq + " (generated)",
                        (int) Math.round(type.personnel() * f), (int) Math.round(type.vehicles() * f),
                        new Lift(Math.round(type.lift().tonnes() * f), Math.round(type.lift().squareMetres() * f)),
                        type.heaviestItemTonnes(), Math.round(type.combatValue() * 100) / 100.0,
                        Readiness.ofNoticeDays(available / 24.0), homes[random.nextInt(homes.length)], GENERATED);
                d.available = available;
                d.priority = 1 + random.nextInt(3);
                out.add(d);
                drafts.add(d);
            }
            return out;
        }

        /** The mean tonnage of {@code cellDrafts} times a factor between {@code low} and {@code high}, tonnes a day. */
        private double capacity(List<Draft> cellDrafts, double low, double high) {
            double mean = cellDrafts.stream().mapToDouble(d -> d.unit.lift().tonnes()).average().orElse(1000);
            return Math.max(1, Math.round(mean * uniform(low, high)));
        }

        private static int home(Draft d, NodeId[] garrisons) {
            return d.unit.home().equals(garrisons[0]) ? 0 : 1;
        }

        private NodeId node(String name, NodeKind kind, double handling) {
            NodeId id = NodeId.of(cell + "-" + name);
            int i = nodes.size();
            // a grid of cells in Poland, each node a few km from the last: the places are invented
            GeoPoint at = new GeoPoint(50 + (i % 97) * 0.04, 15 + (i / 97) * 0.08);
            nodes.add(new Node(id, cell + " " + name + " (generated)", NATION, kind, at, Optional.of(REGION), handling, GENERATED));
            return id;
        }

        private LinkId road(NodeId a, NodeId b, double hours, double capacity, double weightLimit) {
            hours = Math.round(hours);
            return link(a, b, Mode.ROAD, hours, hours * 40, capacity, Optional.empty(), weightLimit);
        }

        private LinkId rail(NodeId a, NodeId b, double hours, double capacity, Optional<RailGauge> gauge) {
            hours = Math.round(hours);
            return link(a, b, Mode.RAIL, hours, hours * 50, capacity, gauge, inf());
        }

        private LinkId link(NodeId a, NodeId b, Mode mode, double hours, double km, double capacity, Optional<RailGauge> gauge,
                            double weightLimit) {
            LinkId id = LinkId.of(cell + "-" + mode.label() + "-" + (links.size() + 1));
            links.add(new Link(id, a, b, mode, Math.round(km), Math.round(hours), capacity, gauge, weightLimit, GENERATED));
            return id;
        }

        private double uniform(double low, double high) {
            return low + random.nextDouble() * (high - low);
        }

        private static double inf() {
            return Double.POSITIVE_INFINITY;
        }

        private <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                T t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
        }
    }
}
