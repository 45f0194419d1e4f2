package org.bulwark.targets.spending;

import java.util.List;
import java.util.Objects;
import org.bulwark.model.NationCode;

/**
 * A group of allies added up in the assessed year, in current US dollars (the only basis on which
 * the published figures can be summed).
 *
 * @param group               "NATO" or "NATO Europe and Canada"
 * @param members             the allies summed
 * @param defenceUsdMillions  the sum of their defence expenditure, exact
 * @param gdpUsdBillions      the sum of their GDP, exact
 */
public record AllianceAggregate(String group, List<NationCode> members, double defenceUsdMillions, double gdpUsdBillions) {
    /** All allies with figures. */
    public static final String NATO = "NATO";
    /** All allies with figures except the United States. */
    public static final String EUROPE_AND_CANADA = "NATO Europe and Canada";

    public AllianceAggregate {
        Objects.requireNonNull(group, "group");
        members = List.copyOf(members);
        if (!(gdpUsdBillions > 0) || !(defenceUsdMillions >= 0)) {
            throw new IllegalArgumentException(group + ": need GDP > 0 and defence >= 0, got " + gdpUsdBillions
                    + " and " + defenceUsdMillions);
        }
    }

    /**
     * Defence expenditure as % of GDP, both in current prices. Not the same basis as the national
     * shares of the table, which NATO computes on 2015 prices, so the two are not comparable.
     */
    public double pctGdpCurrentPrices() {
        return defenceUsdMillions / (gdpUsdBillions * 1000) * 100;
    }
}
