package org.bulwark.targets.spending;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Who carries what in one year: each ally's share of Alliance GDP against its share of Alliance
 * defence expenditure (both current US dollars), plus any {@linkplain ShareColumn further share
 * columns} added with {@link #with(ShareColumn)}.
 *
 * @param year     the assessed year
 * @param shares   one row per ally with figures, in the order of the expenditure table
 * @param columns  further share columns, in the order they were added
 */
public record BurdenSharing(int year, List<BurdenShare> shares, List<ShareColumn> columns) {
    public BurdenSharing {
        shares = List.copyOf(shares);
        columns = List.copyOf(columns);
        List<String> names = columns.stream().map(ShareColumn::name).toList();
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("share column names must differ: " + names);
        }
    }

    /** This view with one more share column, e.g. each ally's share of a plan's requirement. */
    public BurdenSharing with(ShareColumn column) {
        Objects.requireNonNull(column, "column");
        List<ShareColumn> more = new ArrayList<>(columns);
        more.add(column);
        return new BurdenSharing(year, shares, more);
    }

    /** The header names of the share columns: GDP, defence, then the added ones. */
    public List<String> columnNames() {
        return Stream.concat(Stream.of("gdp", "defence"), columns.stream().map(ShareColumn::name)).toList();
    }
}
