package org.bulwark.scenario;

import java.util.List;
import java.util.Optional;
import org.bulwark.model.AssemblyArea;
import org.bulwark.model.AssemblyAreaId;
import org.bulwark.model.Axis;
import org.bulwark.model.AxisId;
import org.bulwark.model.ForceTier;
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
import org.bulwark.model.Objective;
import org.bulwark.model.ObjectiveId;
import org.bulwark.model.ObjectiveKind;
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
import org.bulwark.model.UnitCategory;
import org.bulwark.model.UnitId;
import org.bulwark.model.UnitType;
import org.bulwark.model.UnitTypeId;

/** Small named scenarios, built by hand, for tests in this module and (through the test jar) others. */
public final class TestdataScenarios {
    private TestdataScenarios() {
    }

    /**
     * A Suwałki-gap vignette: Germany reinforces Lithuania over a rail line with a gauge break at
     * Mockava, a road and an air route; one Lithuanian unit in place, one adversary unit. Its
     * strings and numbers exercise the writer's quoting and formatting: a comma and quote in a
     * name, non-ASCII letters, YAML look-alikes ({@code no}, {@code 2023}), fractions, dual gauge,
     * unconstrained capacities and sources with and without citations.
     */
    public static Scenario suwalkiVignette() {
        Source cited = Source.of("https://example.org/rail-baltica, p. 3", false);
        Source estimated = Source.of("general knowledge", true);
        NationCode deu = NationCode.of("DEU");
        NationCode ltu = NationCode.of("LTU");
        NationCode rus = NationCode.of("RUS");
        RegionId west = RegionId.of("west");
        RegionId baltic = RegionId.of("baltic-south");

        NodeId grf = NodeId.of("DE_GRF");
        NodeId waw = NodeId.of("PL_WAW");
        NodeId mck = NodeId.of("LT_MCK");
        NodeId kun = NodeId.of("LT_KUN");
        NodeId vno = NodeId.of("LT_VNO");
        NodeId kgd = NodeId.of("RU_KGD");
        NodeId ramstein = NodeId.of("DE_RMS");
        NodeId siauliai = NodeId.of("LT_SQQ");
        List<Node> nodes = List.of(
                new Node(grf, "Grafenwöhr", deu, NodeKind.CITY, new GeoPoint(49.7167, 11.9), Optional.of(west), Double.POSITIVE_INFINITY, cited),
                new Node(waw, "Warsaw, \"Warszawa\"", NationCode.of("POL"), NodeKind.RAIL_HUB, new GeoPoint(52.2167, 21.0333), Optional.empty(), 12000, Source.NONE),
                new Node(mck, "Mockava", ltu, NodeKind.GAUGE_BREAK, new GeoPoint(54.0167, 23.0), Optional.of(baltic), Double.POSITIVE_INFINITY, estimated),
                new Node(kun, "Kaunas", ltu, NodeKind.CITY, new GeoPoint(54.9, 23.9333), Optional.of(baltic), Double.POSITIVE_INFINITY, Source.NONE),
                new Node(vno, "Vilnius", ltu, NodeKind.CAPITAL, new GeoPoint(54.6833, 25.2833), Optional.of(baltic), 8000.5, Source.NONE),
                new Node(kgd, "Kaliningrad", rus, NodeKind.CITY, new GeoPoint(54.71, 20.51), Optional.empty(), Double.POSITIVE_INFINITY, Source.NONE),
                new Node(ramstein, "Ramstein", deu, NodeKind.AIRFIELD, new GeoPoint(49.4369, 7.6003), Optional.of(west), 2500, Source.NONE),
                new Node(siauliai, "Šiauliai", ltu, NodeKind.AIRFIELD, new GeoPoint(55.8939, 23.395), Optional.of(baltic), 1200, Source.NONE));
        Optional<RailGauge> none = Optional.empty();
        List<Link> links = List.of(
                new Link(LinkId.of("rail-1"), grf, waw, Mode.RAIL, 812.4, 16.25, 9000, Optional.of(RailGauge.STANDARD_1435), Double.POSITIVE_INFINITY, cited),
                new Link(LinkId.of("rail-2"), waw, mck, Mode.RAIL, 290, 6, 4000, Optional.of(RailGauge.STANDARD_1435), Double.POSITIVE_INFINITY, Source.NONE),
                new Link(LinkId.of("rail-3"), mck, kun, Mode.RAIL, 119, 2.5, 3000, Optional.of(RailGauge.DUAL), Double.POSITIVE_INFINITY, Source.NONE),
                new Link(LinkId.of("rail-4"), kun, vno, Mode.RAIL, 100.2, 1.9, Double.POSITIVE_INFINITY, Optional.of(RailGauge.BROAD_1520), Double.POSITIVE_INFINITY, Source.NONE),
                new Link(LinkId.of("road-1"), waw, kun, Mode.ROAD, 410, 10.25, 2500, none, 50, estimated),
                new Link(LinkId.of("road-2"), grf, waw, Mode.ROAD, 990, 24.75, Double.POSITIVE_INFINITY, none, Double.POSITIVE_INFINITY, Source.NONE),
                new Link(LinkId.of("road-3"), kgd, kun, Mode.ROAD, 230, 5.75, Double.POSITIVE_INFINITY, none, Double.POSITIVE_INFINITY, Source.NONE),
                new Link(LinkId.of("air-1"), ramstein, siauliai, Mode.AIR, 1500, 2.1428571428571428, 400, none, 37, Source.NONE),
                new Link(LinkId.of("road-4"), ramstein, grf, Mode.ROAD, 330, 8.25, Double.POSITIVE_INFINITY, none, Double.POSITIVE_INFINITY, Source.NONE),
                new Link(LinkId.of("road-5"), siauliai, kun, Mode.ROAD, 140, 3.5, Double.POSITIVE_INFINITY, none, Double.POSITIVE_INFINITY, Source.NONE));
        List<GaugeBreak> gaugeBreaks = List.of(new GaugeBreak(mck, 24, 8000, estimated), new GaugeBreak(kun, 12.5, Double.POSITIVE_INFINITY, Source.NONE));

        UnitType armoured = new UnitType(UnitTypeId.of("armoured_bn"), "Armoured battalion", UnitCategory.ARMOURED,
                550, 150, new Lift(6000, 5500), 64, 1.0, estimated);
        UnitType light = new UnitType(UnitTypeId.of("light_infantry_bn"), "Light infantry battalion", UnitCategory.LIGHT_INFANTRY,
                600, 60, new Lift(900, 1800.5), 12, 0.35, Source.NONE);
        List<Unit> units = List.of(
                new Unit(UnitId.of("DEU_PzBtl_203"), deu, armoured.id(), "Panzerbataillon 203", 540, 148, new Lift(5900, 5400),
                        64, 1.0, Readiness.ofNoticeDays(12), grf, cited),
                new Unit(UnitId.of("DEU_JgBtl_1"), deu, light.id(), "Jägerbataillon 1, air-mobile", 600, 60, new Lift(900, 1800.5),
                        12, 0.35, Readiness.ofNoticeDays(2.5), ramstein, Source.NONE),
                new Unit(UnitId.of("LTU_IRON_WOLF"), ltu, light.id(), "no", 600, 60, new Lift(900, 1800),
                        12, 0.4, new Readiness(0, ForceTier.IN_PLACE), vno, Source.NONE),
                new Unit(UnitId.of("RU_11AC_1"), rus, armoured.id(), "11th Army Corps, 1st element", 550, 150, new Lift(6000, 5500),
                        64, 1.1, Readiness.ofNoticeDays(0), kgd, estimated));
        List<Reinforcement> reinforcements = List.of(
                new Reinforcement(units.get(0).id(), vno, 288, 480, 1, Source.NONE),
                new Reinforcement(units.get(1).id(), kun, 60, 96.5, 2, estimated));
        List<Placement> posture = List.of(new Placement(units.get(2).id(), vno, cited));
        List<Objective> objectives = List.of(
                new Objective(ObjectiveId.of("vilnius"), "Vilnius", vno, ObjectiveKind.CAPITAL, 1, Source.NONE),
                new Objective(ObjectiveId.of("suwalki"), "Suwałki gap: Mockava", mck, ObjectiveKind.CORRIDOR, 1, estimated));
        AssemblyAreaId kaliningrad = AssemblyAreaId.of("kaliningrad");
        Threat threat = new Threat(168, List.of(new AssemblyArea(kaliningrad, "Kaliningrad Oblast", kgd, List.of(units.get(3).id()))),
                List.of(new Axis(AxisId.of("kaunas-axis"), "Kaliningrad to Vilnius", kaliningrad, ObjectiveId.of("vilnius"), List.of(kun)),
                        new Axis(AxisId.of("gap"), "Into the gap", kaliningrad, ObjectiveId.of("suwalki"), List.of())),
                estimated);
        ScenarioInfo info = new ScenarioInfo("suwalki-vignette", "Suwałki vignette",
                "A hand-made test scenario: reinforce Lithuania via Mockava.\nSecond line, with a colon: here.",
                "UNCLASSIFIED", true, "2023", 30 * 24);
        return new Scenario(info,
                List.of(new Nation(deu, "Germany", NationRole.ALLY), new Nation(ltu, "Lithuania", NationRole.ALLY),
                        new Nation(NationCode.of("POL"), "Poland", NationRole.PARTNER), new Nation(rus, "Russia", NationRole.ADVERSARY)),
                List.of(armoured, light), units, new Network(nodes, links, gaugeBreaks),
                List.of(new Region(west, "Germany"), new Region(baltic, "No")),
                objectives, posture, reinforcements, threat, Spending.NONE);
    }
}
