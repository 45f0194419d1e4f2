package org.bulwark.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One nation's defence expenditure in one year, as published (NATO's definitions).
 *
 * @param defencePctGdp        defence expenditure as % of GDP
 * @param equipmentPctDefence  share of defence expenditure on major equipment incl. R&amp;D, %
 * @param defenceUsdMillions   current prices and exchange rates
 * @param gdpUsdBillions       current prices and exchange rates
 */
public record DefenceSpending(
        NationCode nation,
        int year,
        OptionalDouble defencePctGdp,
        OptionalDouble equipmentPctDefence,
        OptionalDouble defenceUsdMillions,
        OptionalDouble gdpUsdBillions,
        Source source) {

    public DefenceSpending {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(defencePctGdp, "defencePctGdp");
        Objects.requireNonNull(equipmentPctDefence, "equipmentPctDefence");
        Objects.requireNonNull(defenceUsdMillions, "defenceUsdMillions");
        Objects.requireNonNull(gdpUsdBillions, "gdpUsdBillions");
        Objects.requireNonNull(source, "source");
    }

    /** False for rows that exist only to say no figure was published (Iceland has no armed forces). */
    public boolean hasData() {
        return defencePctGdp.isPresent();
    }
}
