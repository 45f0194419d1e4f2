package org.bulwark.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.Scenario;
import org.bulwark.model.Source;
import org.bulwark.model.UnitType;
import org.bulwark.model.UnitTypeId;
import org.bulwark.scenario.Location;
import org.bulwark.scenario.Problem;
import org.bulwark.scenario.Suggestions;

/**
 * Reads a capability requirement given on the command line ({@code --requirement FILE}): a CSV
 * with a header and one row per type, either {@code type,quantity[,source]} or the
 * {@code requirement.csv} that {@code bulwark require} writes ({@code unit_type,…,count,…}: one
 * row per addition, summed per type). Every problem comes back with file:line:column, all at once.
 */
final class RequirementFile {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** What was read: the requirement when there is no problem. */
    record Read(List<CapabilityRequirement> requirement, List<Problem> problems) {
        Read {
            requirement = List.copyOf(requirement);
            problems = List.copyOf(problems);
        }
    }

    private RequirementFile() {
    }

    static Read read(Path file, Scenario scenario) {
        String name = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            return failed(Problem.error(Location.ofFile(name), "", "no such file",
                    "Give a CSV with the columns type,quantity (or the requirement.csv written by 'bulwark require --out DIR')."));
        } catch (CharacterCodingException e) {
            return failed(Problem.error(Location.ofFile(name), "", "the file is not UTF-8 text", "Save it as UTF-8 CSV."));
        } catch (IOException e) {
            return failed(Problem.error(Location.ofFile(name), "", "cannot be read: " + e.getMessage()));
        }
        List<Cell[]> rows;
        try {
            rows = cells(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return failed(Problem.error(new Location(name, line(at), column(at)), "", "not valid CSV: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return failed(Problem.error(Location.ofFile(name), "", "cannot be read: " + e.getMessage()));
        }
        if (rows.isEmpty()) {
            return failed(Problem.error(Location.ofFile(name), "", "the file is empty",
                    "Start with the header type,quantity and one row per unit type."));
        }
        Cell[] header = rows.get(0);
        List<String> columns = new ArrayList<>();
        for (Cell cell : header) {
            columns.add(cell.text().strip().toLowerCase(java.util.Locale.ROOT));
        }
        boolean fromRequire = columns.contains("unit_type") && columns.contains("count");
        String typeColumn = fromRequire ? "unit_type" : "type";
        String quantityColumn = fromRequire ? "count" : "quantity";
        int typeAt = columns.indexOf(typeColumn);
        int quantityAt = columns.indexOf(quantityColumn);
        int sourceAt = columns.indexOf("source");
        if (typeAt < 0 || quantityAt < 0) {
            return failed(Problem.error(new Location(name, header[0].line(), header[0].column()), "",
                    "the header " + String.join(",", columns) + " has no '" + (typeAt < 0 ? typeColumn : quantityColumn) + "' column",
                    "Use the header type,quantity[,source] (or unit_type,count as in the requirement.csv of 'bulwark require')."));
        }
        List<Problem> problems = new ArrayList<>();
        List<String> known = scenario.unitTypes().stream().map(UnitType::id).map(UnitTypeId::value).toList();
        Map<UnitTypeId, Integer> quantities = new LinkedHashMap<>();
        Map<UnitTypeId, Integer> firstLine = new LinkedHashMap<>();
        Map<UnitTypeId, String> sources = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            Cell[] row = rows.get(r);
            if (row.length == 1 && row[0].text().isBlank()) {
                continue;
            }
            String path = "row " + r;
            Optional<UnitTypeId> type = type(name, path, row, typeAt, known, scenario, problems);
            Optional<Integer> quantity = quantity(name, path, row, quantityAt, quantityColumn, problems);
            if (type.isEmpty() || quantity.isEmpty()) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(type.get(), row[0].line());
            if (earlier != null && !fromRequire) {
                problems.add(Problem.error(new Location(name, row[typeAt].line(), row[typeAt].column()), path,
                        "type '" + type.get() + "' is listed again (first on line " + earlier + ")",
                        "Give one row per type with the total quantity."));
                continue;
            }
            quantities.merge(type.get(), quantity.get(), Integer::sum);
            if (sourceAt >= 0 && sourceAt < row.length && !row[sourceAt].text().isBlank()) {
                sources.putIfAbsent(type.get(), row[sourceAt].text().strip());
            }
        }
        if (problems.isEmpty() && quantities.isEmpty()) {
            problems.add(Problem.error(Location.ofFile(name), "", "the file has a header but no rows",
                    "Add one row per unit type, e.g. armoured_bde,4."));
        }
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        List<CapabilityRequirement> requirement = new ArrayList<>();
        quantities.forEach((type, quantity) -> requirement.add(new CapabilityRequirement(type, quantity,
                Source.of(sources.getOrDefault(type, fromRequire ? "bulwark require: " + name : name), true))));
        return new Read(requirement, List.of());
    }

    private static Optional<UnitTypeId> type(String file, String path, Cell[] row, int at, List<String> known, Scenario scenario, List<Problem> problems) {
        if (at >= row.length || row[at].text().isBlank()) {
            Cell near = at < row.length ? row[at] : row[row.length - 1];
            problems.add(Problem.error(new Location(file, near.line(), near.column()), path, "the unit type is missing",
                    "Give one of the scenario's unit types: " + String.join(", ", known) + "."));
            return Optional.empty();
        }
        Cell cell = row[at];
        String value = cell.text().strip();
        Location location = new Location(file, cell.line(), cell.column());
        if (!org.bulwark.model.Ids.isValid(value) || scenario.unitType(UnitTypeId.of(value)).isEmpty()) {
            problems.add(Problem.error(location, path, "unit type '" + value + "' is not in the scenario's catalogue",
                    Suggestions.closest(value, known).map(s -> "Maybe you meant '" + s + "'?")
                            .orElse("Known types: " + String.join(", ", known) + ".")));
            return Optional.empty();
        }
        return Optional.of(UnitTypeId.of(value));
    }

    private static Optional<Integer> quantity(String file, String path, Cell[] row, int at, String column,
                                              List<Problem> problems) {
        if (at >= row.length || row[at].text().isBlank()) {
            Cell near = at < row.length ? row[at] : row[row.length - 1];
            problems.add(Problem.error(new Location(file, near.line(), near.column()), path, "the " + column + " is missing",
                    "Give a whole number of units, 0 or more."));
            return Optional.empty();
        }
        Cell cell = row[at];
        String value = cell.text().strip();
        Location location = new Location(file, cell.line(), cell.column());
        try {
            int quantity = Integer.parseInt(value);
            if (quantity < 0) {
                problems.add(Problem.error(location, path, column + " " + quantity + " is negative", "Give 0 or more units."));
                return Optional.empty();
            }
            return Optional.of(quantity);
        } catch (NumberFormatException e) {
            problems.add(Problem.error(location, path, column + " '" + value + "' is not a whole number of units",
                    "Give a whole number, e.g. 4."));
            return Optional.empty();
        }
    }

    private static Read failed(Problem problem) {
        return new Read(List.of(), List.of(problem));
    }

    /** One CSV field with where it starts (1-based line and column). */
    private record Cell(String text, int line, int column) {
    }

    private static List<Cell[]> cells(String text) throws IOException {
        List<Cell[]> rows = new ArrayList<>();
        try (JsonParser parser = CSV.createParser(text)) {
            List<Cell> row = null;
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                    if (depth == 2) {
                        row = new ArrayList<>();
                    }
                } else if (token == JsonToken.END_ARRAY) {
                    if (depth == 2 && row != null) {
                        rows.add(row.toArray(Cell[]::new));
                    }
                    depth--;
                } else if (row != null && token.isScalarValue()) {
                    JsonLocation at = parser.currentTokenLocation();
                    row.add(new Cell(parser.getText(), line(at), column(at)));
                }
            }
        }
        return rows;
    }

    private static int line(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static int column(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getColumnNr());
    }
}
