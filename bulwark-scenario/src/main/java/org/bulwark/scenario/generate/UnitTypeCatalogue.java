package org.bulwark.scenario.generate;

import java.util.List;
import org.bulwark.model.Lift;
import org.bulwark.model.Source;
import org.bulwark.model.UnitCategory;
import org.bulwark.model.UnitType;
import org.bulwark.model.UnitTypeId;

/**
 * The unit types generated scenarios use, with round planning figures of the order published
 * for NATO battalions and squadrons. Illustrative, not sourced row by row.
 */
final class UnitTypeCatalogue {
    static final Source SOURCE = Source.of(
            "illustrative planning figures (Bulwark synthetic generator), order of magnitude only", true);

    static final UnitTypeId ARMOURED = UnitTypeId.of("armoured_bn");
    static final UnitTypeId MECHANISED = UnitTypeId.of("mechanised_bn");
    static final UnitTypeId LIGHT_INFANTRY = UnitTypeId.of("light_infantry_bn");
    static final UnitTypeId AIRBORNE = UnitTypeId.of("airborne_bn");
    static final UnitTypeId ARTILLERY = UnitTypeId.of("artillery_bn");
    static final UnitTypeId AIR_DEFENCE = UnitTypeId.of("air_defence_bn");
    static final UnitTypeId ENGINEER = UnitTypeId.of("engineer_bn");
    static final UnitTypeId LOGISTICS = UnitTypeId.of("logistics_bn");
    static final UnitTypeId AVIATION = UnitTypeId.of("aviation_bn");
    static final UnitTypeId FIGHTER = UnitTypeId.of("fighter_squadron");
    static final UnitTypeId HEADQUARTERS = UnitTypeId.of("headquarters");

    /** In catalogue order; the generator indexes into this list. */
    static final List<UnitType> TYPES = List.of(
            type(ARMOURED, "Armoured battalion", UnitCategory.ARMOURED, 550, 150, 6000, 5500, 64, 1.0),
            type(MECHANISED, "Mechanised infantry battalion", UnitCategory.MECHANISED, 650, 140, 4500, 5000, 40, 0.8),
            type(LIGHT_INFANTRY, "Light infantry battalion", UnitCategory.LIGHT_INFANTRY, 600, 60, 900, 1800, 12, 0.35),
            type(AIRBORNE, "Airborne battalion", UnitCategory.AIRBORNE, 550, 40, 600, 1200, 8, 0.4),
            type(ARTILLERY, "Artillery battalion", UnitCategory.ARTILLERY, 450, 90, 3500, 3500, 55, 0.7),
            type(AIR_DEFENCE, "Air defence battalion", UnitCategory.AIR_DEFENCE, 400, 80, 2200, 2600, 30, 0.3),
            type(ENGINEER, "Engineer battalion", UnitCategory.ENGINEER, 500, 110, 3000, 3200, 60, 0.25),
            type(LOGISTICS, "Logistics battalion", UnitCategory.LOGISTICS, 600, 200, 3800, 5200, 40, 0.1),
            type(AVIATION, "Aviation battalion", UnitCategory.AVIATION, 400, 60, 1800, 4000, 12, 0.6),
            type(FIGHTER, "Fighter squadron", UnitCategory.FIGHTER_SQUADRON, 250, 30, 700, 900, 10, 0.9),
            type(HEADQUARTERS, "Brigade headquarters", UnitCategory.HEADQUARTERS, 300, 80, 1200, 1800, 20, 0.05));

    private UnitTypeCatalogue() {
    }

    private static UnitType type(UnitTypeId id, String name, UnitCategory category, int personnel, int vehicles,
                                 double liftTonnes, double liftM2, double heaviestItemTonnes, double combatValue) {
        return new UnitType(id, name, category, personnel, vehicles, new Lift(liftTonnes, liftM2),
                heaviestItemTonnes, combatValue, SOURCE);
    }
}
