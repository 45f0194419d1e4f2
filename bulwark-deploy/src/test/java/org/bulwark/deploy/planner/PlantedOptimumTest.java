package org.bulwark.deploy.planner;

import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Movement;
import org.bulwark.deploy.MovementStatus;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.ProgressListener;

import org.bulwark.deploy.check.PlanChecker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulwark.model.LinkId;
import org.bulwark.model.UnitId;
import org.bulwark.scenario.generate.PlantedInstance;
import org.bulwark.scenario.generate.PlantedInstanceGenerator;
import org.bulwark.scenario.generate.PlantedRoute;
import org.bulwark.scenario.generate.PlantedSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planted-optimum instances of issue 13 item 5 ({@link PlantedInstanceGenerator}): the planted
 * plan, replayed under the planner's own rules, puts every unit on time (so the optimum is 0), and
 * the planner's share of instances where it reaches 0 does not fall below what it reached when
 * this test was written. Seeds 1–20 of the small size (30 reinforcements, every family).
 */
class PlantedOptimumTest {
    private static final int SEEDS = 20;
    /**
     * Instances of the 20 where the planner (default options) reached 0: 13 of 20 with the
     * due-date construction order, 20 of 20 since the latest-start order (2026-12-07, with the
     * bundled movement times). Raise it when the planner gets better; {@code bulwark bench planted}
     * prints which units it leaves late.
     */
    private static final int PLANNER_REACHED = 20;
    /**
     * The first plan alone (no improvement): 0 of 20 in due-date order, 16 of 20 in latest-start
     * order when measured. A floor, so a worse construction order fails here first.
     */
    private static final int FIRST_PLAN_REACHED_AT_LEAST = 16;

    private static final List<PlantedInstance> INSTANCES = new ArrayList<>();

    @BeforeAll
    static void generate() {
        PlantedInstanceGenerator generator = new PlantedInstanceGenerator();
        for (long seed = 1; seed <= SEEDS; seed++) {
            INSTANCES.add(generator.generate(PlantedSpec.of(PlantedSpec.SMALL, seed)));
        }
    }

    static RouteReplay.Result replay(PlantedInstance instance, PlannerOptions options) {
        List<RouteReplay.Route> routes = instance.plan().stream().map(r -> new RouteReplay.Route(r.unit(), r.links())).toList();
        return RouteReplay.replay(instance.scenario(), options, routes);
    }

    @Test
    void theGeneratorAssumesThePlannersDefaultElements() {
        assertThat(PlantedInstanceGenerator.MAX_ELEMENTS).isEqualTo(PlannerOptions.DEFAULT_MAX_ELEMENTS);
    }

    @Test
    void everyPlantedPlanIsOnTimeUnderThePlannersRulesAndPassesTheChecker() {
        for (PlantedInstance instance : INSTANCES) {
            for (PlannerOptions options : List.of(PlannerOptions.DEFAULT, PlannerOptions.DEFAULT.withTimeStepHours(1),
                    PlannerOptions.DEFAULT.withTimeStepHours(24))) {
                RouteReplay.Result result = replay(instance, options);
                assertThat(result.problems()).as("seed %d", instance.spec().seed()).isEmpty();
                DeploymentPlan planted = result.plan().orElseThrow();
                assertThat(PlanChecker.violations(instance.scenario(), options, planted)).as("seed %d", instance.spec().seed()).isEmpty();
                assertThat(planted.objective().weightedLateHours()).as("seed %d, step %s", instance.spec().seed(),
                        options.timeStepHours()).isZero();
                assertThat(planted.bound().weightedLateHours()).isZero();
                Map<UnitId, PlantedRoute> byUnit = new HashMap<>();
                instance.plan().forEach(r -> byUnit.put(r.unit(), r));
                for (Movement m : planted.movements()) {
                    assertThat(m.status()).isEqualTo(MovementStatus.ON_TIME);
                    // the generator's closure is an upper bound, and the slack is at least a day
                    assertThat(m.arriveHour().orElseThrow()).isLessThanOrEqualTo(byUnit.get(m.unit()).latestClosureHour() + 1e-6);
                    assertThat(m.requiredHour() - m.arriveHour().orElseThrow()).isGreaterThanOrEqualTo(24);
                }
            }
        }
    }

    @Test
    void theFirstPlanAloneReachesMostPlantedOptimaInLatestStartOrder() {
        PlannerOptions first = PlannerOptions.DEFAULT.withImprovementRounds(0).withBottleneckCandidates(0);
        int reached = 0;
        for (PlantedInstance instance : INSTANCES) {
            DeploymentPlan plan = new PriorityListDeploymentPlanner().plan(instance.scenario(), first, ProgressListener.NONE);
            if (plan.objective().weightedLateHours() == 0) {
                reached++;
            }
        }
        assertThat(reached).isGreaterThanOrEqualTo(FIRST_PLAN_REACHED_AT_LEAST);
    }

    @Test
    void thePlannerReachesThePlantedOptimumAsOftenAsMeasuredWithOneOrTwoThreads() {
        int reached = 0;
        List<String> missed = new ArrayList<>();
        for (PlantedInstance instance : INSTANCES) {
            DeploymentPlan one = new PriorityListDeploymentPlanner().plan(instance.scenario(), PlannerOptions.DEFAULT,
                    ProgressListener.NONE);
            DeploymentPlan two = new PriorityListDeploymentPlanner().plan(instance.scenario(), PlannerOptions.DEFAULT.withThreads(2),
                    ProgressListener.NONE);
            assertThat(two).as("seed %d with 2 threads", instance.spec().seed()).isEqualTo(one);
            assertThat(PlanChecker.violations(instance.scenario(), PlannerOptions.DEFAULT, one)).isEmpty();
            if (one.objective().weightedLateHours() == 0) {
                reached++;
            } else {
                missed.add("seed " + instance.spec().seed() + ": " + one.objective().weightedLateHours());
            }
        }
        assertThat(reached).as("reached 0 on %d of %d; missed %s", reached, SEEDS, missed).isGreaterThanOrEqualTo(PLANNER_REACHED);
    }

    @Test
    void aRouteThatBreaksTheModelIsAProblemNotAPlan() {
        PlantedInstance instance = INSTANCES.get(0);
        List<RouteReplay.Route> routes = new ArrayList<>();
        for (PlantedRoute r : instance.plan()) {
            routes.add(new RouteReplay.Route(r.unit(), r.links()));
        }
        RouteReplay.Route first = routes.get(0);
        List<LinkId> reversed = new ArrayList<>(first.links());
        java.util.Collections.reverse(reversed);
        routes.set(0, new RouteReplay.Route(first.unit(), reversed));
        routes.remove(1);
        routes.add(new RouteReplay.Route(UnitId.of("nobody"), List.of()));
        RouteReplay.Result result = RouteReplay.replay(instance.scenario(), PlannerOptions.DEFAULT, routes);
        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).hasSize(3);
        assertThat(result.problems().get(0)).contains("route 0 (" + first.unit() + "): link " + reversed.get(0) + " does not leave");
        assertThat(result.problems().get(1)).contains("unit nobody does not reinforce");
        assertThat(result.problems().get(2)).contains("unit " + instance.plan().get(1).unit() + " must move and has no route");
    }
}
