package org.bulwark.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text; numbers stay numbers (OWASP CSV injection). */
class CsvInjectionTest {
    @Test
    void formulasGetALeadingApostropheAndNumbersDoNot() {
        assertThat(CsvTable.neutralised("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(CsvTable.neutralised("+1+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(CsvTable.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvTable.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.neutralised("-12.5")).isEqualTo("-12.5");
        assertThat(CsvTable.neutralised("1.5e-3")).isEqualTo("1.5e-3");
        assertThat(CsvTable.neutralised("Polish brigade")).isEqualTo("Polish brigade");
        assertThat(CsvTable.neutralised("a\u001b[31mred")).isEqualTo("a [31mred");
    }

    @Test
    void aWrittenTableCarriesTheNeutralisedCell() {
        String csv = new CsvTable("unit", "hours").row("=1+1", "-3").write();
        assertThat(csv).isEqualTo("unit,hours\n'=1+1,-3\n");
    }
}
