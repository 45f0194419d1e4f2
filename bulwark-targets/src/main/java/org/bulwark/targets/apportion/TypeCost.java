package org.bulwark.targets.apportion;

import java.util.Objects;
import java.util.Optional;
import org.bulwark.model.UnitCost;
import org.bulwark.model.UnitTypeId;

/**
 * What the new units of one type cost, over all participants.
 *
 * @param required                   the type's requirement
 * @param newUnits                   Σ over nations of max(0, target − inventory)
 * @param cost                       the cost entry used; empty when the type is uncosted (then every money figure is 0
 *                                   and the type is listed in {@link TargetCost#uncosted()})
 * @param acquisitionUsdMillions     newUnits × acquisition cost per unit
 * @param annualOperatingUsdMillions newUnits × annual operating cost per unit
 * @param perYearUsdMillions         acquisition / programme years + annual operating
 */
public record TypeCost(UnitTypeId type, int required, int newUnits, Optional<UnitCost> cost,
                       double acquisitionUsdMillions, double annualOperatingUsdMillions, double perYearUsdMillions) {
    public TypeCost {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cost, "cost");
    }
}
