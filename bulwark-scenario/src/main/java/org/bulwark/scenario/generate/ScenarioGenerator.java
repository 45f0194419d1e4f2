package org.bulwark.scenario.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.bulwark.model.AssemblyArea;
import org.bulwark.model.AssemblyAreaId;
import org.bulwark.model.Axis;
import org.bulwark.model.AxisId;
import org.bulwark.model.ForceTier;
import org.bulwark.model.GaugeBreak;
import org.bulwark.model.GeoPoint;
import org.bulwark.model.Lift;
import org.bulwark.model.LiftIncrements;
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
import org.bulwark.model.Objective;
import org.bulwark.model.ObjectiveId;
import org.bulwark.model.ObjectiveKind;
import org.bulwark.model.PersonnelMove;
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
import org.bulwark.model.UnitType;
import org.bulwark.model.UnitTypeId;

/**
 * Generates synthetic scenarios of any size from a {@link GeneratorSpec}: a stylised
 * west-to-east theatre on European coordinates for benchmarks and property tests.
 *
 * <p>The theatre, after the benchmark family in {@code deployment-research.md} §5.1:
 * <ul>
 *   <li>a <b>western home region</b> (Benelux, Germany, eastern France; ports on the North Sea
 *       coast, airfields, rail hubs, cities), a <b>transit region</b> (Poland), the <b>Baltic
 *       host nations</b> (ports on the Baltic coast, the capitals Vilnius, Riga and Tallinn) and
 *       an <b>adversary</b> (Russia) beyond border crossings on the eastern border;</li>
 *   <li>1435 mm rail in the west and 1520 mm rail in the east, meeting only at gauge-break
 *       nodes on the Polish–Lithuanian border, each with transshipment time and capacity;</li>
 *   <li>roads as a minimum spanning tree plus the two nearest neighbours (so the network is
 *       connected; spanning-tree roads have no weight limit, some others carry 40 or 50 t),
 *       rail as spanning trees plus nearest neighbours on each side, sea lanes port to port and
 *       air routes airfield to airfield across the theatre (37 t or 77 t payload limits);</li>
 *   <li>distances from coordinates times a detour factor (road 1.25, rail 1.2, sea 1.5), and
 *       capacities that bind: the links across the west–east frontier share 1.5 times the mean
 *       daily reinforcement tonnage, so no single corridor can carry the whole flow;</li>
 *   <li>reinforcements from the west with NATO Force Model tiers (available at their notice to
 *       move, required within the horizon), the host nations' and forward forces in place in the
 *       east, adversary units in up to three assembly areas with axes to the nearest objective.</li>
 * </ul>
 *
 * <p>Pure: no I/O, no clock. All randomness comes from a {@link SplittableRandom} seeded with
 * the spec's seed and split once per concern (geography, network, forces, threat), so equal specs
 * give equal scenarios. Runs in O(nodes² + units) time and O(nodes + units) memory.
 */
public final class ScenarioGenerator {
    private static final Source GENERATED = Source.NONE;

    public ScenarioGenerator() {
    }

    /** The unit-type catalogue generated scenarios carry. */
    public static List<UnitType> unitTypes() {
        return UnitTypeCatalogue.TYPES;
    }

    /** A scenario for {@code spec}; equal specs give equal scenarios. */
    public Scenario generate(GeneratorSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new Generation(spec).run();
    }

    // ------------------------------------------------------------------------------------------

    /** Where a node lies; the frontier runs between the west side (first three) and the east side. */
    private enum Zone {
        WEST, CENTRAL, WEST_BORDER, GAUGE, EAST, EAST_BORDER, ADVERSARY;

        boolean westSide() {
            return this == WEST || this == CENTRAL || this == WEST_BORDER;
        }
    }

    private record LinkDraft(int a, int b, Mode mode, boolean spanning, Optional<RailGauge> gauge) {
    }

    private static final NationCode BEL = NationCode.of("BEL");
    private static final NationCode DEU = NationCode.of("DEU");
    private static final NationCode FRA = NationCode.of("FRA");
    private static final NationCode GBR = NationCode.of("GBR");
    private static final NationCode NLD = NationCode.of("NLD");
    private static final NationCode POL = NationCode.of("POL");
    private static final NationCode USA = NationCode.of("USA");
    private static final NationCode LTU = NationCode.of("LTU");
    private static final NationCode LVA = NationCode.of("LVA");
    private static final NationCode EST = NationCode.of("EST");
    private static final NationCode RUS = NationCode.of("RUS");

    private static final List<Nation> NATIONS = List.of(
            new Nation(BEL, "Belgium", NationRole.ALLY),
            new Nation(DEU, "Germany", NationRole.ALLY),
            new Nation(FRA, "France", NationRole.ALLY),
            new Nation(GBR, "United Kingdom", NationRole.ALLY),
            new Nation(NLD, "Netherlands", NationRole.ALLY),
            new Nation(POL, "Poland", NationRole.ALLY),
            new Nation(USA, "United States", NationRole.ALLY),
            new Nation(EST, "Estonia", NationRole.ALLY),
            new Nation(LVA, "Latvia", NationRole.ALLY),
            new Nation(LTU, "Lithuania", NationRole.ALLY),
            new Nation(RUS, "Russia", NationRole.ADVERSARY));

    private static final RegionId WEST_REGION = RegionId.of("west");
    private static final RegionId CENTRAL_REGION = RegionId.of("central");
    private static final RegionId BALTIC_SOUTH = RegionId.of("baltic-south");
    private static final RegionId BALTIC_NORTH = RegionId.of("baltic-north");
    private static final RegionId ADVERSARY_REGION = RegionId.of("adversary");

    private static final List<Region> REGIONS = List.of(
            new Region(WEST_REGION, "Western home region (Benelux, Germany, eastern France)"),
            new Region(CENTRAL_REGION, "Transit region (Poland)"),
            new Region(BALTIC_SOUTH, "Lithuania"),
            new Region(BALTIC_NORTH, "Latvia and Estonia"),
            new Region(ADVERSARY_REGION, "Adversary territory"));

    /** North Sea coast from Zeebrugge to Kiel, lat/lon pairs. */
    private static final double[][] NORTH_SEA_COAST = {
        {51.33, 3.21}, {51.23, 4.40}, {51.95, 4.14}, {52.46, 4.60}, {53.20, 6.60}, {53.55, 8.58}, {53.55, 9.97}, {54.32, 10.13}};
    /** Baltic coast from Klaipeda to Muuga. */
    private static final double[][] BALTIC_COAST = {
        {55.71, 21.13}, {56.51, 21.01}, {57.39, 21.56}, {57.00, 23.90}, {56.95, 24.10}, {58.38, 24.50}, {59.44, 24.75}, {59.50, 25.00}};
    private static final double[][] CAPITALS = {{54.6872, 25.2797}, {56.9496, 24.1052}, {59.4370, 24.7536}};
    private static final String[] CAPITAL_NAMES = {"Vilnius", "Riga", "Tallinn"};
    private static final NationCode[] CAPITAL_NATIONS = {LTU, LVA, EST};

    /** Reinforcing nations and their weights. */
    private static final NationCode[] REINFORCING = {DEU, USA, POL, FRA, GBR, NLD, BEL};
    private static final double[] REINFORCING_WEIGHTS = {25, 20, 15, 12, 12, 9, 7};
    /** Framework and contributing nations of forward presence in the east. */
    private static final NationCode[] FORWARD = {DEU, GBR, USA, NLD, FRA};

    // catalogue indexes: armoured, mechanised, light, airborne, artillery, air defence, engineer, logistics, aviation, fighter, hq
    private static final double[] REINFORCEMENT_MIX = {12, 20, 12, 5, 12, 7, 8, 12, 4, 4, 4};
    private static final double[] POSTURE_MIX = {10, 25, 25, 0, 10, 10, 8, 7, 0, 0, 5};
    private static final double[] ADVERSARY_MIX = {25, 35, 0, 0, 20, 10, 5, 5, 0, 0, 0};
    private static final int AVIATION_INDEX = 8;
    private static final int FIGHTER_INDEX = 9;

    /** Share of the frontier capacity by mode: rail, road, sea, air. */
    private static final double RAIL_SHARE = 0.40;
    private static final double ROAD_SHARE = 0.25;
    private static final double SEA_SHARE = 0.25;
    private static final double AIR_SHARE = 0.10;
    /** Frontier capacity per day as a multiple of the mean daily reinforcement tonnage. */
    private static final double FRONTIER_FACTOR = 2.5;

    /** Equirectangular km per degree around 54.5° N, for cheap neighbour searches. */
    private static final double KM_PER_DEG_LAT = 110.57;
    private static final double KM_PER_DEG_LON = 111.32 * Math.cos(Math.toRadians(54.5));

    /** Mutable state of one generation; never escapes. */
    private static final class Generation {
        private final GeneratorSpec spec;
        private final SplittableRandom geoRandom;
        private final SplittableRandom netRandom;
        private final SplittableRandom forceRandom;
        private final SplittableRandom threatRandom;
        private final double horizonHours;

        // nodes, as parallel arrays
        private final int n;
        private final Zone[] zone;
        private final NodeKind[] kind;
        private final NationCode[] nation;
        private final double[] lat;
        private final double[] lon;
        private final double[] x;
        private final double[] y;
        private final String[] name;
        private final NodeId[] id;
        private int count;
        private int capitals;

        private final List<LinkDraft> drafts = new ArrayList<>();
        private final Set<Long> pairs = new HashSet<>();

        Generation(GeneratorSpec spec) {
            this.spec = spec;
            SplittableRandom root = new SplittableRandom(spec.seed());
            this.geoRandom = root.split();
            this.netRandom = root.split();
            this.forceRandom = root.split();
            this.threatRandom = root.split();
            this.horizonHours = spec.days() * Readiness.HOURS_PER_DAY;
            this.n = spec.nodes();
            this.zone = new Zone[n];
            this.kind = new NodeKind[n];
            this.nation = new NationCode[n];
            this.lat = new double[n];
            this.lon = new double[n];
            this.x = new double[n];
            this.y = new double[n];
            this.name = new String[n];
            this.id = new NodeId[n];
        }

        Scenario run() {
            placeNodes();
            buildLinks();
            Forces forces = generateForces();
            List<Link> links = finishLinks(forces.totalReinforcementTonnes);
            List<Node> nodes = finishNodes(forces.totalReinforcementTonnes);
            List<GaugeBreak> gaugeBreaks = gaugeBreaks(links);
            Network network = new Network(nodes, links, gaugeBreaks);
            List<Objective> objectives = objectives();
            Threat threat = threat(forces, objectives);
            ScenarioInfo info = new ScenarioInfo(
                    "synthetic-u" + spec.units() + "-n" + spec.nodes() + "-d" + spec.days() + "-s" + spec.seed(),
                    "Synthetic eastern-flank theatre",
                    "Synthetic scenario generated by Bulwark's ScenarioGenerator with spec " + spec
                            + ". Places, forces and capacities are invented for benchmarks and tests; they describe no real plan.",
                    "UNCLASSIFIED", true, "synthetic", horizonHours);
            return new Scenario(info, NATIONS, UnitTypeCatalogue.TYPES, forces.units, network, REGIONS, objectives,
                    forces.posture, forces.reinforcements, threat, Spending.NONE);
        }

        // ---- nodes ----------------------------------------------------------------------------

        private void placeNodes() {
            int gauge = Math.max(1, (int) Math.round(n * 0.015));
            int borders = Math.max(1, (int) Math.round(n * 0.03));
            int westBorders = borders / 3;
            int eastBorders = borders - westBorders;
            int adversary = Math.max(1, (int) Math.round(n * 0.06));
            int ports = Math.max(1, (int) Math.round(n * 0.03));
            int airfields = Math.max(1, (int) Math.round(n * 0.04));
            int inland = n - gauge - borders - adversary - 2 * ports - 2 * airfields;
            if (inland < 3) {
                throw new IllegalStateException("too few inland nodes (" + inland + ") for " + spec);
            }
            int eastInland = Math.max(1, (int) Math.round(inland * 0.40));
            int centralInland = Math.max(1, (int) Math.round(inland * 0.25));
            int westInland = inland - eastInland - centralInland;

            for (int i = 0; i < ports; i++) {
                double[] p = alongCoast(NORTH_SEA_COAST, (i + 0.5) / ports);
                add(Zone.WEST, NodeKind.PORT, p[0], p[1]);
            }
            for (int i = 0; i < airfields; i++) {
                add(Zone.WEST, NodeKind.AIRFIELD, uniform(geoRandom, 48.8, 53.3), uniform(geoRandom, 4.8, 13.8));
            }
            for (int i = 0; i < westInland; i++) {
                add(Zone.WEST, inlandKind(i), uniform(geoRandom, 48.6, 53.4), uniform(geoRandom, 4.5, 14.0));
            }
            for (int i = 0; i < westBorders; i++) {
                add(Zone.WEST_BORDER, NodeKind.BORDER_CROSSING, uniform(geoRandom, 50.9, 53.5), uniform(geoRandom, 14.2, 14.7));
            }
            for (int i = 0; i < centralInland; i++) {
                add(Zone.CENTRAL, inlandKind(i), uniform(geoRandom, 50.0, 54.3), uniform(geoRandom, 14.8, 22.5));
            }
            for (int i = 0; i < gauge; i++) {
                add(Zone.GAUGE, NodeKind.GAUGE_BREAK, uniform(geoRandom, 54.0, 54.4), uniform(geoRandom, 22.6, 23.4));
            }
            for (int i = 0; i < ports; i++) {
                double[] p = alongCoast(BALTIC_COAST, (i + 0.5) / ports);
                add(Zone.EAST, NodeKind.PORT, p[0], p[1]);
            }
            for (int i = 0; i < airfields; i++) {
                double la = uniform(geoRandom, 54.5, 59.3);
                add(Zone.EAST, NodeKind.AIRFIELD, la, uniform(geoRandom, la < 55.4 ? 23.0 : 21.8, 27.5));
            }
            capitals = eastInland >= CAPITALS.length ? CAPITALS.length : 1;
            for (int i = 0; i < capitals; i++) {
                int at = add(Zone.EAST, NodeKind.CAPITAL, CAPITALS[i][0], CAPITALS[i][1]);
                name[at] = CAPITAL_NAMES[i];
                nation[at] = CAPITAL_NATIONS[i];
            }
            for (int i = capitals; i < eastInland; i++) {
                double la = uniform(geoRandom, 54.4, 59.3);
                add(Zone.EAST, inlandKind(i - capitals), la, uniform(geoRandom, la < 55.4 ? 22.9 : 21.5, 27.8));
            }
            for (int i = 0; i < eastBorders; i++) {
                add(Zone.EAST_BORDER, NodeKind.BORDER_CROSSING, uniform(geoRandom, 55.9, 59.2), uniform(geoRandom, 27.6, 28.2));
            }
            for (int i = 0; i < adversary; i++) {
                add(Zone.ADVERSARY, geoRandom.nextDouble() < 0.3 ? NodeKind.RAIL_HUB : NodeKind.CITY,
                        uniform(geoRandom, 55.0, 59.0), uniform(geoRandom, 28.6, 31.5));
            }
            if (count != n) {
                throw new IllegalStateException("placed " + count + " nodes, wanted " + n);
            }
        }

        /** The first inland node of a zone is a rail hub, so every side has one; then rail hubs and cities. */
        private NodeKind inlandKind(int index) {
            return index == 0 || geoRandom.nextDouble() < 0.4 ? NodeKind.RAIL_HUB : NodeKind.CITY;
        }

        private double[] alongCoast(double[][] coast, double t) {
            double at = Math.min(t, 0.999999) * (coast.length - 1);
            int segment = (int) at;
            double f = at - segment;
            double la = coast[segment][0] + f * (coast[segment + 1][0] - coast[segment][0]);
            double lo = coast[segment][1] + f * (coast[segment + 1][1] - coast[segment][1]);
            return new double[] {la + uniform(geoRandom, -0.03, 0.03), lo + uniform(geoRandom, -0.03, 0.03)};
        }

        private int add(Zone z, NodeKind k, double latitude, double longitude) {
            int i = count++;
            zone[i] = z;
            kind[i] = k;
            lat[i] = round(latitude, 1e4);
            lon[i] = round(longitude, 1e4);
            x[i] = lon[i] * KM_PER_DEG_LON;
            y[i] = lat[i] * KM_PER_DEG_LAT;
            nation[i] = nationAt(z, lat[i], lon[i]);
            name[i] = nationName(nation[i]) + " " + k.label().replace('_', ' ') + " " + (i + 1);
            return i;
        }

        private void finishIds() {
            int width = Math.max(4, Integer.toString(n).length());
            for (int i = 0; i < n; i++) {
                String label = switch (kind[i]) {
                    case CITY -> "city";
                    case CAPITAL -> "capital";
                    case PORT -> "port";
                    case AIRFIELD -> "airfield";
                    case RAIL_HUB -> "railhub";
                    case GAUGE_BREAK -> "gauge";
                    case BORDER_CROSSING -> "border";
                };
                id[i] = NodeId.of(nation[i].value() + "-" + label + "-" + pad(i + 1, width));
            }
        }

        private static NationCode nationAt(Zone z, double latitude, double longitude) {
            return switch (z) {
                case WEST -> longitude < 6.2 ? (latitude > 51.4 ? NLD : BEL) : (latitude < 49.6 && longitude < 8.2 ? FRA : DEU);
                case CENTRAL, WEST_BORDER -> POL;
                case GAUGE -> LTU;
                case EAST, EAST_BORDER -> latitude < 56.3 ? LTU : latitude < 57.8 ? LVA : EST;
                case ADVERSARY -> RUS;
            };
        }

        private static RegionId regionOf(Zone z, NationCode code) {
            return switch (z) {
                case WEST -> WEST_REGION;
                case CENTRAL, WEST_BORDER -> CENTRAL_REGION;
                case GAUGE, EAST, EAST_BORDER -> code.equals(LTU) ? BALTIC_SOUTH : BALTIC_NORTH;
                case ADVERSARY -> ADVERSARY_REGION;
            };
        }

        private List<Node> finishNodes(double reinforcementTonnes) {
            double frontier = frontierTonnesPerDay(reinforcementTonnes);
            List<Node> nodes = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                double handling = switch (kind[i]) {
                    case PORT -> atLeastOne(Math.round(uniform(netRandom, 0.4, 1.0) * frontier));
                    case AIRFIELD -> atLeastOne(Math.round(uniform(netRandom, 0.1, 0.3) * frontier));
                    case RAIL_HUB -> netRandom.nextBoolean()
                            ? Double.POSITIVE_INFINITY
                            : atLeastOne(Math.round(uniform(netRandom, 1.5, 3.0) * frontier));
                    default -> Double.POSITIVE_INFINITY;
                };
                nodes.add(new Node(id[i], name[i], nation[i], kind[i], new GeoPoint(lat[i], lon[i]),
                        Optional.of(regionOf(zone[i], nation[i])), handling, GENERATED));
            }
            return nodes;
        }

        // ---- links ----------------------------------------------------------------------------

        private void buildLinks() {
            finishIds();
            int[] allied = indexes(z -> z != Zone.ADVERSARY);
            spanningTree(allied, Mode.ROAD, Optional.empty());
            nearestNeighbours(allied, 2, Mode.ROAD, Optional.empty());
            int[] adversary = indexes(z -> z == Zone.ADVERSARY);
            spanningTree(adversary, Mode.ROAD, Optional.empty());
            for (int border : indexes(z -> z == Zone.EAST_BORDER)) {
                addDraft(border, nearest(border, adversary), Mode.ROAD, true, Optional.empty());
            }

            Optional<RailGauge> standard = Optional.of(RailGauge.STANDARD_1435);
            Optional<RailGauge> broad = Optional.of(RailGauge.BROAD_1520);
            int[] westRail = railCapable(z -> z == Zone.WEST || z == Zone.CENTRAL);
            int[] centralRail = railCapable(z -> z == Zone.CENTRAL);
            int[] eastRail = railCapable(z -> z == Zone.EAST);
            spanningTree(westRail, Mode.RAIL, standard);
            nearestNeighbours(westRail, 1, Mode.RAIL, standard);
            spanningTree(eastRail, Mode.RAIL, broad);
            nearestNeighbours(eastRail, 1, Mode.RAIL, broad);
            for (int gauge : indexes(z -> z == Zone.GAUGE)) {
                addDraft(gauge, nearest(gauge, centralRail), Mode.RAIL, true, standard);
                addDraft(gauge, nearest(gauge, eastRail), Mode.RAIL, true, broad);
            }

            acrossTheatre(kindIn(Zone.WEST, NodeKind.PORT), kindIn(Zone.EAST, NodeKind.PORT), Mode.SEA);
            acrossTheatre(kindIn(Zone.WEST, NodeKind.AIRFIELD), kindIn(Zone.EAST, NodeKind.AIRFIELD), Mode.AIR);
        }

        /** Each eastern end to up to two random western ends, then every western end to at least one. */
        private void acrossTheatre(int[] west, int[] east, Mode mode) {
            boolean[] linked = new boolean[west.length];
            for (int e : east) {
                int first = netRandom.nextInt(west.length);
                addDraft(west[first], e, mode, false, Optional.empty());
                linked[first] = true;
                if (west.length > 1) {
                    int second = (first + 1 + netRandom.nextInt(west.length - 1)) % west.length;
                    addDraft(west[second], e, mode, false, Optional.empty());
                    linked[second] = true;
                }
            }
            for (int w = 0; w < west.length; w++) {
                if (!linked[w]) {
                    addDraft(west[w], east[netRandom.nextInt(east.length)], mode, false, Optional.empty());
                }
            }
        }

        /** Prim's algorithm over {@code members}, O(k²) on the cheap planar distance. */
        private void spanningTree(int[] members, Mode mode, Optional<RailGauge> gauge) {
            int k = members.length;
            if (k < 2) {
                return;
            }
            boolean[] inTree = new boolean[k];
            double[] best = new double[k];
            int[] via = new int[k];
            java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
            best[0] = 0;
            via[0] = -1;
            for (int step = 0; step < k; step++) {
                int next = -1;
                for (int i = 0; i < k; i++) {
                    if (!inTree[i] && (next < 0 || best[i] < best[next])) {
                        next = i;
                    }
                }
                inTree[next] = true;
                if (via[next] >= 0) {
                    addDraft(members[via[next]], members[next], mode, true, gauge);
                }
                int from = members[next];
                for (int i = 0; i < k; i++) {
                    if (!inTree[i]) {
                        double d = planar(from, members[i]);
                        if (d < best[i]) {
                            best[i] = d;
                            via[i] = next;
                        }
                    }
                }
            }
        }

        private void nearestNeighbours(int[] members, int k, Mode mode, Optional<RailGauge> gauge) {
            int[] nearest = new int[k];
            double[] dist = new double[k];
            for (int a : members) {
                java.util.Arrays.fill(nearest, -1);
                java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
                for (int b : members) {
                    if (b == a) {
                        continue;
                    }
                    double d = planar(a, b);
                    if (d < dist[k - 1]) {
                        int at = k - 1;
                        while (at > 0 && d < dist[at - 1]) {
                            dist[at] = dist[at - 1];
                            nearest[at] = nearest[at - 1];
                            at--;
                        }
                        dist[at] = d;
                        nearest[at] = b;
                    }
                }
                for (int b : nearest) {
                    if (b >= 0) {
                        addDraft(a, b, mode, false, gauge);
                    }
                }
            }
        }

        private int nearest(int from, int[] candidates) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c : candidates) {
                double d = planar(from, c);
                if (c != from && d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            return best;
        }

        private void addDraft(int a, int b, Mode mode, boolean spanning, Optional<RailGauge> gauge) {
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            long key = ((long) mode.ordinal() << 42) | ((long) lo << 21) | hi;
            if (lo != hi && pairs.add(key)) {
                drafts.add(new LinkDraft(a, b, mode, spanning, gauge));
            }
        }

        private List<Link> finishLinks(double reinforcementTonnes) {
            double frontier = frontierTonnesPerDay(reinforcementTonnes);
            // weights of the frontier links, per mode, so each mode's share splits unevenly
            double[] weight = new double[drafts.size()];
            double[] weightByMode = new double[Mode.values().length];
            for (int i = 0; i < drafts.size(); i++) {
                LinkDraft d = drafts.get(i);
                if (crossesFrontier(d)) {
                    weight[i] = uniform(netRandom, 0.5, 1.5);
                    weightByMode[d.mode().ordinal()] += weight[i];
                }
            }
            int[] sequence = new int[Mode.values().length];
            int width = Math.max(4, Integer.toString(drafts.size()).length());
            List<Link> links = new ArrayList<>(drafts.size());
            for (int i = 0; i < drafts.size(); i++) {
                LinkDraft d = drafts.get(i);
                double greatCircle = new GeoPoint(lat[d.a()], lon[d.a()]).distanceKm(new GeoPoint(lat[d.b()], lon[d.b()]));
                double distance;
                double speed;
                double weightLimit = Double.POSITIVE_INFINITY;
                switch (d.mode()) {
                    case ROAD -> {
                        distance = greatCircle * 1.25;
                        speed = uniform(netRandom, 35, 50);
                        if (!d.spanning() && netRandom.nextDouble() < 0.2) {
                            weightLimit = netRandom.nextBoolean() ? 40 : 50;
                        }
                    }
                    case RAIL -> {
                        distance = greatCircle * 1.2;
                        speed = uniform(netRandom, 40, 60);
                    }
                    case SEA -> {
                        distance = greatCircle * 1.5;
                        speed = uniform(netRandom, 28, 34);
                    }
                    case AIR -> {
                        distance = greatCircle;
                        speed = uniform(netRandom, 650, 750);
                        weightLimit = netRandom.nextBoolean() ? 37 : 77;
                    }
                    default -> throw new IllegalStateException("unknown mode " + d.mode());
                }
                double capacity;
                if (crossesFrontier(d)) {
                    double share = switch (d.mode()) {
                        case RAIL -> RAIL_SHARE;
                        case ROAD -> ROAD_SHARE;
                        case SEA -> SEA_SHARE;
                        case AIR -> AIR_SHARE;
                    };
                    capacity = atLeastOne(Math.round(share * frontier * weight[i] / weightByMode[d.mode().ordinal()]));
                } else {
                    // interior links: each at least the whole frontier, so the frontier stays the cut
                    capacity = netRandom.nextDouble() < 0.25
                            ? Double.POSITIVE_INFINITY
                            : atLeastOne(Math.round(uniform(netRandom, 1.5, 3.0) * frontier));
                }
                distance = round(Math.max(distance, 0.1), 10);
                double hours = round(Math.max(distance / speed, 0.1), 10);
                String linkId = d.mode().label() + "-" + pad(++sequence[d.mode().ordinal()], width);
                if (d.mode() == Mode.AIR && Double.isFinite(capacity)) {
                    // air bridges in sorties a day, so a scenario's lift.yaml aircraft sets their tonnes
                    double element = LiftIncrements.DEFAULT.tonnes(Mode.AIR);
                    // hundredths of a sortie a day (one every 100 days), rounded down: never more than drawn
                    double sorties = Math.max(0.01, Math.floor(capacity / element * 100) / 100);
                    links.add(new Link(LinkId.of(linkId), id[d.a()], id[d.b()], d.mode(), distance, hours, sorties * element,
                            d.gauge(), weightLimit, GENERATED, java.util.OptionalDouble.of(sorties)));
                    continue;
                }
                links.add(new Link(LinkId.of(linkId), id[d.a()], id[d.b()], d.mode(), distance, hours, capacity,
                        d.gauge(), weightLimit, GENERATED));
            }
            return links;
        }

        private boolean crossesFrontier(LinkDraft d) {
            return zone[d.a()].westSide() != zone[d.b()].westSide()
                    && zone[d.a()] != Zone.ADVERSARY && zone[d.b()] != Zone.ADVERSARY;
        }

        /** Each gauge break transships about what its standard-gauge approach carries. */
        private List<GaugeBreak> gaugeBreaks(List<Link> links) {
            List<GaugeBreak> breaks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (zone[i] != Zone.GAUGE) {
                    continue;
                }
                double approach = Double.POSITIVE_INFINITY;
                for (Link link : links) {
                    if (link.touches(id[i]) && link.gauge().equals(Optional.of(RailGauge.STANDARD_1435))) {
                        approach = Math.min(approach, link.capacityTonnesPerDay());
                    }
                }
                double capacity = Double.isInfinite(approach)
                        ? Double.POSITIVE_INFINITY
                        : atLeastOne(Math.round(approach * uniform(netRandom, 0.8, 1.0)));
                breaks.add(new GaugeBreak(id[i], Math.round(uniform(netRandom, 12, 36)), capacity, GENERATED));
            }
            return breaks;
        }

        private double frontierTonnesPerDay(double reinforcementTonnes) {
            return FRONTIER_FACTOR * reinforcementTonnes / spec.days();
        }

        // ---- forces ---------------------------------------------------------------------------

        private final class Forces {
            final List<Unit> units = new ArrayList<>();
            final List<Placement> posture = new ArrayList<>();
            final List<Reinforcement> reinforcements = new ArrayList<>();
            final List<List<UnitId>> byAssemblyArea = new ArrayList<>();
            final int[] assemblyNodes;
            double totalReinforcementTonnes;

            Forces(int[] assemblyNodes) {
                this.assemblyNodes = assemblyNodes;
                for (int i = 0; i < assemblyNodes.length; i++) {
                    byAssemblyArea.add(new ArrayList<>());
                }
            }
        }

        private Forces generateForces() {
            int total = spec.units();
            int inPlace = total >= 2 ? Math.max(1, (int) Math.round(total * 0.2)) : 0;
            int adversary = total >= 3 ? Math.max(1, (int) Math.round(total * 0.2)) : 0;
            int reinforcing = total - inPlace - adversary;
            int width = Math.max(4, Integer.toString(total).length());

            int[] adversaryNodes = indexes(z -> z == Zone.ADVERSARY);
            int[] assembly = java.util.Arrays.copyOf(adversaryNodes, Math.min(3, adversaryNodes.length));
            Forces forces = new Forces(assembly);

            int[] westAirfields = kindIn(Zone.WEST, NodeKind.AIRFIELD);
            int[] westPorts = kindIn(Zone.WEST, NodeKind.PORT);
            int[] westInland = inland(Zone.WEST);
            int[] centralInland = inland(Zone.CENTRAL);
            int[] eastInland = inland(Zone.EAST);
            int[] eastDestinations = concat(eastInland, kindIn(Zone.EAST, NodeKind.PORT));
            int maxNotice = (int) Math.floor(spec.days() * 0.6);
            int seq = 0;

            for (int r = 0; r < reinforcing; r++) {
                int typeIndex = pick(forceRandom, REINFORCEMENT_MIX);
                NationCode code = REINFORCING[pick(forceRandom, REINFORCING_WEIGHTS)];
                int home;
                if (typeIndex == AVIATION_INDEX || typeIndex == FIGHTER_INDEX) {
                    home = any(westAirfields);
                } else if (code.equals(USA) || code.equals(GBR)) {
                    home = any(westPorts);
                } else if (code.equals(POL)) {
                    home = any(centralInland);
                } else {
                    home = anyOfNation(westInland, code);
                }
                Readiness readiness = reinforcementReadiness(maxNotice);
                Unit unit = unit(++seq, width, code, typeIndex, readiness, home);
                forces.units.add(unit);
                int destination = forceRandom.nextDouble() < 0.3 && capitals > 0
                        ? eastInland[forceRandom.nextInt(capitals)]
                        : any(eastDestinations);
                double available = readiness.noticeHours();
                // road transit, a day for loading and unloading, and up to 36 h of transshipment
                double estimate = distanceKm(home, destination) * 1.3 / Mode.ROAD.defaultSpeedKmh() + 24 + 36;
                double required = Math.min(horizonHours,
                        available + Math.ceil(estimate * uniform(forceRandom, 1.2, 2.5)) + forceRandom.nextInt(73));
                int priority = switch (readiness.tier()) {
                    case TIER_1 -> 1;
                    case TIER_2 -> 2;
                    default -> 3;
                };
                forces.reinforcements.add(reinforcement(unit, typeIndex, code, id[destination], available, required, priority,
                        centralInland));
                forces.totalReinforcementTonnes += unit.lift().tonnes();
            }
            for (int p = 0; p < inPlace; p++) {
                int typeIndex = pick(forceRandom, POSTURE_MIX);
                int home = any(eastInland);
                NationCode code = forceRandom.nextDouble() < 0.7 ? nation[home] : FORWARD[forceRandom.nextInt(FORWARD.length)];
                Unit unit = unit(++seq, width, code, typeIndex, new Readiness(0, ForceTier.IN_PLACE), home);
                forces.units.add(unit);
                forces.posture.add(new Placement(unit.id(), id[home], GENERATED));
            }
            for (int a = 0; a < adversary; a++) {
                int typeIndex = pick(forceRandom, ADVERSARY_MIX);
                int area = a % assembly.length;
                Unit unit = unit(++seq, width, RUS, typeIndex, Readiness.ofNoticeDays(0), assembly[area]);
                forces.units.add(unit);
                forces.byAssemblyArea.get(area).add(unit.id());
            }
            return forces;
        }

        /**
         * The reinforcement, with the deployment practices of issue 13 by fixed rules (no random draw,
         * so the rest of the instance is as before them): every second US armoured battalion draws
         * prepositioned equipment at a central inland node, eight to a node (as US armoured brigades
         * draw at APS sites in Poland), and the other US ground units fly their personnel apart from
         * their equipment.
         */
        private Reinforcement reinforcement(Unit unit, int typeIndex, NationCode code, NodeId destination, double available,
                                            double required, int priority, int[] centralInland) {
            boolean us = code.equals(USA);
            if (us && typeIndex == 0 && centralInland.length > 0 && usArmoured++ % 2 == 1) {
                // eight battalions a site, within the 4,000-5,000 soldiers a heavy brigade set equips
                int site = centralInland[(usArmoured / 2 / 8) % centralInland.length];
                return new Reinforcement(unit.id(), destination, available, required, priority, GENERATED,
                        Optional.of(id[site]), Reinforcement.defaultDrawHours(unit.personnel()));
            }
            boolean ground = typeIndex != AVIATION_INDEX && typeIndex != FIGHTER_INDEX;
            return new Reinforcement(unit.id(), destination, available, required, priority, GENERATED, Optional.empty(), 0,
                    us && ground ? PersonnelMove.AIR : PersonnelMove.WITH_EQUIPMENT);
        }

        private int usArmoured;

        /** Tier 1 (1–10 days) 35 %, tier 2 (11–30) 40 %, tier 3 (31–180) 25 %, all within 60 % of the horizon. */
        private Readiness reinforcementReadiness(int maxNotice) {
            double draw = forceRandom.nextDouble();
            int lo;
            int hi;
            if (draw < 0.35) {
                lo = 1;
                hi = 10;
            } else if (draw < 0.75) {
                lo = 11;
                hi = 30;
            } else {
                lo = 31;
                hi = 180;
            }
            while (lo > maxNotice && lo > 1) {
                // the tier does not fit the horizon: take the next faster one
                hi = lo == 31 ? 30 : 10;
                lo = lo == 31 ? 11 : 1;
            }
            hi = Math.min(hi, maxNotice);
            int notice = hi < lo ? Math.max(0, maxNotice) : lo + forceRandom.nextInt(hi - lo + 1);
            return Readiness.ofNoticeDays(notice);
        }

        private Unit unit(int seq, int width, NationCode code, int typeIndex, Readiness readiness, int home) {
            UnitType type = UnitTypeCatalogue.TYPES.get(typeIndex);
            double f = uniform(forceRandom, 0.9, 1.1);
            String typeId = type.id().value();
            UnitId unitId = UnitId.of(code.value() + "-" + typeId + "-" + pad(seq, width));
            return new Unit(unitId, code, type.id(), type.name() + " " + seq + " (" + code.value() + ")",
                    (int) Math.round(type.personnel() * f),
                    (int) Math.round(type.vehicles() * f),
                    new Lift(Math.round(type.lift().tonnes() * f), Math.round(type.lift().squareMetres() * f)),
                    type.heaviestItemTonnes(),
                    round(type.combatValue() * uniform(forceRandom, 0.9, 1.1), 100),
                    readiness, id[home], GENERATED);
        }

        // ---- objectives and threat ------------------------------------------------------------

        private List<Objective> objectives() {
            List<Objective> objectives = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (kind[i] == NodeKind.CAPITAL) {
                    objectives.add(objective(name[i].toLowerCase(java.util.Locale.ROOT), name[i], i, ObjectiveKind.CAPITAL, 1));
                }
            }
            int corridors = 0;
            int ports = 0;
            int hubs = 0;
            for (int i = 0; i < n; i++) {
                if (kind[i] == NodeKind.GAUGE_BREAK && corridors < 2) {
                    corridors++;
                    objectives.add(objective("corridor-" + corridors, "Gauge-break corridor at " + name[i], i, ObjectiveKind.CORRIDOR, 1));
                } else if (zone[i] == Zone.EAST && kind[i] == NodeKind.PORT && ports < 1) {
                    ports++;
                    objectives.add(objective("port-" + ports, name[i], i, ObjectiveKind.PORT, 2));
                } else if (zone[i] == Zone.EAST && kind[i] == NodeKind.RAIL_HUB && hubs < 1) {
                    hubs++;
                    objectives.add(objective("railhub-" + hubs, name[i], i, ObjectiveKind.RAIL_HUB, 3));
                }
            }
            return objectives;
        }

        private Objective objective(String objectiveId, String objectiveName, int node, ObjectiveKind k, int priority) {
            return new Objective(ObjectiveId.of(objectiveId), objectiveName, id[node], k, priority, GENERATED);
        }

        private Threat threat(Forces forces, List<Objective> objectives) {
            double warning = Math.max(1, Math.round(uniform(threatRandom, 0.1, 0.3) * horizonHours));
            int[] borders = indexes(z -> z == Zone.EAST_BORDER);
            List<AssemblyArea> areas = new ArrayList<>();
            List<Axis> axes = new ArrayList<>();
            for (int a = 0; a < forces.assemblyNodes.length; a++) {
                int node = forces.assemblyNodes[a];
                AssemblyAreaId areaId = AssemblyAreaId.of("aa-" + (a + 1));
                String areaName = "Assembly area " + (a + 1) + " near " + name[node];
                areas.add(new AssemblyArea(areaId, areaName, id[node], forces.byAssemblyArea.get(a)));
                Objective target = objectives.get(0);
                double best = Double.POSITIVE_INFINITY;
                for (Objective objective : objectives) {
                    double d = distanceKm(node, indexOf(objective.node()));
                    if (d < best) {
                        best = d;
                        target = objective;
                    }
                }
                int crossing = nearest(node, borders);
                List<NodeId> route = crossing >= 0 ? List.of(id[crossing]) : List.of();
                axes.add(new Axis(AxisId.of("axis-" + (a + 1)), areaName + " to " + target.name(), areaId, target.id(), route));
            }
            threatRandom.nextLong(); // reserved: keeps later draws stable if threat details grow
            return new Threat(warning, areas, axes, GENERATED);
        }

        private int indexOf(NodeId nodeId) {
            for (int i = 0; i < n; i++) {
                if (id[i].equals(nodeId)) {
                    return i;
                }
            }
            throw new IllegalStateException("no node " + nodeId);
        }

        // ---- small helpers --------------------------------------------------------------------

        private int[] indexes(java.util.function.Predicate<Zone> in) {
            int[] out = new int[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (in.test(zone[i])) {
                    out[k++] = i;
                }
            }
            return java.util.Arrays.copyOf(out, k);
        }

        private int[] kindIn(Zone z, NodeKind k) {
            int[] out = new int[n];
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (zone[i] == z && kind[i] == k) {
                    out[c++] = i;
                }
            }
            return java.util.Arrays.copyOf(out, c);
        }

        /** Cities, capitals and rail hubs of a zone. */
        private int[] inland(Zone z) {
            int[] out = new int[n];
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (zone[i] == z && (kind[i] == NodeKind.CITY || kind[i] == NodeKind.CAPITAL || kind[i] == NodeKind.RAIL_HUB)) {
                    out[c++] = i;
                }
            }
            return java.util.Arrays.copyOf(out, c);
        }

        /** Nodes with a railway station: cities, capitals, rail hubs and ports. */
        private int[] railCapable(java.util.function.Predicate<Zone> in) {
            int[] out = new int[n];
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (in.test(zone[i]) && kind[i] != NodeKind.AIRFIELD && kind[i] != NodeKind.BORDER_CROSSING
                        && kind[i] != NodeKind.GAUGE_BREAK) {
                    out[c++] = i;
                }
            }
            return java.util.Arrays.copyOf(out, c);
        }

        private int anyOfNation(int[] candidates, NationCode code) {
            int matching = 0;
            for (int c : candidates) {
                if (nation[c].equals(code)) {
                    matching++;
                }
            }
            if (matching == 0) {
                return any(candidates);
            }
            int chosen = forceRandom.nextInt(matching);
            for (int c : candidates) {
                if (nation[c].equals(code) && chosen-- == 0) {
                    return c;
                }
            }
            throw new IllegalStateException("unreachable");
        }

        private int any(int[] candidates) {
            return candidates[forceRandom.nextInt(candidates.length)];
        }

        private double planar(int a, int b) {
            double dx = x[a] - x[b];
            double dy = y[a] - y[b];
            return dx * dx + dy * dy;
        }

        private double distanceKm(int a, int b) {
            return new GeoPoint(lat[a], lon[a]).distanceKm(new GeoPoint(lat[b], lon[b]));
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int pick(SplittableRandom random, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double draw = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("weights are all zero");
    }

    private static double uniform(SplittableRandom random, double lo, double hi) {
        return lo + random.nextDouble() * (hi - lo);
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }

    private static double atLeastOne(double value) {
        return Math.max(1, value);
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    private static String nationName(NationCode code) {
        for (Nation nation : NATIONS) {
            if (nation.code().equals(code)) {
                return nation.name();
            }
        }
        throw new IllegalStateException("no nation " + code);
    }
}
