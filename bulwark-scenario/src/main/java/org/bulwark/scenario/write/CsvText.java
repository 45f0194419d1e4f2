package org.bulwark.scenario.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** CSV tables with a header row, '\n' line ends and quoting only where a cell needs it (Jackson CSV). */
final class CsvText {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private CsvText() {
    }

    static String table(List<String> columns, List<String[]> rows) {
        if (rows.isEmpty()) {
            // Jackson writes the header with the first row; an empty table still gets its header
            return String.join(",", columns) + "\n";
        }
        CsvSchema.Builder builder = CsvSchema.builder();
        columns.forEach(builder::addColumn);
        CsvSchema schema = builder.build().withHeader().withLineSeparator("\n");
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = MAPPER.writerFor(String[].class).with(schema).writeValues(out)) {
            for (String[] row : rows) {
                if (row.length != columns.size()) {
                    throw new IllegalArgumentException("row has " + row.length + " cells, the table " + columns.size() + " columns");
                }
                writer.write(row);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV row", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
