package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark engagement}: cross-validation on the bundled battles, predictions for a user's CSV, its errors. */
class EngagementCommandTest {
    @TempDir
    Path temp;

    @Test
    void withoutBattlesItCrossValidatesAgainstTheBaselines() throws IOException {
        Path out = temp.resolve("cv.csv");
        CliRun run = CliRun.of("engagement", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("cross-validation", "the 3:1 rule", "median rate", "Open Data Commons Attribution");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("engagement,attacker_win_probability,outcome_called,");
        assertThat(lines).hasSizeGreaterThan(500);
    }

    @Test
    void itPredictsAUsersEngagementsAndComparesWhatHappened() throws IOException {
        Path battles = temp.resolve("battles.csv");
        Files.writeString(battles, """
                id,year,attacker_strength,defender_strength,attacker_tanks,defender_tanks,posture,terrain,duration_days,attacker_casualties,defender_casualties,advance_km,outcome
                three to one,1944,30000,10000,300,50,HD,flat,3,1500,2500,20,attacker_wins
                one to one,1944,10000,10000,50,50,FD,rugged,3,1200,500,0,defender_wins
                """);
        Path out = temp.resolve("p.csv");
        CliRun run = CliRun.of("engagement", "--battles", battles.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("three to one", "one to one", "Attacker's win called right in", "in sample");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        double strong = Double.parseDouble(lines.get(1).split(",")[1]);
        double even = Double.parseDouble(lines.get(2).split(",")[1]);
        assertThat(strong).as("three to one against a hasty defence beats one to one against a fortified one").isGreaterThan(even);
        // the file exists now: not replaced without --force
        CliRun again = CliRun.of("engagement", "--battles", battles.toString(), "--out", out.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("--force");
    }

    @Test
    void aModernEngagementIsHeldAtTheEdgeOfTheDataAndSaysSo() throws IOException {
        Path battles = temp.resolve("modern.csv");
        Files.writeString(battles, """
                id,year,attacker_strength,defender_strength,posture,duration_days
                baltic 2026,2026,12000,4000,prepared,2
                same in 1945,1945,12000,4000,Prepared,2
                """);
        Path out = temp.resolve("m.csv");
        CliRun run = CliRun.of("engagement", "--battles", battles.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 engagement lie outside the battles the model was fitted on");
        List<String> lines = Files.readAllLines(out);
        // the year is held at 1945: the same prediction as 1945, flagged
        assertThat(lines.get(1).substring(lines.get(1).indexOf(','), lines.get(1).lastIndexOf(',')))
                .isEqualTo(lines.get(2).substring(lines.get(2).indexOf(','), lines.get(2).lastIndexOf(',')));
        assertThat(lines.get(1)).endsWith("year after 1945 (taken as 1945)");
    }

    @Test
    void aFolderAsOutOrAnExcelSemicolonFileGetsTheRightAdvice() throws IOException {
        Path battles = temp.resolve("semi.csv");
        Files.writeString(battles, "attacker_strength;defender_strength;posture;duration_days\n3000;1000;HD;1\n");
        CliRun semi = CliRun.of("engagement", "--battles", battles.toString());
        assertThat(semi.exitCode()).isEqualTo(2);
        assertThat(semi.err()).contains("semi.csv:1:1", "separated by ';'");
        Path good = temp.resolve("good.csv");
        Files.writeString(good, "attacker_strength,defender_strength,posture,duration_days,posture\n3000,1000,HD,1,PD\n");
        CliRun twice = CliRun.of("engagement", "--battles", good.toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("column 'posture' is given twice");
        CliRun folder = CliRun.of("engagement", "--out", temp.toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("is a folder");
    }

    @Test
    void everyBadCellIsReportedWithItsLineAndColumn() throws IOException {
        Path battles = temp.resolve("bad.csv");
        Files.writeString(battles, """
                attacker_strength,defender_strength,posture,duration_days
                30000,-5,HD,3
                10000,10000,XX,0
                """);
        CliRun run = CliRun.of("engagement", "--battles", battles.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv:2:7", "the strength must be more than 0", "bad.csv:3:13", "unknown posture 'XX'",
                "bad.csv:3:16", "the duration must be more than 0 days").doesNotContain("Exception");
    }
}
