package org.bulwark.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One bundled CSV file read into rows of text cells, each row knowing its file and line, so a
 * malformed value can be reported as {@code links.csv:42: ...}. The bundled files are part of
 * the program: anything wrong with them is a programming error, reported as an
 * {@link IllegalStateException}.
 */
final class CsvTable {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final String file;
    private final List<String> header;
    private final List<CsvRow> rows;

    private CsvTable(String file, List<String> header, List<CsvRow> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads {@code file} from this package on the classpath and checks that its header is exactly
     * {@code columns}, in order.
     */
    static CsvTable read(String file, List<String> columns) {
        Objects.requireNonNull(file, "file");
        InputStream in = CsvTable.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("bundled reference file '" + file + "' is not on the classpath");
        }
        try (in; MappingIterator<String[]> it = MAPPER.readerFor(String[].class)
                .with(CsvSchema.emptySchema())
                .readValues(in)) {
            List<String> header = null;
            List<CsvRow> rows = new ArrayList<>();
            while (it.hasNextValue()) {
                int line = it.getParser().currentLocation().getLineNr();
                String[] cells = it.nextValue();
                if (header == null) {
                    header = Arrays.stream(cells).map(String::strip).toList();
                    if (!header.equals(columns)) {
                        throw new IllegalStateException(file + ":" + line + ": header is " + header
                                + ", expected " + columns);
                    }
                    continue;
                }
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (cells.length != header.size()) {
                    throw new IllegalStateException(file + ":" + line + ": " + cells.length + " cells, expected "
                            + header.size() + " (" + String.join(",", header) + ")");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    values.put(header.get(i), cells[i].strip());
                }
                rows.add(new CsvRow(file, line, values));
            }
            if (header == null) {
                throw new IllegalStateException(file + ": empty file, expected header " + columns);
            }
            return new CsvTable(file, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled reference file '" + file + "'", e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalStateException) {
                throw e;
            }
            throw new IllegalStateException(file + ": malformed CSV: " + e.getMessage(), e);
        }
    }

    String file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    List<CsvRow> rows() {
        return rows;
    }
}
