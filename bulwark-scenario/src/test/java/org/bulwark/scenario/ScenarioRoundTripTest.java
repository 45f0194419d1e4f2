package org.bulwark.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.bulwark.model.Campaign;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.write.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read → write → read keeps everything, campaign settings included, and writes the same bytes again. */
class ScenarioRoundTripTest {
    private final ScenarioWriter writer = new ScenarioWriter();

    @Test
    void theFixtureSurvivesReadWriteRead(@TempDir Path dir) throws IOException {
        Scenario first = read(TestScenarios.valid());
        SortedMap<String, String> files = writer.files(first);
        writer.write(first, dir);

        Scenario second = read(dir);

        assertThat(files).containsKeys(ScenarioWriter.CAMPAIGN, ScenarioWriter.TERRAIN, ScenarioWriter.TARGETS,
                ScenarioWriter.INVENTORIES, ScenarioWriter.COSTS);
        assertThat(second.campaign()).isEqualTo(first.campaign());
        assertThat(second.targets()).isEqualTo(first.targets());
        assertThat(writer.files(second)).isEqualTo(files);
    }

    @Test
    void liftFiguresSurviveReadWriteReadAndDefaultOnesWriteNoFile(@TempDir Path dir) throws IOException {
        assertThat(writer.files(read(TestScenarios.valid()))).doesNotContainKey(ScenarioWriter.LIFT);
        Path folder = TestScenarios.copyOfValid(Files.createDirectories(dir.resolve("in")));
        TestScenarios.write(folder, "lift.yaml", """
                modes:
                  sea: {element_tonnes: 3150, element: "ARK Ro-Ro sailing", unload_hours: 24, source: "ARK charter"}
                road_march: {hours_per_day: 8, start_hour: 18}
                """);
        Scenario first = read(folder);
        writer.write(first, dir.resolve("out"));
        Scenario second = read(dir.resolve("out"));
        assertThat(second.network().increments()).isEqualTo(first.network().increments());
        assertThat(second.network().times()).isEqualTo(first.network().times());
        assertThat(second.network().times().unloadHours(org.bulwark.model.Mode.SEA)).isEqualTo(24);
        assertThat(writer.files(second)).isEqualTo(writer.files(first));
    }

    @Test
    void costsCsvHoldsOnlyTheCostsThatDifferFromTheBundledTable() {
        SortedMap<String, String> files = writer.files(read(TestScenarios.valid()));

        assertThat(files.get(ScenarioWriter.COSTS)).isEqualTo("""
                type,acquisition_usd_m,annual_operating_usd_m,price_year,source,estimate
                mechanised_bde,2100,700,2024,test price list,no
                battlegroup,900.5,180,2023,,
                """);
        assertThat(files.get(ScenarioWriter.TARGETS)).startsWith("""
                # Bulwark scenario file; format: docs/format.md
                key: gdp
                key_year: 2024
                cap_multiple: 2
                participants:
                  - LTU
                  - POL
                  - DEU
                programme_years: 8
                source: test plan
                estimate: "no"
                requirement:
                """);
    }

    @Test
    void aScenarioWithoutTargetSettingsWritesNoTargetFiles(@TempDir Path dir) throws IOException {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.delete(folder, "targets.yaml");
        TestScenarios.delete(folder, "inventories.csv");
        TestScenarios.delete(folder, "costs.csv");

        assertThat(writer.files(read(folder))).doesNotContainKeys(ScenarioWriter.TARGETS, ScenarioWriter.INVENTORIES,
                ScenarioWriter.COSTS);
    }

    @Test
    void theBundledScenarioSurvivesReadWriteRead(@TempDir Path dir) throws IOException {
        Scenario first = read(BundledScenarios.folder("eastern-flank-2023").orElseThrow());
        writer.write(first, dir);

        Scenario second = read(dir);

        assertThat(first.campaign()).isNotEqualTo(Campaign.DEFAULT);
        assertThat(second.campaign()).isEqualTo(first.campaign());
        assertThat(first.targets().requirement()).isNotEmpty();
        assertThat(second.targets()).isEqualTo(first.targets());
        assertThat(writer.files(second)).isEqualTo(writer.files(first));
    }

    @Test
    void writesCampaignSettingsInTheDocumentedForm() {
        SortedMap<String, String> files = writer.files(read(TestScenarios.valid()));

        assertThat(files.get(ScenarioWriter.CAMPAIGN)).isEqualTo("""
                # Bulwark scenario file; format: docs/format.md
                days: 20
                step_hours: 2
                default_terrain: open
                source: test fixture
                estimate: "no"
                parameters:
                  hold_ratio:
                    value: 1.5
                    source: "https://example.org/hold-ratio"
                    estimate: "no"
                  prepared_defence_multiplier: 1.4
                uncertainty:
                  warning_hours:
                    distribution: triangular
                    min: 48
                    mode: 168
                    max: 336
                    source: illustrative
                    estimate: "no"
                  defender_effectiveness:
                    distribution: lognormal
                    median: 1
                    sigma: 0.15
                  arrival_delay_hours:
                    distribution: uniform
                    min: 0
                    max: 48
                  attrition_rate_by_attacker:
                    distribution: normal
                    mean: 0.004
                    sd: 0.001
                    min: 0
                    max: 1
                  attacker_sorties_per_day:
                    distribution: fixed
                    value: 3
                """);
        assertThat(files.get(ScenarioWriter.TERRAIN)).isEqualTo("""
                node,terrain,river,source,estimate
                PL_SUW,mixed,no,,
                LT_KNS,urban,yes,general knowledge,yes
                LT_VNO,urban,no,,
                RU_GUS,forest,no,,
                """);
    }

    @Test
    void aDefaultCampaignWritesNoCampaignFilesAndOverwritingRemovesStaleOnes(@TempDir Path dir) throws IOException {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.delete(folder, "campaign.yaml");
        TestScenarios.delete(folder, "terrain.csv");
        Scenario plain = read(folder);
        TestScenarios.write(folder, "campaign.yaml", "days: 5\n");
        TestScenarios.write(folder, "terrain.csv", "node,terrain\nLT_VNO,urban\n");

        writer.write(plain, folder, true);

        assertThat(writer.files(plain)).doesNotContainKeys(ScenarioWriter.CAMPAIGN, ScenarioWriter.TERRAIN);
        assertThat(folder.resolve("campaign.yaml")).doesNotExist();
        assertThat(folder.resolve("terrain.csv")).doesNotExist();
        assertThat(read(folder).campaign()).isEqualTo(Campaign.DEFAULT);
        assertThat(Files.exists(folder.resolve("threat.yaml"))).isTrue();
    }

    private static Scenario read(Path folder) {
        ScenarioRead read = ScenarioReader.read(folder);
        assertThat(read).as(TestScenarios.formatted(read)).isInstanceOf(ScenarioRead.Valid.class);
        return ((ScenarioRead.Valid) read).scenario();
    }
}
