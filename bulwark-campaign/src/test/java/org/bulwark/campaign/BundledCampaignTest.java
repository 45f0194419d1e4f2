package org.bulwark.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.bulwark.model.ScenarioInput;
import org.bulwark.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class BundledCampaignTest {

    @Test
    void theBundledScenarioCompilesWithItsCampaignSettings() {
        CampaignModel model = BundledCampaign.MODEL;
        assertThat(model.axes()).hasSize(BundledCampaign.SCENARIO.threat().axes().size());
        assertThat(model.objectives()).hasSize(BundledCampaign.SCENARIO.objectives().size());
        for (int a = 0; a < model.axes().size(); a++) {
            assertThat(model.pathKm(a)).as(model.axes().get(a).value()).isPositive();
            assertThat(model.attackerCv(a)).isPositive();
            assertThat(model.path(a)).doesNotHaveDuplicates();
        }
        assertThat(model.days()).isEqualTo(30);
        assertThat(model.stepHours()).isEqualTo(1);
        assertThat(model.uncertainties()).extracting(u -> u.input()).contains(ScenarioInput.WARNING_HOURS);
        assertThat(model.defenderCv()).isPositive();
    }

    @Test
    void everyDefendingUnitHasARoadToAnObjective() {
        CampaignCompilation.Ready ready = (CampaignCompilation.Ready) CampaignSetup.compile(BundledCampaign.SCENARIO,
                BundledCampaign.PLAN.arrivals(), ReferenceData.bundled().campaignParameters());
        assertThat(ready.notes()).noneMatch(n -> n.contains("has no road to any objective"));
    }

    @Test
    void theBundledCampaignGivesARangeOfOutcomes() {
        CampaignAssessment a = MonteCarloCampaign.assess(BundledCampaign.MODEL,
                MonteCarloOptions.DEFAULT.withRuns(1_000).withSensitivityRuns(100).withThreads(2), CampaignProgress.NONE);
        assertThat(a.sensitivity()).hasSize(BundledCampaign.MODEL.uncertainties().size());
        assertThat(a.meanObjectivesHeld()).isStrictlyBetween(0.0, (double) a.objectives().size());
        assertThat(a.attacker().mean()).isPositive();
        assertThat(a.defender().mean()).isPositive();
    }
}
