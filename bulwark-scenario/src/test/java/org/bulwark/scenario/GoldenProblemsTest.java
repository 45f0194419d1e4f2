package org.bulwark.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bulwark.scenario.TestScenarios.append;
import static org.bulwark.scenario.TestScenarios.delete;
import static org.bulwark.scenario.TestScenarios.replace;
import static org.bulwark.scenario.TestScenarios.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The messages users see for bad input, each case one small edit of the valid fixture, compared
 * with {@code src/test/resources/golden/<case>.txt}. Run with {@code -Dbulwark.golden.update=true}
 * to rewrite the golden files, then review them in the diff: they are user-facing text.
 */
class GoldenProblemsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("bulwark.golden.update");

    static Stream<Arguments> cases() {
        return Stream.of(
                // syntax
                edit("yaml-syntax-error", f -> replace(f, "scenario.yaml", "name: Suwałki gap test scenario", "name: [Suwałki gap")),
                edit("csv-syntax-error", f -> append(f, "units.csv", "\"RUS_BROKEN,RUS,armoured_bn,Broken,,,,,,,0,,RU_GUS,,\n")),
                edit("csv-row-width", f -> replace(f, "units.csv", "SWE_MECH_1,SWE,mechanised_bn,Swedish mechanised battalion,,,,,,,20,,LT_KLJ,,",
                        "SWE_MECH_1,SWE,mechanised_bn,Swedish mechanised battalion,,,,,,,20,,LT_KLJ,,,extra")),
                edit("yaml-duplicate-key", f -> replace(f, "scenario.yaml", "horizon_days: 30", "horizon_days: 30\nhorizon_days: 60")),
                edit("yaml-list-instead-of-map", f -> write(f, "nations.yaml", "- {code: LTU, name: Lithuania, role: ally}\n")),
                edit("binary-file", f -> TestScenarios.writeBytes(f, "objectives.yaml", new byte[] {0x50, 0x4B, 3, 4, 0, 1, 2})),
                edit("utf16-file", f -> TestScenarios.writeBytes(f, "objectives.yaml", new byte[] {(byte) 0xff, (byte) 0xfe, 0x6F, 0})),
                edit("windows-1252-csv", f -> {
                    String text = read(f, "units.csv").replace("Polish mechanised brigade", "Brigade m\u00e9canis\u00e9e");
                    TestScenarios.writeBytes(f, "units.csv", text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
                }),
                edit("dangling-symlink", f -> {
                    try {
                        java.nio.file.Files.delete(f.resolve("terrain.csv"));
                        java.nio.file.Files.createSymbolicLink(f.resolve("terrain.csv"), f.resolve("no-such-terrain.csv"));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }),
                edit("looping-symlink", f -> {
                    try {
                        java.nio.file.Files.createSymbolicLink(f.resolve("lift.yaml"), f.resolve("lift.yaml"));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }),
                edit("warn-swapped-coordinates", f -> replace(f, "nodes.csv", "PL_WAW,Warsaw,POL,capital,52.230,21.012",
                        "PL_WAW,Warsaw,POL,capital,21.012,52.230")),
                edit("destination-in-adversary-nation", f -> replace(f, "reinforcements.csv", "POL_MECH_1,PL_SUW,", "POL_MECH_1,RU_GUS,")),
                edit("csv-unclosed-quote-mid-file", f -> replace(f, "units.csv", "POL_MECH_1,POL,mechanised_bde,Polish mechanised brigade,",
                        "POL_MECH_1,POL,mechanised_bde,\"Polish mechanised brigade,")),
                edit("csv-missing-required-column", f -> {
                    java.util.List<String> lines = java.util.Arrays.asList(read(f, "links.csv").split("\n"));
                    StringBuilder out = new StringBuilder();
                    for (String l : lines) {
                        String[] cells = l.split(",", -1);
                        out.append(String.join(",", java.util.Arrays.copyOfRange(cells, 0, 3))).append(',')
                                .append(String.join(",", java.util.Arrays.copyOfRange(cells, 4, cells.length))).append('\n');
                    }
                    write(f, "links.csv", out.toString());
                }),
                edit("destination-unreachable-from-home", f -> {
                    append(f, "nodes.csv", "SE_GOT,Gothenburg,SWE,port,57.708,11.974,,,,\n");
                    replace(f, "units.csv", "Panzerbataillon 393,,,,,,,5,,DE_GRF,,", "Panzerbataillon 393,,,,,,,5,,SE_GOT,,");
                }),
                edit("nation-role-typo-in-targets", f -> replace(f, "nations.yaml", "{code: LTU, name: Lithuania, role: ally}",
                        "{code: LTU, name: Lithuania, role: allied}")),
                edit("csv-semicolons", f -> write(f, "units.csv", read(f, "units.csv").replace(',', ';'))),
                edit("csv-empty-file", f -> write(f, "links.csv", "")),
                edit("warn-misspelt-file-name", f -> {
                    write(f, "reinforcement.csv", read(f, "reinforcements.csv"));
                    try {
                        java.nio.file.Files.delete(f.resolve("reinforcements.csv"));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }),
                edit("warn-empty-optional-file", f -> write(f, "campaign.yaml", "")),
                edit("yaml-nested-too-deep", f -> write(f, "regions.yaml", "regions: " + "[".repeat(100) + "]".repeat(100) + "\n")),
                edit("yaml-too-many-aliases", f -> {
                    StringBuilder many = new StringBuilder("a0: &a0 [x]\n");
                    for (int i = 1; i <= 60; i++) {
                        many.append("a").append(i).append(": *a0\n");
                    }
                    write(f, "regions.yaml", many.toString());
                }),
                edit("yaml-alias-bomb", f -> {
                    // 48 aliases, under the engine's limit of 50, that expand to 6^8 = 1.7 million values
                    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x]\n");
                    for (int i = 1; i <= 8; i++) {
                        bomb.append("a").append(i).append(": &a").append(i).append(" [");
                        for (int j = 0; j < 6; j++) {
                            bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
                        }
                        bomb.append("]\n");
                    }
                    write(f, "regions.yaml", bomb.toString());
                }),
                // fields and types
                edit("unknown-field", f -> replace(f, "scenario.yaml", "horizon_days: 30", "horizon_dys: 30")),
                edit("unknown-column", f -> replace(f, "nodes.csv", "region,handling_tonnes_per_day", "region,handling_tonnes_day")),
                edit("not-a-whole-number", f -> replace(f, "units.csv", "Polish mechanised brigade,4800", "Polish mechanised brigade,many")),
                edit("not-a-number", f -> replace(f, "links.csv", "R_GRF_WAW,DE_GRF,PL_WAW,road,900,,,20000", "R_GRF_WAW,DE_GRF,PL_WAW,road,900,,,lots")),
                edit("number-overflows", f -> replace(f, "links.csv", "R_GRF_WAW,DE_GRF,PL_WAW,road,900,", "R_GRF_WAW,DE_GRF,PL_WAW,road,1e309,")),
                edit("number-absurd", f -> replace(f, "links.csv", "R_GRF_WAW,DE_GRF,PL_WAW,road,900,,,20000", "R_GRF_WAW,DE_GRF,PL_WAW,road,900,,,1e300")),
                edit("horizon-too-long", f -> replace(f, "scenario.yaml", "horizon_days: 30", "horizon_days: 1e9")),
                edit("campaign-too-long", f -> replace(f, "campaign.yaml", "days: 20", "days: 1e6")),
                edit("campaign-too-many-steps", f -> replace(f, "campaign.yaml", "step_hours: 2", "step_hours: 0.0001")),
                edit("not-yes-or-no", f -> replace(f, "scenario.yaml", "illustrative: true", "illustrative: maybe")),
                edit("missing-required-field", f -> replace(f, "scenario.yaml", "as_of: \"2023\"\n", "")),
                edit("missing-required-cell", f -> replace(f, "units.csv", "10,tier1,DE_GRF", "10,tier1,")),
                edit("unknown-mode", f -> replace(f, "links.csv", "R_GRF_BHV,DE_GRF,DE_BHV,road", "R_GRF_BHV,DE_GRF,DE_BHV,raod")),
                edit("unknown-role", f -> replace(f, "nations.yaml", "role: partner", "role: friend")),
                edit("unknown-gauge", f -> replace(f, "links.csv", "100,,,8000,1520", "100,,,8000,1524")),
                edit("invalid-id", f -> replace(f, "links.csv", "R_GUS_SUW,", "R GUS/SUW,")),
                edit("invalid-nation-code", f -> replace(f, "units.csv", "DEU_ARTY_1,DEU", "DEU_ARTY_1,deu")),
                edit("expected-a-list", f -> replace(f, "threat.yaml", "    route: [RU_GUS]", "    route: {node: RU_GUS}")),
                edit("invalid-unit-types-file", f -> write(f, "unit-types.yaml", """
                        unit_types:
                          - {id: armoured_bn, name: Armoured battalion, category: armour, personnel: 550, vehicles: 150,
                             lift_tonnes: 6000, lift_m2: 5500, heaviest_item_tonnes: 64, combat_value: 1.0}
                        """)),
                // files
                edit("missing-required-files", f -> {
                    delete(f, "nations.yaml");
                    delete(f, "units.csv");
                }),
                edit("table-in-both-formats", f -> write(f, "units.yaml", "units: []\n")),
                // ids and references
                edit("duplicate-id", f -> append(f, "nodes.csv", "LT_VNO,Vilnius again,LTU,city,54.687,25.280,baltic,,,\n")),
                edit("unknown-home-node", f -> replace(f, "units.csv", "Panzerbataillon 393,,,,,,,5,,DE_GRF", "Panzerbataillon 393,,,,,,,5,,DE_GRAF")),
                edit("unknown-nation", f -> replace(f, "units.csv", "SWE_MECH_1,SWE", "SWE_MECH_1,FIN")),
                edit("unknown-unit-type", f -> replace(f, "units.csv", "DEU_PZBTL_393,DEU,armoured_bn", "DEU_PZBTL_393,DEU,armored_bn")),
                edit("unknown-region", f -> replace(f, "nodes.csv", "22.931,suwalki", "22.931,suwalky")),
                edit("unknown-link-end", f -> replace(f, "links.csv", "R_KLJ_KNS,LT_KLJ,LT_KNS", "R_KLJ_KNS,LT_KLJ,LT_KNA")),
                edit("unknown-gauge-break-node", f -> replace(f, "gauge-breaks.yaml", "node: LT_MCK", "node: LT_MKC")),
                edit("unknown-posture-refs", f -> replace(f, "posture.yaml", "{unit: LTU_IRON_WOLF, location: LT_VNO}",
                        "{unit: LTU_IRON_WULF, location: LT_VNX}")),
                edit("unknown-reinforcement-refs", f -> replace(f, "reinforcements.csv", "POL_MECH_1,PL_SUW", "POL_MECH1,PL_SWU")),
                edit("unknown-objective-node", f -> replace(f, "objectives.yaml", "node: LT_KLJ", "node: LT_KLP")),
                edit("unknown-threat-refs", f -> {
                    replace(f, "threat.yaml", "units: [RUS_11AC_1, RUS_11AC_2]", "units: [RUS_11AC_1, RUS_11AC_3]");
                    replace(f, "threat.yaml", "    from: kaliningrad\n    objective: suwalki\n    route: [RU_GUS]",
                            "    from: kalinigrad\n    objective: suwalk\n    route: [RU_GUZ]");
                }),
                // impossible values
                edit("zero-and-negative-capacity", f -> {
                    replace(f, "nodes.csv", "8.581,de,40000", "8.581,de,0");
                    replace(f, "links.csv", "DE_BHV,LT_KLJ,sea,1100,,,30000", "DE_BHV,LT_KLJ,sea,1100,,,-30000");
                }),
                edit("negative-distance-and-personnel", f -> {
                    replace(f, "links.csv", "DE_GRF,DE_BHV,road,650", "DE_GRF,DE_BHV,road,-650");
                    replace(f, "units.csv", "eFP battlegroup Lithuania,1600", "eFP battlegroup Lithuania,-1600");
                }),
                edit("required-before-available", f -> {
                    replace(f, "reinforcements.csv", "POL_MECH_1,PL_SUW,24,96", "POL_MECH_1,PL_SUW,24,12");
                    replace(f, "reinforcements.csv", "SWE_MECH_1,LT_KNS,,600", "SWE_MECH_1,LT_KNS,,100");
                }),
                edit("coordinates-out-of-range", f -> replace(f, "nodes.csv", "54.687,25.280", "154.687,225.280")),
                edit("tier-disagrees-with-notice", f -> replace(f, "units.csv", "Artillery battalion,,,,,,,10,tier1", "Artillery battalion,,,,,,,15,tier1")),
                edit("horizon-not-positive", f -> replace(f, "scenario.yaml", "horizon_days: 30", "horizon_days: 0")),
                edit("gauge-on-wrong-links", f -> {
                    replace(f, "links.csv", "PL_WAW,PL_BSK,rail,180,,,12000,1435", "PL_WAW,PL_BSK,rail,180,,,12000,");
                    replace(f, "links.csv", "PL_BSK,PL_SUW,road,120,,,,", "PL_BSK,PL_SUW,road,120,,,,1435");
                }),
                edit("speed-and-transit-time", f -> replace(f, "links.csv", "LT_KNS,LT_VNO,road,100,,1.5", "LT_KNS,LT_VNO,road,100,50,1.5")),
                edit("link-to-itself", f -> replace(f, "links.csv", "R_GUS_SUW,RU_GUS,PL_SUW", "R_GUS_SUW,RU_GUS,RU_GUS")),
                edit("zero-priority", f -> replace(f, "reinforcements.csv", "DEU_ARTY_1,LT_KNS,240,400,2", "DEU_ARTY_1,LT_KNS,240,400,0")),
                // network and force rules
                edit("gauges-meet-without-break", f -> delete(f, "gauge-breaks.yaml")),
                edit("heaviest-item-too-heavy", f -> {
                    replace(f, "links.csv", "R_GRF_WAW,DE_GRF,PL_WAW,road,900,,,20000,,", "R_GRF_WAW,DE_GRF,PL_WAW,road,900,,,20000,,40");
                    replace(f, "links.csv", "R_GRF_BHV,DE_GRF,DE_BHV,road,650,,,,,", "R_GRF_BHV,DE_GRF,DE_BHV,road,650,,,,,60");
                    replace(f, "links.csv", "15000,1435,120", "15000,1435,50");
                    replace(f, "links.csv", "2000,,70", "2000,,30");
                }),
                edit("unit-in-posture-and-reinforcing", f -> append(f, "posture.yaml", "  - {unit: DEU_PZBTL_393}\n")),
                edit("adversary-unit-reinforcing", f -> {
                    append(f, "reinforcements.csv", "RUS_11AC_2,PL_SUW,,48,,,\n");
                    append(f, "posture.yaml", "  - {unit: RUS_11AC_1}\n");
                }),
                edit("allied-unit-in-assembly-area", f -> replace(f, "threat.yaml", "units: [RUS_11AC_1, RUS_11AC_2]",
                        "units: [RUS_11AC_1, RUS_11AC_2, POL_MECH_1]")),
                edit("not-public-classification", f -> replace(f, "scenario.yaml", "classification: UNCLASSIFIED", "classification: NATO SECRET")),
                // operational map (campaign model)
                edit("axis-without-road-path", f -> replace(f, "links.csv", "R_GUS_SUW,RU_GUS,PL_SUW,road", "R_GUS_SUW,RU_GUS,PL_SUW,sea")),
                edit("axis-route-node-without-roads", f -> replace(f, "threat.yaml", "    route: [RU_GUS]", "    route: [RU_GUS, LT_MCK]")),
                edit("objective-outside-operational-map", f -> replace(f, "links.csv", "R_KLJ_KNS,LT_KLJ,LT_KNS,road,210,,,,,",
                        "R_KLJ_KNS,LT_KLJ,LT_KNS,rail,210,,,,1520,")),
                // campaign.yaml
                edit("campaign-unknown-keys", f -> {
                    replace(f, "campaign.yaml", "step_hours: 2", "step_hour: 2");
                    append(f, "campaign.yaml", "seed: 7\n");
                    replace(f, "campaign.yaml", "estimate: no}", "estimate: no, unit: x}");
                }),
                edit("campaign-unknown-parameter", f -> {
                    replace(f, "campaign.yaml", "  prepared_defence_multiplier: 1.4", "  prepared_defense_multiplier: 1.4\n  morale: 2");
                    replace(f, "campaign.yaml", "parameters:\n", "parameters:\n  warning_hours: 48\n");
                }),
                edit("campaign-unknown-input", f -> {
                    replace(f, "campaign.yaml", "  defender_effectiveness:", "  defender_efectiveness:");
                    replace(f, "campaign.yaml", "  attacker_sorties_per_day:", "  sortie:");
                }),
                edit("campaign-parameter-out-of-range", f -> {
                    replace(f, "campaign.yaml", "prepared_defence_multiplier: 1.4", "prepared_defence_multiplier: 0.5");
                    replace(f, "campaign.yaml", "value: 1.5", "value: -1");
                    append(f, "campaign.yaml", "  attacker_air_defence: {distribution: fixed, value: 1.2}\n");
                }),
                edit("campaign-parameter-not-a-number", f -> replace(f, "campaign.yaml", "prepared_defence_multiplier: 1.4",
                        "prepared_defence_multiplier: [1.4]")),
                edit("campaign-unknown-distribution", f -> {
                    replace(f, "campaign.yaml", "distribution: triangular", "distribution: triangle");
                    replace(f, "campaign.yaml", "distribution: uniform", "distribution: gauss");
                }),
                edit("campaign-distribution-fields", f -> {
                    replace(f, "campaign.yaml", "distribution: uniform, min: 0, max: 48", "distribution: uniform, min: 0, max: 48, sd: 4");
                    replace(f, "campaign.yaml", "min: 48, mode: 168, max: 336", "min: 48, max: 336");
                    replace(f, "campaign.yaml", "distribution: fixed, value: 3", "distribution: fixed, valu: 3");
                }),
                edit("campaign-impossible-distribution", f -> {
                    replace(f, "campaign.yaml", "mode: 168", "mode: 400");
                    replace(f, "campaign.yaml", "distribution: uniform, min: 0, max: 48", "distribution: uniform, min: 48, max: 48");
                    replace(f, "campaign.yaml", "sd: 0.001", "sd: 0");
                    replace(f, "campaign.yaml", "median: 1.0, sigma: 0.15", "median: 0, sigma: -0.1");
                }),
                edit("campaign-distribution-outside-range", f -> {
                    replace(f, "campaign.yaml", "warning_hours: {distribution: triangular, min: 48, mode: 168, max: 336, source: illustrative}",
                            "warning_hours: {distribution: normal, mean: 168, sd: 48}");
                    replace(f, "campaign.yaml", "sd: 0.001, min: 0, max: 1}", "sd: 0.001, min: -1}");
                    append(f, "campaign.yaml", "  attacker_air_defence: {distribution: lognormal, median: 0.3, sigma: 0.2}\n");
                    append(f, "campaign.yaml", "  prepared_defence_multiplier: {distribution: uniform, min: 0.8, max: 12}\n");
                }),
                edit("campaign-duplicate-entry", f -> append(f, "campaign.yaml", "  warning_hours: {distribution: fixed, value: 72}\n")),
                edit("campaign-impossible-settings", f -> {
                    replace(f, "campaign.yaml", "days: 20", "days: 0");
                    replace(f, "campaign.yaml", "step_hours: 2", "step_hours: 30");
                    replace(f, "campaign.yaml", "default_terrain: open", "default_terrain: forrest");
                }),
                // terrain.csv
                edit("terrain-unknown-node", f -> replace(f, "terrain.csv", "LT_VNO,urban", "LT_VNA,urban")),
                edit("terrain-duplicate-node", f -> append(f, "terrain.csv", "LT_KNS,mixed,no,,\n")),
                edit("terrain-unknown-class", f -> {
                    replace(f, "terrain.csv", "RU_GUS,forest", "RU_GUS,woods");
                    replace(f, "terrain.csv", "PL_SUW,mixed", "PL_SUW,mixd");
                }),
                edit("terrain-bad-river-flag", f -> replace(f, "terrain.csv", "LT_KNS,urban,yes", "LT_KNS,urban,Daugava")),
                // targets.yaml
                edit("targets-unknown-keys", f -> {
                    replace(f, "targets.yaml", "cap_multiple: 2.0", "cap_multipel: 2.0");
                    append(f, "targets.yaml", "seed: 7\n");
                    replace(f, "targets.yaml", "{type: armoured_bn, quantity: 2}", "{type: armoured_bn, quantity: 2, year: 2030}");
                }),
                edit("targets-list-instead-of-map", f -> write(f, "targets.yaml", "- {type: armoured_bn, quantity: 2}\n")),
                edit("targets-unknown-key-kind", f -> replace(f, "targets.yaml", "key: gdp", "key: gpd")),
                edit("targets-custom-key-without-weights", f -> replace(f, "targets.yaml", "key: gdp", "key: custom")),
                edit("targets-bad-weights", f -> replace(f, "targets.yaml", "key: gdp", "key: custom\nweights: {DEU: -1, SWE: 2, LTV: 1, POL: heavy}")),
                edit("targets-weights-without-custom-key", f -> {
                    replace(f, "targets.yaml", "key: gdp", "key: defence\nweights: {DEU: 2}");
                    replace(f, "targets.yaml", "quantity: 3", "quantity: -3");
                }),
                edit("targets-unknown-refs", f -> {
                    replace(f, "targets.yaml", "participants: [LTU, POL, DEU]", "participants: [LTU, POL, DEU, LTV, RUS]");
                    replace(f, "targets.yaml", "{type: mechanised_bde, quantity: 3", "{type: mechanized_bde, quantity: 3");
                    replace(f, "targets.yaml", "{nation: POL, units: 1", "{nation: SWE, units: 1");
                    replace(f, "targets.yaml", "{nation: LTU, type: mechanised_bde, units: 1", "{nation: RUS, type: mechanised_bde, units: 1");
                }),
                edit("targets-non-participants", f -> {
                    replace(f, "targets.yaml", "participants: [LTU, POL, DEU]\n", "");
                    replace(f, "targets.yaml", "{nation: POL, units: 1", "{nation: SWE, units: 1");
                }),
                edit("targets-impossible-values", f -> {
                    replace(f, "targets.yaml", "key_year: 2024", "key_year: 1990");
                    replace(f, "targets.yaml", "cap_multiple: 2.0", "cap_multiple: 0");
                    replace(f, "targets.yaml", "programme_years: 8", "programme_years: 0");
                    replace(f, "targets.yaml", "{type: armoured_bn, quantity: 2}", "{type: armoured_bn, quantity: -2}");
                    replace(f, "targets.yaml", "{nation: POL, units: 1", "{nation: POL, units: -1");
                }),
                edit("targets-not-numbers", f -> {
                    replace(f, "targets.yaml", "cap_multiple: 2.0", "cap_multiple: twice");
                    replace(f, "targets.yaml", "{type: armoured_bn, quantity: 2}", "{type: armoured_bn, quantity: 2.5}");
                    replace(f, "targets.yaml", "programme_years: 8", "programme_years: ten");
                }),
                edit("targets-duplicates", f -> {
                    replace(f, "targets.yaml", "participants: [LTU, POL, DEU]", "participants: [LTU, POL, DEU, POL]");
                    append(f, "targets.yaml", "  - {nation: LTU, type: mechanised_bde, units: 2}\n");
                    replace(f, "targets.yaml", "  - {type: battlegroup, quantity: 1}", "  - {type: battlegroup, quantity: 1}\n  - {type: armoured_bn, quantity: 1}");
                    replace(f, "targets.yaml", "  - {nation: POL, units: 1, reason: \"host of the Suwałki gap\"}",
                            "  - {nation: POL, units: 1, reason: \"host of the Suwałki gap\"}\n  - {nation: POL, units: 2, reason: \"again\"}");
                }),
                edit("targets-missing-fields", f -> {
                    replace(f, "targets.yaml", "{nation: POL, units: 1, reason: \"host of the Suwałki gap\"}", "{nation: POL, units: 1}");
                    replace(f, "targets.yaml", "{type: armoured_bn, quantity: 2}", "{type: armoured_bn}");
                }),
                // inventories.csv
                edit("inventories-problems", f -> append(f, "inventories.csv",
                        "FIN,mechanised_bde,1,,\nRUS,armoured_bn,4,,\nPOL,mechanized_bde,1,,\nLTU,mechanised_bde,-1,,\nDEU,armoured_bn,2,,\nPOL,battlegroup,1.5,,\n")),
                // costs.csv
                edit("costs-problems", f -> append(f, "costs.csv",
                        "mechanized_bde,10,1,2024,,\narmoured_bn,-5,NaN,20245,,\nbattlegroup,1,1,2024,,\nheadquarters,,2,2024,,\n")));
    }

    private static Arguments edit(String name, Consumer<Path> edit) {
        return Arguments.of(Named.of(name, name), edit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsBadInputAsInTheGoldenFile(String name, Consumer<Path> edit, @TempDir Path dir) throws IOException {
        Path folder = TestScenarios.copyOfValid(dir);
        edit.accept(folder);

        ScenarioRead read = ScenarioReader.read(folder);

        if (name.startsWith("warn-")) { // valid, but with warnings the user must see
            assertThat(read).isInstanceOf(ScenarioRead.Valid.class);
            assertThat(((ScenarioRead.Valid) read).problems()).isNotEmpty();
        } else {
            assertThat(read).isInstanceOf(ScenarioRead.Invalid.class);
        }
        String actual = TestScenarios.formatted(read) + "\n";
        Path golden = GOLDEN.resolve(name + ".txt");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; run with -Dbulwark.golden.update=true to create it").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static String read(Path folder, String file) {
        try {
            return java.nio.file.Files.readString(folder.resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
