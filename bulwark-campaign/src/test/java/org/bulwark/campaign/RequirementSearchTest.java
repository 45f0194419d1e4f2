package org.bulwark.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Distribution;
import org.bulwark.model.NodeId;
import org.bulwark.model.ObjectiveId;
import org.bulwark.model.ScenarioInput;
import org.bulwark.model.UnitId;
import org.bulwark.model.UnitTypeId;
import org.junit.jupiter.api.Test;

class RequirementSearchTest {
    private static final UnitOption BATTALION = new UnitOption(UnitTypeId.of("bn"), "battalion", 1.0, 500, false);
    private static final UnitOption BRIGADE = new UnitOption(UnitTypeId.of("bde"), "brigade", 4.0, 4000, false);
    private static final UnitOption WEAK_BRIGADE = new UnitOption(UnitTypeId.of("weak"), "weak brigade", 0.5, 4000, false);
    private static final List<Place> PLACES = List.of(new Place("x", NodeId.of("X")), new Place("y", NodeId.of("Y")));

    /** Two axes against two objectives, both defences a little short, with luck and an uncertain attacker. */
    private static CampaignModel contested() {
        return TestdataCampaign.builder().hostileNode("A").node("X").node("Y").road("A", "X", 60).road("A", "Y", 80)
                .objective("x", "X").objective("y", "Y").attacker("area", "A", "red1", 4).attacker("area", "A", "red2", 4)
                .axis("to-x", "area", "x").axis("to-y", "area", "y").defender("blue-x", "X", 2.6)
                .defender("blue-y", "Y", 2.8).days(15).warning(48).set(CampaignParameter.DAILY_ATTRITION_SIGMA, 0.4)
                .set(CampaignParameter.DEFENDER_BREAK_FRACTION, 0.4).set(CampaignParameter.ATTACKER_BREAK_FRACTION, 0.5)
                .uncertain(ScenarioInput.ATTACKER_EFFECTIVENESS, new Distribution.LogNormal(1, 0.2)).model();
    }

    private static RequirementOptions options(double confidence) {
        return RequirementOptions.of(10, confidence, List.of(BATTALION, BRIGADE), PLACES).withRuns(300, 2_000);
    }

    @Test
    void anAddedDefenderFightsForTheNearestObjectiveFromItsArrival() {
        // With no break point an attack worn down to nothing would still walk in; 0.5 stops it.
        CampaignModel duel = TestdataCampaign.duel(10, 1).warning(100)
                .set(CampaignParameter.ATTACKER_BREAK_FRACTION, 0.5).model();
        AtomicLong count = new AtomicLong();
        assertThat(Holding.of(duel, 10, 50, 1, 1, count).probability()).isZero();
        CampaignModel inTime = duel.withAddedDefenders(List.of(
                new AddedDefender(UnitId.of("extra"), NodeId.of("OBJ"), 20, ArrivalTime.D_DAY)));
        assertThat(Holding.of(inTime, 10, 50, 1, 1, count).probability()).isEqualTo(1.0);
        // D-relative: arriving after the objective fell (the front covers 10 km in a few hours) changes nothing.
        CampaignModel late = duel.withAddedDefenders(List.of(
                new AddedDefender(UnitId.of("extra"), NodeId.of("OBJ"), 20, ArrivalTime.afterD(48))));
        assertThat(Holding.of(late, 10, 50, 1, 1, count).probability()).isZero();
        assertThat(inTime.defenders()).endsWith(UnitId.of("extra")).hasSize(duel.defenders().size() + 1);
        assertThat(duel.nearestObjective(NodeId.of("A"))).contains(ObjectiveId.of("obj"));
        assertThatThrownBy(() -> duel.withAddedDefenders(List.of(
                new AddedDefender(UnitId.of("x"), NodeId.of("NOWHERE"), 1, ArrivalTime.C_DAY))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOWHERE");
        assertThatThrownBy(() -> duel.withAddedDefenders(List.of(
                new AddedDefender(UnitId.of("blue"), NodeId.of("OBJ"), 1, ArrivalTime.C_DAY))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blue");
    }

    @Test
    void theRequirementMeetsItsTargetOnFreshReplications() {
        CampaignModel model = contested();
        Requirement r = RequirementSearch.search(model, options(0.8), CampaignProgress.NONE);
        assertThat(r.reached()).isTrue();
        assertThat(r.before().probability()).isLessThan(0.8);
        assertThat(r.after().probability()).isGreaterThanOrEqualTo(0.8);
        assertThat(r.additions()).isNotEmpty();
        assertThat(r.totalCost()).isEqualTo(r.additions().stream().mapToDouble(Requirement.Addition::cost).sum());
        // Rebuild the forces from the answer and check them on replications the search never saw.
        CampaignModel strengthened = model.withAddedDefenders(added(r));
        Holding fresh = Holding.of(strengthened, 10, 4_000, 987_654, 2, new AtomicLong());
        double sigma = Math.sqrt(0.8 * 0.2 / 4_000);
        assertThat(fresh.probability()).isGreaterThanOrEqualTo(0.8 - 3 * sigma);
    }

    @Test
    void aHigherConfidenceNeverNeedsLessCost() {
        CampaignModel model = contested();
        double previous = 0;
        for (double confidence : new double[] {0.5, 0.7, 0.85, 0.95}) {
            Requirement r = RequirementSearch.search(model, options(confidence), CampaignProgress.NONE);
            assertThat(r.reached()).as("confidence %s", confidence).isTrue();
            assertThat(r.totalCost()).as("confidence %s", confidence).isGreaterThanOrEqualTo(previous);
            previous = r.totalCost();
        }
        assertThat(previous).isPositive();
    }

    @Test
    void anUnreachableTargetIsReportedWithWhatWasReached() {
        Requirement capped = RequirementSearch.search(contested(), options(0.95).withMaxAdditions(1), CampaignProgress.NONE);
        assertThat(capped.reached()).isFalse();
        assertThat(capped.additions()).extracting(Requirement.Addition::count).containsExactly(1);
        assertThat(capped.notes()).anyMatch(n -> n.startsWith("Not reachable") && n.contains("cap of 1"));
        assertThat(capped.after().probability()).isLessThan(0.95);

        // However many weak units are added, an attack of 30 against 1 is not stopped.
        Requirement weak = RequirementSearch.search(TestdataCampaign.duel(30, 1).model(),
                new RequirementOptions(5, 0.9, List.of(WEAK_BRIGADE), List.of(new Place("obj", NodeId.of("OBJ"))),
                        ArrivalTime.candidates(), 200, 500, 1, 1, 3), CampaignProgress.NONE);
        assertThat(weak.reached()).isFalse();
        assertThat(weak.after().probability()).isZero();
        assertThat(weak.notes()).anyMatch(n -> n.startsWith("Not reachable"));
    }

    @Test
    void theSameSeedGivesTheSameRequirementOnOneTwoAndFourThreads() {
        CampaignModel model = contested();
        Requirement one = RequirementSearch.search(model, options(0.8).withThreads(1), CampaignProgress.NONE);
        assertThat(RequirementSearch.search(model, options(0.8).withThreads(2), CampaignProgress.NONE)).isEqualTo(one);
        assertThat(RequirementSearch.search(model, options(0.8).withThreads(4), CampaignProgress.NONE)).isEqualTo(one);
    }

    @Test
    void dominatedUnitTypesAreNotTriedAndSaySo() {
        RequirementOptions withWeak = new RequirementOptions(10, 0.8, List.of(BATTALION, BRIGADE, WEAK_BRIGADE), PLACES,
                ArrivalTime.candidates(), 300, 2_000, 1, 1, 40);
        Requirement r = RequirementSearch.search(contested(), withWeak, CampaignProgress.NONE);
        assertThat(r.notes()).anyMatch(n -> n.startsWith("weak not tried"));
        assertThat(r.additions()).noneMatch(a -> a.type().equals(WEAK_BRIGADE.type()));
    }

    private static List<AddedDefender> added(Requirement r) {
        List<AddedDefender> added = new java.util.ArrayList<>();
        for (Requirement.Addition a : r.additions()) {
            for (int i = 0; i < a.count(); i++) {
                added.add(new AddedDefender(UnitId.of(a.type().value() + "-" + a.place().label() + "-" + added.size()),
                        a.place().node(), a.combatValue(), a.arrival()));
            }
        }
        return added;
    }
}
