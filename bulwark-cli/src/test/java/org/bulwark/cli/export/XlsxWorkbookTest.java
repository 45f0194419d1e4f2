package org.bulwark.cli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWorkbookTest {
    @TempDir
    Path temp;

    private static byte[] sample() {
        XlsxWorkbook book = new XlsxWorkbook();
        book.sheet("Figures", XlsxColumn.year("year"), XlsxColumn.text("iso3", 6), XlsxColumn.percent("pct", 2),
                        XlsxColumn.number("usd_m", 0))
                .row(2024, "LTU", new BigDecimal("2.85"), new BigDecimal("2300"))
                .row(2024, "ISL", null, null);
        book.source("figures", "https://example.org/a", false).source("figures", "https://example.org/a", false)
                .source("pledges", "https://example.org/b", true);
        return book.write();
    }

    @Test
    void cellsReadBackTypedWithTheirFormats() throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(sample()), new ReadingOptions(true, false))) {
            List<Row> rows = book.findSheet("Figures").orElseThrow().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(2)).isEqualTo("pct");
            Cell pct = rows.get(1).getCell(2);
            assertThat(pct.getType()).isEqualTo(CellType.NUMBER);
            assertThat(pct.asNumber()).isEqualByComparingTo("2.85");
            assertThat(pct.getDataFormatString()).isEqualTo("0.00\\%");
            assertThat(rows.get(1).getCell(0).asNumber()).isEqualByComparingTo("2024");
            assertThat(rows.get(1).getCell(3).getDataFormatString()).isEqualTo("#,##0");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("LTU");
            assertThat(rows.get(2).getOptionalCell(2).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
        }
    }

    @Test
    void sourcesAreListedOnceOnTheLastSheet() throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(sample()))) {
            assertThat(book.getSheets().map(s -> s.getName()).toList()).containsExactly("Figures", XlsxWorkbook.SOURCES);
            List<Row> sources = book.findSheet(XlsxWorkbook.SOURCES).orElseThrow().read();
            assertThat(sources).hasSize(3);
            assertThat(sources.get(1).getCellText(1)).isEqualTo("https://example.org/a");
            assertThat(sources.get(2).getCellText(2)).isEqualTo("yes");
        }
    }

    @Test
    void theHeaderRowIsFrozen() throws IOException {
        String sheet = entry(sample(), "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("ySplit=\"1\"").contains("state=\"frozen\"");
    }

    @Test
    void aCellOfTheWrongTypeIsRefused() {
        XlsxWorkbook.Sheet sheet = new XlsxWorkbook().sheet("S", XlsxColumn.percent("pct", 2));
        assertThatThrownBy(() -> sheet.row("2.85")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 'pct' takes numbers");
        assertThatThrownBy(() -> new XlsxWorkbook().sheet("a/b", XlsxColumn.text("x", 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new XlsxWorkbook().sheet(XlsxWorkbook.SOURCES, XlsxColumn.text("x", 3)))
                .hasMessageContaining("is taken");
    }

    private String entry(byte[] xlsx, String name) throws IOException {
        Path file = temp.resolve("book.xlsx");
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void identicalWorkbooksAreIdenticalBytesWhateverTheClock() throws Exception {
        byte[] first = sample();
        Thread.sleep(2100); // past the 2-second resolution of zip times
        assertThat(sample()).isEqualTo(first);
    }
}
