package org.bulwark.targets.spending;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.NationCode;
import org.bulwark.model.Spending;

/** Which years and allies the spending series covers. */
public final class SpendingYears {
    private SpendingYears() {
    }

    /** The years in which at least one ally has a figure, ascending. */
    public static NavigableSet<Integer> years(Spending spending) {
        return spending.series().stream().filter(DefenceSpending::hasData).map(DefenceSpending::year)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The years in which {@code nation} has a figure, ascending; empty for an unknown nation. */
    public static NavigableSet<Integer> years(Spending spending, NationCode nation) {
        return spending.series().stream().filter(r -> r.nation().equals(nation) && r.hasData())
                .map(DefenceSpending::year).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The latest year in which every ally that has any figure has one: the year to show by default
     * (2024 in the bundled data, where 2025 covers 16 allies only).
     *
     * @throws IllegalArgumentException when no year is complete
     */
    public static int latestComplete(Spending spending) {
        Map<NationCode, TreeMap<Integer, DefenceSpending>> byNation = byNation(spending);
        NavigableSet<Integer> years = years(spending);
        for (Integer year : years.descendingSet()) {
            boolean complete = byNation.values().stream()
                    .filter(rows -> rows.values().stream().anyMatch(DefenceSpending::hasData))
                    .allMatch(rows -> rows.containsKey(year) && rows.get(year).hasData());
            if (complete) {
                return year;
            }
        }
        throw new IllegalArgumentException("no year has a figure for every ally that has figures");
    }

    /** Every ally in the series (with or without figures), by code. */
    public static NavigableSet<NationCode> nations(Spending spending) {
        return spending.series().stream().map(DefenceSpending::nation).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Each ally's rows by year, allies in table order; two rows for one ally and year are refused. */
    static Map<NationCode, TreeMap<Integer, DefenceSpending>> byNation(Spending spending) {
        Map<NationCode, TreeMap<Integer, DefenceSpending>> byNation = new LinkedHashMap<>();
        for (DefenceSpending row : spending.series()) {
            DefenceSpending earlier = byNation.computeIfAbsent(row.nation(), n -> new TreeMap<>()).put(row.year(), row);
            if (earlier != null) {
                throw new IllegalArgumentException("two rows for " + row.nation() + " in " + row.year());
            }
        }
        return byNation;
    }
}
