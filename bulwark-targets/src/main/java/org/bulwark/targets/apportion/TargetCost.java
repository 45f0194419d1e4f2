package org.bulwark.targets.apportion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bulwark.model.NationCode;
import org.bulwark.model.UnitTypeId;

/**
 * The money behind an apportionment: per nation, per type and for the participants together.
 *
 * @param programmeYears years over which acquisition is spread in the per-year figures
 * @param nations        one entry per participant, in participant order
 * @param types          one entry per required type, in requirement order
 * @param alliance       the participants together
 * @param uncosted       required types without a cost entry, in requirement order: their units are in no money figure
 */
public record TargetCost(int programmeYears, List<NationCost> nations, List<TypeCost> types, AllianceCost alliance,
                         List<UnitTypeId> uncosted) {
    public TargetCost {
        Objects.requireNonNull(alliance, "alliance");
        nations = List.copyOf(nations);
        types = List.copyOf(types);
        uncosted = List.copyOf(uncosted);
    }

    /** One nation's cost. */
    public Optional<NationCost> nation(NationCode nation) {
        return nations.stream().filter(c -> c.nation().equals(nation)).findFirst();
    }

    /** One type's cost. */
    public Optional<TypeCost> type(UnitTypeId type) {
        return types.stream().filter(c -> c.type().equals(type)).findFirst();
    }
}
