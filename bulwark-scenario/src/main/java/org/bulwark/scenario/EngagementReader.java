package org.bulwark.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.bulwark.model.Engagement;

/**
 * Reads engagements for {@code bulwark engagement --battles FILE}: a CSV with a header and one row
 * per engagement. Columns (any order; names in any case):
 * <ul>
 *   <li>required: {@code attacker_strength}, {@code defender_strength} (personnel, more than 0),
 *       {@code posture} (HD, PD, FD, DL, WD or hasty, prepared, fortified, delay, withdrawal),
 *       {@code duration_days} (more than 0);</li>
 *   <li>optional: {@code id}, {@code year} (1500–2100; default {@value #DEFAULT_YEAR}, the last year
 *       the battles the model was fitted on cover well), {@code attacker_tanks}, {@code defender_tanks},
 *       {@code attacker_artillery}, {@code defender_artillery}, {@code attacker_air_sorties},
 *       {@code defender_air_sorties} (0 when empty), {@code terrain} (R, G, F, 0 or rolling, rugged,
 *       flat, other; default other);</li>
 *   <li>what happened, to test the model (all four or none): {@code attacker_casualties},
 *       {@code defender_casualties}, {@code advance_km} (negative a retreat), {@code outcome}
 *       (attacker_wins, draw, defender_wins or 1, 0, -1).</li>
 * </ul>
 * Every problem comes back with file:line:column, all at once.
 */
public final class EngagementReader {
    /** The year of an engagement that gives none: 1945, the last year the CDB90 battles cover well (one later battle). */
    public static final double DEFAULT_YEAR = Engagement.LAST_WELL_COVERED_YEAR;
    private static final List<String> REQUIRED = List.of("attacker_strength", "defender_strength", "posture", "duration_days");
    private static final List<String> OBSERVED = List.of("attacker_casualties", "defender_casualties", "advance_km", "outcome");
    private static final List<String> KNOWN = List.of("id", "year", "attacker_strength", "defender_strength", "attacker_tanks",
            "defender_tanks", "attacker_artillery", "defender_artillery", "attacker_air_sorties", "defender_air_sorties",
            "posture", "terrain", "duration_days", "attacker_casualties", "defender_casualties", "advance_km", "outcome");

    /** What was read: the engagements when there is no error, and every problem. */
    public record EngagementRead(List<Engagement> engagements, List<Problem> problems) {
        public EngagementRead {
            engagements = List.copyOf(engagements);
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
        }
    }

    private EngagementReader() {
    }

    public static EngagementRead read(Path file) {
        String name = file.toString();
        Problems problems = new Problems();
        if (!Files.isRegularFile(file)) {
            problems.error(Location.ofFile(name), "", "no such file",
                    "Give a CSV with a header such as attacker_strength,defender_strength,posture,duration_days (docs/model.md).");
            return new EngagementRead(List.of(), problems.sorted());
        }
        Optional<List<List<Tree.Scalar>>> parsed = TreeReader.text(Path.of(""), name, problems)
                .flatMap(text -> TreeReader.csvRows(text, name, problems));
        if (parsed.isEmpty()) {
            return new EngagementRead(List.of(), problems.sorted());
        }
        List<List<Tree.Scalar>> rows = parsed.get();
        boolean blank = rows.stream().allMatch(r -> r.stream().allMatch(c -> c.isNull() || c.text().isBlank()));
        if (rows.size() < 2 || blank) {
            problems.error(Location.ofFile(name), "", blank ? "the file is empty" : "the file has a header but no rows",
                    "Add one row per engagement under a header such as attacker_strength,defender_strength,posture,duration_days.");
            return new EngagementRead(List.of(), problems.sorted());
        }
        List<Tree.Scalar> header = rows.get(0);
        if (header.size() == 1 && !header.get(0).isNull() && header.get(0).text().contains(";")) {
            problems.error(header.get(0).location(), "header", "the columns are separated by ';', not ','",
                    "Save the file as CSV with commas (Excel in a European locale writes ';'), e.g. "
                            + "attacker_strength,defender_strength,posture,duration_days.");
            return new EngagementRead(List.of(), problems.sorted());
        }
        Map<String, Integer> at = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Tree.Scalar cell = header.get(i);
            String column = cell.isNull() ? "" : cell.text().strip().toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(column)) {
                problems.warning(cell.location(), "header", "column '" + column + "' is not read",
                        Problems.closest(column, KNOWN).map(c -> "Maybe you meant '" + c + "'?").orElse("Known columns: "
                                + String.join(", ", KNOWN) + "."));
            }
            Integer first = at.putIfAbsent(column, i);
            if (first != null && !column.isEmpty()) {
                problems.error(cell.location(), "header", "column '" + column + "' is given twice (first as column " + (first + 1)
                        + ")", "Keep one of them: which one is meant cannot be told.");
            }
        }
        boolean missing = false;
        for (String column : REQUIRED) {
            if (!at.containsKey(column)) {
                problems.error(header.get(0).location(), "header", "no '" + column + "' column",
                        "The required columns are " + String.join(", ", REQUIRED) + ".");
                missing = true;
            }
        }
        long observedColumns = OBSERVED.stream().filter(at::containsKey).count();
        if (observedColumns > 0 && observedColumns < OBSERVED.size()) {
            problems.error(header.get(0).location(), "header", "some of what happened is given, not all: "
                    + OBSERVED.stream().filter(c -> !at.containsKey(c)).toList() + " missing",
                    "Give all of " + String.join(", ", OBSERVED) + " to test the model, or none to predict only.");
            missing = true;
        }
        if (missing) {
            return new EngagementRead(List.of(), problems.sorted());
        }
        List<Engagement> engagements = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<Tree.Scalar> row = rows.get(r);
            if (row.stream().allMatch(Tree.Scalar::isNull)) {
                continue;
            }
            Row cells = new Row(row, at, "row " + r, problems);
            String id = cells.text("id").orElse("row " + r);
            double year = cells.number("year", false, "a year, e.g. 1944").orElse(DEFAULT_YEAR);
            if (year < 1500 || year > 2100) {
                cells.error("year", "the year " + ScenarioBinder.number(year) + " is outside 1500-2100",
                        "give the year the engagement is fought, e.g. 1944 or 2026 (after 1945 the model holds the era at 1945)");
            }
            Optional<Engagement.Side> attacker = cells.side("attacker");
            Optional<Engagement.Side> defender = cells.side("defender");
            Optional<Engagement.Posture> posture = cells.choice("posture", true, Engagement.Posture::ofCode,
                    "HD, PD, FD, DL or WD (hasty, prepared, fortified, delay, withdrawal)");
            Engagement.Terrain terrain = cells.choice("terrain", false, Engagement.Terrain::ofCode,
                    "R, G, F or 0 (rolling, rugged, flat, other)").orElse(Engagement.Terrain.OTHER);
            OptionalDouble days = cells.number("duration_days", true, "the days it lasted, more than 0, e.g. 2");
            if (days.isPresent() && !(days.getAsDouble() > 0)) {
                cells.error("duration_days", "the duration must be more than 0 days", "give the days it lasted, e.g. 0.5 or 3");
                days = OptionalDouble.empty();
            }
            Optional<Engagement.Observed> observed = Optional.empty();
            if (observedColumns > 0) {
                OptionalDouble ca = cells.nonNegative("attacker_casualties");
                OptionalDouble cd = cells.nonNegative("defender_casualties");
                OptionalDouble km = cells.number("advance_km", true, "km the attacker advanced, negative for a retreat");
                Optional<Engagement.Outcome> outcome = cells.choice("outcome", true, EngagementReader::outcome,
                        "attacker_wins, draw or defender_wins (or 1, 0, -1)");
                if (ca.isPresent() && cd.isPresent() && km.isPresent() && outcome.isPresent()) {
                    observed = Optional.of(new Engagement.Observed(ca.getAsDouble(), cd.getAsDouble(), km.getAsDouble(),
                            outcome.get()));
                }
            }
            if (attacker.isPresent() && defender.isPresent() && posture.isPresent() && days.isPresent() && cells.ok()) {
                engagements.add(new Engagement(id, year, attacker.get(), defender.get(), posture.get(), terrain,
                        days.getAsDouble(), observed));
            }
        }
        List<Problem> all = problems.sorted();
        return new EngagementRead(all.stream().anyMatch(p -> p.severity() == Severity.ERROR) ? List.of() : engagements, all);
    }

    private static Optional<Engagement.Outcome> outcome(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Engagement.Outcome o : Engagement.Outcome.values()) {
            if (o.label().equals(t) || Integer.toString(o.code()).equals(t)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** One row's cells by column name, reporting each bad cell where it is. */
    private static final class Row {
        private final List<Tree.Scalar> row;
        private final Map<String, Integer> at;
        private final String path;
        private final Problems problems;
        private boolean ok = true;

        Row(List<Tree.Scalar> row, Map<String, Integer> at, String path, Problems problems) {
            this.row = row;
            this.at = at;
            this.path = path;
            this.problems = problems;
        }

        boolean ok() {
            return ok;
        }

        private Optional<Tree.Scalar> cell(String column) {
            Integer i = at.get(column);
            return i != null && i < row.size() && !row.get(i).isNull() && !row.get(i).text().isBlank()
                    ? Optional.of(row.get(i)) : Optional.empty();
        }

        private Location where(String column) {
            Integer i = at.get(column);
            return i != null && i < row.size() ? row.get(i).location() : row.get(row.size() - 1).location();
        }

        void error(String column, String message, String hint) {
            problems.error(where(column), path + "." + column, message, hint);
            ok = false;
        }

        Optional<String> text(String column) {
            return cell(column).map(c -> c.text().strip());
        }

        OptionalDouble number(String column, boolean required, String what) {
            Optional<Tree.Scalar> c = cell(column);
            if (c.isEmpty()) {
                if (required) {
                    error(column, column + " is empty", "give " + what);
                }
                return OptionalDouble.empty();
            }
            try {
                double v = Double.parseDouble(c.get().text().strip());
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                return OptionalDouble.of(v);
            } catch (NumberFormatException e) {
                error(column, "'" + c.get().text().strip() + "' is not a number", "give " + what);
                return OptionalDouble.empty();
            }
        }

        OptionalDouble nonNegative(String column) {
            OptionalDouble v = number(column, true, "a count, 0 or more");
            if (v.isPresent() && v.getAsDouble() < 0) {
                error(column, column + " cannot be negative, got " + ScenarioBinder.number(v.getAsDouble()), "use 0 or more");
                return OptionalDouble.empty();
            }
            return v;
        }

        Optional<Engagement.Side> side(String side) {
            OptionalDouble strength = number(side + "_strength", true, "the " + side + "'s personnel, more than 0, e.g. 12000");
            if (strength.isPresent() && !(strength.getAsDouble() > 0)) {
                error(side + "_strength", "the strength must be more than 0, got " + ScenarioBinder.number(strength.getAsDouble()),
                        "give the " + side + "'s personnel");
                strength = OptionalDouble.empty();
            }
            double[] counts = new double[3];
            String[] columns = {side + "_tanks", side + "_artillery", side + "_air_sorties"};
            for (int i = 0; i < 3; i++) {
                OptionalDouble v = number(columns[i], false, "a count, 0 or more");
                if (v.isPresent() && v.getAsDouble() < 0) {
                    error(columns[i], columns[i] + " cannot be negative, got " + ScenarioBinder.number(v.getAsDouble()),
                            "use 0 or more, or leave it empty for 0");
                }
                counts[i] = v.isPresent() ? Math.max(0, v.getAsDouble()) : 0;
            }
            return strength.isPresent() ? Optional.of(new Engagement.Side(strength.getAsDouble(), counts[0], counts[1], counts[2]))
                    : Optional.empty();
        }

        <E> Optional<E> choice(String column, boolean required, Function<String, Optional<E>> parse, String allowed) {
            Optional<Tree.Scalar> c = cell(column);
            if (c.isEmpty()) {
                if (required) {
                    error(column, column + " is empty", "give one of " + allowed);
                }
                return Optional.empty();
            }
            Optional<E> v = parse.apply(c.get().text());
            if (v.isEmpty()) {
                error(column, "unknown " + column + " '" + c.get().text().strip() + "'", "use " + allowed);
            }
            return v;
        }
    }
}
