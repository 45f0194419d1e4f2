package org.bulwark.cli.export;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bulwark.deploy.Bottleneck;
import org.bulwark.deploy.Bound;
import org.bulwark.deploy.Closure;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Leg;
import org.bulwark.deploy.LegKind;
import org.bulwark.deploy.Movement;
import org.bulwark.deploy.MovementStatus;
import org.bulwark.deploy.Objective;
import org.bulwark.deploy.Resource;
import org.bulwark.deploy.UnreachableReason;
import org.bulwark.deploy.Utilisation;
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

/**
 * A tiny scenario and a plan for it, both built by hand so the writers are tested without the
 * planner: one late unit by rail and road (with a mode change at Warsaw), one on-time unit by
 * air whose name needs CSV quoting, one unit that is too heavy for any route.
 */
public final class TestdataPlans {
    public static final NodeId GRF = NodeId.of("DE_GRF");
    public static final NodeId WAW = NodeId.of("PL_WAW");
    public static final NodeId VNO = NodeId.of("LT_VNO");
    public static final NodeId RMS = NodeId.of("DE_RMS");
    public static final NodeId SQQ = NodeId.of("LT_SQQ");
    public static final LinkId RAIL = LinkId.of("rail-1");
    public static final LinkId ROAD = LinkId.of("road-1");
    public static final LinkId AIR = LinkId.of("air-1");

    private TestdataPlans() {
    }

    public static Scenario scenario() {
        NationCode deu = NationCode.of("DEU");
        NationCode ltu = NationCode.of("LTU");
        RegionId west = RegionId.of("west");
        RegionId baltic = RegionId.of("baltic");
        List<Node> nodes = List.of(
                new Node(GRF, "Grafenwöhr", deu, NodeKind.CITY, new GeoPoint(49.7167, 11.9), Optional.of(west), Double.POSITIVE_INFINITY, Source.NONE),
                new Node(WAW, "Warsaw", NationCode.of("POL"), NodeKind.RAIL_HUB, new GeoPoint(52.2167, 21.0333), Optional.empty(), 12000, Source.NONE),
                new Node(VNO, "Vilnius", ltu, NodeKind.CAPITAL, new GeoPoint(54.6833, 25.2833), Optional.of(baltic), 8000, Source.NONE),
                new Node(RMS, "Ramstein", deu, NodeKind.AIRFIELD, new GeoPoint(49.4369, 7.6003), Optional.of(west), 2500, Source.NONE),
                new Node(SQQ, "Šiauliai", ltu, NodeKind.AIRFIELD, new GeoPoint(55.8939, 23.395), Optional.of(baltic), 1200, Source.NONE));
        List<Link> links = List.of(
                new Link(RAIL, GRF, WAW, Mode.RAIL, 812.4, 16.25, 6000, Optional.of(RailGauge.STANDARD_1435), Double.POSITIVE_INFINITY, Source.NONE),
                new Link(ROAD, WAW, VNO, Mode.ROAD, 460, 11.5, Double.POSITIVE_INFINITY, Optional.empty(), 50, Source.NONE),
                new Link(AIR, RMS, SQQ, Mode.AIR, 1500, 2.14, 400, Optional.empty(), 37, Source.NONE));
        UnitType armoured = new UnitType(UnitTypeId.of("armoured_bn"), "Armoured battalion", UnitCategory.ARMOURED,
                550, 150, new Lift(6000, 5500), 64, 1.0, Source.NONE);
        List<Unit> units = List.of(
                new Unit(UnitId.of("DEU_PzGrenBtl_122"), deu, armoured.id(), "Panzergrenadierbataillon 122", 540, 148,
                        new Lift(2000, 5400), 40, 1.0, Readiness.ofNoticeDays(4), GRF, Source.NONE),
                new Unit(UnitId.of("DEU_JgBtl_1"), deu, armoured.id(), "Jägerbataillon 1, \"air-mobile\"", 600, 60,
                        new Lift(300, 1800), 12, 0.5, Readiness.ofNoticeDays(2), RMS, Source.NONE),
                new Unit(UnitId.of("DEU_PzBtl_203"), deu, armoured.id(), "Panzerbataillon 203", 540, 148,
                        new Lift(5900, 5400), 64, 1.0, Readiness.ofNoticeDays(12), GRF, Source.NONE));
        List<Reinforcement> reinforcements = List.of(
                new Reinforcement(units.get(0).id(), VNO, 96, 140, 2, Source.NONE),
                new Reinforcement(units.get(1).id(), SQQ, 48, 72, 1, Source.NONE),
                new Reinforcement(units.get(2).id(), VNO, 288, 480, 1, Source.NONE));
        ScenarioInfo info = new ScenarioInfo("test-vignette", "Test vignette", "Hand-made for the writers' tests.",
                "UNCLASSIFIED", true, "2023", 30 * 24);
        return new Scenario(info, List.of(new Nation(deu, "Germany", NationRole.ALLY), new Nation(ltu, "Lithuania", NationRole.ALLY),
                new Nation(NationCode.of("POL"), "Poland", NationRole.PARTNER)), List.of(armoured), units,
                new Network(nodes, links, List.of()), List.of(new Region(west, "Germany"), new Region(baltic, "Baltic")),
                List.of(), List.of(), reinforcements, Threat.NONE, Spending.NONE);
    }

    public static DeploymentPlan plan() {
        Movement late = new Movement(UnitId.of("DEU_PzGrenBtl_122"), GRF, VNO, 96, 140, 2, 2000, List.of(
                new Leg(0, LegKind.TRANSFER, Optional.empty(), GRF, GRF, Optional.empty(), 96, 100),
                new Leg(1, LegKind.MOVE, Optional.of(Mode.RAIL), GRF, WAW, Optional.of(RAIL), 102, 118.25),
                new Leg(2, LegKind.TRANSFER, Optional.empty(), WAW, WAW, Optional.empty(), 118.25, 124),
                new Leg(3, LegKind.MOVE, Optional.of(Mode.ROAD), WAW, VNO, Optional.of(ROAD), 124, 135.5),
                new Leg(4, LegKind.TRANSFER, Optional.empty(), VNO, VNO, Optional.empty(), 135.5, 150.125)),
                MovementStatus.LATE, OptionalDouble.of(150.125), 10.125, Optional.empty(),
                "waited 2 h for rail-1 DE_GRF→PL_WAW", OptionalDouble.of(150.125), 48);
        Movement onTime = new Movement(UnitId.of("DEU_JgBtl_1"), RMS, SQQ, 48, 72, 1, 300, List.of(
                new Leg(0, LegKind.TRANSFER, Optional.empty(), RMS, RMS, Optional.empty(), 48, 51),
                new Leg(1, LegKind.MOVE, Optional.of(Mode.AIR), RMS, SQQ, Optional.of(AIR), 51, 53.14),
                new Leg(2, LegKind.TRANSFER, Optional.empty(), SQQ, SQQ, Optional.empty(), 53.14, 60)),
                MovementStatus.ON_TIME, OptionalDouble.of(60), 0, Optional.empty(), "");
        Movement unreachable = new Movement(UnitId.of("DEU_PzBtl_203"), GRF, VNO, 288, 480, 1, 5900, List.of(),
                MovementStatus.UNREACHABLE, OptionalDouble.empty(), 0, Optional.of(UnreachableReason.TOO_HEAVY),
                "road-1 carries at most 50 t; the heaviest item is 64 t");
        Resource rail = Resource.link(RAIL, GRF, WAW);
        List<Utilisation> utilisation = List.of(
                new Utilisation(rail, 1500, List.of(new Utilisation.PeriodUse(17, 1500), new Utilisation.PeriodUse(18, 500))),
                new Utilisation(Resource.link(ROAD, WAW, VNO), Double.POSITIVE_INFINITY, List.of(new Utilisation.PeriodUse(20, 2000))),
                new Utilisation(Resource.handling(WAW), 3000, List.of(new Utilisation.PeriodUse(19, 2000))),
                new Utilisation(Resource.link(AIR, RMS, SQQ), 100, List.of(new Utilisation.PeriodUse(8, 100), new Utilisation.PeriodUse(9, 100),
                        new Utilisation.PeriodUse(10, 100))));
        List<Closure> closures = List.of(new Closure("baltic", List.of(new Closure.Point(0, 0, 0, 0),
                new Closure.Point(60, 1, 600, 0.5), new Closure.Point(150.125, 2, 1140, 1.5))));
        return new DeploymentPlan(6, 120, List.of(late, onTime, unreachable), closures, utilisation,
                List.of(new Bottleneck(1, rail, 6000, 5.0625, 1, 1)),
                new Objective(5.0625, 150.125, 2_994_800), new Bound(2.5, 140, "critical-path"));
    }
}
