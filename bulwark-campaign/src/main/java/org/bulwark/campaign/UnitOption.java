package org.bulwark.campaign;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bulwark.model.Nation;
import org.bulwark.model.Scenario;
import org.bulwark.model.Unit;
import org.bulwark.model.UnitCategory;
import org.bulwark.model.UnitType;
import org.bulwark.model.UnitTypeId;

/**
 * A kind of force the requirement search may add, with its combat value and its cost.
 *
 * @param costIsProxy true when the cost is the default proxy (the type's personnel), not a cost given by the caller
 */
public record UnitOption(UnitTypeId type, String name, double combatValue, double cost, boolean costIsProxy) {
    /** The unit categories that fight on the ground in the campaign model and so may be added. */
    public static final Set<UnitCategory> LAND = EnumSet.of(UnitCategory.ARMOURED, UnitCategory.MECHANISED,
            UnitCategory.LIGHT_INFANTRY, UnitCategory.AIRBORNE, UnitCategory.ARTILLERY);

    public UnitOption {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (!(combatValue > 0) || Double.isInfinite(combatValue)) {
            throw new IllegalArgumentException("combat value of " + type.value() + " must be positive, was " + combatValue);
        }
        if (!(cost > 0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException("cost of " + type.value() + " must be positive, was " + cost);
        }
    }

    /**
     * The land unit types that allied units of the scenario use, with combat value above zero, in
     * catalogue order. Cost: {@code costs} where given, else the type's personnel as a proxy (people
     * are a rough stand-in for what a brigade costs to raise and keep; callers pass the scenario's
     * cost table instead when it covers every type).
     *
     * @throws IllegalArgumentException when {@code costs} names a type the scenario does not define
     */
    public static List<UnitOption> of(Scenario scenario, Map<UnitTypeId, Double> costs) {
        for (UnitTypeId id : costs.keySet()) {
            if (scenario.unitType(id).isEmpty()) {
                throw new IllegalArgumentException("unit type '" + id.value() + "' is not in the scenario");
            }
        }
        Set<UnitTypeId> allied = new LinkedHashSet<>();
        for (Unit unit : scenario.units()) {
            boolean defender = scenario.nation(unit.nation()).map(Nation::role).map(r -> r.isDefender()).orElse(false);
            if (defender) {
                allied.add(unit.type());
            }
        }
        List<UnitOption> options = new ArrayList<>();
        for (UnitType type : scenario.unitTypes()) {
            if (allied.contains(type.id()) && LAND.contains(type.category()) && type.combatValue() > 0
                    && (costs.containsKey(type.id()) || type.personnel() > 0)) {
                Double given = costs.get(type.id());
                options.add(new UnitOption(type.id(), type.name(), type.combatValue(),
                        given != null ? given : type.personnel(), given == null));
            }
        }
        return options;
    }

    /** True when {@code other} gives at least as much combat value for no more cost, and is better in one. */
    boolean dominatedBy(UnitOption other) {
        return other.combatValue >= combatValue && other.cost <= cost
                && (other.combatValue > combatValue || other.cost < cost);
    }
}
