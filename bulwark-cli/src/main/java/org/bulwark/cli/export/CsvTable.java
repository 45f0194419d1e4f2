package org.bulwark.cli.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;

/** A CSV file being built: a header, then rows of text cells; written RFC 4180 style with {@code \n}. */
final class CsvTable {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private final List<String> header;
    private final List<String[]> rows = new ArrayList<>();

    CsvTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; {@code null} cells are written empty. */
    CsvTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        String[] copy = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            copy[i] = cells[i] == null ? "" : neutralised(cells[i]);
        }
        rows.add(copy);
        return this;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?[0-9.]+([eE][-+]?[0-9]+)?");

    /**
     * A text cell that a spreadsheet would run as a formula ({@code = + - @}, tab or carriage return
     * first) gets a leading apostrophe, so it shows as text (OWASP CSV injection); numbers, negative
     * ones included, are kept as they are. Other control characters become spaces.
     */
    static String neutralised(String cell) {
        String clean = cell.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7F)
                ? cell.codePoints().map(c -> (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F ? ' ' : c)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                : cell;
        if (clean.isEmpty() || NUMBER.matcher(clean).matches()) {
            return clean;
        }
        char first = clean.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + clean : clean;
    }

    String write() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        header.forEach(schema::addColumn);
        try {
            return MAPPER.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV with header " + header, e);
        }
    }
}
