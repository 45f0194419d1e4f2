package org.bulwark.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything Bulwark plans over: nations, forces, the network, the posture, the reinforcement
 * requirements, the threat and the spending data. Immutable; build one with a scenario reader,
 * which checks the cross-references this class assumes.
 */
public final class Scenario {
    private final ScenarioInfo info;
    private final List<Nation> nations;
    private final List<UnitType> unitTypes;
    private final List<Unit> units;
    private final Network network;
    private final List<Region> regions;
    private final List<Objective> objectives;
    private final List<Placement> posture;
    private final List<Reinforcement> reinforcements;
    private final Threat threat;
    private final Spending spending;
    private final Campaign campaign;
    private final TargetSetup targets;

    private final Map<NationCode, Nation> nationsByCode;
    private final Map<UnitTypeId, UnitType> unitTypesById;
    private final Map<UnitId, Unit> unitsById;
    private final Map<RegionId, Region> regionsById;
    private final Map<ObjectiveId, Objective> objectivesById;

    public Scenario(ScenarioInfo info, List<Nation> nations, List<UnitType> unitTypes, List<Unit> units,
                    Network network, List<Region> regions, List<Objective> objectives, List<Placement> posture,
                    List<Reinforcement> reinforcements, Threat threat, Spending spending) {
        this(info, nations, unitTypes, units, network, regions, objectives, posture, reinforcements, threat, spending,
                Campaign.DEFAULT);
    }

    public Scenario(ScenarioInfo info, List<Nation> nations, List<UnitType> unitTypes, List<Unit> units,
                    Network network, List<Region> regions, List<Objective> objectives, List<Placement> posture,
                    List<Reinforcement> reinforcements, Threat threat, Spending spending, Campaign campaign) {
        this(info, nations, unitTypes, units, network, regions, objectives, posture, reinforcements, threat, spending,
                campaign, TargetSetup.DEFAULT);
    }

    public Scenario(ScenarioInfo info, List<Nation> nations, List<UnitType> unitTypes, List<Unit> units,
                    Network network, List<Region> regions, List<Objective> objectives, List<Placement> posture,
                    List<Reinforcement> reinforcements, Threat threat, Spending spending, Campaign campaign,
                    TargetSetup targets) {
        this.info = Objects.requireNonNull(info, "info");
        this.nations = List.copyOf(nations);
        this.unitTypes = List.copyOf(unitTypes);
        this.units = List.copyOf(units);
        this.network = Objects.requireNonNull(network, "network");
        this.regions = List.copyOf(regions);
        this.objectives = List.copyOf(objectives);
        this.posture = List.copyOf(posture);
        this.reinforcements = List.copyOf(reinforcements);
        this.threat = Objects.requireNonNull(threat, "threat");
        this.spending = Objects.requireNonNull(spending, "spending");
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.nationsByCode = index(this.nations, Nation::code, "nation");
        this.unitTypesById = index(this.unitTypes, UnitType::id, "unit type");
        this.unitsById = index(this.units, Unit::id, "unit");
        this.regionsById = index(this.regions, Region::id, "region");
        this.objectivesById = index(this.objectives, Objective::id, "objective");
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key, String what) {
        Map<K, V> map = new LinkedHashMap<>();
        for (V value : values) {
            K k = key.apply(value);
            if (map.putIfAbsent(k, value) != null) {
                throw new IllegalArgumentException("duplicate " + what + " id " + k);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    public ScenarioInfo info() {
        return info;
    }

    public List<Nation> nations() {
        return nations;
    }

    public List<UnitType> unitTypes() {
        return unitTypes;
    }

    public List<Unit> units() {
        return units;
    }

    public Network network() {
        return network;
    }

    public List<Region> regions() {
        return regions;
    }

    public List<Objective> objectives() {
        return objectives;
    }

    /** Units in place at C-day. */
    public List<Placement> posture() {
        return posture;
    }

    public List<Reinforcement> reinforcements() {
        return reinforcements;
    }

    public Threat threat() {
        return threat;
    }

    public Spending spending() {
        return spending;
    }

    /** How the campaign assessment is set up ({@link Campaign#DEFAULT} when the scenario says nothing). */
    public Campaign campaign() {
        return campaign;
    }

    /** How capability targets and their cost are set up ({@link TargetSetup#DEFAULT} when the scenario says nothing). */
    public TargetSetup targets() {
        return targets;
    }

    public Optional<Nation> nation(NationCode code) {
        return Optional.ofNullable(nationsByCode.get(code));
    }

    public Optional<UnitType> unitType(UnitTypeId id) {
        return Optional.ofNullable(unitTypesById.get(id));
    }

    /** Where the reinforcement's equipment starts moving: its draw site, else the unit's home. */
    public NodeId origin(Reinforcement r) {
        return r.drawAt().orElseGet(() -> unit(r.unit()).orElseThrow(
                () -> new IllegalArgumentException("no unit " + r.unit())).home());
    }

    /**
     * When the reinforcement's equipment is ready to move at {@link #origin}: its available hour, or
     * with a draw, that plus the personnel's flight from home to the draw site ({@link
     * MovementTimes#flightHours}) plus the draw hours.
     */
    public double equipmentReadyHour(Reinforcement r) {
        if (r.drawAt().isEmpty()) {
            return r.availableHour();
        }
        return r.availableHour() + charterHours(r, r.drawAt().get()) + r.drawHours();
    }

    /**
     * When the reinforcement's personnel land at its destination when they fly apart from the
     * equipment ({@link PersonnelMove#AIR}): the available hour plus a charter flight over the
     * great-circle distance from home ({@link MovementTimes#flightHours}); empty when they travel
     * with the equipment.
     */
    public java.util.OptionalDouble personnelArrivalHour(Reinforcement r) {
        if (r.personnel() != PersonnelMove.AIR) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(r.availableHour() + charterHours(r, r.destination()));
    }

    /** Hours for the reinforcement's personnel to fly by charter from the unit's home to {@code to} (0 when it is there). */
    private double charterHours(Reinforcement r, NodeId to) {
        Unit u = unit(r.unit()).orElseThrow(() -> new IllegalArgumentException("no unit " + r.unit()));
        double km = u.home().equals(to) ? 0 : network.node(u.home()).orElseThrow().location()
                .distanceKm(network.node(to).orElseThrow().location());
        return km == 0 ? 0 : network.times().flightHours(km);
    }

    public Optional<Unit> unit(UnitId id) {
        return Optional.ofNullable(unitsById.get(id));
    }

    public Optional<Region> region(RegionId id) {
        return Optional.ofNullable(regionsById.get(id));
    }

    public Optional<Objective> objective(ObjectiveId id) {
        return Optional.ofNullable(objectivesById.get(id));
    }
}
