package org.bulwark.cli.export;

import java.util.Objects;

/**
 * One column of an {@link XlsxWorkbook} sheet: its header, what kind of cell it holds and the
 * number format the spreadsheet shows. Numbers are stored as numbers (typed cells), so they sum,
 * sort and chart; the format only changes how they are displayed.
 *
 * @param header  the header cell
 * @param kind    the cell type
 * @param format  Excel number format, empty for text
 * @param width   column width in characters
 */
public record XlsxColumn(String header, Kind kind, String format, double width) {
    /** The cell types a column can hold. */
    public enum Kind {
        /** A string (empty cell for null). */
        TEXT,
        /** A number shown with the column's format. */
        NUMBER
    }

    public XlsxColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        if (kind == Kind.TEXT && !format.isEmpty()) {
            throw new IllegalArgumentException("text column '" + header + "' takes no number format");
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("width of '" + header + "' must be > 0, was " + width);
        }
    }

    /** A text column, as wide as needed for {@code width} characters. */
    public static XlsxColumn text(String header, double width) {
        return new XlsxColumn(header, Kind.TEXT, "", width);
    }

    /** A whole number such as a year: no thousands separator. */
    public static XlsxColumn year(String header) {
        return new XlsxColumn(header, Kind.NUMBER, "0", Math.max(6, header.length() + 2));
    }

    /** A number with {@code decimals} decimals and a thousands separator. */
    public static XlsxColumn number(String header, int decimals) {
        return new XlsxColumn(header, Kind.NUMBER, decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                Math.max(10, header.length() + 2));
    }

    /**
     * A percentage stored in percent units as published ({@code 2.05} is 2.05 %), shown with
     * {@code decimals} decimals and a literal % sign (the escaped {@code \\%} of Excel's number
     * formats, which, unlike a bare {@code %}, does not multiply by 100). Stored this way the cell
     * equals the published figure exactly; divide by 100 for a fraction.
     */
    public static XlsxColumn percent(String header, int decimals) {
        return new XlsxColumn(header, Kind.NUMBER, (decimals == 0 ? "0" : "0." + "0".repeat(decimals)) + "\\%",
                Math.max(10, header.length() + 2));
    }
}
