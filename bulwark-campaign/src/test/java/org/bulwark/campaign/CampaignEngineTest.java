package org.bulwark.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Distribution;
import org.bulwark.model.ScenarioInput;
import org.bulwark.model.TerrainClass;
import org.junit.jupiter.api.Test;

class CampaignEngineTest {

    /** Runs replication 0 of a model and returns the engine holding its outcome. */
    private static CampaignEngine runOnce(CampaignModel model, double sampleHours) {
        CampaignEngine engine = new CampaignEngine(model, sampleHours);
        InputDraws draws = new InputDraws(model, -1, 0);
        draws.draw(7, 0);
        engine.run(draws, 7, 0);
        return engine;
    }

    /** A duel that never moves: attrition only. */
    private static TestdataCampaign standingDuel(double attacker, double defender) {
        return TestdataCampaign.duel(attacker, defender).set(CampaignParameter.HOLD_RATIO, 1000)
                .set(CampaignParameter.BREAKTHROUGH_RATIO, 2000).set(CampaignParameter.UNOPPOSED_ADVANCE_KM_PER_DAY, 0);
    }

    /** Lanchester's square law in closed form: remaining strengths after {@code t} hours. */
    private static double[] closedForm(double a0, double d0, double alpha, double beta, double t) {
        // dA/dt = -beta·D, dD/dt = -alpha·A
        double g = Math.sqrt(alpha * beta);
        double attacker = a0 * Math.cosh(g * t) - d0 * Math.sqrt(beta / alpha) * Math.sinh(g * t);
        double defender = d0 * Math.cosh(g * t) - a0 * Math.sqrt(alpha / beta) * Math.sinh(g * t);
        return new double[] {attacker, defender};
    }

    @Test
    void aSingleEngagementFollowsTheSquareLawClosedForm() {
        CampaignEngine engine = runOnce(standingDuel(10, 8).days(10).model(), 24);
        double[] exact = closedForm(10, 8, 0.002, 0.003, 240);
        assertThat(10 - engine.attackerLost).isCloseTo(exact[0], within(exact[0] * 0.005));
        assertThat(8 - engine.defenderLost).isCloseTo(exact[1], within(exact[1] * 0.005));
        assertThat(engine.fallHour[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void shorterStepsConvergeOnTheClosedForm() {
        double[] exact = closedForm(10, 8, 0.002, 0.003, 240);
        double hourly = Math.abs(8 - runOnce(standingDuel(10, 8).days(10).model(), 24).defenderLost - exact[1]);
        double quarter = Math.abs(8 - runOnce(standingDuel(10, 8).days(10).step(0.25).model(), 24).defenderLost
                - exact[1]);
        assertThat(quarter).isLessThan(hourly / 2);
    }

    @Property(tries = 60)
    void theSquareLawHoldsForAnyStrengthsRatesAndEffectiveness(
            @ForAll @DoubleRange(min = 1, max = 20) double attacker, @ForAll @DoubleRange(min = 1, max = 20) double defender,
            @ForAll @DoubleRange(min = 0.0002, max = 0.003) @Scale(6) double a,
            @ForAll @DoubleRange(min = 0.0002, max = 0.003) @Scale(6) double d,
            @ForAll @DoubleRange(min = 0.5, max = 2) double attackerEffectiveness) {
        CampaignModel model = standingDuel(attacker, defender).days(3)
                .set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, a).set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, d)
                .uncertain(ScenarioInput.ATTACKER_EFFECTIVENESS, new Distribution.Fixed(attackerEffectiveness)).model();
        CampaignEngine engine = runOnce(model, 24);
        // A' = eA·A, so dD/dt = -a·eA·A and dA/dt = -d·D.
        double[] exact = closedForm(attacker, defender, a * attackerEffectiveness, d, 72);
        if (exact[0] > 0.5 && exact[1] > 0.5) {
            assertThat(attacker - engine.attackerLost).isCloseTo(exact[0], within(Math.max(0.01, exact[0] * 0.01)));
            assertThat(defender - engine.defenderLost).isCloseTo(exact[1], within(Math.max(0.01, exact[1] * 0.01)));
        }
    }

    @Test
    void noUnitFightsBeforeItArrives() {
        // The only defender arrives 100 h after D-day; the attacker neither moves nor is hurt before then.
        TestdataCampaign campaign = TestdataCampaign.builder().hostileNode("A").node("OBJ").road("A", "OBJ", 10)
                .objective("obj", "OBJ").attacker("area", "A", "red", 5).axis("thrust", "area", "obj")
                .reinforcement("blue", "OBJ", 4, 100).set(CampaignParameter.UNOPPOSED_ADVANCE_KM_PER_DAY, 0)
                .set(CampaignParameter.HOLD_RATIO, 1000).set(CampaignParameter.BREAKTHROUGH_RATIO, 2000);
        CampaignEngine before = runOnce(campaign.days(4).model(), 24);
        assertThat(before.attackerLost).isZero();
        assertThat(before.defenderCommitted).isZero();
        CampaignEngine after = runOnce(campaign.days(6).model(), 24);
        assertThat(after.ratioSamples).startsWith(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertThat(after.ratioSamples[4]).isCloseTo(5.0 / 4, within(0.1));
        assertThat(after.attackerLost).isPositive();
        assertThat(after.defenderCommitted).isEqualTo(4);
    }

    @Test
    void aReinforcementThatNeverArrivesNeverFights() {
        CampaignModel model = TestdataCampaign.builder().hostileNode("A").node("OBJ").road("A", "OBJ", 500)
                .objective("obj", "OBJ").attacker("area", "A", "red", 5).axis("thrust", "area", "obj")
                .reinforcement("blue", "OBJ", 4, Double.NaN).model();
        CampaignEngine engine = runOnce(model, 24);
        assertThat(engine.defenderCommitted).isZero();
        assertThat(engine.attackerLost).isZero();
        // Unopposed at 100 km/day over 500 km: the objective falls on day 5.
        assertThat(engine.fallHour[0]).isEqualTo(120);
        // and how: undefended from hour 0, all 500 km
        assertThat(engine.fallUndefendedFrom[0]).isZero();
        assertThat(engine.fallUnopposedKm[0]).isEqualTo(500);
    }

    @Test
    void theBattleToBattleLuckVariesBetweenRunsAndRepeatsWithinOne() {
        CampaignModel model = standingDuel(2, 1).days(3).set(CampaignParameter.ENGAGEMENT_SIGMA, 0.85).model();
        CampaignEngine engine = new CampaignEngine(model, 24);
        InputDraws draws = new InputDraws(model, -1, 0);
        double[] lost = new double[4];
        for (int r = 0; r < 3; r++) {
            draws.draw(7, r);
            engine.run(draws, 7, r);
            lost[r] = engine.attackerLost;
        }
        draws.draw(7, 1);
        engine.run(draws, 7, 1);
        lost[3] = engine.attackerLost;
        assertThat(lost[3]).as("the same run repeats").isEqualTo(lost[1]);
        assertThat(new double[] {lost[0], lost[1], lost[2]}).as("runs differ").doesNotHaveDuplicates();
        // and without it the duel is the closed form in every run
        CampaignModel flat = standingDuel(2, 1).days(3).model();
        assertThat(runOnce(flat, 24).attackerLost).isEqualTo(runOnce(flat, 24).attackerLost);
    }

    @Test
    void anObjectiveOverrunWhileDefendedHasNoUndefendedStretch() {
        // r = 10 against a defence that never breaks (no attrition): it falls while opposed
        CampaignModel model = TestdataCampaign.duel(10, 1).days(30)
                .set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 0).set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 0)
                .set(CampaignParameter.DAILY_ATTRITION_SIGMA, 0).model();
        CampaignEngine engine = runOnce(model, 24);
        assertThat(engine.fallHour[0]).isFinite();
        assertThat(engine.fallUndefendedFrom[0]).isNaN();
        assertThat(engine.fallUnopposedKm[0]).isNaN();
    }

    @Test
    void anAttackWithNothingLeftTakesNoGroundEvenWithoutABreakFraction() {
        // both sides annihilated in the first hour of contact; the attack must not walk on unopposed
        CampaignModel model = TestdataCampaign.duel(5, 5).days(5)
                .set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 1).set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 1)
                .set(CampaignParameter.ATTACKER_BREAK_FRACTION, 0).set(CampaignParameter.DAILY_ATTRITION_SIGMA, 0)
                .model();
        CampaignEngine engine = runOnce(model, 24);
        assertThat(engine.attackerLost).isEqualTo(5);
        assertThat(engine.fallHour[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void theFrontAdvancesAtTheOpposedRateRampAndStopsAtTheHoldRatio() {
        // r = 2 (no attrition): rate = 15 km/day · (2 − 1.3)/(3 − 1.3).
        CampaignModel model = TestdataCampaign.duel(2, 1).days(20)
                .set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 0).set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 0)
                .model();
        double perDay = 15 * (2 - 1.3) / (3 - 1.3);
        assertThat(runOnce(model, 24).fallHour[0]).isCloseTo(24 * 10 / perDay, within(1.0));
        CampaignModel held = TestdataCampaign.duel(1.2, 1).days(20)
                .set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 0).set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 0)
                .model();
        assertThat(runOnce(held, 24).fallHour[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void terrainRiverAndPreparationMultiplyTheDefence() {
        TestdataCampaign base = standingDuel(6, 2).days(1).set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 0)
                .set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 0).set(CampaignParameter.PREPARED_DEFENCE_MULTIPLIER, 1.5)
                .set(CampaignParameter.PREPARATION_HOURS, 24).warning(48);
        // In position 48 h before contact: prepared, so D' = 2·1.5 and r = 6/3.
        assertThat(runOnce(base.model(), 24).ratioSamples[0]).isCloseTo(2, within(0.1));
        // Contact at hour 0 with 24 h needed: not prepared, r = 6/2.
        assertThat(runOnce(base.warning(0).model(), 24).ratioSamples[0]).isCloseTo(3, within(0.1));
        // Forest (1.4) and a river crossing (1.5) at the objective: r = 6 / (2·1.4·1.5).
        CampaignModel forest = standingDuel(6, 2).days(1).set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 0)
                .set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 0).set(CampaignParameter.TERRAIN_DEFENCE_FOREST, 1.4)
                .set(CampaignParameter.RIVER_DEFENCE_MULTIPLIER, 1.5).terrain("OBJ", TerrainClass.FOREST, true).model();
        assertThat(runOnce(forest, 24).ratioSamples[0]).isCloseTo(6 / (2 * 1.4 * 1.5), within(0.01));
    }

    @Property(tries = 80)
    void lossesNeverExceedStrengthAndTimesStayInTheCampaign(
            @ForAll @DoubleRange(min = 0.1, max = 30) double attacker, @ForAll @DoubleRange(min = 0.1, max = 30) double defender,
            @ForAll @DoubleRange(min = 0, max = 1) double a, @ForAll @DoubleRange(min = 0, max = 1) double d,
            @ForAll @DoubleRange(min = 0, max = 2000) double sorties, @ForAll @DoubleRange(min = 0, max = 0.9) double breakAt,
            @ForAll @DoubleRange(min = 0, max = 2) double sigma) {
        CampaignModel model = TestdataCampaign.duel(attacker, defender).road("A", "OBJ", 60).days(5)
                .set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, a).set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, d)
                .set(CampaignParameter.ATTACKER_SORTIES_PER_DAY, sorties).set(CampaignParameter.DEFENDER_SORTIES_PER_DAY, sorties)
                .set(CampaignParameter.CV_DESTROYED_PER_SORTIE, 0.05).set(CampaignParameter.DEFENDER_BREAK_FRACTION, breakAt)
                .set(CampaignParameter.ATTACKER_BREAK_FRACTION, breakAt).set(CampaignParameter.DAILY_ATTRITION_SIGMA, sigma)
                .model();
        CampaignEngine engine = runOnce(model, 6);
        assertThat(engine.attackerLost).isBetween(0.0, attacker + 1e-9);
        assertThat(engine.defenderLost).isBetween(0.0, engine.defenderCommitted + 1e-9);
        assertThat(engine.defenderCommitted).isEqualTo(defender);
        double fall = engine.fallHour[0];
        assertThat(fall == Double.POSITIVE_INFINITY || (fall >= 0 && fall <= 5 * 24)).as("fall hour %s", fall).isTrue();
        for (double r : engine.ratioSamples) {
            assertThat(Double.isNaN(r) || r >= 0).isTrue();
        }
    }

    /** One hour of a standing duel under the fitted power law (a = d = 0.0013, exponents 0.26 and −0.42). */
    private static CampaignEngine oneHourOfThePowerLaw(double attacker, double defender) {
        CampaignModel model = standingDuel(attacker, defender).days(1.0 / 24)
                .set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 0.0013).set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 0.0013)
                .set(CampaignParameter.DEFENDER_LOSS_RATIO_EXPONENT, 0.26)
                .set(CampaignParameter.ATTACKER_LOSS_RATIO_EXPONENT, -0.42).model();
        return runOnce(model, 1);
    }

    @Test
    void insideHistorysForceRatiosLossesFollowThePowerLaw() {
        // r = 2: the defender loses a·D·r^0.26, the attacker d·A·r^−0.42
        CampaignEngine engine = oneHourOfThePowerLaw(2, 1);
        assertThat(engine.defenderLost).isCloseTo(0.0013 * Math.pow(2, 0.26), withinPercentage(1e-4));
        assertThat(engine.attackerLost).isCloseTo(0.0013 * 2 * Math.pow(2, -0.42), withinPercentage(1e-4));
    }

    @Test
    void outsideHistorysForceRatiosTheSquareLawCarriesOnFromTheEdge() {
        // r = 0.01, below CDB90's 5th percentile (0.56): the defender loses a·A'·0.56^(0.26−1), which
        // vanishes with the attacker, and the attacker d·D'·0.56^(−0.42+1), which grows with the defender
        CampaignEngine engine = oneHourOfThePowerLaw(0.1, 10);
        double low = CampaignEngine.FITTED_RATIO_LOW;
        assertThat(engine.defenderLost).isCloseTo(0.0013 * 0.1 * Math.pow(low, 0.26 - 1), withinPercentage(1e-4));
        assertThat(engine.attackerLost).isCloseTo(0.0013 * 10 * Math.pow(low, -0.42 + 1), withinPercentage(1e-4));
        // and above the 95th percentile (6.27) likewise
        CampaignEngine strong = oneHourOfThePowerLaw(100, 1);
        double high = CampaignEngine.FITTED_RATIO_HIGH;
        assertThat(strong.defenderLost).isCloseTo(0.0013 * 100 * Math.pow(high, 0.26 - 1), withinPercentage(1e-4));
        assertThat(strong.attackerLost).isCloseTo(0.0013 * 1 * Math.pow(high, -0.42 + 1), withinPercentage(1e-4));
    }
}
