package org.bulwark.campaign;

import org.bulwark.model.ReinforcementArrivals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bulwark.model.AreaTerrain;
import org.bulwark.model.AssemblyArea;
import org.bulwark.model.AssemblyAreaId;
import org.bulwark.model.Axis;
import org.bulwark.model.AxisId;
import org.bulwark.model.Campaign;
import org.bulwark.model.CampaignInput;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Distribution;
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
import org.bulwark.model.ParameterValue;
import org.bulwark.model.Placement;
import org.bulwark.model.Readiness;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.ScenarioInfo;
import org.bulwark.model.Source;
import org.bulwark.model.Spending;
import org.bulwark.model.TerrainClass;
import org.bulwark.model.Threat;
import org.bulwark.model.Uncertainty;
import org.bulwark.model.Unit;
import org.bulwark.model.UnitId;
import org.bulwark.model.UnitTypeId;

/**
 * Hand-made campaigns for engine tests: a road map, objectives, assembly areas and axes,
 * defenders, and parameters that start neutral (no terrain, river, preparation or air effects,
 * no luck) so each test switches on only what it examines.
 */
final class TestdataCampaign {
    private static final NationCode ALLY = NationCode.of("EST");
    private static final NationCode ADVERSARY = NationCode.of("RUS");

    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Placement> posture = new ArrayList<>();
    private final List<Reinforcement> reinforcements = new ArrayList<>();
    private final Map<UnitId, OptionalDouble> arrivals = new LinkedHashMap<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final Map<String, List<String>> areaUnits = new LinkedHashMap<>();
    private final Map<String, String> areaNodes = new LinkedHashMap<>();
    private final List<Axis> axes = new ArrayList<>();
    private final Map<CampaignParameter, ParameterValue> parameters = new EnumMap<>(CampaignParameter.class);
    private final List<Uncertainty> uncertainty = new ArrayList<>();
    private final List<AreaTerrain> terrain = new ArrayList<>();
    private double days = 10;
    private double stepHours = 1;
    private double warningHours = 0;

    private TestdataCampaign() {
        neutral();
    }

    static TestdataCampaign builder() {
        return new TestdataCampaign();
    }

    /** Parameters with every modifier off: Lanchester attrition and the advance rule only. */
    private void neutral() {
        for (CampaignParameter p : CampaignParameter.values()) {
            parameters.put(p, new ParameterValue(1, Source.NONE));
        }
        set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 0.002);
        set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 0.003);
        set(CampaignParameter.DAILY_ATTRITION_SIGMA, 0);
        // Lanchester's square law, whose closed form the engine tests check
        set(CampaignParameter.DEFENDER_LOSS_RATIO_EXPONENT, 1);
        set(CampaignParameter.ATTACKER_LOSS_RATIO_EXPONENT, -1);
        set(CampaignParameter.ENGAGEMENT_SIGMA, 0);
        set(CampaignParameter.HOLD_RATIO, 1.3);
        set(CampaignParameter.BREAKTHROUGH_RATIO, 3);
        set(CampaignParameter.OPPOSED_ADVANCE_KM_PER_DAY, 15);
        set(CampaignParameter.UNOPPOSED_ADVANCE_KM_PER_DAY, 100);
        set(CampaignParameter.DEFENDER_BREAK_FRACTION, 0);
        set(CampaignParameter.ATTACKER_BREAK_FRACTION, 0);
        set(CampaignParameter.PREPARATION_HOURS, 0);
        set(CampaignParameter.ATTACKER_SORTIES_PER_DAY, 0);
        set(CampaignParameter.DEFENDER_SORTIES_PER_DAY, 0);
        set(CampaignParameter.CV_DESTROYED_PER_SORTIE, 0);
        set(CampaignParameter.ATTACKER_AIR_DEFENCE, 0);
        set(CampaignParameter.DEFENDER_AIR_DEFENCE, 0);
        set(CampaignParameter.DEFENCE_RADIUS_KM, 1000);
        // positions 10 km deep (the duel's road: contact from the first hour), defenders march at 15 km/h
        set(CampaignParameter.POSITION_DEPTH_KM, 10);
        set(CampaignParameter.DEFENDER_MARCH_KM_PER_HOUR, 15);
    }

    TestdataCampaign set(CampaignParameter parameter, double value) {
        parameters.put(parameter, new ParameterValue(value, Source.NONE));
        return this;
    }

    TestdataCampaign uncertain(CampaignInput input, Distribution distribution) {
        uncertainty.add(new Uncertainty(input, distribution, Source.NONE));
        return this;
    }

    TestdataCampaign terrain(String node, TerrainClass terrainClass, boolean river) {
        terrain.add(new AreaTerrain(NodeId.of(node), terrainClass, river, Source.NONE));
        return this;
    }

    TestdataCampaign days(double d) {
        days = d;
        return this;
    }

    TestdataCampaign step(double hours) {
        stepHours = hours;
        return this;
    }

    TestdataCampaign warning(double hours) {
        warningHours = hours;
        return this;
    }

    TestdataCampaign node(String id) {
        return node(id, ALLY);
    }

    TestdataCampaign hostileNode(String id) {
        return node(id, ADVERSARY);
    }

    private TestdataCampaign node(String id, NationCode nation) {
        nodes.add(new Node(NodeId.of(id), id, nation, NodeKind.CITY, new GeoPoint(57, 20 + nodes.size() * 0.1),
                Optional.empty(), Double.POSITIVE_INFINITY, Source.NONE));
        return this;
    }

    TestdataCampaign road(String from, String to, double km) {
        return link(from, to, km, Mode.ROAD);
    }

    TestdataCampaign link(String from, String to, double km, Mode mode) {
        links.add(new Link(LinkId.of("L" + links.size()), NodeId.of(from), NodeId.of(to), mode, km, km / 40,
                Double.POSITIVE_INFINITY, mode == Mode.RAIL ? Optional.of(org.bulwark.model.RailGauge.BROAD_1520)
                        : Optional.empty(), Double.POSITIVE_INFINITY, Source.NONE));
        return this;
    }

    TestdataCampaign objective(String id, String node) {
        objectives.add(new Objective(ObjectiveId.of(id), id, NodeId.of(node), ObjectiveKind.CITY, 1, Source.NONE));
        return this;
    }

    /** An adversary unit of the given combat value in an assembly area (created on first use). */
    TestdataCampaign attacker(String area, String node, String unit, double combatValue) {
        areaNodes.put(area, node);
        areaUnits.computeIfAbsent(area, k -> new ArrayList<>()).add(unit);
        units.add(unit(unit, ADVERSARY, node, combatValue));
        return this;
    }

    TestdataCampaign axis(String id, String area, String objective, String... route) {
        axes.add(new Axis(AxisId.of(id), id, AssemblyAreaId.of(area), ObjectiveId.of(objective),
                List.of(route).stream().map(NodeId::of).toList()));
        return this;
    }

    /** A posture unit, in place from hour 0. */
    TestdataCampaign defender(String unit, String node, double combatValue) {
        units.add(unit(unit, ALLY, node, combatValue));
        posture.add(new Placement(UnitId.of(unit), NodeId.of(node), Source.NONE));
        return this;
    }

    /** A reinforcement that arrives at {@code hour} since C-day (never, when NaN). */
    TestdataCampaign reinforcement(String unit, String node, double combatValue, double hour) {
        units.add(unit(unit, ALLY, "HOME", combatValue));
        reinforcements.add(new Reinforcement(UnitId.of(unit), NodeId.of(node), 0, Double.isNaN(hour) ? 0 : hour, 1,
                Source.NONE));
        arrivals.put(UnitId.of(unit), Double.isNaN(hour) ? OptionalDouble.empty() : OptionalDouble.of(hour));
        return this;
    }

    private static Unit unit(String id, NationCode nation, String home, double combatValue) {
        return new Unit(UnitId.of(id), nation, UnitTypeId.of("bde"), id, 1000, 100, new Lift(1000, 1000), 40,
                combatValue, Readiness.ofNoticeDays(1), NodeId.of(home), Source.NONE);
    }

    Scenario scenario() {
        List<AssemblyArea> areas = new ArrayList<>();
        areaNodes.forEach((id, node) -> areas.add(new AssemblyArea(AssemblyAreaId.of(id), id, NodeId.of(node),
                areaUnits.get(id).stream().map(UnitId::of).toList())));
        Campaign campaign = new Campaign(days, stepHours, TerrainClass.OPEN, terrain, parameters, uncertainty,
                Source.NONE);
        return new Scenario(new ScenarioInfo("test", "test", "hand-made", "UNCLASSIFIED", true, "test", 720),
                List.of(new Nation(ALLY, "Estonia", NationRole.ALLY), new Nation(ADVERSARY, "Russia", NationRole.ADVERSARY)),
                List.of(), units, new Network(nodes, links, List.of()), List.of(), objectives, posture, reinforcements,
                new Threat(warningHours, areas, axes, Source.NONE), Spending.NONE, campaign);
    }

    ReinforcementArrivals arrivals() {
        return new ReinforcementArrivals(arrivals);
    }

    CampaignCompilation compile() {
        return CampaignSetup.compile(scenario(), arrivals(), Map.of());
    }

    CampaignModel model() {
        CampaignCompilation compiled = compile();
        if (compiled instanceof CampaignCompilation.Invalid invalid) {
            throw new IllegalStateException(invalid.problems().toString());
        }
        return ((CampaignCompilation.Ready) compiled).model();
    }

    /** The classic single engagement: one axis of 10 km from A to OBJ. */
    static TestdataCampaign duel(double attackerCv, double defenderCv) {
        return builder().hostileNode("A").node("OBJ").road("A", "OBJ", 10).objective("obj", "OBJ")
                .attacker("area", "A", "red", attackerCv).axis("thrust", "area", "obj")
                .defender("blue", "OBJ", defenderCv);
    }
}
