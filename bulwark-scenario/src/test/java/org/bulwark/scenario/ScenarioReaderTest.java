package org.bulwark.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.bulwark.model.AreaTerrain;
import org.bulwark.model.Campaign;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Distribution;
import org.bulwark.model.ForceTier;
import org.bulwark.model.GeoPoint;
import org.bulwark.model.Link;
import org.bulwark.model.LinkId;
import org.bulwark.model.Mode;
import org.bulwark.model.NodeId;
import org.bulwark.model.ParameterValue;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.ScenarioInput;
import org.bulwark.model.Source;
import org.bulwark.model.TerrainClass;
import org.bulwark.model.Uncertainty;
import org.bulwark.model.Unit;
import org.bulwark.model.UnitId;
import org.bulwark.model.UnitTypeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {

    @Test
    void readsTheValidFixture() {
        ScenarioRead read = ScenarioReader.read(TestScenarios.valid());

        assertThat(read).as(TestScenarios.formatted(read)).isInstanceOf(ScenarioRead.Valid.class);
        assertThat(read.problems()).isEmpty();
        Scenario scenario = ((ScenarioRead.Valid) read).scenario();
        assertThat(scenario.info().id()).isEqualTo("suwalki-test");
        assertThat(scenario.info().horizonHours()).isEqualTo(30 * 24.0);
        assertThat(scenario.nations()).hasSize(5);
        assertThat(scenario.regions()).hasSize(4);
        assertThat(scenario.network().nodes()).hasSize(12);
        assertThat(scenario.network().links()).hasSize(17);
        assertThat(scenario.network().gaugeBreaks()).hasSize(1);
        assertThat(scenario.units()).hasSize(8);
        assertThat(scenario.posture()).hasSize(2);
        assertThat(scenario.reinforcements()).hasSize(4);
        assertThat(scenario.objectives()).hasSize(3);
        assertThat(scenario.threat().assemblyAreas()).hasSize(1);
        assertThat(scenario.threat().axes()).hasSize(2);
        assertThat(scenario.threat().warningHours()).isEqualTo(168);
        assertThat(scenario.unitTypes()).extracting(t -> t.id().value())
                .contains("armoured_bn", "battlegroup", "fighter_squadron", "light_infantry_bde");
    }

    @Test
    void computesTransitTimesFromTheModeSpeedUnlessGiven() {
        Scenario scenario = valid();
        Map<LinkId, Link> links = new java.util.HashMap<>();
        scenario.network().links().forEach(l -> links.put(l.id(), l));

        assertThat(links.get(LinkId.of("R_GRF_WAW")).transitHours()).isEqualTo(900 / Mode.ROAD.defaultSpeedKmh());
        assertThat(links.get(LinkId.of("RL_KNS_VNO")).transitHours()).isEqualTo(100 / 60.0);
        assertThat(links.get(LinkId.of("R_KNS_VNO")).transitHours()).isEqualTo(1.5);
        Link bskMck = links.get(LinkId.of("RL_BSK_MCK"));
        double greatCircle = new GeoPoint(53.133, 23.169).distanceKm(new GeoPoint(54.217, 23.233));
        assertThat(bskMck.distanceKm()).isCloseTo(greatCircle, within(1e-9));
        assertThat(bskMck.transitHours()).isCloseTo(greatCircle / Mode.RAIL.defaultSpeedKmh(), within(1e-9));
        assertThat(bskMck.gauge()).contains(RailGauge.STANDARD_1435);
        assertThat(links.get(LinkId.of("RL_SUW_MCK")).gauge()).contains(RailGauge.DUAL);
        assertThat(links.get(LinkId.of("R_GRF_BHV")).capacityTonnesPerDay()).isInfinite();
        assertThat(links.get(LinkId.of("R_SUW_KNS")).weightLimitTonnes()).isEqualTo(70);
    }

    @Test
    void fillsUnitsAndReinforcementsWithTheirDefaults() {
        Scenario scenario = valid();
        Unit tanks = scenario.unit(UnitId.of("DEU_PZBTL_393")).orElseThrow();
        assertThat(tanks.type()).isEqualTo(UnitTypeId.of("armoured_bn"));
        assertThat(tanks.personnel()).isEqualTo(550);
        assertThat(tanks.combatValue()).isEqualTo(1.0);
        assertThat(tanks.readiness().tier()).isEqualTo(ForceTier.TIER_1);
        Unit poles = scenario.unit(UnitId.of("POL_MECH_1")).orElseThrow();
        assertThat(poles.personnel()).isEqualTo(4800);
        assertThat(scenario.unit(UnitId.of("SWE_MECH_1")).orElseThrow().readiness().tier()).isEqualTo(ForceTier.TIER_2);

        Reinforcement first = scenario.reinforcements().get(0);
        assertThat(first.availableHour()).as("default: the unit's notice, 5 days").isEqualTo(120);
        assertThat(first.requiredHour()).isEqualTo(240);
        assertThat(scenario.reinforcements().get(1).availableHour()).isEqualTo(24);
        assertThat(scenario.reinforcements().get(3).priority()).isEqualTo(1);
        assertThat(scenario.posture().get(0).location()).isEqualTo(NodeId.of("LT_VNO"));
        assertThat(scenario.posture().get(1).location()).as("default: the unit's home").isEqualTo(NodeId.of("LT_KNS"));
        assertThat(scenario.posture().get(1).source().estimate()).isFalse();
        assertThat(scenario.network().node(NodeId.of("LT_MCK")).orElseThrow().source().estimate()).isFalse();
        assertThat(scenario.network().node(NodeId.of("LT_VNO")).orElseThrow().source().estimate()).isTrue();
    }

    @Test
    void readsTheCampaignSettings() {
        Campaign campaign = valid().campaign();

        assertThat(campaign.days()).isEqualTo(20);
        assertThat(campaign.stepHours()).isEqualTo(2);
        assertThat(campaign.defaultTerrain()).isEqualTo(TerrainClass.OPEN);
        assertThat(campaign.source()).isEqualTo(new Source("test fixture", false));
        assertThat(campaign.parameters()).containsExactly(
                entry(CampaignParameter.HOLD_RATIO, new ParameterValue(1.5, new Source("https://example.org/hold-ratio", false))),
                entry(CampaignParameter.PREPARED_DEFENCE_MULTIPLIER, new ParameterValue(1.4, Source.NONE)));
        assertThat(campaign.uncertainty()).containsExactly(
                new Uncertainty(ScenarioInput.WARNING_HOURS, new Distribution.Triangular(48, 168, 336), new Source("illustrative", false)),
                new Uncertainty(ScenarioInput.DEFENDER_EFFECTIVENESS, new Distribution.LogNormal(1.0, 0.15), Source.NONE),
                new Uncertainty(ScenarioInput.ARRIVAL_DELAY_HOURS, new Distribution.Uniform(0, 48), Source.NONE),
                new Uncertainty(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, new Distribution.Normal(0.004, 0.001, 0, 1), Source.NONE),
                new Uncertainty(CampaignParameter.ATTACKER_SORTIES_PER_DAY, new Distribution.Fixed(3), Source.NONE));
        assertThat(campaign.terrain()).containsExactly(
                new AreaTerrain(NodeId.of("PL_SUW"), TerrainClass.MIXED, false, Source.NONE),
                new AreaTerrain(NodeId.of("LT_KNS"), TerrainClass.URBAN, true, new Source("general knowledge", true)),
                new AreaTerrain(NodeId.of("LT_VNO"), TerrainClass.URBAN, false, Source.NONE),
                new AreaTerrain(NodeId.of("RU_GUS"), TerrainClass.FOREST, false, Source.NONE));
    }

    @Test
    void aFolderWithoutCampaignFilesGetsTheDefaultCampaign(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.delete(folder, "campaign.yaml");
        TestScenarios.delete(folder, "terrain.csv");

        assertThat(read(folder).campaign()).isEqualTo(Campaign.DEFAULT);
    }

    @Test
    void campaignKeysLeftOutTakeTheDefaults(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.delete(folder, "terrain.csv");
        TestScenarios.write(folder, "campaign.yaml", """
                # only an uncertain warning time; a normal truncated at 0 and unbounded above
                uncertainty:
                  warning_hours: {distribution: normal, mean: 168, sd: 48, min: 0}
                """);

        Campaign campaign = read(folder).campaign();

        assertThat(campaign.days()).isEqualTo(Campaign.DEFAULT.days());
        assertThat(campaign.stepHours()).isEqualTo(Campaign.DEFAULT.stepHours());
        assertThat(campaign.defaultTerrain()).isEqualTo(Campaign.DEFAULT.defaultTerrain());
        assertThat(campaign.parameters()).isEmpty();
        assertThat(campaign.uncertainty(ScenarioInput.WARNING_HOURS)).map(Uncertainty::distribution)
                .contains(new Distribution.Normal(168, 48, 0, Double.POSITIVE_INFINITY));
    }

    @Test
    void terrainAloneNeedsNoCampaignFile(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.delete(folder, "campaign.yaml");

        Campaign campaign = read(folder).campaign();

        assertThat(campaign.terrain()).hasSize(4);
        assertThat(campaign.days()).isEqualTo(Campaign.DEFAULT.days());
    }

    @Test
    void readsAScenarioInsideAZipFile(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("scenarios.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path target = fs.getPath("/bundled/suwalki");
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(TestScenarios.valid())) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName().toString()));
                }
            }
        }
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            ScenarioRead read = ScenarioReader.read(fs.getPath("/bundled/suwalki"));
            assertThat(read).as(TestScenarios.formatted(read)).isInstanceOf(ScenarioRead.Valid.class);
        }
    }

    @Test
    void readsTablesGivenAsYaml(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.delete(folder, "reinforcements.csv");
        TestScenarios.write(folder, "reinforcements.yaml", """
                reinforcements:
                  - {unit: DEU_PZBTL_393, destination: LT_VNO, required_hour: 240}
                  - unit: POL_MECH_1
                    destination: PL_SUW
                    available_hour: 24
                    required_hour: 96
                    priority: 2
                """);
        ScenarioRead read = ScenarioReader.read(folder);
        assertThat(read).as(TestScenarios.formatted(read)).isInstanceOf(ScenarioRead.Valid.class);
        Scenario scenario = ((ScenarioRead.Valid) read).scenario();
        assertThat(scenario.reinforcements()).hasSize(2);
        assertThat(scenario.reinforcements().get(1).priority()).isEqualTo(2);
    }

    @Test
    void liftYamlReplacesTheBundledFiguresItGivesAndKeepsTheRest(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        assertThat(read(folder).network().times()).isEqualTo(org.bulwark.model.MovementTimes.DEFAULT);
        TestScenarios.write(folder, "lift.yaml", """
                modes:
                  air: {element_tonnes: 37, element: "A400M sortie", load_hours: 3}
                  rail: {speed_kmh: 25, source: "UTK 2017"}
                road_march: {hours_per_day: 8, start_hour: 18}
                """);
        Scenario scenario = read(folder);
        org.bulwark.model.MovementTimes times = scenario.network().times();
        assertThat(scenario.network().increments().tonnes(Mode.AIR)).isEqualTo(37);
        assertThat(scenario.network().increments().element(Mode.AIR).what()).isEqualTo("A400M sortie");
        assertThat(scenario.network().increments().tonnes(Mode.RAIL)).isEqualTo(org.bulwark.model.LiftIncrements.DEFAULT.tonnes(Mode.RAIL));
        assertThat(times.loadHours(Mode.AIR)).isEqualTo(3);
        assertThat(times.unloadHours(Mode.AIR)).isEqualTo(org.bulwark.model.MovementTimes.DEFAULT.unloadHours(Mode.AIR));
        assertThat(times.speedKmh(Mode.RAIL)).isEqualTo(25);
        assertThat(times.marchHoursPerDay()).isEqualTo(8);
        assertThat(times.marchStartHour()).isEqualTo(18);
        // a rail link without its own speed or transit takes the file's planning speed
        Link bskMck = scenario.network().links().stream().filter(l -> l.id().equals(LinkId.of("RL_BSK_MCK"))).findFirst().orElseThrow();
        assertThat(bskMck.transitHours()).isCloseTo(bskMck.distanceKm() / 25, within(1e-9));
    }

    @Test
    void impossibleLiftFiguresAreReportedWhereTheyAreWritten(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.write(folder, "lift.yaml", """
                modes:
                  air: {element_tonnes: 0}
                  rail: {speed_kmh: -5, load_hours: -1}
                  hovercraft: {element_tonnes: 40}
                road_march: {hours_per_day: 30, start_hour: 24}
                """);
        ScenarioRead read = ScenarioReader.read(folder);
        assertThat(read).isInstanceOf(ScenarioRead.Invalid.class);
        assertThat(TestScenarios.formatted(read)).contains(
                "lift.yaml:2:",
                "an air element must carry more than 0 tonnes, got 0",
                "lift.yaml:3:",
                "the rail planning speed must be more than 0 km/h, got -5",
                "the hours to load one rail element must be 0 or more, got -1",
                "lift.yaml:4:",
                "'hovercraft' is not a transport mode",
                "columns must drive more than 0 and at most 24 hours a day, got 30",
                "the hour columns set off must be from 0 to less than 24, got 24");
    }

    @Test
    void liftFiguresBeyondAnyRealLiftAreWarnedOfButRead(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.write(folder, "lift.yaml", """
                modes:
                  air: {element_tonnes: 77500}
                  rail: {speed_kmh: 500}
                """);
        ScenarioRead read = ScenarioReader.read(folder);
        assertThat(read).isInstanceOf(ScenarioRead.Valid.class);
        assertThat(TestScenarios.formatted(read)).contains(
                "lift.yaml:2:25 warning: modes.air.element_tonnes: an air element of 77500 t is more than any real one",
                "tonnes, not kilograms",
                "lift.yaml:3:21 warning: modes.rail.speed_kmh: a rail planning speed of 500 km/h is faster than the mode moves");
    }

    @Test
    void aReinforcementMayDrawPrepositionedEquipmentAndTheDrawIsChecked(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        String header = TestScenarios.read(folder, "reinforcements.csv").lines().findFirst().orElseThrow();
        assertThat(header).doesNotContain("draw_at");
        TestScenarios.replace(folder, "reinforcements.csv", header, header.replace("priority", "priority,draw_at,draw_hours"));
        String text = TestScenarios.read(folder, "reinforcements.csv");
        StringBuilder out = new StringBuilder();
        java.util.List<String> lines = text.lines().toList();
        out.append(lines.get(0)).append('\n');
        int priorityColumn = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("priority");
        for (int i = 1; i < lines.size(); i++) {
            java.util.List<String> cells = new java.util.ArrayList<>(java.util.Arrays.asList(lines.get(i).split(",", -1)));
            cells.add(priorityColumn + 1, "");
            cells.add(priorityColumn + 2, "");
            out.append(String.join(",", cells)).append('\n');
        }
        TestScenarios.write(folder, "reinforcements.csv", out.toString());
        Scenario plain = read(folder);
        assertThat(plain.reinforcements()).allSatisfy(r -> assertThat(r.drawAt()).isEmpty());
        // the first reinforcement draws at the first node, with the default draw hours
        String first = out.toString().lines().skip(1).findFirst().orElseThrow();
        String node = plain.network().nodes().get(0).id().value();
        java.util.List<String> cells = new java.util.ArrayList<>(java.util.Arrays.asList(first.split(",", -1)));
        cells.set(priorityColumn + 1, node);
        TestScenarios.replace(folder, "reinforcements.csv", first, String.join(",", cells));
        Scenario drawing = read(folder);
        org.bulwark.model.Reinforcement r = drawing.reinforcements().get(0);
        assertThat(r.drawAt()).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo(node));
        int personnel = drawing.unit(r.unit()).orElseThrow().personnel();
        assertThat(r.drawHours()).isEqualTo(Math.max(24, 32.0 * personnel / 1000));
        assertThat(drawing.origin(r).value()).isEqualTo(node);
        try {
            new org.bulwark.scenario.write.ScenarioWriter().write(drawing, dir.resolve("written"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(read(dir.resolve("written")).reinforcements()).as("written and read back")
                .isEqualTo(drawing.reinforcements());
        // draw hours without a draw site, and a negative one, are errors where they are written
        cells.set(priorityColumn + 1, "");
        cells.set(priorityColumn + 2, "-5");
        TestScenarios.replace(folder, "reinforcements.csv", String.join(",", cells.subList(0, priorityColumn + 1)) + "," + node,
                String.join(",", cells.subList(0, priorityColumn + 1)) + ",");
        TestScenarios.replace(folder, "reinforcements.csv", String.join(",", cells.subList(0, priorityColumn + 1)) + ",,",
                String.join(",", cells.subList(0, priorityColumn + 1)) + ",,-5");
        ScenarioRead bad = ScenarioReader.read(folder);
        assertThat(bad).isInstanceOf(ScenarioRead.Invalid.class);
        assertThat(TestScenarios.formatted(bad)).contains("reinforcements.csv:2:", "draw_hours is given without draw_at",
                "the hours to draw prepositioned equipment must be 0 or more, got -5");
    }

    @Test
    void aLinksCapacityMayBeGivenInLiftsADayAndFollowsTheLiftElement(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        Scenario valid = read(folder);
        org.bulwark.model.Link air = valid.network().links().stream().filter(l -> l.mode() == org.bulwark.model.Mode.AIR
                && Double.isFinite(l.capacityTonnesPerDay())).findFirst().orElseThrow();
        java.util.List<String> lines = TestScenarios.read(folder, "links.csv").lines().toList();
        java.util.List<String> header = java.util.Arrays.asList(lines.get(0).split(","));
        int capacity = header.indexOf("capacity_tonnes_per_day");
        StringBuilder out = new StringBuilder(lines.get(0) + ",lifts_per_day\n");
        int airLine = -1;
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells[0].equals(air.id().value())) {
                cells[capacity] = "";
                out.append(String.join(",", cells)).append(",10\n");
                airLine = i + 1;
            } else {
                out.append(lines.get(i)).append(",\n");
            }
        }
        TestScenarios.write(folder, "links.csv", out.toString());
        double element = org.bulwark.model.LiftIncrements.DEFAULT.element(org.bulwark.model.Mode.AIR).tonnes();
        Scenario bySorties = read(folder);
        java.util.function.BiFunction<Scenario, org.bulwark.model.LinkId, org.bulwark.model.Link> link = (sc, id) ->
                sc.network().links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
        org.bulwark.model.Link read = link.apply(bySorties, air.id());
        assertThat(read.capacityTonnesPerDay()).isEqualTo(10 * element);
        assertThat(read.liftsPerDay()).hasValue(10);
        // an A400M air bridge of 10 sorties a day carries 370 t
        TestScenarios.write(folder, "lift.yaml", "modes:\n  air: {element_tonnes: 37, element: A400M sortie}\n");
        assertThat(link.apply(read(folder), air.id()).capacityTonnesPerDay()).isEqualTo(370);
        try {
            new org.bulwark.scenario.write.ScenarioWriter().write(bySorties, dir.resolve("written"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(read(dir.resolve("written")).network().links()).as("written and read back").isEqualTo(bySorties.network().links());
        // both figures, or none a day, are errors where they are written
        String line = out.toString().lines().skip(airLine - 1).findFirst().orElseThrow();
        String[] cells = line.split(",", -1);
        cells[capacity] = "900";
        cells[cells.length - 1] = "0";
        TestScenarios.replace(folder, "links.csv", line, String.join(",", cells));
        assertThat(TestScenarios.formatted(ScenarioReader.read(folder))).contains("links.csv:" + airLine + ":",
                "lift elements a day must be more than 0, got 0", "both capacity_tonnes_per_day and lifts_per_day are given");
    }

    @Test
    void aUnitMuchSmallerThanItsTypeThatKeepsTheTypesLiftIsAWarning(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        String line = TestScenarios.read(folder, "units.csv").lines().filter(l -> l.startsWith("DEU_EFP_BG,")).findFirst().orElseThrow();
        TestScenarios.replace(folder, "units.csv", line, line.replace(",1600,", ",500,"));
        ScenarioRead read = ScenarioReader.read(folder);
        assertThat(read).isInstanceOf(ScenarioRead.Valid.class);
        assertThat(TestScenarios.formatted(read)).contains("warning: units[4].personnel: unit 'DEU_EFP_BG' has 500 personnel, its type "
                + "'battlegroup' 1200, yet it moves the type's 12000 t", "give lift_tonnes for this unit (e.g. 5000 t in proportion)");
    }

    @Test
    void personnelMayFlyApartFromTheirEquipment(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        java.util.List<String> lines = TestScenarios.read(folder, "reinforcements.csv").lines().toList();
        StringBuilder out = new StringBuilder(lines.get(0) + ",personnel_by\n");
        for (int i = 1; i < lines.size(); i++) {
            out.append(lines.get(i)).append(i == 1 ? ",air" : i == 2 ? ",Air" : ",").append('\n');
        }
        TestScenarios.write(folder, "reinforcements.csv", out.toString());
        Scenario flying = read(folder);
        org.bulwark.model.Reinforcement first = flying.reinforcements().get(0);
        assertThat(first.personnel()).isEqualTo(org.bulwark.model.PersonnelMove.AIR);
        assertThat(flying.reinforcements().get(1).personnel()).isEqualTo(org.bulwark.model.PersonnelMove.AIR);
        assertThat(flying.reinforcements().get(2).personnel()).isEqualTo(org.bulwark.model.PersonnelMove.WITH_EQUIPMENT);
        assertThat(flying.personnelArrivalHour(first).orElseThrow()).isGreaterThan(first.availableHour());
        assertThat(flying.personnelArrivalHour(flying.reinforcements().get(2))).isEmpty();
        try {
            new org.bulwark.scenario.write.ScenarioWriter().write(flying, dir.resolve("written"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(read(dir.resolve("written")).reinforcements()).as("written and read back").isEqualTo(flying.reinforcements());
        // a word that is not a way to travel
        TestScenarios.replace(folder, "reinforcements.csv", lines.get(1) + ",air", lines.get(1) + ",plane");
        assertThat(TestScenarios.formatted(ScenarioReader.read(folder))).contains("reinforcements.csv:2:",
                "unknown way for the personnel to travel 'plane'", "air", "with_equipment");
    }

    @Test
    void aLiftFieldWrittenWithoutItsUnitIsNamed(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.write(folder, "lift.yaml", """
                modes:
                  rail: {speed: 25}
                """);
        ScenarioRead read = ScenarioReader.read(folder);
        assertThat(TestScenarios.formatted(read)).contains("lift.yaml:2:", "Maybe you meant 'speed_kmh'?");
    }

    @Test
    void aNodeWrittenByItsPlaceNameIsNamed(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        Scenario valid = read(folder);
        org.bulwark.model.Reinforcement r = valid.reinforcements().get(0);
        org.bulwark.model.Node target = valid.network().node(r.destination()).orElseThrow();
        String word = target.name().split("[ ,]")[0];
        String line = TestScenarios.read(folder, "reinforcements.csv").lines().skip(1).findFirst().orElseThrow();
        TestScenarios.replace(folder, "reinforcements.csv", line, line.replaceFirst("," + r.destination().value() + ",", "," + word + ","));
        ScenarioRead read = ScenarioReader.read(folder);
        assertThat(TestScenarios.formatted(read)).contains("node '" + word + "' is not in the network",
                "Maybe you meant '" + r.destination().value() + "' (" + target.name() + ")?");
    }

    @Test
    void reportsAMissingFolderOnce(@TempDir Path dir) {
        ScenarioRead read = ScenarioReader.read(dir.resolve("nowhere"));
        assertThat(read).isInstanceOf(ScenarioRead.Invalid.class);
        assertThat(read.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("the scenario folder does not exist"));
    }

    private static Scenario valid() {
        return read(TestScenarios.valid());
    }

    private static Scenario read(Path folder) {
        ScenarioRead read = ScenarioReader.read(folder);
        assertThat(read).as(TestScenarios.formatted(read)).isInstanceOf(ScenarioRead.Valid.class);
        assertThat(read.problems()).isEmpty();
        return ((ScenarioRead.Valid) read).scenario();
    }
}
