package org.bulwark.campaign.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bulwark.model.Engagement;
import org.bulwark.reference.Cdb90;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engagement model on the bundled CDB90 battles, out of sample (10-fold cross-validation with a
 * fixed seed): it must beat the plain baselines it is compared with in docs/model.md, and its
 * 5–95 % intervals must hold about nine in ten outcomes. The figures print for docs/model.md.
 */
class EngagementFitTest {
    private static List<Engagement> battles;
    private static EngagementFit.CrossValidation cv;

    @BeforeAll
    static void crossValidate() {
        battles = Cdb90.bundled().battles();
        cv = EngagementFit.crossValidate(battles, 10, 1990);
        EngagementFit.Scores m = cv.model();
        EngagementFit.Scores b = cv.baseline();
        System.out.printf("CDB90: %d battles (skipped %s)%n", battles.size(), Cdb90.bundled().skipped());
        System.out.printf("winner: model %.3f, 3:1 rule %.3f, majority %.3f%n", m.winnerAccuracy(), cv.threeToOneAccuracy(),
                cv.majorityAccuracy());
        System.out.printf("attacker loss/day MAE: model %.5f, constant %.5f; log MAE model %.3f, constant %.3f%n",
                m.attackerLossMae(), b.attackerLossMae(), m.attackerLogLossMae(), b.attackerLogLossMae());
        System.out.printf("defender loss/day MAE: model %.5f, constant %.5f; log MAE model %.3f, constant %.3f%n",
                m.defenderLossMae(), b.defenderLossMae(), m.defenderLogLossMae(), b.defenderLogLossMae());
        System.out.printf("advance km/day MAE: model %.3f, constant %.3f; asinh MAE model %.3f, constant %.3f; 90%% interval "
                + "coverage %.3f%n", m.advanceMae(), b.advanceMae(), m.advanceAsinhMae(), b.advanceAsinhMae(), cv.intervalCoverage());
        System.out.printf("winner Brier: model %.4f, base rate %.4f%n", m.winnerBrier(), b.winnerBrier());
        EngagementModel all = EngagementFit.fit(battles);
        for (String r : List.of("attacker loss", "defender loss", "advance", "attacker wins")) {
            double[] c = all.coefficients(r);
            StringBuilder s = new StringBuilder(r + ":");
            for (int i = 0; i < c.length; i++) {
                s.append(String.format(" %s=%.3f", EngagementModel.FEATURES.get(i), c[i]));
            }
            System.out.println(s);
        }
    }

    @Test
    void mostBattlesAreUsable() {
        assertThat(battles.size()).isGreaterThan(450);
    }

    @Test
    void outOfSampleTheModelBeatsThePlainBaselines() {
        assertThat(cv.model().winnerAccuracy()).as("winner, against the 3:1 rule").isGreaterThan(cv.threeToOneAccuracy());
        // the winner's probability against the base rate (its accuracy equals the majority outcome's: docs/model.md)
        assertThat(cv.model().winnerBrier()).as("winner's Brier score, against the base rate").isLessThan(cv.baseline().winnerBrier());
        assertThat(cv.model().attackerLogLossMae()).as("attacker losses").isLessThan(cv.baseline().attackerLogLossMae());
        assertThat(cv.model().defenderLogLossMae()).as("defender losses").isLessThan(cv.baseline().defenderLogLossMae());
        assertThat(cv.model().advanceAsinhMae()).as("advance").isLessThan(cv.baseline().advanceAsinhMae());
    }

    @Test
    void theIntervalsHoldAboutNineInTenOutOfSample() {
        assertThat(cv.intervalCoverage()).isBetween(0.8, 0.95);
    }

    @Test
    void theFitIsDeterministic() {
        EngagementFit.CrossValidation again = EngagementFit.crossValidate(battles, 10, 1990);
        assertThat(again.model()).isEqualTo(cv.model());
        assertThat(EngagementFit.fit(battles).coefficients("attacker wins")).isEqualTo(EngagementFit.fit(battles).coefficients("attacker wins"));
    }

    @Test
    void moreAttackersMeanMoreDefenderLossesAndMoreWins() {
        EngagementModel model = EngagementFit.fit(battles);
        assertThat(model.coefficients("defender loss")[1]).isPositive();
        assertThat(model.coefficients("attacker wins")[1]).isPositive();
        assertThat(model.coefficients("attacker loss")[1]).isNegative();
    }
}
