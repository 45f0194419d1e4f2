package org.bulwark.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulwark.model.Commitment;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.Mode;
import org.bulwark.model.NationCode;
import org.bulwark.model.NodeId;
import org.bulwark.model.NodeKind;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Source;
import org.junit.jupiter.api.Test;

/** Integrity of the bundled reference data: the files, the manifest and what the API makes of them. */
class ReferenceDataTest {

    private static final ReferenceData DATA = ReferenceData.bundled();
    private static final NationCode ICELAND = NationCode.of("ISL");

    @Test
    void bundledIsReadOnce() {
        assertThat(ReferenceData.bundled()).isSameAs(DATA);
    }

    @Test
    void all32MembersArePresent() {
        assertThat(DATA.members()).hasSize(32);
        assertThat(DATA.members()).extracting(m -> m.code().value())
                .contains("ALB", "BEL", "BGR", "CAN", "DEU", "EST", "FIN", "FRA", "GBR", "HUN", "ISL", "LTU", "LVA",
                        "NLD", "NOR", "POL", "ROU", "SVK", "SWE", "TUR", "USA")
                .doesNotHaveDuplicates();
        assertThat(DATA.members()).filteredOn(m -> m.code().value().equals("POL"))
                .extracting(NationMember::name).containsExactly("Poland");
    }

    @Test
    void everyMemberHasEveryYearFrom2014To2024AndIcelandIsFlaggedNoData() {
        Map<NationCode, Set<Integer>> years = DATA.spending().series().stream().collect(Collectors.groupingBy(
                DefenceSpending::nation, Collectors.mapping(DefenceSpending::year, Collectors.toSet())));
        for (NationMember member : DATA.members()) {
            assertThat(years.get(member.code())).as(member.code().value())
                    .containsAll(Stream.iterate(2014, y -> y <= 2024, y -> y + 1).toList());
        }
        List<DefenceSpending> iceland = DATA.spending().series().stream()
                .filter(s -> s.nation().equals(ICELAND)).toList();
        assertThat(iceland).isNotEmpty().allSatisfy(s -> {
            assertThat(s.hasData()).isFalse();
            assertThat(s.defencePctGdp()).isEmpty();
            assertThat(s.gdpUsdBillions()).isEmpty();
        });
        assertThat(DATA.spending().series()).filteredOn(s -> !s.nation().equals(ICELAND))
                .filteredOn(s -> s.year() <= 2024)
                .allSatisfy(s -> assertThat(s.hasData()).as(s.nation() + " " + s.year()).isTrue());
    }

    @Test
    void rowsFor2023Onwards_areEstimates_andEarlierRowsAreNot() {
        assertThat(DATA.spending().series()).filteredOn(s -> s.year() == 2025).filteredOn(DefenceSpending::hasData)
                .hasSize(16)
                .allSatisfy(s -> assertThat(s.source().estimate()).as(s.nation().value()).isTrue());
        assertThat(DATA.spending().series()).filteredOn(s -> s.year() >= 2023).filteredOn(DefenceSpending::hasData)
                .allSatisfy(s -> assertThat(s.source().estimate()).isTrue());
        assertThat(DATA.spending().series()).filteredOn(s -> s.year() <= 2022)
                .allSatisfy(s -> assertThat(s.source().estimate()).isFalse());
    }

    @Test
    void spotValuesEqualTheCsv() {
        assertThat(pctGdp("POL", 2024)).isEqualTo(4.12);
        assertThat(pctGdp("EST", 2024)).isEqualTo(3.43);
        assertThat(pctGdp("USA", 2024)).isEqualTo(3.38);
        assertThat(pctGdp("LTU", 2024)).isEqualTo(2.85);
        assertThat(pctGdp("POL", 2025)).isEqualTo(4.48);
        DefenceSpending pol2024 = spending("POL", 2024);
        assertThat(pol2024.equipmentPctDefence()).hasValue(51.13);
        assertThat(pol2024.defenceUsdMillions()).hasValue(34975);
        assertThat(pol2024.gdpUsdBillions()).hasValue(848.9);
        assertThat(pol2024.source().reference()).contains("240617-def-exp-2024-en.pdf");
        DefenceSpending est2025 = spending("EST", 2025);
        assertThat(est2025.equipmentPctDefence()).isEmpty();
        assertThat(est2025.source().reference()).contains("defence-ua.com");
    }

    @Test
    void percentagesAreInPlausibleRanges() {
        for (DefenceSpending s : DATA.spending().series()) {
            s.defencePctGdp().ifPresent(v -> assertThat(v).as(s.nation() + " " + s.year()).isBetween(0.1, 6.0));
            s.equipmentPctDefence().ifPresent(v -> assertThat(v).as(s.nation() + " " + s.year()).isBetween(0.0, 70.0));
            s.defenceUsdMillions().ifPresent(v -> assertThat(v).isPositive());
            s.gdpUsdBillions().ifPresent(v -> assertThat(v).isPositive());
        }
        assertThat(DATA.spending().commitments())
                .allSatisfy(c -> assertThat(c.targetPctGdp()).as(c.toString()).isBetween(1.0, 6.0));
    }

    @Test
    void alliancePledgesHaveNoNation() {
        List<Commitment> alliance = DATA.spending().commitments().stream().filter(Commitment::allianceWide).toList();
        assertThat(alliance).hasSize(5).extracting(Commitment::targetPctGdp).contains(2.0, 5.0, 3.5, 1.5);
        assertThat(DATA.spending().commitments()).hasSize(38)
                .filteredOn(c -> c.nation().map(n -> n.value().equals("POL")).orElse(false))
                .extracting(Commitment::targetPctGdp).contains(4.0, 4.7);
    }

    @Test
    void everyRowOfEveryDatasetHasASource() {
        Stream<Source> all = Stream.of(
                DATA.spending().series().stream().map(DefenceSpending::source),
                DATA.spending().commitments().stream().map(Commitment::source),
                DATA.forwardLandForces().stream().map(ForwardLandForce::source),
                DATA.forceModel().stream().map(ForceModelElement::source),
                DATA.geography().stream().map(Place::source),
                DATA.links().stream().map(Route::source),
                DATA.adversaryForces().stream().map(AdversaryFormation::source)).flatMap(Function.identity());
        assertThat(all).allSatisfy(source -> {
            assertThat(source.reference()).isNotBlank().isNotEqualTo(Source.UNSTATED);
        });
    }

    @Test
    void forwardLandForcesCarryThe2022OfficialFigures() {
        Map<String, Integer> june2022 = DATA.forwardLandForces().stream()
                .filter(f -> f.asOf().equals("2022-06-28") && !f.allEight())
                .collect(Collectors.toMap(f -> f.hostScope(), f -> f.troopsLow().getAsInt()));
        assertThat(june2022).containsExactlyInAnyOrderEntriesOf(Map.of("EST", 1430, "LVA", 1887, "LTU", 1632,
                "POL", 1033, "BGR", 968, "HUN", 900, "ROU", 1148, "SVK", 643));
        assertThat(june2022.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(9641);
        assertThat(DATA.forwardLandForces()).filteredOn(ForwardLandForce::allEight)
                .allSatisfy(f -> assertThat(f.hosts()).hasSize(8));
        assertThat(DATA.forwardLandForces()).filteredOn(f -> f.plannedTroops().isPresent())
                .extracting(f -> f.plannedTroops().getAsInt()).contains(2200, 5000);
    }

    @Test
    void geographyAndLinksFormOneNetwork() {
        assertThat(DATA.geography()).hasSize(154);
        Set<NodeId> ids = DATA.geography().stream().map(Place::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(154);
        assertThat(DATA.geography()).filteredOn(p -> p.kind() == NodeKind.GAUGE_BREAK).extracting(p -> p.id().value())
                .containsExactlyInAnyOrder("LT_MCK", "LT_SES", "PL_MAL", "FI_TOR");
        assertThat(DATA.geography()).filteredOn(p -> p.source().estimate()).hasSize(12);
        assertThat(DATA.geography()).allSatisfy(p -> {
            assertThat(p.location().latitude()).isBetween(45.0, 70.0);
            assertThat(p.location().longitude()).isBetween(0.0, 40.0);
        });
        assertThat(DATA.links()).hasSize(100).allSatisfy(link -> {
            assertThat(ids).contains(link.from(), link.to());
            assertThat(link.distanceKm()).isPositive();
        });
        Map<Mode, Long> byMode = DATA.links().stream().collect(Collectors.groupingBy(Route::mode, Collectors.counting()));
        assertThat(byMode).containsExactlyInAnyOrderEntriesOf(Map.of(Mode.RAIL, 51L, Mode.ROAD, 28L, Mode.SEA, 14L,
                Mode.AIR, 7L));
        Route mockavaSestokai = link("L013");
        assertThat(mockavaSestokai.gauge()).contains(RailGauge.DUAL);
        Route kaunasRiga = link("L016");
        assertThat(kaunasRiga.gauge()).contains(RailGauge.STANDARD_1435);
        assertThat(kaunasRiga.gaugePlanned()).isTrue();
        assertThat(link("L015").distanceKm()).isEqualTo(119);
        assertThat(link("L015").source().estimate()).isFalse();
    }

    @Test
    void adversaryForcesKeepSizesAsPublished() {
        assertThat(DATA.adversaryForces()).hasSize(20);
        assertThat(DATA.adversaryForces()).filteredOn(f -> f.formation().startsWith("11th Army Corps"))
                .singleElement().satisfies(f -> {
                    assertThat(f.size()).contains("~12,000 troops");
                    assertThat(f.source().estimate()).isTrue();
                });
        assertThat(DATA.forceModel()).hasSize(10).filteredOn(e -> e.tier().startsWith("Tier"))
                .allSatisfy(e -> assertThat(e.source().estimate()).as(e.tier()).isTrue());
    }

    @Test
    void manifestListsEveryFileInTheFolderWithMatchingRowCounts() throws IOException, URISyntaxException {
        Path folder = Path.of(ReferenceData.class.getResource(ReferenceData.MANIFEST).toURI()).getParent();
        Set<String> csvFiles;
        try (Stream<Path> files = Files.list(folder)) {
            csvFiles = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(DATA.datasets()).extracting(Dataset::file).containsExactlyInAnyOrderElementsOf(csvFiles);
        assertThat(folder.resolve("SOURCES.md")).exists();
        for (Dataset dataset : DATA.datasets()) {
            long lines;
            try (Stream<String> text = Files.lines(folder.resolve(dataset.file()))) {
                lines = text.filter(l -> !l.isBlank()).count();
            }
            assertThat(dataset.rows()).as(dataset.id()).isEqualTo(lines - 1);
            assertThat(dataset.sourceUrls()).as(dataset.id()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(dataset.caveats()).as(dataset.id()).isNotEmpty();
            assertThat(dataset.primarySources()).as(dataset.id()).isNotEmpty();
            assertThat(dataset.columns()).as(dataset.id()).allSatisfy(c -> assertThat(c.unit()).isNotBlank());
            assertThat(dataset.title()).isNotBlank();
            assertThat(dataset.coverage()).isNotBlank();
        }
        assertThat(DATA.dataset("defence_expenditure")).hasValueSatisfying(d -> {
            assertThat(d.rows()).isEqualTo(369);
            assertThat(d.estimateRows()).isEqualTo(78);
            assertThat(d.caveats()).anyMatch(c -> c.contains("2015 prices"));
        });
        assertThat(DATA.dataset("geography")).hasValueSatisfying(d -> assertThat(d.estimateRows()).isEqualTo(12));
    }

    @Test
    void malformedFilesFailNamingFileAndLine() {
        assertThatThrownBy(() -> CsvTable.read("no-such-file.csv", List.of("a")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-file.csv");
        assertThatThrownBy(() -> CsvTable.read(ReferenceData.LINKS, List.of("id", "from")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("links.csv:1:");
        CsvRow row = CsvTable.read(ReferenceData.GEOGRAPHY,
                List.of("id", "name", "iso3", "lat", "lon", "kind", "notes", "source_url")).rows().get(2);
        assertThatThrownBy(() -> row.requiredNumber("name"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("geography.csv:4: name 'Tallinn'");
    }

    private static double pctGdp(String nation, int year) {
        return spending(nation, year).defencePctGdp().orElseThrow();
    }

    private static DefenceSpending spending(String nation, int year) {
        return DATA.spending().series().stream()
                .filter(s -> s.nation().value().equals(nation) && s.year() == year)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + nation + " " + year));
    }

    private static Route link(String id) {
        return DATA.links().stream().filter(l -> l.id().value().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void spendingAloneEqualsTheFullLoad() {
        assertThat(ReferenceData.bundledSpending()).isEqualTo(ReferenceData.bundled().spending());
    }
}
