package org.bulwark.campaign.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Engagement;
import org.bulwark.model.ParameterValue;
import org.bulwark.reference.Cdb90;
import org.bulwark.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The campaign engine's bundled attrition defaults are the engagement model fitted on CDB90
 * (docs/model.md, "The campaign engine's attrition against the fit"): at neutral multipliers its
 * daily loss rates at force ratios 1 and 3 are the fit's medians for the reference engagement.
 * A change to either side that breaks the tie fails here.
 */
class EngineAttritionFitTest {
    private static final Map<CampaignParameter, ParameterValue> DEFAULTS = ReferenceData.bundled().campaignParameters();
    private static final EngagementModel FIT = EngagementFit.fit(Cdb90.bundled().battles());

    private static double value(CampaignParameter p) {
        return DEFAULTS.get(p).value();
    }

    /** The reference engagement: 1944, hasty defence, rolling ground, 2 days, 66,000 men in all. */
    private static EngagementModel.Prediction fitted(double ratio) {
        double total = 66_000;
        double defender = total / (1 + ratio);
        return FIT.predict(new Engagement("r" + ratio, 1944, new Engagement.Side(total - defender, 0, 0, 0),
                new Engagement.Side(defender, 0, 0, 0), Engagement.Posture.HASTY, Engagement.Terrain.ROLLING, 2,
                Optional.empty()));
    }

    @Test
    void theEnginesDailyLossRatesAreTheFittedMediansAtForceRatiosOneAndThree() {
        double a = value(CampaignParameter.ATTRITION_RATE_BY_ATTACKER);
        double d = value(CampaignParameter.ATTRITION_RATE_BY_DEFENDER);
        double eD = value(CampaignParameter.DEFENDER_LOSS_RATIO_EXPONENT);
        double eA = value(CampaignParameter.ATTACKER_LOSS_RATIO_EXPONENT);
        for (double r : new double[] {1, 3}) {
            EngagementModel.Prediction p = fitted(r);
            // engine: the defender loses a·r^eD of its strength an hour, the attacker d·r^eA
            assertThat(24 * a * Math.pow(r, eD)).as("defender at r = %s", r)
                    .isCloseTo(p.defenderLossPerDay().median(), within(0.05 * p.defenderLossPerDay().median()));
            assertThat(24 * d * Math.pow(r, eA)).as("attacker at r = %s", r)
                    .isCloseTo(p.attackerLossPerDay().median(), within(0.05 * p.attackerLossPerDay().median()));
        }
    }

    @Test
    void historyMakesTheForceRatioFarLessDecisiveThanTheSquareLaw() {
        // Lanchester's square law: the defender's daily loss triples from r = 1 to r = 3; in the fit it rises by about a third
        double rise = fitted(3).defenderLossPerDay().median() / fitted(1).defenderLossPerDay().median();
        assertThat(rise).isBetween(1.1, 1.6);
        double fall = fitted(3).attackerLossPerDay().median() / fitted(1).attackerLossPerDay().median();
        assertThat(fall).isBetween(0.5, 0.8);
    }
}
