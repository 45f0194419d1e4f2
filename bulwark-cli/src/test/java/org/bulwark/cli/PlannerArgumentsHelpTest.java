package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.bulwark.deploy.PlannerOptions;
import org.junit.jupiter.api.Test;

/** The defaults the help text states are the planner's real defaults. */
class PlannerArgumentsHelpTest {
    @Test
    void helpStatesThePlannersDefaults() {
        String help = CliRun.of("deploy", "--help").out().replaceAll("\\s+", " ");
        PlannerOptions defaults = PlannerOptions.DEFAULT;
        assertThat(help).contains("(0 = first plan only). Default: " + defaults.improvementRounds() + ".");
        assertThat(help).contains("capacity period in hours. Default: " + (long) defaults.timeStepHours() + ".");
        assertThat(help).contains("1 moves every unit whole (store and forward). Default: " + defaults.maxElements() + ".");
        assertThat(help).contains("the plan is the same for any number. Default: the processors of this machine.");
        assertThat(new PlannerArguments().options().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
