package org.bulwark.targets.apportion;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The participants together.
 *
 * @param pctGdp     per year as % of the participants' GDP (each nation's figures year); empty unless every
 *                   participant has figures
 * @param pctDefence per year as % of the participants' defence expenditure, under the same condition
 */
public record AllianceCost(int newUnits, int uncostedNewUnits, double acquisitionUsdMillions,
                           double annualOperatingUsdMillions, double perYearUsdMillions, OptionalDouble pctGdp,
                           OptionalDouble pctDefence) {
    public AllianceCost {
        Objects.requireNonNull(pctGdp, "pctGdp");
        Objects.requireNonNull(pctDefence, "pctDefence");
    }
}
