package org.bulwark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bulwark.deploy.TestdataScenario.FREE;

import java.util.List;
import org.bulwark.model.Mode;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Scenario;
import org.junit.jupiter.api.Test;

/** Hand-made scenarios whose optimum is known by hand. */
class PriorityListDeploymentPlannerTest {
    private static final PlannerOptions OPTIONS = PlannerOptions.DEFAULT; // 6 h periods

    private static DeploymentPlan plan(Scenario scenario, PlannerOptions options) {
        DeploymentPlan plan = new PriorityListDeploymentPlanner().plan(scenario, options, ProgressListener.NONE);
        assertThat(PlanChecker.violations(scenario, options, plan)).isEmpty();
        return plan;
    }

    private static Movement movement(DeploymentPlan plan, String unit) {
        return plan.movements().stream().filter(m -> m.unit().value().equals(unit)).findFirst().orElseThrow();
    }

    private static double arrival(DeploymentPlan plan, String unit) {
        return movement(plan, unit).arriveHour().orElseThrow();
    }

    @Test
    void aSingleBottleneckLinkDelaysTheSecondUnitByOneDay() {
        // 1000 t/day = 250 t per 6 h period: a 1000 t unit takes four periods, the second the next four
        Scenario s = TestdataScenario.builder()
                .node("A").node("B")
                .link("AB", "A", "B", Mode.ROAD, 400, 10, 1000)
                .unit("U1", "A", 1000, 20).unit("U2", "A", 1000, 20)
                .reinforce("U1", "B", 0, 40, 1).reinforce("U2", "B", 0, 40, 1)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS);
        assertThat(arrival(plan, "U1")).isEqualTo(28.0); // departs at 18 (last tonne in period 3), 10 h transit
        assertThat(arrival(plan, "U2")).isEqualTo(52.0);
        assertThat(movement(plan, "U2").status()).isEqualTo(MovementStatus.LATE);
        assertThat(movement(plan, "U2").lateHours()).isEqualTo(12.0);
        assertThat(plan.objective().weightedLateHours()).isEqualTo(12.0);
        assertThat(plan.objective().closureHour()).isEqualTo(52.0);
        assertThat(plan.objective().liftTonneKm()).isEqualTo(800_000.0);
        assertThat(plan.bound().weightedLateHours()).isEqualTo(12.0); // the cut-assignment bound sees the shared link
        assertThat(plan.bound().closureHour()).isEqualTo(28.0);
        assertThat(plan.bottlenecks()).first().satisfies(b -> {
            assertThat(b.resource()).isEqualTo(Resource.link(org.bulwark.model.LinkId.of("AB"),
                    org.bulwark.model.NodeId.of("A"), org.bulwark.model.NodeId.of("B")));
            assertThat(b.weightedLateHoursSaved()).isEqualTo(12.0);
            assertThat(b.unitsDelayed()).isEqualTo(1);
            assertThat(b.saturatedPeriods()).isEqualTo(8);
        });
        assertThat(plan.utilisation()).singleElement().satisfies(u -> {
            assertThat(u.capacityPerPeriod()).isEqualTo(250.0);
            assertThat(u.periods()).hasSize(8).allSatisfy(p -> assertThat(p.tonnes()).isEqualTo(250.0));
        });
    }

    @Test
    void withDailyPeriodsTheSecondUnitIsAlsoOneDayLater() {
        Scenario s = TestdataScenario.builder()
                .node("A").node("B")
                .link("AB", "A", "B", Mode.ROAD, 400, 10, 1000)
                .unit("U1", "A", 1000, 20).unit("U2", "A", 1000, 20)
                .reinforce("U1", "B", 0, 40, 1).reinforce("U2", "B", 0, 40, 1)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS.withTimeStepHours(24));
        assertThat(arrival(plan, "U1")).isEqualTo(10.0);
        assertThat(arrival(plan, "U2")).isEqualTo(34.0);
    }

    @Test
    void aGaugeBreakTransshipsWithinItsCapacityAndHours() {
        // 1200 t/day = 300 t per period; a 600 t unit needs two periods, then 12 h of transshipment
        Scenario s = TestdataScenario.builder()
                .node("A").node("G").node("B")
                .rail("AG", "A", "G", 5, FREE, RailGauge.STANDARD_1435)
                .rail("GB", "G", "B", 5, FREE, RailGauge.BROAD_1520)
                .gaugeBreak("G", 12, 1200)
                .unit("U1", "A", 600, 20).unit("U2", "A", 600, 20)
                .reinforce("U1", "B", 0, 100, 1).reinforce("U2", "B", 0, 100, 2)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS);
        Movement first = movement(plan, "U1");
        assertThat(first.legs()).extracting(Leg::kind).containsExactly(
                LegKind.TRANSFER, LegKind.MOVE, LegKind.TRANSSHIP, LegKind.MOVE, LegKind.TRANSFER);
        Leg transship = first.legs().get(2);
        assertThat(transship.from().value()).isEqualTo("G");
        assertThat(transship.departHour()).isEqualTo(5.0);
        assertThat(transship.arriveHour()).isEqualTo(18.0); // gauge break done at 6 (periods 0 and 1), + 12 h
        assertThat(first.arriveHour().orElseThrow()).isEqualTo(23.0);
        assertThat(arrival(plan, "U2")).isEqualTo(35.0); // periods 2 and 3: done at 18, + 12 h, + 5 h
    }

    @Test
    void aDualGaugeLinkKeepsTheTrainsGauge() {
        Scenario s = TestdataScenario.builder()
                .node("A").node("D").node("E")
                .rail("AD", "A", "D", 5, FREE, RailGauge.STANDARD_1435)
                .rail("DE", "D", "E", 5, FREE, RailGauge.DUAL)
                .unit("U1", "A", 600, 20)
                .reinforce("U1", "E", 0, 100, 1)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS);
        assertThat(movement(plan, "U1").legs()).extracting(Leg::kind).containsExactly(
                LegKind.TRANSFER, LegKind.MOVE, LegKind.MOVE, LegKind.TRANSFER);
        assertThat(arrival(plan, "U1")).isEqualTo(10.0);
    }

    @Test
    void theImprovementPassLeavesTheRoadToTheUnitThatNeedsItAndSendsTheOtherBySea() {
        // both due at 35; U1 (priority 1) is planned first and takes the road (1000 t = four 6 h
        // periods), so U2, ready 8 h later, goes by sea and is 3 h late
        Scenario s = TestdataScenario.builder()
                .node("A").node("B")
                .link("AB", "A", "B", Mode.ROAD, 400, 10, 1000)
                .link("AS", "A", "B", Mode.SEA, 600, 30, FREE)
                .unit("U1", "A", 1000, 20).unit("U2", "A", 1000, 20)
                .reinforce("U1", "B", 0, 35, 1).reinforce("U2", "B", 8, 35, 2)
                .build();
        DeploymentPlan first = plan(s, OPTIONS.withImprovementRounds(0));
        assertThat(arrival(first, "U1")).isEqualTo(28.0);
        assertThat(arrival(first, "U2")).isEqualTo(38.0);
        assertThat(first.objective().weightedLateHours()).isEqualTo(1.5);
        DeploymentPlan improved = plan(s, OPTIONS);
        assertThat(arrival(improved, "U2")).isEqualTo(34.0); // road periods 1–4, departs 24
        assertThat(arrival(improved, "U1")).isEqualTo(30.0); // on time by sea
        assertThat(movement(improved, "U1").legs()).anySatisfy(l -> assertThat(l.mode()).contains(Mode.SEA));
        assertThat(improved.objective().weightedLateHours()).isZero();
    }

    @Test
    void aSaturatedPortHandlesOneUnitAtATime() {
        // port handling 2400 t/day = 600 t per period; road → sea changes mode at the port
        Scenario s = TestdataScenario.builder()
                .node("A").node("P", 2400).node("Q")
                .link("AP", "A", "P", Mode.ROAD, 80, 2, FREE)
                .link("PQ", "P", "Q", Mode.SEA, 600, 20, FREE)
                .unit("U1", "A", 1200, 20).unit("U2", "A", 1200, 20)
                .reinforce("U1", "Q", 0, 30, 1).reinforce("U2", "Q", 0, 30, 1)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS);
        assertThat(arrival(plan, "U1")).isEqualTo(26.0); // handled in periods 0 and 1 → 6, + 20 h at sea
        assertThat(arrival(plan, "U2")).isEqualTo(38.0); // periods 2 and 3 → 18
        assertThat(movement(plan, "U2").detail()).contains("handling P");
        assertThat(plan.bottlenecks()).first().satisfies(b -> assertThat(b.resource()).isEqualTo(
                Resource.handling(org.bulwark.model.NodeId.of("P"))));
    }

    @Test
    void aHeavyUnitAvoidsAWeightLimitedRoad() {
        Scenario s = TestdataScenario.builder()
                .node("A").node("B").node("C")
                .link("AB", "A", "B", Mode.ROAD, 80, 2, FREE, 40, null)
                .link("AC", "A", "C", Mode.ROAD, 200, 5, FREE)
                .link("CB", "C", "B", Mode.ROAD, 200, 5, FREE)
                .unit("HEAVY", "A", 1000, 62).unit("LIGHT", "A", 500, 30)
                .reinforce("HEAVY", "B", 0, 48, 1).reinforce("LIGHT", "B", 0, 48, 1)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS);
        assertThat(arrival(plan, "HEAVY")).isEqualTo(10.0);
        assertThat(movement(plan, "HEAVY").legs()).extracting(l -> l.link().map(Object::toString).orElse("-"))
                .containsExactly("-", "AC", "CB", "-");
        assertThat(arrival(plan, "LIGHT")).isEqualTo(2.0);
    }

    @Test
    void unreachableUnitsGetTheirReasonWhileTheOthersArePlanned() {
        Scenario s = TestdataScenario.builder()
                .node("A").node("B").node("Z").node("K").node("V").node("W")
                .link("AB", "A", "B", Mode.ROAD, 80, 2, FREE)
                .rail("AK", "A", "K", 3, FREE, RailGauge.STANDARD_1435)
                .rail("KV", "K", "V", 3, FREE, RailGauge.BROAD_1520)
                .link("AW", "A", "W", Mode.ROAD, 80, 2, FREE, 40, null)
                .unit("OK", "A", 500, 30).unit("LOST", "A", 500, 30).unit("GAUGE", "A", 500, 30)
                .unit("HEAVY", "A", 500, 62)
                .reinforce("OK", "B", 0, 48, 1).reinforce("LOST", "Z", 0, 48, 1)
                .reinforce("GAUGE", "V", 0, 48, 1).reinforce("HEAVY", "W", 0, 48, 1)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS);
        assertThat(movement(plan, "OK").status()).isEqualTo(MovementStatus.ON_TIME);
        assertThat(movement(plan, "LOST").reason()).contains(UnreachableReason.NO_PATH);
        assertThat(movement(plan, "GAUGE").reason()).contains(UnreachableReason.GAUGE_BREAK_MISSING);
        assertThat(movement(plan, "GAUGE").detail()).contains("at K");
        assertThat(movement(plan, "HEAVY").reason()).contains(UnreachableReason.TOO_HEAVY);
        assertThat(movement(plan, "HEAVY").detail()).contains("AW (40.0 t)");
        assertThat(plan.objective().weightedLateHours()).isZero();
        assertThat(plan.objective().closureHour()).isEqualTo(2.0);
    }

    @Test
    void aUnitFarBeyondTheHorizonIsCapacityExhaustedAndCountsToTheHorizonEnd() {
        // 100 t/day for 1000 t: ten days; the horizon is 20 h × 1.5 = 30 h
        Scenario s = TestdataScenario.builder().horizon(20)
                .node("A").node("B")
                .link("AB", "A", "B", Mode.ROAD, 80, 2, 100)
                .unit("SLOW", "A", 1000, 30)
                .reinforce("SLOW", "B", 0, 20, 2)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS);
        assertThat(movement(plan, "SLOW").reason()).contains(UnreachableReason.CAPACITY_EXHAUSTED);
        assertThat(plan.objective().weightedLateHours()).isEqualTo((30 - 20) / 2.0);
        assertThat(plan.bound().weightedLateHours()).isEqualTo((30 - 20) / 2.0);
    }

    @Test
    void aUnitAtItsDestinationArrivesWhenAvailableWithoutLegs() {
        Scenario s = TestdataScenario.builder()
                .node("A").node("B")
                .link("AB", "A", "B", Mode.ROAD, 80, 2, FREE)
                .unit("HERE", "B", 500, 30).unit("POSTED", "B", 500, 30)
                .reinforce("HERE", "B", 12, 48, 1)
                .inPlace("POSTED", "B")
                .build();
        DeploymentPlan plan = plan(s, OPTIONS);
        Movement m = movement(plan, "HERE");
        assertThat(m.legs()).isEmpty();
        assertThat(m.arriveHour()).hasValue(12.0);
        assertThat(m.status()).isEqualTo(MovementStatus.ON_TIME);
        assertThat(plan.closures()).singleElement().satisfies(c -> {
            assertThat(c.region()).isEqualTo("r-B");
            assertThat(c.points()).containsExactly(new Closure.Point(0, 1, 1000, 1.0), new Closure.Point(12, 2, 2000, 2.0));
        });
    }

    @Test
    void theCheckerCatchesAnOverloadedPeriod() {
        Scenario s = TestdataScenario.builder()
                .node("A").node("B")
                .link("AB", "A", "B", Mode.ROAD, 400, 10, 1000)
                .unit("U1", "A", 1000, 20).unit("U2", "A", 1000, 20)
                .reinforce("U1", "B", 0, 40, 1).reinforce("U2", "B", 0, 40, 1)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS);
        // move U2 onto U1's periods: departs at 18, arrives at 28
        Movement u2 = movement(plan, "U2");
        List<Leg> legs = u2.legs().stream().map(l -> l.kind() == LegKind.MOVE
                ? new Leg(l.index(), l.kind(), l.mode(), l.from(), l.to(), l.link(), 18, 28)
                : l.index() == 2 ? new Leg(l.index(), l.kind(), l.mode(), l.from(), l.to(), l.link(), 28, 28) : l).toList();
        Movement forged = new Movement(u2.unit(), u2.home(), u2.destination(), u2.availableHour(), u2.requiredHour(),
                u2.priority(), u2.tonnes(), legs, MovementStatus.ON_TIME, java.util.OptionalDouble.of(28), 0,
                u2.reason(), "");
        List<Movement> movements = plan.movements().stream().map(m -> m == u2 ? forged : m).toList();
        DeploymentPlan bad = new DeploymentPlan(plan.timeStepHours(), plan.periods(), movements, plan.closures(),
                plan.utilisation(), plan.bottlenecks(), new Objective(0, 28, plan.objective().liftTonneKm()), plan.bound());
        assertThat(PlanChecker.violations(s, OPTIONS, bad)).anyMatch(v -> v.contains("need 2000.000 t"));
    }

    @Test
    void alliedMovementsDetourAroundAdversaryTerritoryOrAreReportedWithoutAPath() {
        Scenario s = TestdataScenario.builder()
                .node("A").hostileNode("X").node("B").node("C").node("D")
                .link("AX", "A", "X", Mode.ROAD, 100, 2, FREE)
                .link("XB", "X", "B", Mode.ROAD, 100, 2, FREE)
                .link("AC", "A", "C", Mode.ROAD, 400, 10, FREE)
                .link("CB", "C", "B", Mode.ROAD, 400, 10, FREE)
                .link("XD", "X", "D", Mode.ROAD, 100, 2, FREE)
                .unit("U1", "A", 500, 20).unit("U2", "A", 500, 20)
                .reinforce("U1", "B", 0, 100, 1).reinforce("U2", "D", 0, 100, 1)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS);
        assertThat(arrival(plan, "U1")).isEqualTo(20.0);
        assertThat(movement(plan, "U1").legs()).noneMatch(leg -> leg.to().value().equals("X") || leg.from().value().equals("X"));
        assertThat(movement(plan, "U2").status()).isEqualTo(MovementStatus.UNREACHABLE);
        assertThat(movement(plan, "U2").reason()).contains(UnreachableReason.NO_PATH);
    }

    @Test
    void theCutBoundProvesTheBottleneckDelayThatTheCriticalPathCannotSee() {
        // alone, each unit arrives at 28 h (on time for 40 h); sharing the 250 t/period link, the
        // second cannot leave before 42 h: the cut-assignment bound proves 12 late hours, the optimum
        Scenario s = TestdataScenario.builder()
                .node("A").node("B")
                .link("AB", "A", "B", Mode.ROAD, 400, 10, 1000)
                .unit("U1", "A", 1000, 20).unit("U2", "A", 1000, 20)
                .reinforce("U1", "B", 0, 40, 1).reinforce("U2", "B", 0, 40, 1)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS);
        assertThat(plan.objective().weightedLateHours()).isEqualTo(12.0);
        assertThat(plan.bound().weightedLateHours()).isEqualTo(12.0);
        assertThat(plan.bound().method()).contains("cut-assignment");
        assertThat(plan.gap()).isZero();
    }
}
