package org.bulwark.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.bulwark.model.CampaignParameter;
import org.junit.jupiter.api.Test;

/** Positions, road marches, depth, falling back and outflanking (docs/model.md, "Manoeuvre"). */
class ManoeuvreTest {

    private static CampaignEngine runOnce(CampaignModel model) {
        CampaignEngine engine = new CampaignEngine(model, 1);
        InputDraws draws = new InputDraws(model, -1, 0);
        draws.draw(7, 0);
        engine.run(draws, 7, 0);
        return engine;
    }

    /** An attacker 100 km from the objective; one strong defender 150 km behind it by road. */
    private static TestdataCampaign lateDefender() {
        return TestdataCampaign.builder().hostileNode("A").node("OBJ").node("REAR").road("A", "OBJ", 100)
                .road("OBJ", "REAR", 150).objective("obj", "OBJ").attacker("area", "A", "red", 1)
                .axis("thrust", "area", "obj").defender("blue", "REAR", 10).days(5)
                .set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 0).set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 0);
    }

    @Test
    void aDefenderMarchesToItsPositionAtTheRoadMarchRateAndWarningTimeDecidesWhetherItIsThere() {
        // No warning: 150 km at 15 km/h is 10 h; the attack marches 100 km at 100 km/day and meets the
        // position 10 km before the objective at 21.6 h: the defender is there, and the attack stops.
        CampaignEngine inTime = runOnce(lateDefender().model());
        assertThat(inTime.fallHour[0]).isInfinite();
        assertThat(inTime.defenderCommitted).isEqualTo(10);
        // At 5 km/h it needs 30 h and is too late: the objective falls, unopposed all the way, on day 1.
        CampaignEngine late = runOnce(lateDefender().set(CampaignParameter.DEFENDER_MARCH_KM_PER_HOUR, 5).model());
        assertThat(late.fallHour[0]).isEqualTo(24);
        assertThat(late.fallUndefendedFrom[0]).isZero();
        assertThat(late.fallUnopposedKm[0]).isEqualTo(100);
        // With 24 h of warning the same slow march is over before D-day.
        CampaignEngine warned = runOnce(lateDefender().set(CampaignParameter.DEFENDER_MARCH_KM_PER_HOUR, 5).warning(24)
                .model());
        assertThat(warned.fallHour[0]).isInfinite();
    }

    @Test
    void theAttackMarchesUpToAPositionAndFightsOnlyWhenItMeetsIt() {
        CampaignEngine engine = runOnce(lateDefender().set(CampaignParameter.POSITION_DEPTH_KM, 20).model());
        // 80 km of march at 100 km/day: unopposed for the first 19 hours, in contact from hour 20
        for (int h = 0; h < 19; h++) {
            assertThat(engine.ratioSamples[h]).as("hour %d", h + 1).isInfinite();
        }
        assertThat(engine.ratioSamples[20]).isCloseTo(0.1, within(1e-9));
    }

    /** Two positions in depth on one axis: P at 10 km, OBJ at 110 km. */
    private static TestdataCampaign twoPositions(double forward, double rear) {
        return TestdataCampaign.builder().hostileNode("A").node("P").node("OBJ").road("A", "P", 10).road("P", "OBJ", 100)
                .objective("obj", "OBJ").attacker("area", "A", "red", 6).axis("thrust", "area", "obj")
                .defender("forward", "P", forward).defender("rear", "OBJ", rear).days(20);
    }

    @Test
    void positionsInDepthFightOneAfterAnother() {
        // The forward position breaks at half strength; only then does the attack march on to the next.
        CampaignEngine engine = runOnce(twoPositions(1, 2).set(CampaignParameter.DEFENDER_BREAK_FRACTION, 0.5).model());
        double[] r = engine.ratioSamples;
        assertThat(r[0]).as("first hour against the forward position alone").isCloseTo(6.0, within(0.1));
        int firstMarch = -1;
        for (int h = 0; h < r.length && firstMarch < 0; h++) {
            if (r[h] == Double.POSITIVE_INFINITY) {
                firstMarch = h;
            }
        }
        assertThat(firstMarch).as("the forward position breaks and the attack marches on").isPositive();
        int secondContact = -1;
        for (int h = firstMarch; h < r.length && secondContact < 0; h++) {
            if (Double.isFinite(r[h])) {
                secondContact = h;
            }
        }
        // about 90 km of march at 100 km/day to the rear position's line
        assertThat(secondContact - firstMarch).isBetween(20, 23);
    }

    @Test
    void aPositionOverrunUnbrokenFallsBackToTheNextAndIsCutOffAtTheLast() {
        // r = 6 against the forward position, which never breaks (no attrition): it is pushed through its
        // 10 km and falls back to the objective, where the two together hold (r = 6/3 → 15·0.7/1.7 km/day).
        CampaignEngine engine = runOnce(twoPositions(1, 2).set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 0)
                .set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 0).set(CampaignParameter.HOLD_RATIO, 2.5).model());
        assertThat(engine.fallHour[0]).isInfinite();
        double[] r = engine.ratioSamples;
        assertThat(r[r.length - 1]).isCloseTo(2.0, within(1e-9));
        // Without the rear position it is cut off when the objective falls.
        CampaignEngine alone = runOnce(twoPositions(1, 0).set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 0)
                .set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 0).model());
        assertThat(alone.fallHour[0]).isFinite();
        assertThat(alone.defenderCutOff).isEqualTo(1);
    }

    @Test
    void aConvergingAxisOutflanksAPositionWhichFallsBackBehindIt() {
        // Axis 1: A-P-M-OBJ, held at P (r = 1/5). Axis 2: B-M-OBJ, unopposed, takes M at hour 3 and
        // outflanks P, whose defence falls back to OBJ: axis 1 then marches until it meets OBJ.
        CampaignModel model = TestdataCampaign.builder().hostileNode("A").hostileNode("B").node("P").node("M")
                .node("OBJ").road("A", "P", 10).road("P", "M", 50).road("M", "OBJ", 50).road("B", "M", 10)
                .objective("obj", "OBJ").attacker("west", "A", "red-1", 1).attacker("east", "B", "red-2", 10)
                .axis("one", "west", "obj", "P").axis("two", "east", "obj").defender("blue", "P", 5).days(1)
                .set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 0).set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 0)
                .model();
        CampaignEngine engine = runOnce(model);
        int samples = engine.ratioSamples.length / 2;
        assertThat(engine.ratioSamples[0]).as("axis one held at P").isCloseTo(0.2, within(1e-9));
        assertThat(engine.ratioSamples[4]).as("axis one marches once P is outflanked").isInfinite();
        assertThat(engine.ratioSamples[samples + 1]).as("axis two marches to M").isInfinite();
        assertThat(engine.defenderCutOff).isZero();
        assertThat(engine.defenderCommitted).isEqualTo(5);
    }

    @Test
    void airStrikesReachMarchingColumnsNotOnlyEngagedOnes() {
        // No defender at all: the attacker marches the whole way and still loses to air interdiction.
        CampaignModel model = TestdataCampaign.builder().hostileNode("A").node("OBJ").road("A", "OBJ", 300)
                .objective("obj", "OBJ").attacker("area", "A", "red", 10).axis("thrust", "area", "obj").days(5)
                .set(CampaignParameter.DEFENDER_SORTIES_PER_DAY, 100).set(CampaignParameter.CV_DESTROYED_PER_SORTIE, 0.01)
                .model();
        CampaignEngine engine = runOnce(model);
        // 1 CV a day for the 72 h of the march (73 hourly steps when rounding leaves the front a hair short)
        assertThat(engine.fallHour[0]).isBetween(72.0, 73.0);
        assertThat(engine.attackerLost).isCloseTo(engine.fallHour[0] / 24, within(1e-9));
    }

    @Test
    void cohesionFadesOverTheLastTenthAboveTheBreakFraction() {
        assertThat(CampaignEngine.cohesion(0.8, 0.5)).isEqualTo(1);
        assertThat(CampaignEngine.cohesion(0.55, 0.5)).isCloseTo(0.5, within(1e-12));
        assertThat(CampaignEngine.cohesion(0.5, 0.5)).isZero();
        assertThat(CampaignEngine.cohesion(0.01, 0)).isEqualTo(1);
    }

    @Test
    void aUnitGoesToTheNearestPositionOnAnAxisNotYetCovered() {
        // Two axes of 2 CV each; both units are nearest to X. The first covers X's axis (2 ≥ 2/1.3), so
        // the second goes on to Y, 20 km away, instead of piling onto X.
        TestdataCampaign campaign = TestdataCampaign.builder().hostileNode("A").node("X").node("Y").node("H")
                .road("A", "X", 10).road("A", "Y", 10).road("H", "X", 5).road("H", "Y", 20).objective("x", "X")
                .objective("y", "Y").attacker("area", "A", "red", 4).axis("to-x", "area", "x").axis("to-y", "area", "y")
                .defender("first", "H", 2).defender("second", "H", 2).days(2);
        assertThat(campaign.model().stands()).extracting(s -> s.unit().value() + "@" + s.position().value())
                .containsExactly("first@X", "second@Y");
        // and in a run both positions are defended from the start: neither objective falls
        CampaignEngine engine = runOnce(campaign.set(CampaignParameter.ATTRITION_RATE_BY_ATTACKER, 0)
                .set(CampaignParameter.ATTRITION_RATE_BY_DEFENDER, 0).warning(24).model());
        assertThat(engine.fallHour).containsOnly(Double.POSITIVE_INFINITY);
    }
}
