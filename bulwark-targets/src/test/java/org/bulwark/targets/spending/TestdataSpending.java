package org.bulwark.targets.spending;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bulwark.model.Commitment;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.NationCode;
import org.bulwark.model.Source;
import org.bulwark.model.Spending;

/** Hand-made spending series with known answers: a builder over nations, years and pledges. */
final class TestdataSpending {
    static final Source NATO_TABLES = new Source("https://example.org/nato-tables", false);
    static final Source PRESS = new Source("https://example.org/press", true);

    private final List<DefenceSpending> series = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>(allianceGuidelines());

    static List<Commitment> allianceGuidelines() {
        return List.of(
                new Commitment(Optional.empty(), 2.0, "2024", "2014-09-05", "Wales", NATO_TABLES),
                new Commitment(Optional.empty(), 2.0, "annual (minimum)", "2023-07-11", "Vilnius", NATO_TABLES),
                new Commitment(Optional.empty(), 5.0, "2035", "2025-06-25", "Hague headline", NATO_TABLES),
                new Commitment(Optional.empty(), 3.5, "2035", "2025-06-25", "Hague core", NATO_TABLES),
                new Commitment(Optional.empty(), 1.5, "2035", "2025-06-25", "Hague related", NATO_TABLES));
    }

    /** Defence % of GDP from {@code firstYear} on, one value per year; equipment 25 %, 10 bn GDP, cash = % × GDP. */
    TestdataSpending pct(String nation, int firstYear, double... pctGdp) {
        for (int i = 0; i < pctGdp.length; i++) {
            double gdpBn = 10;
            series.add(new DefenceSpending(NationCode.of(nation), firstYear + i, OptionalDouble.of(pctGdp[i]),
                    OptionalDouble.of(25), OptionalDouble.of(pctGdp[i] * gdpBn * 10), OptionalDouble.of(gdpBn),
                    NATO_TABLES));
        }
        return this;
    }

    TestdataSpending row(DefenceSpending row) {
        series.add(row);
        return this;
    }

    TestdataSpending pledge(String nation, double pct, String byYear, String announced) {
        commitments.add(new Commitment(Optional.of(NationCode.of(nation)), pct, byYear, announced, "", PRESS));
        return this;
    }

    Spending build() {
        return new Spending(series, commitments);
    }

    static DefenceSpending figures(String nation, int year, double pct, double equipment, double usdM, double gdpBn) {
        return new DefenceSpending(NationCode.of(nation), year, OptionalDouble.of(pct), OptionalDouble.of(equipment),
                OptionalDouble.of(usdM), OptionalDouble.of(gdpBn), NATO_TABLES);
    }
}
