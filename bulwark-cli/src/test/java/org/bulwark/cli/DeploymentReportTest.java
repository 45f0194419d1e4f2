package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.bulwark.cli.export.TestdataPlans;
import org.bulwark.deploy.PlannerOptions;
import org.junit.jupiter.api.Test;

class DeploymentReportTest {
    private final Deployment deployment = new Deployment(TestdataPlans.scenario(), PlannerOptions.DEFAULT,
            TestdataPlans.plan());

    @Test
    void closureCountsUnitsThatNeverArriveAgainstTheRegion() {
        String md = new DeploymentReport(deployment).report("Plan").markdown();
        assertThat(md).contains("| Baltic (baltic) | 2 | 2.5 | C+6.3 | never | never |");
    }

    @Test
    void unreachableUnitsComeFirstThenTheLatestWithTheirReason() {
        String md = new DeploymentReport(deployment).report("Plan").markdown();
        int unreachable = md.indexOf("| DEU_PzBtl_203 | Vilnius | C+20.0 | — | — | 1 | — | too_heavy: road-1 carries at most 50 t");
        int late = md.indexOf("| DEU_PzGrenBtl_122 | Vilnius | C+5.8 | C+6.3 | 10.1 | 2 | 5.1 | waited 2 h for rail-1");
        assertThat(unreachable).isPositive();
        assertThat(late).isGreaterThan(unreachable);
        assertThat(md).contains("**1 on time, 1 late, 1 unreachable**", "ILLUSTRATIVE",
                "The weighted lateness leaves out the 1 unreachable unit", "Gap 50.6 %",
                "| 1 | rail link rail-1 Grafenwöhr → Warsaw | 6,000 | 5.1 | 1 | 1 |");
    }

    @Test
    void terminalTextHasNoMarkdownMarks() {
        StringWriter text = new StringWriter();
        new DeploymentReport(deployment).report("Plan").printText(new PrintWriter(text));
        assertThat(text.toString()).contains("== In place by region", "1 on time, 1 late, 1 unreachable")
                .doesNotContain("**").doesNotContain("`");
    }
}
