package org.bulwark.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.Ids;
import org.bulwark.model.Scenario;
import org.bulwark.model.Source;
import org.bulwark.model.UnitType;
import org.bulwark.model.UnitTypeId;

/**
 * Reads a capability requirement given outside a scenario (e.g. {@code bulwark targets
 * --requirement FILE}): a CSV with a header and one row per type, either
 * {@code type,quantity[,source]} or the {@code requirement.csv} that {@code bulwark require}
 * writes ({@code unit_type,…,count,…}: one row per addition, summed per type). Other columns are
 * ignored. Every problem comes back with file:line:column, all at once.
 */
public final class RequirementReader {
    /** What was read: the requirement when there is no problem, else every problem. */
    public record RequirementRead(List<CapabilityRequirement> requirement, List<Problem> problems) {
        public RequirementRead {
            requirement = List.copyOf(requirement);
            problems = List.copyOf(problems);
        }
    }

    private RequirementReader() {
    }

    /** The requirement in {@code file}, its unit types checked against {@code scenario}'s catalogue. */
    public static RequirementRead read(Path file, Scenario scenario) {
        String name = file.toString();
        Problems problems = new Problems();
        if (!Files.exists(file)) {
            problems.error(Location.ofFile(name), "", "no such file",
                    "Give a CSV with the columns type,quantity (or the requirement.csv written by 'bulwark require --out DIR').");
            return new RequirementRead(List.of(), problems.sorted());
        }
        Optional<List<List<Tree.Scalar>>> parsed = TreeReader.text(Path.of(""), name, problems)
                .flatMap(text -> TreeReader.csvRows(text, name, problems));
        if (parsed.isEmpty()) {
            return new RequirementRead(List.of(), problems.sorted());
        }
        List<List<Tree.Scalar>> rows = parsed.get();
        if (rows.isEmpty()) {
            problems.error(Location.ofFile(name), "", "the file is empty",
                    "Start with the header type,quantity and one row per unit type.");
            return new RequirementRead(List.of(), problems.sorted());
        }
        List<Tree.Scalar> header = rows.get(0);
        List<String> columns = new ArrayList<>();
        for (Tree.Scalar cell : header) {
            columns.add(cell.isNull() ? "" : cell.text().strip().toLowerCase(Locale.ROOT));
        }
        boolean fromRequire = columns.contains("unit_type") && columns.contains("count");
        String typeColumn = fromRequire ? "unit_type" : "type";
        String quantityColumn = fromRequire ? "count" : "quantity";
        int typeAt = columns.indexOf(typeColumn);
        int quantityAt = columns.indexOf(quantityColumn);
        int sourceAt = columns.indexOf("source");
        if (typeAt < 0 || quantityAt < 0) {
            problems.error(header.get(0).location(), "",
                    "the header " + String.join(",", columns) + " has no '" + (typeAt < 0 ? typeColumn : quantityColumn) + "' column",
                    "Use the header type,quantity[,source] (or unit_type,count as in the requirement.csv of 'bulwark require').");
            return new RequirementRead(List.of(), problems.sorted());
        }
        List<String> known = scenario.unitTypes().stream().map(UnitType::id).map(UnitTypeId::value).toList();
        Map<UnitTypeId, Integer> quantities = new LinkedHashMap<>();
        Map<UnitTypeId, Integer> firstLine = new LinkedHashMap<>();
        Map<UnitTypeId, String> sources = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<Tree.Scalar> row = rows.get(r);
            if (row.stream().allMatch(Tree.Scalar::isNull)) {
                continue;
            }
            String path = "row " + r;
            Optional<UnitTypeId> type = type(path, row, typeAt, known, scenario, problems);
            Optional<Integer> quantity = quantity(path, row, quantityAt, quantityColumn, problems);
            if (type.isEmpty() || quantity.isEmpty()) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(type.get(), row.get(0).location().line());
            if (earlier != null && !fromRequire) {
                problems.error(row.get(typeAt).location(), path,
                        "type '" + type.get() + "' is listed again (first on line " + earlier + ")",
                        "Give one row per type with the total quantity.");
                continue;
            }
            quantities.merge(type.get(), quantity.get(), Integer::sum);
            if (sourceAt >= 0 && sourceAt < row.size() && !row.get(sourceAt).isNull()) {
                sources.putIfAbsent(type.get(), row.get(sourceAt).text().strip());
            }
        }
        if (problems.count() == 0 && quantities.isEmpty()) {
            problems.error(Location.ofFile(name), "", "the file has a header but no rows",
                    "Add one row per unit type, e.g. armoured_bde,4.");
        }
        if (problems.count() > 0) {
            return new RequirementRead(List.of(), problems.sorted());
        }
        List<CapabilityRequirement> requirement = new ArrayList<>();
        quantities.forEach((type, quantity) -> requirement.add(new CapabilityRequirement(type, quantity,
                Source.of(sources.getOrDefault(type, fromRequire ? "bulwark require: " + name : name), true))));
        return new RequirementRead(requirement, List.of());
    }

    /** The cell in column {@code at}, or empty when the row is too short or the cell is empty. */
    private static Optional<Tree.Scalar> cell(List<Tree.Scalar> row, int at) {
        return at < row.size() && !row.get(at).isNull() ? Optional.of(row.get(at)) : Optional.empty();
    }

    /** Where a missing cell would be: the cell itself, or the row's last cell when the row is short. */
    private static Location near(List<Tree.Scalar> row, int at) {
        return (at < row.size() ? row.get(at) : row.get(row.size() - 1)).location();
    }

    private static Optional<UnitTypeId> type(String path, List<Tree.Scalar> row, int at, List<String> known,
                                             Scenario scenario, Problems problems) {
        Optional<Tree.Scalar> cell = cell(row, at);
        if (cell.isEmpty()) {
            problems.error(near(row, at), path, "the unit type is missing",
                    "Give one of the scenario's unit types: " + String.join(", ", known) + ".");
            return Optional.empty();
        }
        String value = cell.get().text().strip();
        if (!Ids.isValid(value) || scenario.unitType(UnitTypeId.of(value)).isEmpty()) {
            problems.error(cell.get().location(), path, "unit type '" + value + "' is not in the scenario's catalogue",
                    Problems.didYouMean(value, known, "Known types: " + String.join(", ", known) + "."));
            return Optional.empty();
        }
        return Optional.of(UnitTypeId.of(value));
    }

    private static Optional<Integer> quantity(String path, List<Tree.Scalar> row, int at, String column, Problems problems) {
        Optional<Tree.Scalar> cell = cell(row, at);
        if (cell.isEmpty()) {
            problems.error(near(row, at), path, "the " + column + " is missing", "Give a whole number of units, 0 or more.");
            return Optional.empty();
        }
        String value = cell.get().text().strip();
        try {
            int quantity = Integer.parseInt(value);
            if (quantity < 0) {
                problems.error(cell.get().location(), path, column + " " + quantity + " is negative", "Give 0 or more units.");
                return Optional.empty();
            }
            return Optional.of(quantity);
        } catch (NumberFormatException e) {
            problems.error(cell.get().location(), path, column + " '" + value + "' is not a whole number of units",
                    "Give a whole number, e.g. 4.");
            return Optional.empty();
        }
    }
}
