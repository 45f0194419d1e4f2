package org.bulwark.targets.apportion;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.bulwark.model.NationCode;
import org.bulwark.model.UnitTypeId;

/**
 * What one nation's targets cost beyond its holdings.
 *
 * @param newUnits                   Σ over costed types of max(0, target − inventory)
 * @param uncostedNewUnits           new units of types without a cost entry (not in any money figure)
 * @param uncostedTypes              those types, in requirement order
 * @param acquisitionUsdMillions     Σ new units × acquisition cost
 * @param annualOperatingUsdMillions Σ new units × annual operating cost (holdings in service are assumed paid for
 *                                   in today's budget)
 * @param perYearUsdMillions         acquisition / programme years + annual operating
 * @param figuresYear                the spending year of the GDP and defence figures below; empty without figures
 * @param pctGdp                     per year as % of GDP in that year
 * @param pctDefence                 per year as % of defence expenditure in that year
 */
public record NationCost(NationCode nation, int newUnits, int uncostedNewUnits, List<UnitTypeId> uncostedTypes,
                         double acquisitionUsdMillions, double annualOperatingUsdMillions, double perYearUsdMillions,
                         OptionalInt figuresYear, OptionalDouble pctGdp, OptionalDouble pctDefence) {
    public NationCost {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(figuresYear, "figuresYear");
        Objects.requireNonNull(pctGdp, "pctGdp");
        Objects.requireNonNull(pctDefence, "pctDefence");
        uncostedTypes = List.copyOf(uncostedTypes);
    }
}
