package org.bulwark.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns one YAML file or one CSV table into a {@link Tree}, reporting syntax errors where the
 * parser found them. Uses only {@link Files} on the path, so scenarios inside a jar read the same.
 */
final class TreeReader {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.ALLOW_COMMENTS)
            .build();

    private TreeReader() {
    }

    /** The YAML document in {@code file}; empty after reporting a problem. An empty file is an empty mapping. */
    static Optional<Tree> yaml(Path folder, String file, Problems problems) {
        return text(folder, file, problems).flatMap(text -> yaml(text, file, problems));
    }

    /** The YAML document in {@code text}, reported as coming from {@code file}. */
    static Optional<Tree> yaml(String text, String file, Problems problems) {
        try {
            Compose compose = new Compose(LoadSettings.builder().setLabel(file).setSchema(new CoreSchema()).build());
            Optional<Node> root = compose.composeString(text);
            if (root.isEmpty()) {
                return Optional.of(new Tree.Mapping(Map.of(), new Location(file, 1, 1)));
            }
            YamlConverter converter = new YamlConverter(file, problems);
            Tree tree = converter.convert(root.get(), "");
            // a document too deep or too large is not read at all, so nothing follows from half of it
            return converter.tooLarge || converter.tooDeep ? Optional.empty() : Optional.of(tree);
        } catch (MarkedYamlEngineException e) {
            Location at = e.getProblemMark().or(e::getContextMark).map(m -> at(file, m)).orElse(Location.ofFile(file));
            String context = e.getContext() == null ? "" : " (" + e.getContext()
                    + e.getContextMark().map(m -> " started at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1)).orElse("")
                    + ")";
            problems.error(at, "", "YAML syntax error: " + e.getProblem() + context,
                    "check the indentation, colons and brackets here (YAML 1.2)");
            return Optional.empty();
        } catch (YamlEngineException e) {
            // Unmarked engine errors: control characters, too many aliases.
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.startsWith("Number of aliases")) {
                problems.error(Location.ofFile(file), "", "uses more than 50 aliases to lists or mappings",
                        "write the values out: a scenario file needs few or no aliases");
            } else {
                problems.error(Location.ofFile(file), "", "cannot be read as YAML: " + message);
            }
            return Optional.empty();        } catch (StackOverflowError e) {
            problems.error(Location.ofFile(file), "", "the YAML is nested too deeply to read",
                    "a scenario file needs a few levels of nesting; remove the deep nesting (at most " + MAX_DEPTH + " levels)");
            return Optional.empty();
        }
    }

    /**
     * The rows of a CSV table as a list of mappings keyed by the header row. Unknown and repeated
     * header columns are reported once here and left out, so the binder sees known fields only.
     */
    static Optional<Tree> csv(Path folder, String file, String table, Set<String> columns, Problems problems) {
        Optional<List<List<Tree.Scalar>>> parsed = text(folder, file, problems).flatMap(text -> csvRows(text, file, problems));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        List<List<Tree.Scalar>> rows = parsed.get();
        if (rows.isEmpty() || rows.stream().allMatch(r -> r.stream().allMatch(Tree.Scalar::isNull))) {
            problems.error(new Location(file, 1, 1), "", "is empty: the table has no header row",
                    "start with a header row naming the columns: " + String.join(",", columns));
            return Optional.empty();
        }
        List<Tree.Scalar> header = rows.get(0);
        if (header.size() == 1 && !header.get(0).isNull()) {
            String only = header.get(0).text();
            for (String separator : List.of(";", "\t", "|")) {
                String[] parts = only.split(java.util.regex.Pattern.quote(separator));
                if (only.contains(separator) && parts.length > 0 && columns.contains(parts[0].strip())) {
                    String name = separator.equals("\t") ? "tabs" : "'" + separator + "'";
                    problems.error(header.get(0).location(), table, "the columns are separated by " + name + ", not commas",
                            separator.equals(";") ? "Excel in a European locale saves ';': save as 'CSV UTF-8 (comma delimited)' "
                                    + "with ',' as the list separator, or replace ';' by ','" : "separate the columns by commas");
                    return Optional.empty();
                }
            }
        }

        Map<Integer, Tree.Scalar> keep = new LinkedHashMap<>();
        Map<String, Tree.Scalar> seen = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Tree.Scalar cell = header.get(i);
            if (cell.isNull()) {
                problems.error(cell.location(), table, "column " + (i + 1) + " of the header has no name",
                        "name every column, or remove the empty one");
                continue;
            }
            String name = cell.text().strip();
            if (!columns.contains(name)) {
                problems.error(cell.location(), table, "unknown column '" + name + "'",
                        Problems.didYouMean(name, columns, "the columns are: " + String.join(", ", columns)));
            } else if (seen.containsKey(name)) {
                problems.error(cell.location(), table, "column '" + name + "' appears twice (first at "
                        + seen.get(name).location() + ")", "keep one of the two columns");
            } else {
                seen.put(name, cell);
                keep.put(i, new Tree.Scalar(name, cell.location()));
            }
        }
        List<Tree> items = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<Tree.Scalar> cells = rows.get(r);
            if (cells.isEmpty()) {
                continue;
            }
            String path = table + "[" + (r - 1) + "]";
            if (cells.size() != header.size()) {
                Location at = cells.size() > header.size() ? cells.get(header.size()).location() : cells.get(cells.size() - 1).location();
                problems.error(at, path, "the row has " + cells.size() + " values but the header has "
                        + header.size() + " columns", "give one value per column; quote a value that holds a comma");
            }
            Map<String, Tree.Entry> entries = new LinkedHashMap<>();
            for (Map.Entry<Integer, Tree.Scalar> column : keep.entrySet()) {
                int i = column.getKey();
                if (i < cells.size()) {
                    entries.put(column.getValue().text(), new Tree.Entry(column.getValue().text(), column.getValue().location(), cells.get(i)));
                }
            }
            items.add(new Tree.Mapping(entries, cells.get(0).location()));
        }
        return Optional.of(new Tree.Sequence(items, new Location(file, 1, 1)));
    }

    /**
     * The cells of a CSV text, row by row, each with its line and column; empty cells are null
     * scalars. Empty after reporting a syntax error.
     */
    static Optional<List<List<Tree.Scalar>>> csvRows(String text, String file, Problems problems) {
        // a quote left open swallows the lines after it and the parser notices only far below:
        // find the line where it opened (scenario cells never span lines)
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            long quotes = line.chars().filter(c -> c == '"').count();
            if (quotes % 2 == 1) {
                int open = openingQuote(line);
                problems.error(new Location(file, i + 1, open + 1), "", "a quote opened here is never closed on its line",
                        "close the quote before the end of the line; a quote inside a quoted cell is written twice (\"\")");
                return Optional.empty();
            }
        }
        List<List<Tree.Scalar>> rows = new ArrayList<>();
        try (JsonParser parser = CSV.createParser(text)) {
            List<Tree.Scalar> row = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    row = new ArrayList<>();
                } else if (token == JsonToken.END_ARRAY && row != null) {
                    rows.add(row);
                    row = null;
                } else if (token == JsonToken.VALUE_STRING && row != null) {
                    JsonLocation l = parser.currentTokenLocation();
                    String cell = parser.getText();
                    row.add(new Tree.Scalar(cell == null || cell.isBlank() ? null : cell,
                            new Location(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()))));
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Location at = l == null ? Location.ofFile(file) : new Location(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
            problems.error(at, "", "CSV syntax error: " + e.getOriginalMessage(),
                    "quote a cell that holds a comma, and close every quote");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Location.ofFile(file), "", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(rows);
    }

    /** The UTF-8 text of {@code file} (resolved against {@code folder}), without a byte-order mark; empty after reporting a problem. */
    static Optional<String> text(Path folder, String file, Problems problems) {
        byte[] bytes;
        try {
            Path path = folder.resolve(file);
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                problems.error(Location.ofFile(file), "", "is " + size / (1024 * 1024) + " MB, more than a scenario file may be ("
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB)", "check that this is the right file");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.error(Location.ofFile(file), "", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            problems.error(Location.ofFile(file), "", "is UTF-16 text, not UTF-8",
                    "save it as UTF-8 (in Excel: 'CSV UTF-8 (comma delimited)'; in an editor: encoding UTF-8)");
            return Optional.empty();
        }
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            String before = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int bad = bytes[offset] & 0xFF;
            String asWindows = new String(new byte[] {(byte) bad}, java.nio.charset.Charset.forName("windows-1252"));
            String hint = bad >= 0x80 && Character.isLetterOrDigit(asWindows.codePointAt(0))
                    ? String.format(java.util.Locale.ROOT, "byte 0x%02X reads as '%s' in Windows-1252: the file looks saved as "
                            + "Windows-1252 (Excel's 'CSV (comma delimited)' in Western Europe); save it as 'CSV UTF-8 "
                            + "(comma delimited)' or as UTF-8 in an editor", bad, asWindows)
                    : String.format(java.util.Locale.ROOT, "byte 0x%02X is not UTF-8; save the file as UTF-8 text", bad);
            problems.error(new Location(file, line, before.length() - lineStart + 1), "", "is not UTF-8 text", hint);
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            problems.error(Location.ofFile(file), "", "is a binary file, not text", "save it as UTF-8 text");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Index of the quote that is left open in a line with an odd number of quotes. */
    private static int openingQuote(String line) {
        boolean inside = false;
        int opened = line.indexOf('"');
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                if (inside && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    i++; // an escaped quote inside a quoted cell
                } else {
                    inside = !inside;
                    if (inside) {
                        opened = i;
                    }
                }
            }
        }
        return Math.max(0, opened);
    }

    /** Largest scenario file read: far above any real table, small enough for a laptop's memory. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static Location at(String file, Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Deepest nesting of mappings and lists a scenario file may have. */
    static final int MAX_DEPTH = 64;
    /** Most values a YAML document may expand to, aliases included (each alias counts its whole value again). */
    static final int MAX_VALUES = 1_000_000;

    /**
     * Converts snakeyaml nodes, reporting duplicate and non-scalar keys, recursive aliases, nesting
     * deeper than {@link #MAX_DEPTH} and documents that expand (through aliases) to more than
     * {@link #MAX_VALUES} values: the tree is never larger than the limit, whatever the aliases.
     */
    private static final class YamlConverter {
        private final String file;
        private final Problems problems;
        private final Map<Node, Boolean> open = new IdentityHashMap<>();
        private int depth;
        private int values;
        private boolean tooLarge;
        private boolean tooDeep;

        YamlConverter(String file, Problems problems) {
            this.file = file;
            this.problems = problems;
        }

        Tree convert(Node node, String path) {
            Location location = node.getStartMark().map(m -> at(file, m)).orElse(Location.ofFile(file));
            if (++values > MAX_VALUES) {
                if (!tooLarge) {
                    tooLarge = true;
                    problems.error(location, "", "the document expands to more than " + MAX_VALUES
                            + " values (aliases repeat whole values)", "write the values out, or use fewer nested aliases");
                }
                return new Tree.Scalar(null, location);
            }
            if (depth >= MAX_DEPTH && !(node instanceof ScalarNode)) {
                if (!tooDeep) {
                    tooDeep = true;
                    problems.error(location, "", "nested more than " + MAX_DEPTH + " levels deep",
                            "a scenario file needs a few levels of nesting; remove the deep nesting");
                }
                return new Tree.Scalar(null, location);
            }
            if (open.containsKey(node)) {
                problems.error(location, path, "an alias refers to the value that contains it", "remove the recursive alias");
                return new Tree.Scalar(null, location);
            }
            open.put(node, Boolean.TRUE);
            depth++;
            try {
                if (node instanceof ScalarNode scalar) {
                    return new Tree.Scalar(Tag.NULL.equals(scalar.getTag()) ? null : scalar.getValue(), location);
                }
                if (node instanceof SequenceNode sequence) {
                    List<Tree> items = new ArrayList<>();
                    for (Node item : sequence.getValue()) {
                        items.add(convert(item, path + "[" + items.size() + "]"));
                    }
                    return new Tree.Sequence(items, location);
                }
                MappingNode mapping = (MappingNode) node;
                Map<String, Tree.Entry> entries = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    Node keyNode = tuple.getKeyNode();
                    Location keyLocation = keyNode.getStartMark().map(m -> at(file, m)).orElse(location);
                    if (!(keyNode instanceof ScalarNode key) || Tag.NULL.equals(key.getTag())) {
                        problems.error(keyLocation, path, "a key must be a plain name", "write field names like 'name: value'");
                        continue;
                    }
                    Tree.Entry first = entries.get(key.getValue());
                    if (first != null) {
                        problems.error(keyLocation, path, "key '" + key.getValue() + "' appears twice (first at "
                                + first.keyLocation() + ")", "keep one of the two");
                        continue;
                    }
                    entries.put(key.getValue(), new Tree.Entry(key.getValue(), keyLocation,
                            convert(tuple.getValueNode(), path.isEmpty() ? key.getValue() : path + "." + key.getValue())));
                }
                return new Tree.Mapping(entries, location);
            } finally {
                depth--;
                open.remove(node);
            }
        }
    }
}
