package org.bulwark.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.bulwark.model.Spending;
import org.bulwark.reference.ReferenceData;

/**
 * Reads a scenario folder (see {@code docs/format.md}) and checks it, reporting every problem
 * with its file, line and column. The folder may be on the default file system or inside a
 * zip or jar file system.
 *
 * <pre>{@code
 * switch (ScenarioReader.read(folder)) {
 *     case ScenarioRead.Valid v -> plan(v.scenario());
 *     case ScenarioRead.Invalid i -> i.problems().forEach(p -> System.err.println(p.format()));
 * }
 * }</pre>
 */
public final class ScenarioReader {
    static final String DEFAULT_UNIT_TYPES = "default-unit-types.yaml";

    private ScenarioReader() {
    }

    /**
     * Reads and validates the scenario folder; never throws for bad input. A folder without
     * spending files gets the bundled NATO expenditure series and pledges. The scenario's cost
     * table ({@code Scenario.targets().costs()}) is the bundled {@code unit_costs.csv} for its
     * unit types, overlaid type by type by the folder's {@code costs.csv}.
     */
    public static ScenarioRead read(Path folder) {
        return read(folder, ReferenceData.bundledSpending());
    }

    /** Same, with the spending data used when the folder has no spending.csv / commitments.yaml. */
    public static ScenarioRead read(Path folder, Spending defaultSpending) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(defaultSpending, "defaultSpending");
        Problems problems = new Problems();
        if (!Files.isDirectory(folder)) {
            String what = Files.exists(folder) ? "is not a folder" : "does not exist";
            problems.error(Location.ofFile(folder.toString()), "", "the scenario folder " + what,
                    "give the folder that holds scenario.yaml");
            return new ScenarioRead.Invalid(problems.sorted());
        }
        Drafts drafts = ScenarioBinder.bind(folder, defaultSpending, problems);
        if (drafts.unitTypesFile == null) {
            drafts.unitTypes.addAll(DefaultCatalogue.UNIT_TYPES);
        }
        ScenarioValidator.validate(drafts, problems);
        if (problems.hasErrors()) {
            return new ScenarioRead.Invalid(problems.sorted());
        }
        return new ScenarioRead.Valid(ScenarioAssembler.assemble(drafts), problems.sorted());
    }

    /** The bundled unit-type catalogue, read once. */
    private static final class DefaultCatalogue {
        static final List<Drafts.UnitTypeRow> UNIT_TYPES = load();

        private static List<Drafts.UnitTypeRow> load() {
            try (InputStream in = ScenarioReader.class.getResourceAsStream(DEFAULT_UNIT_TYPES)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + DEFAULT_UNIT_TYPES);
                }
                return List.copyOf(ScenarioBinder.bindDefaultUnitTypes(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        DEFAULT_UNIT_TYPES));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + DEFAULT_UNIT_TYPES, e);
            }
        }
    }
}
