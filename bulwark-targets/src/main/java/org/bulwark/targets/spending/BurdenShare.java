package org.bulwark.targets.spending;

import java.util.Objects;
import org.bulwark.model.NationCode;

/**
 * One ally's part of the Alliance's GDP and of its defence expenditure in one year (current US
 * dollars), in percent of the Alliance total.
 */
public record BurdenShare(NationCode nation, double gdpSharePct, double defenceSharePct) {
    public BurdenShare {
        Objects.requireNonNull(nation, "nation");
        if (!(gdpSharePct > 0) || !(defenceSharePct >= 0)) {
            throw new IllegalArgumentException(nation + ": shares must be > 0 (GDP) and >= 0 (defence), got "
                    + gdpSharePct + " and " + defenceSharePct);
        }
    }

    /** Share of defence over share of GDP: above 1 the ally carries more than its economic weight. */
    public double ratio() {
        return defenceSharePct / gdpSharePct;
    }
}
