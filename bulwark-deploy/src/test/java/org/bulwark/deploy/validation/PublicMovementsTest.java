package org.bulwark.deploy.validation;

import org.bulwark.deploy.planner.PriorityListDeploymentPlanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Movement;
import org.bulwark.deploy.check.PlanChecker;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.planner.PriorityListDeploymentPlanner;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.ScenarioRead;
import org.bulwark.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The validation set ({@code validation/} at the repository root, docs/validation.md): each case a
 * documented public movement with the band its closure must fall in. Every case must read, plan
 * and pass the plan checker. Which cases agree with history is pinned below, so a model change that
 * moves a case into or out of its band fails here until docs/validation.md says so — the bands
 * themselves come from the observed dates and are never tuned.
 */
class PublicMovementsTest {
    private static final Path CASES = Path.of("..", "validation");

    /** The cases whose closure falls in its band with the default options (docs/validation.md). */
    private static final List<String> AGREEING = List.of("air-82abn-rzeszow-2022", "rail-uk-tractable-tapa-2019");

    @Test
    void everyCasePlansCleanlyAndTheAgreeingOnesAreThoseTheDocsName() throws IOException {
        Map<String, double[]> results = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(CASES)) {
            // a movement case is a folder with a case.yaml (validation/campaign holds campaign scenarios)
            List<Path> cases = dirs.filter(d -> Files.isRegularFile(d.resolve("case.yaml"))).sorted().toList();
            assertThat(cases).hasSizeGreaterThanOrEqualTo(7);
            for (Path dir : cases) {
                ScenarioRead read = ScenarioReader.read(dir);
                assertThat(read).as(dir.toString()).isInstanceOf(ScenarioRead.Valid.class);
                Scenario scenario = ((ScenarioRead.Valid) read).scenario();
                PlannerOptions options = PlannerOptions.DEFAULT;
                DeploymentPlan plan = new PriorityListDeploymentPlanner().plan(scenario, options, ProgressListener.NONE);
                assertThat(PlanChecker.violations(scenario, options, plan)).as(dir.toString()).isEmpty();
                assertThat(plan.movements()).as(dir.toString()).hasSize(1);
                Movement m = plan.movements().get(0);
                assertThat(m.arriveHour()).as(dir + " closes").isPresent();
                double[] band = band(dir.resolve("case.yaml"));
                results.put(dir.getFileName().toString(), new double[] {m.arriveHour().getAsDouble(), band[0], band[1]});
            }
        }
        assertThat(results).as("cases").hasSizeGreaterThanOrEqualTo(5);
        List<String> agreeing = results.entrySet().stream()
                .filter(e -> e.getValue()[0] >= e.getValue()[1] && e.getValue()[0] <= e.getValue()[2])
                .map(Map.Entry::getKey).toList();
        assertThat(agreeing).as("cases within their band (closure, low, high): %s", describe(results))
                .containsExactlyElementsOf(AGREEING);
    }

    @SuppressWarnings("unchecked")
    private static double[] band(Path caseFile) throws IOException {
        Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(caseFile));
        List<Number> closure = (List<Number>) ((Map<String, Object>) doc.get("band")).get("closure_hours");
        return new double[] {closure.get(0).doubleValue(), closure.get(1).doubleValue()};
    }

    private static String describe(Map<String, double[]> results) {
        StringBuilder s = new StringBuilder();
        results.forEach((id, r) -> s.append(String.format(java.util.Locale.ROOT, "%n  %s: %.1f h in [%.0f, %.0f]", id, r[0], r[1], r[2])));
        return s.toString();
    }
}
