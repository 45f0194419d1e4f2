package org.bulwark.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A plain-text table with a header rule; numeric-looking columns are right-aligned. */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(TextTable::text).map(TextTable::printable).toList());
        return this;
    }

    /**
     * Text safe to print on a terminal: control characters (escape sequences included, C1 too) become
     * '?', so a unit named with escape codes cannot move the cursor or recolour the screen.
     */
    static String printable(String text) {
        if (text.codePoints().noneMatch(TextTable::control)) {
            return text;
        }
        return text.codePoints().map(c -> control(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static boolean control(int c) {
        return (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        boolean[] numeric = new boolean[header.size()];
        Arrays.fill(numeric, !rows.isEmpty());
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
                numeric[c] &= row.get(c).matches("[-+]?[0-9][0-9,.]*%?|—");
            }
        }
        printRow(out, header, widths, numeric);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.println(rule);
        for (List<String> row : rows) {
            printRow(out, row, widths, numeric);
        }
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths, boolean[] numeric) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            sb.append(numeric[c] ? pad + cell : cell + pad);
        }
        out.println(sb.toString().stripTrailing());
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "—";
        }
        if (cell instanceof Double d) {
            return formatNumber(d);
        }
        if (cell instanceof Long || cell instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((Number) cell).longValue());
        }
        return cell.toString();
    }

    /** Whole numbers with thousands separators, others with one decimal; NaN and infinity as a dash. */
    static String formatNumber(double value) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        if (Math.abs(value - Math.rint(value)) < 1e-9 || Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%,.1f", value);
    }
}
