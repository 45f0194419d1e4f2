package org.bulwark.deploy.planner;

import org.bulwark.deploy.Closure;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Leg;
import org.bulwark.deploy.LegKind;
import org.bulwark.deploy.Movement;
import org.bulwark.deploy.MovementStatus;
import org.bulwark.deploy.Objective;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.deploy.Resource;
import org.bulwark.deploy.UnreachableReason;

import org.bulwark.deploy.check.PlanChecker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bulwark.deploy.planner.TestdataScenario.FREE;

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

    /**
     * Two 1000 t units bound from A to B, due at 40 h, over one road of 1000 t/day and 10 h, moving in
     * march units of 350 t (the default road element).
     */
    private static Scenario twoUnitsOnOneRoad() {
        return TestdataScenario.builder().elements(350)
                .node("A").node("B")
                .link("AB", "A", "B", Mode.ROAD, 400, 10, 1000)
                .unit("U1", "A", 1000, 20).unit("U2", "A", 1000, 20)
                .reinforce("U1", "B", 0, 40, 1).reinforce("U2", "B", 0, 40, 1)
                .build();
    }

    /** One 2400 t unit over three rail links of 2400 t/day and 2 h each, in elements of {@code element} tonnes. */
    private static Scenario threeRailLinks(double element) {
        return TestdataScenario.builder().elements(element)
                .node("A").node("B").node("C").node("D")
                .rail("AB", "A", "B", 2, 2400, RailGauge.STANDARD_1435)
                .rail("BC", "B", "C", 2, 2400, RailGauge.STANDARD_1435)
                .rail("CD", "C", "D", 2, 2400, RailGauge.STANDARD_1435)
                .unit("U", "A", 2400, 20).reinforce("U", "D", 0, 100, 1).build();
    }

    private static Movement movement(DeploymentPlan plan, String unit) {
        return plan.movements().stream().filter(m -> m.unit().value().equals(unit)).findFirst().orElseThrow();
    }

    private static double arrival(DeploymentPlan plan, String unit) {
        return movement(plan, unit).arriveHour().orElseThrow();
    }

    /** Columns drive 06:00-16:00; a train takes 0.5 h to load and 0.5 h to unload, a full sailing 96 h each way. */
    private static final org.bulwark.model.MovementTimes TIMES = new org.bulwark.model.MovementTimes(
            new double[] {37, 18, 30, 700}, new double[] {0, 0.5, 96, 3}, new double[] {0, 0.5, 96, 3}, 6, 10, "test");

    @Test
    void aRoadColumnDrivesOnlyInItsDailyWindowOverEveryLinkOfItsMarch() {
        // 20 h of driving over two links (12 h + 8 h): waits for 06:00, drives to 16:00, halts, drives 06:00-16:00 again
        Scenario s = TestdataScenario.builder().times(TIMES)
                .node("A").node("B").node("C")
                .link("AB", "A", "B", Mode.ROAD, 444, 12, FREE).link("BC", "B", "C", Mode.ROAD, 296, 8, FREE)
                .unit("U", "A", 300, 20).reinforce("U", "C", 0, 100, 1).build();
        DeploymentPlan plan = plan(s, OPTIONS);
        assertThat(arrival(plan, "U")).isCloseTo(40.0, within(1e-9));
        assertThat(movement(plan, "U").legs()).extracting(Leg::kind).containsExactly(LegKind.MOVE, LegKind.MOVE);
        assertThat(movement(plan, "U").legs().get(0).arriveHour()).as("2 h into the second day").isCloseTo(32.0, within(1e-9));
    }

    @Test
    void trainsPayTheirLoadingAndUnloadingAndASmallUnitItsShareOfASailing() {
        // 2400 t in trains of 1000, 1000 and 400 t over a 100 t/h line of 10 h: each train loads 0.5 h,
        // passes the line at its rate, and unloads 0.5 h after it arrives
        Scenario rail = TestdataScenario.builder().times(TIMES)
                .node("A").node("B")
                .link("AB", "A", "B", Mode.RAIL, 500, 10, 2400)
                .unit("U", "A", 2400, 20).reinforce("U", "B", 0, 100, 1).build();
        DeploymentPlan byRail = plan(rail, OPTIONS);
        assertThat(movement(byRail, "U").firstArriveHour().orElseThrow()).isCloseTo(21.0, within(1e-9));
        assertThat(arrival(byRail, "U")).isCloseTo(35.0, within(1e-9));
        assertThat(movement(byRail, "U").legs()).extracting(Leg::kind)
                .containsExactly(LegKind.TRANSFER, LegKind.MOVE, LegKind.TRANSFER);
        // 1240 t is a tenth of a 12,400 t sailing: 9.6 h to load, 10 h at sea, 9.6 h to unload
        Scenario sea = TestdataScenario.builder().times(TIMES)
                .node("P").node("Q")
                .link("PQ", "P", "Q", Mode.SEA, 300, 10, FREE)
                .unit("S", "P", 1240, 20).reinforce("S", "Q", 0, 100, 1).build();
        assertThat(arrival(plan(sea, OPTIONS), "S")).isCloseTo(29.2, within(1e-9));
        // half a sailing onto trains at the port: 48 h to load, 10 h at sea, 48 h to discharge the ship
        // before its trains leave (as loading waited for the trains that filled it), 0.5 h to load each
        // train, 5 h by rail, 0.5 h to unload
        Scenario seaRail = TestdataScenario.builder().times(TIMES)
                .node("P").node("Q").node("R")
                .link("PQ", "P", "Q", Mode.SEA, 300, 10, FREE)
                .link("QR", "Q", "R", Mode.RAIL, 90, 5, FREE)
                .unit("S", "P", 6200, 20).reinforce("S", "R", 0, 200, 1).build();
        DeploymentPlan bySeaAndRail = plan(seaRail, OPTIONS);
        assertThat(arrival(bySeaAndRail, "S")).isCloseTo(112.0, within(1e-9));
        assertThat(movement(bySeaAndRail, "S").legs()).extracting(Leg::kind)
                .containsExactly(LegKind.TRANSFER, LegKind.MOVE, LegKind.TRANSFER, LegKind.MOVE, LegKind.TRANSFER);
    }

    @Test
    void aSingleBottleneckLinkDelaysTheSecondUnitByOneDay() {
        // 1000 t/day is 41.67 t an hour: a 1000 t unit streams over the road in 24 h, its last serial
        // arriving 10 h later; the second unit's serials follow from 24 h. By road: no loading or unloading.
        Scenario s = twoUnitsOnOneRoad();
        DeploymentPlan plan = plan(s, OPTIONS);
        assertThat(arrival(plan, "U1")).isCloseTo(34.0, within(1e-9));
        // serials of 350, 350 and 300 t: the first is through after 8.4 h and arrives at 18.4 h
        assertThat(movement(plan, "U1").firstArriveHour().orElseThrow()).isCloseTo(18.4, within(1e-9));
        assertThat(movement(plan, "U1").legs()).extracting(Leg::kind).containsExactly(LegKind.MOVE);
        assertThat(movement(plan, "U1").legs().get(0).elements().size()).isEqualTo(3);
        assertThat(arrival(plan, "U2")).isCloseTo(58.0, within(1e-9));
        assertThat(movement(plan, "U2").status()).isEqualTo(MovementStatus.LATE);
        assertThat(movement(plan, "U2").lateHours()).isCloseTo(18.0, within(1e-9));
        assertThat(plan.objective().weightedLateHours()).isCloseTo(18.0, within(1e-9));
        assertThat(plan.objective().closureHour()).isCloseTo(58.0, within(1e-9));
        assertThat(plan.objective().liftTonneKm()).isEqualTo(800_000.0);
        // alone, each unit closes at 34 h: the transit-and-rate bound proves no lateness here
        assertThat(plan.bound().weightedLateHours()).isZero();
        assertThat(plan.bound().closureHour()).isCloseTo(34.0, within(1e-9));
        assertThat(plan.bottlenecks()).first().satisfies(b -> {
            assertThat(b.resource()).isEqualTo(Resource.link(org.bulwark.model.LinkId.of("AB"),
                    org.bulwark.model.NodeId.of("A"), org.bulwark.model.NodeId.of("B")));
            assertThat(b.weightedLateHoursSaved()).isCloseTo(18.0, within(1e-9));
            assertThat(b.unitsDelayed()).isEqualTo(1);
        });
        assertThat(plan.utilisation()).singleElement().satisfies(u -> {
            assertThat(u.capacityPerPeriod()).isEqualTo(250.0);
            assertThat(u.periods()).hasSize(8).allSatisfy(p -> assertThat(p.tonnes()).isCloseTo(250.0, within(1e-6)));
        });
    }

    @Test
    void theTimeStepDoesNotChangeAPlanOnOneLink() {
        // the fill works at the link's rate inside each period, so hourly, 6-hourly and daily buckets agree
        for (double step : new double[] {1, 6, 24}) {
            Scenario s = twoUnitsOnOneRoad();
            DeploymentPlan plan = plan(s, OPTIONS.withTimeStepHours(step));
            assertThat(arrival(plan, "U1")).as("step %s", step).isCloseTo(34.0, within(1e-9));
            assertThat(arrival(plan, "U2")).as("step %s", step).isCloseTo(58.0, within(1e-9));
        }
    }

    @Test
    void streamingPaysTheNarrowestCapacityOnceNotOncePerLink() {
        // three rail links of 2400 t/day (100 t/h) in a row, 2 h each, 1000 t trains; handling free.
        // Whole (one 2400 t element): 24 h per link, closure 3 × (24 + 2) = 78 h. Streamed in trains of
        // 1000, 1000 and 400 t: the first link passes them 0-10, 10-20, 20-24; on each further link the
        // second train (10 h) holds the third up, so the last is through at 24 + 2 + 10 + 2 + 10 = 48
        // and arrives at 50 h (lot streaming: the whole unit once, the largest train on each other link).
        Scenario whole = threeRailLinks(5000);
        assertThat(arrival(plan(whole, OPTIONS), "U")).isCloseTo(78.0, within(1e-9));
        Scenario streamed = threeRailLinks(1000);
        DeploymentPlan plan = plan(streamed, OPTIONS);
        assertThat(arrival(plan, "U")).isCloseTo(50.0, within(1e-9));
        // smaller elements come closer to the narrowest capacity plus transit: 24 + 3 × 2 = 30 h
        Scenario fine = threeRailLinks(100);
        assertThat(arrival(plan(fine, OPTIONS), "U")).isCloseTo(24 + 6 + 2 * 1.0, within(1e-9)); // 100 t = 1 h a link
        // the first train: 10 h on the first link, then 2 + 10 + 2 + 10 + 2
        assertThat(movement(plan, "U").firstArriveHour().orElseThrow()).isCloseTo(36.0, within(1e-9));
    }

    @Test
    void aGaugeBreakTransshipsWithinItsCapacityAndHours() {
        // 1200 t/day = 50 t/h; a 600 t unit (one train) takes 12 h there, then 12 h of transshipment.
        // Hourly buckets: U2 waits for U1 (5-17 h), transships 17-29 h, + 12 h, + 5 h = 46 h.
        Scenario s = TestdataScenario.builder().elements(1000)
                .node("A").node("G").node("B")
                .rail("AG", "A", "G", 5, FREE, RailGauge.STANDARD_1435)
                .rail("GB", "G", "B", 5, FREE, RailGauge.BROAD_1520)
                .gaugeBreak("G", 12, 1200)
                .unit("U1", "A", 600, 20).unit("U2", "A", 600, 20)
                .reinforce("U1", "B", 0, 100, 1).reinforce("U2", "B", 0, 100, 2)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS.withTimeStepHours(1));
        Movement first = movement(plan, "U1");
        assertThat(first.legs()).extracting(Leg::kind).containsExactly(
                LegKind.TRANSFER, LegKind.MOVE, LegKind.TRANSFER, LegKind.TRANSSHIP, LegKind.MOVE, LegKind.TRANSFER);
        Leg transship = first.legs().get(3);
        assertThat(transship.from().value()).isEqualTo("G");
        assertThat(transship.departHour()).isCloseTo(5.0, within(1e-9));
        assertThat(transship.arriveHour()).isCloseTo(29.0, within(1e-9)); // 5 + 12 h at 50 t/h + 12 h
        assertThat(first.arriveHour().orElseThrow()).isCloseTo(34.0, within(1e-9));
        assertThat(arrival(plan, "U2")).isCloseTo(46.0, within(1e-9));
        // 6 h buckets do not place work inside a period: U2 may use what U1 left of a period anywhere in
        // it, so it finishes at most one period earlier (docs/deployment-model.md)
        double coarse = arrival(plan(s, OPTIONS), "U2");
        assertThat(coarse).isBetween(46.0 - 6, 46.0);
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
        // both due at 36; U1 (priority 1) is planned first and takes the road (24 h at 1000 t/day + 4 h),
        // so U2, ready 8 h later, goes by sea (30 h) and is 2 h late; U1 by sea and U2 by road are both on time
        Scenario s = TestdataScenario.builder()
                .node("A").node("B")
                .link("AB", "A", "B", Mode.ROAD, 400, 4, 1000)
                .link("AS", "A", "B", Mode.SEA, 600, 30, FREE)
                .unit("U1", "A", 1000, 20).unit("U2", "A", 1000, 20)
                .reinforce("U1", "B", 0, 36, 1).reinforce("U2", "B", 8, 36, 2)
                .build();
        DeploymentPlan first = plan(s, OPTIONS.withImprovementRounds(0));
        assertThat(arrival(first, "U1")).isCloseTo(28.0, within(1e-9));
        assertThat(arrival(first, "U2")).isCloseTo(38.0, within(1e-9));
        assertThat(first.objective().weightedLateHours()).isCloseTo(1.0, within(1e-9));
        DeploymentPlan improved = plan(s, OPTIONS);
        assertThat(arrival(improved, "U2")).isCloseTo(36.0, within(1e-9)); // the road from 8 h: 8 + 24 + 4
        assertThat(arrival(improved, "U1")).isCloseTo(30.0, within(1e-9)); // on time by sea
        assertThat(movement(improved, "U1").legs()).anySatisfy(l -> assertThat(l.mode()).contains(Mode.SEA));
        assertThat(improved.objective().weightedLateHours()).isZero();
    }

    @Test
    void aSaturatedPortHandlesOneUnitAtATime() {
        // port handling 2400 t/day = 100 t/h; the road is free (no loading: the units drive there), the
        // port loads each 1200 t unit onto one ship in 12 h, then 20 h at sea
        Scenario s = TestdataScenario.builder()
                .node("A").node("P", 2400).node("Q")
                .link("AP", "A", "P", Mode.ROAD, 80, 2, FREE)
                .link("PQ", "P", "Q", Mode.SEA, 600, 20, FREE)
                .unit("U1", "A", 1200, 20).unit("U2", "A", 1200, 20)
                .reinforce("U1", "Q", 0, 40, 1).reinforce("U2", "Q", 0, 40, 1)
                .build();
        DeploymentPlan plan = plan(s, OPTIONS.withTimeStepHours(1));
        assertThat(arrival(plan, "U1")).isCloseTo(34.0, within(1e-9)); // at the port at 2, loaded by 14, + 20
        assertThat(arrival(plan, "U2")).isCloseTo(46.0, within(1e-9)); // loaded 14-26
        assertThat(movement(plan, "U2").detail()).contains("handling P");
        assertThat(movement(plan, "U1").legs()).extracting(Leg::kind).containsExactly(
                LegKind.MOVE, LegKind.TRANSFER, LegKind.MOVE, LegKind.TRANSFER);
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
                .containsExactly("AC", "CB"); // by road: no loading or unloading
        assertThat(arrival(plan, "LIGHT")).isEqualTo(2.0);
    }

    @Test
    void aUnitThatDrawsPrepositionedEquipmentMovesItFromTheDrawSiteOnceItsPeopleHaveFlownAndDrawn() {
        // home H is far away with a slow sea route to B; the unit draws at P, which is 3 h by road from B.
        // Personnel fly H -> P (great-circle km at 700 km/h plus 3 h loading and 3 h unloading), then draw for 30 h.
        TestdataScenario builder = TestdataScenario.builder().times(TIMES)
                .node("H").node("P").node("B")
                .link("HB", "H", "B", Mode.SEA, 3000, 100, FREE)
                .link("PB", "P", "B", Mode.ROAD, 111, 3, FREE)
                .unit("ABCT", "H", 2000, 60);
        Scenario own = builder.reinforce("ABCT", "B", 0, 400, 1).build();
        assertThat(movement(plan(own, OPTIONS), "ABCT").home()).hasToString("H");
        Scenario draws = TestdataScenario.builder().times(TIMES)
                .node("H").node("P").node("B")
                .link("HB", "H", "B", Mode.SEA, 3000, 100, FREE)
                .link("PB", "P", "B", Mode.ROAD, 111, 3, FREE)
                .unit("ABCT", "H", 2000, 60)
                .reinforceDrawing("ABCT", "B", 0, 400, "P", 30).build();
        double km = draws.network().node(org.bulwark.model.NodeId.of("H")).orElseThrow().location()
                .distanceKm(draws.network().node(org.bulwark.model.NodeId.of("P")).orElseThrow().location());
        double ready = km / 700 + 3 + 3 + 30;
        DeploymentPlan plan = plan(draws, OPTIONS);
        Movement m = movement(plan, "ABCT");
        assertThat(m.home()).hasToString("P");
        assertThat(m.availableHour()).isCloseTo(ready, within(1e-9));
        assertThat(m.legs()).extracting(l -> l.link().map(Object::toString).orElse("-")).containsExactly("PB");
        // by road from P, driving 3 h in the 06:00-16:00 window from when the equipment is ready
        assertThat(m.arriveHour().orElseThrow()).isCloseTo(TIMES.marchArrival(ready, 3), within(1e-9));
    }

    @Test
    void personnelWhoFlyApartPutTheUnitInPlaceWhenBothTheyAndTheEquipmentHaveArrived() {
        // equipment by road H -> B (20 h), personnel by charter H -> B; the unit type has no RSOI entry here (0 h)
        TestdataScenario base = TestdataScenario.builder().times(TIMES).node("H").node("B")
                .link("HB", "H", "B", Mode.ROAD, 740, 20, FREE).unit("BDE", "H", 3000, 30);
        Scenario together = base.reinforce("BDE", "B", 0, 400, 1).build();
        Movement with = movement(plan(together, OPTIONS), "BDE");
        assertThat(with.personnelArriveHour()).isEmpty();
        assertThat(with.inPlaceHour().orElseThrow()).isEqualTo(with.arriveHour().orElseThrow() + with.rsoiHours());

        Scenario apart = TestdataScenario.builder().times(TIMES).node("H").node("B")
                .link("HB", "H", "B", Mode.ROAD, 740, 20, FREE).unit("BDE", "H", 3000, 30)
                .reinforceFlyingPersonnel("BDE", "B", 0, 400).build();
        double km = apart.network().node(org.bulwark.model.NodeId.of("H")).orElseThrow().location()
                .distanceKm(apart.network().node(org.bulwark.model.NodeId.of("B")).orElseThrow().location());
        Movement flown = movement(plan(apart, OPTIONS), "BDE");
        assertThat(flown.personnelArriveHour().orElseThrow()).isCloseTo(km / 700 + 3 + 3, within(1e-9));
        // the equipment's plan is the same; the personnel land first, so the closure decides
        assertThat(flown.arriveHour()).isEqualTo(with.arriveHour());
        assertThat(flown.lateHours()).isEqualTo(with.lateHours());
        assertThat(flown.inPlaceHour()).isEqualTo(with.inPlaceHour());
        // a short drive (2 h from 06:00) beats the flight's 6 h of loading and unloading: the people decide
        // the in-place hour, not the lateness
        Scenario near = TestdataScenario.builder().times(TIMES).node("H").node("B")
                .link("HB", "H", "B", Mode.ROAD, 74, 2, FREE).unit("BDE", "H", 300, 30)
                .reinforceFlyingPersonnel("BDE", "B", 6, 400).build();
        Movement waits = movement(plan(near, OPTIONS), "BDE");
        double landed = 6 + km / 700 + 6;
        assertThat(waits.personnelArriveHour().orElseThrow()).isCloseTo(landed, within(1e-9));
        assertThat(waits.arriveHour().orElseThrow()).isLessThan(landed);
        assertThat(waits.inPlaceHour().orElseThrow()).isCloseTo(landed + waits.rsoiHours(), within(1e-9));
    }

    @Test
    void anItemHeavierThanOneAircraftLoadCannotFlyAndTheUnitIsToldWhy() {
        // the only route is by air: a 64 t tank fits a C-17 sortie (77.5 t) but not an A400M's (37 t)
        TestdataScenario s = TestdataScenario.builder()
                .node("A").node("B")
                .link("AB", "A", "B", Mode.AIR, 1400, 2, FREE)
                .unit("TANKS", "A", 300, 64).unit("INFANTRY", "A", 100, 12)
                .reinforce("TANKS", "B", 0, 48, 1).reinforce("INFANTRY", "B", 0, 48, 1);
        assertThat(movement(plan(s.build(), OPTIONS), "TANKS").status()).isNotEqualTo(MovementStatus.UNREACHABLE);
        org.bulwark.model.LiftIncrements a400m = org.bulwark.model.LiftIncrements.DEFAULT.with(
                new org.bulwark.model.LiftIncrements.Element(Mode.AIR, 37, "A400M sortie", "test"));
        DeploymentPlan plan = plan(s.increments(a400m).build(), OPTIONS);
        assertThat(movement(plan, "TANKS").status()).isEqualTo(MovementStatus.UNREACHABLE);
        assertThat(movement(plan, "TANKS").reason()).contains(UnreachableReason.TOO_HEAVY);
        assertThat(movement(plan, "TANKS").detail()).contains("AB (air element: A400M sortie, 37.0 t)").contains("64.0 t");
        assertThat(movement(plan, "INFANTRY").status()).isEqualTo(MovementStatus.ON_TIME);
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
        Scenario s = twoUnitsOnOneRoad();
        DeploymentPlan plan = plan(s, OPTIONS);
        // give U2 U1's serials: both units on the road in periods 0-3
        Movement u1 = movement(plan, "U1");
        Movement u2 = movement(plan, "U2");
        Movement forged = new Movement(u2.unit(), u2.home(), u2.destination(), u2.availableHour(), u2.requiredHour(),
                u2.priority(), u2.tonnes(), u1.legs(), MovementStatus.ON_TIME, u1.arriveHour(), 0,
                u2.reason(), "", u1.firstArriveHour());
        List<Movement> movements = plan.movements().stream().map(m -> m == u2 ? forged : m).toList();
        DeploymentPlan bad = new DeploymentPlan(plan.timeStepHours(), plan.periods(), movements, plan.closures(),
                plan.utilisation(), plan.bottlenecks(), new Objective(0, 34, plan.objective().liftTonneKm()), plan.bound());
        assertThat(PlanChecker.violations(s, OPTIONS, bad)).anyMatch(v -> v.contains("fills within periods 0..") && v.contains("capacity there is"));
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

}
