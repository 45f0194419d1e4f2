package org.bulwark.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BundledCampaignTest {

    @Test
    void theBundledScenarioCompilesAndRuns() {
        CampaignModel model = BundledCampaign.MODEL;
        assertThat(model.axes()).hasSize(BundledCampaign.SCENARIO.threat().axes().size());
        long t0 = System.nanoTime();
        CampaignAssessment a = MonteCarloCampaign.assess(model, MonteCarloOptions.DEFAULT.withRuns(10_000).withThreads(2)
                .withSensitivityRuns(0), CampaignProgress.NONE);
        System.out.println("seconds " + (System.nanoTime() - t0) / 1e9);
        for (int ax = 0; ax < model.axes().size(); ax++) {
            System.out.println(model.axes().get(ax) + " km=" + model.pathKm(ax) + " A=" + model.attackerCv(ax) + " " + model.path(ax));
        }
        a.objectives().forEach(o -> System.out.println(o.objective() + " " + o.held().get(o.held().size() - 1) + " " + o.timeToFall()));
        System.out.println(a.attacker() + "\n" + a.defender() + "\nheld " + a.meanObjectivesHeld());
        a.axes().forEach(x -> System.out.println(x.axis() + " " + x.points().get(0) + " " + x.points().get(5)));
        assertThat(a.runs()).isEqualTo(10_000);
    }
}
