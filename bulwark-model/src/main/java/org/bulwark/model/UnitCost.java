package org.bulwark.model;

import java.util.Objects;

/**
 * What one unit of a type costs: to raise and equip it, and to run it for a year.
 *
 * @param acquisitionUsdMillions      one-off cost of raising and equipping one unit, million USD
 * @param annualOperatingUsdMillions  personnel, operations and maintenance per year, million USD
 * @param priceYear                   the year whose prices the figures are in
 */
public record UnitCost(UnitTypeId type, double acquisitionUsdMillions, double annualOperatingUsdMillions,
                       int priceYear, Source source) {
    public UnitCost {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Units.requireNonNegative(acquisitionUsdMillions, "acquisitionUsdMillions");
        Units.requireNonNegative(annualOperatingUsdMillions, "annualOperatingUsdMillions");
    }
}
