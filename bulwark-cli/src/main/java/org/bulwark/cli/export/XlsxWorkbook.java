package org.bulwark.cli.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A spreadsheet being built for staff work: sheets of typed cells under a bold, frozen header
 * row, and a last sheet "Sources" listing every source the sheets cite. Written with fastexcel
 * (decision D15 in docs/architecture.md). Usage:
 *
 * <pre>{@code
 * XlsxWorkbook book = new XlsxWorkbook();
 * XlsxWorkbook.Sheet sheet = book.sheet("Figures", XlsxColumn.text("iso3", 6), XlsxColumn.percent("defence_pct_gdp", 2));
 * sheet.row("LTU", new BigDecimal("2.85"));
 * book.source("defence_expenditure.csv", "https://www.nato.int/…", false);
 * byte[] xlsx = book.write();
 * }</pre>
 */
public final class XlsxWorkbook {
    /** The name of the sheet listing the sources. */
    public static final String SOURCES = "Sources";
    private static final String APPLICATION = "Bulwark";
    /** fastexcel wants an application version of the form NN.NNNN; this is the file layout's version. */
    private static final String LAYOUT_VERSION = "1.0";
    private static final int MAX_SHEET_NAME = 31;

    private final List<Sheet> sheets = new ArrayList<>();
    private final Set<List<String>> sources = new LinkedHashSet<>();

    /** Adds a sheet with these columns; its rows follow with {@link Sheet#row(Object...)}. */
    public Sheet sheet(String name, XlsxColumn... columns) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_SHEET_NAME || name.matches(".*[\\[\\]*?/\\\\:].*")) {
            throw new IllegalArgumentException("sheet name '" + name + "' must be 1-31 characters without []*?/\\:");
        }
        if (name.equals(SOURCES) || sheets.stream().anyMatch(s -> s.name.equals(name))) {
            throw new IllegalArgumentException("sheet name '" + name + "' is taken");
        }
        if (columns.length == 0) {
            throw new IllegalArgumentException("sheet '" + name + "' needs columns");
        }
        Sheet sheet = new Sheet(name, List.of(columns));
        sheets.add(sheet);
        return sheet;
    }

    /**
     * Cites a source on the Sources sheet (once, however often it is cited).
     *
     * @param usedFor   what it is the source of, e.g. a dataset or a sheet
     * @param reference URL or citation
     * @param estimate  whether what it gives is an estimate
     */
    public XlsxWorkbook source(String usedFor, String reference, boolean estimate) {
        sources.add(List.of(Objects.requireNonNull(usedFor, "usedFor"), Objects.requireNonNull(reference, "reference"),
                estimate ? "yes" : "no"));
        return this;
    }

    /** The workbook as XLSX bytes. */
    public byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, APPLICATION, LAYOUT_VERSION);
            for (Sheet sheet : sheets) {
                sheet.writeTo(workbook.newWorksheet(sheet.name));
            }
            Sheet list = new Sheet(SOURCES, List.of(XlsxColumn.text("used_for", 40), XlsxColumn.text("source", 90),
                    XlsxColumn.text("estimate", 9)));
            sources.forEach(s -> list.row(s.toArray()));
            list.writeTo(workbook.newWorksheet(SOURCES));
            workbook.finish();
            return deterministic(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a workbook in memory", e);
        }
    }

    /** The fixed time written into every zip entry and the document's properties: identical runs, identical bytes. */
    private static final long FIXED_TIME = java.time.Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
    private static final java.util.regex.Pattern W3CDTF = java.util.regex.Pattern.compile(
            "(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)");

    /**
     * The same workbook with the creation time fastexcel writes (zip entry times, dcterms:created)
     * replaced by a fixed one, so two identical runs give identical files.
     */
    static byte[] deterministic(byte[] xlsx) throws IOException {
        // read through the central directory (fastexcel's local headers carry no sizes), from a temporary file
        java.nio.file.Path temp = java.nio.file.Files.createTempFile("bulwark-", ".xlsx");
        try {
            java.nio.file.Files.write(temp, xlsx);
            ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
            try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(temp.toFile());
                 java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
                for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
                    byte[] content;
                    try (java.io.InputStream stream = in.getInputStream(entry)) {
                        content = stream.readAllBytes();
                    }
                    if (entry.getName().equals("docProps/core.xml")) {
                        content = W3CDTF.matcher(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                                .replaceAll("$12000-01-01T00:00:00Z$2").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(entry.getName());
                    copy.setTime(FIXED_TIME);
                    zip.putNextEntry(copy);
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
    }

    /** One sheet: columns and rows of cells. */
    public static final class Sheet {
        private final String name;
        private final List<XlsxColumn> columns;
        private final List<Object[]> rows = new ArrayList<>();

        private Sheet(String name, List<XlsxColumn> columns) {
            this.name = name;
            this.columns = columns;
        }

        /**
         * Adds a row: a {@link String} (or null) for each text column, a {@link Number} (or null
         * for an empty cell) for each number column. Non-finite doubles are written empty.
         */
        public Sheet row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(name + ": expected " + columns.size() + " cells, got " + cells.length);
            }
            for (int c = 0; c < cells.length; c++) {
                Object cell = cells[c];
                boolean text = columns.get(c).kind() == XlsxColumn.Kind.TEXT;
                if (cell != null && (text ? !(cell instanceof String) : !(cell instanceof Number))) {
                    throw new IllegalArgumentException(name + ": column '" + columns.get(c).header() + "' takes "
                            + (text ? "text" : "numbers") + ", got " + cell.getClass().getSimpleName() + " " + cell);
                }
            }
            rows.add(Arrays.copyOf(cells, cells.length));
            return this;
        }

        private void writeTo(Worksheet sheet) {
            for (int c = 0; c < columns.size(); c++) {
                XlsxColumn column = columns.get(c);
                sheet.width(c, column.width());
                sheet.value(0, c, column.header());
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                for (int c = 0; c < row.length; c++) {
                    write(sheet, r + 1, c, columns.get(c), row[c]);
                }
            }
        }

        private static void write(Worksheet sheet, int r, int c, XlsxColumn column, Object cell) {
            if (cell == null || cell instanceof Double d && !Double.isFinite(d)) {
                return;
            }
            if (cell instanceof String text) {
                sheet.value(r, c, text);
                return;
            }
            sheet.value(r, c, (Number) cell);
            sheet.style(r, c).format(column.format()).set();
        }
    }
}
