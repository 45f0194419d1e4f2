package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bulwark.reference.ReferenceData;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark spending}: figures as published in every format, golden output for a table and a
 * CSV (refresh with {@code -Dbulwark.golden.update=true} and review the diff), bad input.
 */
class SpendingCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("bulwark.golden.update");
    private static final List<String> FIGURE_COLUMNS = List.of("defence_pct_gdp", "equipment_pct_defence", "defence_usd_m",
            "gdp_usd_bn", "source_url");

    @TempDir
    Path temp;

    /** The bundled expenditure table, cell by cell as text, keyed by "ISO3 year". */
    private static Map<String, Map<String, String>> published() throws IOException {
        try (InputStream in = ReferenceData.class.getResourceAsStream("defence_expenditure.csv")) {
            return readCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream()
                    .collect(Collectors.toMap(r -> r.get("iso3") + " " + r.get("year"), r -> r));
        }
    }

    private static List<Map<String, String>> readCsv(String text) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return rows.readAll();
        }
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(file));
    }

    @Test
    void tableForTwoAlliesMatchesTheGoldenFile() throws IOException {
        CliRun run = CliRun.of("spending", "--year", "2024", "--nation", "LTU", "--nation", "pol");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertGolden("spending-2024-ltu-pol.txt", run.out());
    }

    @Test
    void csvForTwoAlliesMatchesTheGoldenFile() throws IOException {
        CliRun run = CliRun.of("spending", "--year", "2024", "--nation", "LTU", "--nation", "POL", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertGolden("spending-2024-ltu-pol.csv", run.out());
    }

    @Test
    void everyPublishedRowAppearsInTheCsvExactlyAsPublished() throws IOException {
        Map<String, Map<String, String>> published = published();
        Map<String, Map<String, String>> seen = new HashMap<>();
        for (int year = 2014; year <= 2025; year++) {
            CliRun run = CliRun.of("spending", "--year", Integer.toString(year), "--format", "csv");
            assertThat(run.exitCode()).as(run.err()).isZero();
            for (Map<String, String> row : readCsv(run.out())) {
                String key = row.get("iso3") + " " + row.get("year");
                Map<String, String> expected = published.get(key);
                assertThat(expected).as(key).isNotNull();
                for (String column : FIGURE_COLUMNS) {
                    assertThat(row.get(column)).as(key + " " + column).isEqualTo(expected.get(column));
                }
                assertThat(row.get("estimate")).as(key).isEqualTo(expected.get("estimate"));
                assertThat(row.get("country")).isEqualTo(expected.get("country"));
                assertThat(row.get("commitment_source_url")).startsWith("https://");
                seen.put(key, row);
            }
        }
        long withFigures = published.values().stream().filter(r -> !r.get("defence_pct_gdp").isEmpty()).count();
        assertThat(seen).hasSize((int) withFigures);
        assertThat(withFigures).isEqualTo(357);
    }

    @Test
    void jsonCarriesFiguresSourcesAndTotals() throws IOException {
        CliRun run = CliRun.of("spending", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(run.out());
        assertThat(root.path("format").asText()).isEqualTo("bulwark-spending/1");
        assertThat(root.path("year").asInt()).isEqualTo(2024);
        assertThat(root.path("nations")).hasSize(31);
        Map<String, Map<String, String>> published = published();
        for (JsonNode nation : root.path("nations")) {
            Map<String, String> expected = published.get(nation.path("iso3").asText() + " 2024");
            JsonNode figures = nation.path("figures");
            assertThat(figures.path("defencePctGdp").decimalValue()).isEqualByComparingTo(expected.get("defence_pct_gdp"));
            assertThat(figures.path("gdpUsdBillions").decimalValue()).isEqualByComparingTo(expected.get("gdp_usd_bn"));
            assertThat(figures.path("sourceUrl").asText()).isEqualTo(expected.get("source_url"));
            assertThat(figures.path("estimate").asBoolean()).isTrue();
            assertThat(nation.path("assessments")).allSatisfy(a -> assertThat(a.path("sourceUrl").asText()).startsWith("https://"));
        }
        // Written as published: Belgium's 1.30 keeps its trailing zero.
        assertThat(run.out()).contains("\"defencePctGdp\": 1.30,");
        assertThat(root.path("withoutFigures").get(0).asText()).isEqualTo("ISL");
        assertThat(root.path("alliance").get(0).path("defenceUsdMillions").asText()).isEqualTo("1474400");
        assertThat(root.path("burdenSharing").path("shares")).hasSize(31);
    }

    @Test
    void xlsxReadsBackWithTheSameFiguresAndTheirSources() throws IOException {
        Path file = temp.resolve("out/spending.xlsx");
        CliRun run = CliRun.of("spending", "--year", "2023", "--format", "xlsx", "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + file);
        Map<String, Map<String, String>> published = published();
        try (ReadableWorkbook book = new ReadableWorkbook(file.toFile())) {
            List<String> sheets = book.getSheets().map(s -> s.getName()).toList();
            assertThat(sheets).containsExactly("Commitments", "Figures", "Alliance", "Burden sharing", "Sources");
            List<Row> figures = book.findSheet("Figures").orElseThrow().read();
            List<String> header = header(figures.get(0));
            assertThat(figures).hasSize(32);
            for (Row row : figures.subList(1, figures.size())) {
                String key = row.getCellText(header.indexOf("iso3")) + " 2023";
                Map<String, String> expected = published.get(key);
                for (String column : List.of("defence_pct_gdp", "equipment_pct_defence", "defence_usd_m", "gdp_usd_bn")) {
                    BigDecimal cell = row.getCellAsNumber(header.indexOf(column)).orElseThrow();
                    assertThat(cell).as(key + " " + column).isEqualByComparingTo(new BigDecimal(expected.get(column)));
                }
                assertThat(row.getCellText(header.indexOf("source_url"))).isEqualTo(expected.get("source_url"));
                assertThat(row.getCellText(header.indexOf("estimate"))).isEqualTo(expected.get("estimate"));
            }
            List<Row> commitments = book.findSheet("Commitments").orElseThrow().read();
            CliRun csv = CliRun.of("spending", "--year", "2023", "--format", "csv");
            assertThat(commitments).hasSize(readCsv(csv.out()).size() + 1);
            List<Row> sources = book.findSheet("Sources").orElseThrow().read();
            List<String> cited = sources.stream().skip(1).map(r -> r.getCellText(1)).toList();
            assertThat(cited).contains(published.get("LTU 2023").get("source_url"),
                    "https://www.nato.int/cps/en/natohq/official_texts_236705.htm");
            List<Row> alliance = book.findSheet("Alliance").orElseThrow().read();
            assertThat(alliance.get(1).getCellText(1)).isEqualTo("NATO");
        }
    }

    private static List<String> header(Row row) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            names.add(row.getCellText(c));
        }
        return names;
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws IOException {
        Path file = temp.resolve("spending.csv");
        Files.writeString(file, "mine");
        CliRun refused = CliRun.of("spending", "--format", "csv", "--out", file.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("exists; nothing was written").contains("--force");
        assertThat(Files.readString(file)).isEqualTo("mine");
        CliRun forced = CliRun.of("spending", "--format", "csv", "--out", file.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(temp.resolve("spending.csv.orig"))).isEqualTo("mine");
        assertThat(Files.readString(file)).startsWith("year,iso3,country,");
    }

    @Test
    void unknownNationIsAUserErrorWithASuggestion() {
        CliRun run = CliRun.of("spending", "--nation", "LTX");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no ally 'LTX' in the spending data.").contains("Maybe you meant 'LTU' (Lithuania)?")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void yearOutsideTheDataIsAUserErrorWithTheNearestYear() {
        CliRun run = CliRun.of("spending", "--year", "2031");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no spending figures for 2031: the bundled data covers 2014-2025")
                .contains("Maybe you meant 2025?");
        CliRun early = CliRun.of("spending", "--year", "2009");
        assertThat(early.err()).contains("Maybe you meant 2014?");
    }

    @Test
    void allyWithoutAFigureThatYearIsAUserError() {
        CliRun germany = CliRun.of("spending", "--year", "2025", "--nation", "DEU");
        assertThat(germany.exitCode()).isEqualTo(2);
        assertThat(germany.err()).contains("DEU (Germany) has no figure for 2025; its figures cover 2014-2024.");
        CliRun iceland = CliRun.of("spending", "--nation", "ISL");
        assertThat(iceland.exitCode()).isEqualTo(2);
        assertThat(iceland.err()).contains("NATO publishes no defence expenditure figures for ISL (Iceland).");
    }

    @Test
    void helpNamesEveryOption() {
        CliRun run = CliRun.of("spending", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: bulwark spending", "--year", "--nation", "--format", "--out", "--force");
    }

    @Test
    void xlsxNeedsAFile() {
        CliRun run = CliRun.of("spending", "--format", "xlsx");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("add --out FILE");
    }
}
