package org.bulwark.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.bulwark.model.AreaTerrain;
import org.bulwark.model.AssemblyArea;
import org.bulwark.model.AssemblyAreaId;
import org.bulwark.model.Axis;
import org.bulwark.model.AxisId;
import org.bulwark.model.Campaign;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.ContributionMinimum;
import org.bulwark.model.HostNationSupport;
import org.bulwark.model.Inventory;
import org.bulwark.model.TargetSetup;
import org.bulwark.model.UnitCost;
import org.bulwark.reference.ReferenceData;
import org.bulwark.model.ForceTier;
import org.bulwark.model.GaugeBreak;
import org.bulwark.model.GeoPoint;
import org.bulwark.model.Lift;
import org.bulwark.model.LiftIncrements;
import org.bulwark.model.Link;
import org.bulwark.model.MovementTimes;
import org.bulwark.model.LinkId;
import org.bulwark.model.Nation;
import org.bulwark.model.NationCode;
import org.bulwark.model.Network;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.Objective;
import org.bulwark.model.ObjectiveId;
import org.bulwark.model.ParameterValue;
import org.bulwark.model.Placement;
import org.bulwark.model.Readiness;
import org.bulwark.model.Region;
import org.bulwark.model.RegionId;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.ScenarioInfo;
import org.bulwark.model.Threat;
import org.bulwark.model.Uncertainty;
import org.bulwark.model.Unit;
import org.bulwark.model.UnitId;
import org.bulwark.model.UnitType;
import org.bulwark.model.UnitTypeId;
import org.bulwark.scenario.Drafts.CampaignRow;
import org.bulwark.scenario.Drafts.CostRow;
import org.bulwark.scenario.Drafts.TargetsRow;
import org.bulwark.scenario.Drafts.LinkRow;
import org.bulwark.scenario.Drafts.ParameterRow;
import org.bulwark.scenario.Drafts.UncertaintyRow;
import org.bulwark.scenario.Drafts.UnitRow;
import org.bulwark.scenario.Drafts.UnitTypeRow;

/**
 * Builds the model from drafts that passed validation, filling in the documented defaults
 * (unit numbers from the unit type, transit time from the mode's speed, available hour from
 * the notice to move, unconstrained capacities).
 */
final class ScenarioAssembler {
    private static final double UNLIMITED = Double.POSITIVE_INFINITY;

    private ScenarioAssembler() {
    }

    static Scenario assemble(Drafts d) {
        var s = d.scenario;
        ScenarioInfo info = new ScenarioInfo(s.id().value(), s.name().value(), text(s.description()), s.classification().value(),
                s.illustrative().value(), s.asOf().value(), s.horizonDays().value() * Readiness.HOURS_PER_DAY);
        List<Nation> nations = d.nations.stream()
                .map(n -> new Nation(NationCode.of(n.code().value()), n.name().value(), n.role().value())).toList();
        Map<String, UnitType> types = new LinkedHashMap<>();
        for (UnitTypeRow t : d.unitTypes) {
            types.put(t.id().value(), new UnitType(UnitTypeId.of(t.id().value()), t.name().value(), t.category().value(),
                    t.personnel().value(), t.vehicles().value(), new Lift(t.liftTonnes().value(), t.liftM2().value()),
                    t.heaviestItemTonnes().value(), t.combatValue().value(), t.source(),
                    or(t.rsoiHours(), t.category().value().defaultRsoiHours())));
        }
        List<Region> regions = d.regions.stream().map(r -> new Region(RegionId.of(r.id().value()), r.name().value())).toList();
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (var n : d.nodes) {
            nodes.put(n.id().value(), new Node(NodeId.of(n.id().value()), n.name().value(), NationCode.of(n.nation().value()),
                    n.kind().value(), new GeoPoint(n.lat().value(), n.lon().value()),
                    Optional.ofNullable(n.region()).map(r -> RegionId.of(r.value())),
                    or(n.handlingTonnesPerDay(), UNLIMITED), n.source()));
        }
        MovementTimes times = times(d.lift);
        LiftIncrements increments = increments(d.lift);
        List<Link> links = new ArrayList<>();
        for (LinkRow l : d.links) {
            links.add(link(l, nodes, times, increments));
        }
        List<GaugeBreak> breaks = d.gaugeBreaks.stream().map(g -> new GaugeBreak(NodeId.of(g.node().value()),
                g.transshipmentHours().value(), or(g.capacityTonnesPerDay(), UNLIMITED), g.source())).toList();
        Map<String, Unit> units = new LinkedHashMap<>();
        for (UnitRow u : d.units) {
            units.put(u.id().value(), unit(u, types.get(u.type().value())));
        }
        List<Placement> posture = d.posture.stream().map(p -> new Placement(UnitId.of(p.unit().value()),
                NodeId.of(p.node() != null ? p.node().value() : units.get(p.unit().value()).home().value()), p.source())).toList();
        List<Reinforcement> reinforcements = d.reinforcements.stream().map(r -> new Reinforcement(UnitId.of(r.unit().value()),
                NodeId.of(r.destination().value()),
                r.availableHour() != null ? r.availableHour().value() : units.get(r.unit().value()).readiness().noticeHours(),
                r.requiredHour().value(), r.priority() == null ? 1 : r.priority().value(), r.source(),
                Optional.ofNullable(r.drawAt()).map(n -> NodeId.of(n.value())),
                r.drawAt() == null ? 0 : or(r.drawHours(), Reinforcement.defaultDrawHours(units.get(r.unit().value()).personnel())),
                r.personnelBy() == null ? org.bulwark.model.PersonnelMove.WITH_EQUIPMENT : r.personnelBy().value())).toList();
        List<Objective> objectives = d.objectives.stream().map(o -> new Objective(ObjectiveId.of(o.id().value()), o.name().value(),
                NodeId.of(o.node().value()), o.kind().value(), o.priority() == null ? 1 : o.priority().value(), o.source())).toList();
        Threat threat = Threat.NONE;
        if (d.threat != null) {
            threat = new Threat(d.threat.warningHours().value(),
                    d.threat.assemblyAreas().stream().map(a -> new AssemblyArea(AssemblyAreaId.of(a.id().value()), a.name().value(),
                            NodeId.of(a.node().value()), a.units().stream().map(u -> UnitId.of(u.value())).toList())).toList(),
                    d.threat.axes().stream().map(a -> new Axis(AxisId.of(a.id().value()), a.name().value(),
                            AssemblyAreaId.of(a.from().value()), ObjectiveId.of(a.objective().value()),
                            a.route().stream().map(n -> NodeId.of(n.value())).toList())).toList(),
                    d.threat.source());
        }
        return new Scenario(info, nations, List.copyOf(types.values()), List.copyOf(units.values()),
                new Network(List.copyOf(nodes.values()), links, breaks, increments, times), regions, objectives, posture, reinforcements,
                threat, d.spending, campaign(d), targets(d, types.keySet()));
    }

    /**
     * {@link TargetSetup#DEFAULT}'s values wherever {@code targets.yaml} is silent. The cost table
     * is the bundled one ({@code unit_costs.csv}) for the scenario's unit types, overlaid per type
     * by {@code costs.csv}, in catalogue order; types with neither have no cost.
     */
    private static TargetSetup targets(Drafts d, Collection<String> catalogue) {
        TargetSetup defaults = TargetSetup.DEFAULT;
        List<Inventory> inventories = d.inventories.stream().map(i -> new Inventory(NationCode.of(i.nation().value()),
                UnitTypeId.of(i.type().value()), i.count().value(), i.source())).toList();
        Map<UnitTypeId, UnitCost> costs = new LinkedHashMap<>();
        Map<UnitTypeId, UnitCost> bundled = new LinkedHashMap<>();
        ReferenceData.bundledUnitCosts().forEach(c -> bundled.put(c.type(), c));
        Map<UnitTypeId, UnitCost> declared = new LinkedHashMap<>();
        for (CostRow c : d.costs) {
            UnitTypeId type = UnitTypeId.of(c.type().value());
            declared.put(type, new UnitCost(type, c.acquisition().value(), c.operating().value(), c.priceYear().value(), c.source()));
        }
        for (String id : catalogue) {
            UnitTypeId type = UnitTypeId.of(id);
            UnitCost cost = declared.getOrDefault(type, bundled.get(type));
            if (cost != null) {
                costs.put(type, cost);
            }
        }
        TargetsRow t = d.targets;
        if (t == null) {
            return new TargetSetup(defaults.key(), defaults.keyYear(), defaults.customWeights(), defaults.capMultiple(),
                    defaults.participants(), defaults.requirement(), inventories, List.copyOf(costs.values()), defaults.minimums(),
                    defaults.hostNationSupport(), defaults.programmeYears(), defaults.source());
        }
        Map<NationCode, Double> weights = new LinkedHashMap<>();
        if (t.weights() != null) {
            t.weights().forEach(w -> weights.put(NationCode.of(w.nation().value()), w.weight().value()));
        }
        List<NationCode> participants = t.participants() == null ? List.of()
                : t.participants().stream().map(p -> NationCode.of(p.value())).toList();
        List<CapabilityRequirement> requirement = t.requirement().stream().map(r -> new CapabilityRequirement(
                UnitTypeId.of(r.type().value()), r.quantity().value(), r.source())).toList();
        List<ContributionMinimum> minimums = t.minimums().stream().map(m -> new ContributionMinimum(NationCode.of(m.nation().value()),
                Optional.ofNullable(m.type()).map(type -> UnitTypeId.of(type.value())), m.units().value(), m.reason().value(),
                m.source())).toList();
        List<HostNationSupport> support = t.hostNationSupport().stream().map(h -> new HostNationSupport(
                NationCode.of(h.nation().value()), UnitTypeId.of(h.type().value()), h.units().value(), h.source())).toList();
        return new TargetSetup(or(t.key(), defaults.key()),
                t.keyYear() == null ? defaults.keyYear() : OptionalInt.of(t.keyYear().value()),
                weights,
                t.capMultiple() == null ? defaults.capMultiple() : OptionalDouble.of(t.capMultiple().value()),
                participants, requirement, inventories, List.copyOf(costs.values()), minimums, support,
                or(t.programmeYears(), defaults.programmeYears()), t.source());
    }

    /** {@link Campaign#DEFAULT}'s values wherever {@code campaign.yaml} (or the file itself) is silent. */
    private static Campaign campaign(Drafts d) {
        List<AreaTerrain> terrain = d.terrain.stream().map(t -> new AreaTerrain(NodeId.of(t.node().value()), t.terrain().value(),
                t.river() != null && t.river().value(), t.source())).toList();
        Campaign defaults = Campaign.DEFAULT;
        CampaignRow c = d.campaign;
        if (c == null) {
            return new Campaign(defaults.days(), defaults.stepHours(), defaults.defaultTerrain(), terrain, defaults.parameters(),
                    defaults.uncertainty(), defaults.source());
        }
        Map<CampaignParameter, ParameterValue> parameters = new LinkedHashMap<>();
        for (ParameterRow p : c.parameters()) {
            parameters.put(p.parameter(), new ParameterValue(p.value().value(), p.source()));
        }
        List<Uncertainty> uncertainty = new ArrayList<>();
        for (UncertaintyRow u : c.uncertainty()) {
            Map<String, Double> numbers = new LinkedHashMap<>();
            u.numbers().forEach((field, number) -> numbers.put(field, number.value()));
            uncertainty.add(new Uncertainty(u.input(), u.shape().value().build(numbers), u.source()));
        }
        return new Campaign(or(c.days(), defaults.days()), or(c.stepHours(), defaults.stepHours()),
                or(c.defaultTerrain(), defaults.defaultTerrain()), terrain, parameters, uncertainty, c.source());
    }

    /** The bundled lift elements with those {@code lift.yaml} gives in their place. */
    private static LiftIncrements increments(Drafts.LiftRow lift) {
        LiftIncrements increments = LiftIncrements.DEFAULT;
        if (lift == null) {
            return increments;
        }
        for (Drafts.LiftModeRow row : lift.modes().values()) {
            if (row.elementTonnes() != null || row.maxItemTonnes() != null) {
                // a new element takes items up to its own load unless lift.yaml says otherwise
                LiftIncrements.Element bundled = increments.element(row.mode());
                double tonnes = row.elementTonnes() != null ? row.elementTonnes().value() : bundled.tonnes();
                double maxItem = row.maxItemTonnes() != null ? row.maxItemTonnes().value()
                        : row.elementTonnes() != null ? tonnes : bundled.maxItemTonnes();
                increments = increments.with(new LiftIncrements.Element(row.mode(), tonnes,
                        row.element() != null ? row.element().value()
                                : row.elementTonnes() != null ? row.mode().label() + " element (lift.yaml)" : bundled.what(),
                        row.source().reference().isBlank() ? "lift.yaml" : row.source().reference(), maxItem));
            }
        }
        return increments;
    }

    /** The bundled movement times with those {@code lift.yaml} gives in their place. */
    static MovementTimes times(Drafts.LiftRow lift) {
        MovementTimes d = MovementTimes.DEFAULT;
        if (lift == null) {
            return d;
        }
        double[] speed = d.speedKmh();
        double[] load = d.loadHours();
        double[] unload = d.unloadHours();
        for (Drafts.LiftModeRow row : lift.modes().values()) {
            int m = row.mode().ordinal();
            speed[m] = or(row.speedKmh(), speed[m]);
            load[m] = or(row.loadHours(), load[m]);
            unload[m] = or(row.unloadHours(), unload[m]);
        }
        double start = d.marchStartHour();
        double perDay = d.marchHoursPerDay();
        if (lift.march() != null) {
            start = or(lift.march().startHour(), start);
            perDay = or(lift.march().hoursPerDay(), perDay);
        }
        String source = lift.source().reference().isBlank() ? "lift.yaml over " + d.source() : lift.source().reference();
        MovementTimes given = new MovementTimes(speed, load, unload, start, perDay, source);
        return given.equals(d) ? d : given;
    }

    private static Link link(LinkRow l, Map<String, Node> nodes, MovementTimes times, LiftIncrements increments) {
        Node from = nodes.get(l.from().value());
        Node to = nodes.get(l.to().value());
        double distance = l.distanceKm() != null ? l.distanceKm().value() : from.location().distanceKm(to.location());
        double transit;
        if (l.transitHours() != null) {
            transit = l.transitHours().value();
        } else {
            transit = distance / or(l.speedKmh(), times.speedKmh(l.mode().value()));
        }
        if (l.liftsPerDay() != null) { // lift elements a day: the capacity follows the mode's element
            double lifts = l.liftsPerDay().value();
            return new Link(LinkId.of(l.id().value()), from.id(), to.id(), l.mode().value(), distance, transit,
                    lifts * increments.element(l.mode().value()).tonnes(), Optional.ofNullable(l.gauge()).map(Located::value),
                    or(l.weightLimitTonnes(), UNLIMITED), l.source(), java.util.OptionalDouble.of(lifts));
        }
        return new Link(LinkId.of(l.id().value()), from.id(), to.id(), l.mode().value(), distance, transit,
                or(l.capacityTonnesPerDay(), UNLIMITED), Optional.ofNullable(l.gauge()).map(Located::value),
                or(l.weightLimitTonnes(), UNLIMITED), l.source());
    }

    private static Unit unit(UnitRow u, UnitType type) {
        double notice = or(u.noticeDays(), 0.0);
        ForceTier tier = u.tier() != null ? u.tier().value() : ForceTier.ofNoticeDays(notice);
        Lift lift = new Lift(or(u.liftTonnes(), type.lift().tonnes()), or(u.liftM2(), type.lift().squareMetres()));
        return new Unit(UnitId.of(u.id().value()), NationCode.of(u.nation().value()), type.id(),
                u.name() != null ? u.name().value() : u.id().value(),
                or(u.personnel(), type.personnel()), or(u.vehicles(), type.vehicles()), lift,
                or(u.heaviestItemTonnes(), type.heaviestItemTonnes()), or(u.combatValue(), type.combatValue()),
                new Readiness(notice, tier), NodeId.of(u.home().value()), u.source());
    }

    private static <T> T or(Located<T> value, T fallback) {
        return value == null ? fallback : value.value();
    }

    private static String text(Located<String> value) {
        return value == null ? "" : value.value();
    }
}
