package org.bulwark.targets.spending;

import java.util.OptionalDouble;
import org.bulwark.model.DefenceSpending;

/** The published figure a commitment is measured on. */
public enum Measure {
    /** Defence expenditure as % of GDP (NATO's headline share). */
    DEFENCE_PCT_GDP("defence_pct_gdp", "% of GDP"),
    /** Major equipment incl. related R&amp;D as % of defence expenditure. */
    EQUIPMENT_PCT_DEFENCE("equipment_pct_defence", "% of defence expenditure");

    private final String column;
    private final String unit;

    Measure(String column, String unit) {
        this.column = column;
        this.unit = unit;
    }

    /** The column of the bundled expenditure table it comes from. */
    public String column() {
        return column;
    }

    public String unit() {
        return unit;
    }

    /** The figure of this measure in one row, as published. */
    public OptionalDouble of(DefenceSpending row) {
        return this == DEFENCE_PCT_GDP ? row.defencePctGdp() : row.equipmentPctDefence();
    }
}
