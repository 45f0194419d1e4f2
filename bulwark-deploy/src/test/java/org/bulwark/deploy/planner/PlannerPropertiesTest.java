package org.bulwark.deploy.planner;

import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.MovementStatus;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.deploy.UnreachableReason;

import org.bulwark.deploy.check.PlanChecker;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;

/** Invariants of the planner on random generated theatres with random time steps. */
class PlannerPropertiesTest {
    private static final PriorityListDeploymentPlanner PLANNER = new PriorityListDeploymentPlanner();

    record Instance(GeneratorSpec spec, double stepHours) {
        Scenario scenario() {
            return new ScenarioGenerator().generate(spec);
        }

        PlannerOptions options() {
            return new PlannerOptions(stepHours, 1.5, 30, 1, 3);
        }
    }

    @Provide
    Arbitrary<Instance> instances() {
        Arbitrary<GeneratorSpec> specs = Combinators.combine(
                Arbitraries.integers().between(2, 40),
                Arbitraries.integers().between(GeneratorSpec.MIN_NODES, 60),
                Arbitraries.integers().between(3, 30),
                Arbitraries.longs()).as(GeneratorSpec::new);
        return Combinators.combine(specs, Arbitraries.integers().between(1, 24)).as((s, h) -> new Instance(s, h));
    }

    @Property(tries = 40)
    void plansPassTheIndependentChecker(@ForAll("instances") Instance instance) {
        Scenario scenario = instance.scenario();
        DeploymentPlan plan = PLANNER.plan(scenario, instance.options(), ProgressListener.NONE);
        assertThat(PlanChecker.violations(scenario, instance.options(), plan)).isEmpty();
        assertThat(plan.movements()).hasSameSizeAs(scenario.reinforcements()).allSatisfy(m -> {
            if (m.status() == MovementStatus.UNREACHABLE) {
                assertThat(m.reason()).isPresent();
                assertThat(m.detail()).isNotBlank();
            } else {
                assertThat(m.arriveHour()).isPresent();
            }
        });
    }

    @Property(tries = 40)
    void theBoundNeverExceedsThePlan(@ForAll("instances") Instance instance) {
        DeploymentPlan plan = PLANNER.plan(instance.scenario(), instance.options(), ProgressListener.NONE);
        assertThat(plan.bound().weightedLateHours()).isLessThanOrEqualTo(plan.objective().weightedLateHours() + 1e-9);
        boolean exhausted = plan.movements().stream()
                .anyMatch(m -> m.reason().filter(r -> r == UnreachableReason.CAPACITY_EXHAUSTED).isPresent());
        if (!exhausted) {
            // a unit that finds no arrival leaves the closure: the closure bound holds when every unit arrives
            assertThat(plan.bound().closureHour()).isLessThanOrEqualTo(plan.objective().closureHour() + 1e-9);
        }
    }

    @Property(tries = 20)
    void theThreadCountDoesNotChangeThePlan(@ForAll("instances") Instance instance) {
        Scenario scenario = instance.scenario();
        PlannerOptions options = instance.options().withBottleneckCandidates(4);
        DeploymentPlan one = PLANNER.plan(scenario, options.withThreads(1), ProgressListener.NONE);
        DeploymentPlan two = PLANNER.plan(scenario, options.withThreads(2), ProgressListener.NONE);
        DeploymentPlan four = PLANNER.plan(scenario, options.withThreads(4), ProgressListener.NONE);
        assertThat(two).isEqualTo(one);
        assertThat(four).isEqualTo(one);
    }

    @Test
    void theThreadCountDoesNotChangeThePresetPlans() {
        for (String size : new String[] {"small", "medium"}) {
            Scenario scenario = new ScenarioGenerator().generate(GeneratorSpec.preset(size));
            DeploymentPlan one = PLANNER.plan(scenario, PlannerOptions.DEFAULT.withThreads(1), ProgressListener.NONE);
            assertThat(PLANNER.plan(scenario, PlannerOptions.DEFAULT.withThreads(2), ProgressListener.NONE)).isEqualTo(one);
            assertThat(PLANNER.plan(scenario, PlannerOptions.DEFAULT.withThreads(4), ProgressListener.NONE)).isEqualTo(one);
        }
    }

    @Property(tries = 30)
    void improvementNeverWorsensTheFirstPlan(@ForAll("instances") Instance instance) {
        Scenario scenario = instance.scenario();
        PlannerOptions options = instance.options().withBottleneckCandidates(0);
        DeploymentPlan first = PLANNER.plan(scenario, options.withImprovementRounds(0), ProgressListener.NONE);
        DeploymentPlan improved = PLANNER.plan(scenario, options.withImprovementRounds(60), ProgressListener.NONE);
        assertThat(improved.objective()).isLessThanOrEqualTo(first.objective());
        assertThat(PlanChecker.violations(scenario, options, improved)).isEmpty();
    }

    @Property(tries = 20)
    void improvementIsDeterministic(@ForAll("instances") Instance instance) {
        Scenario scenario = instance.scenario();
        PlannerOptions options = instance.options().withBottleneckCandidates(0).withImprovementRounds(200);
        DeploymentPlan once = PLANNER.plan(scenario, options, ProgressListener.NONE);
        DeploymentPlan again = new PriorityListDeploymentPlanner().plan(scenario, options, ProgressListener.NONE);
        assertThat(again).isEqualTo(once);
    }

    @Property(tries = 10)
    void progressIsReportedPerPhase(@ForAll("instances") Instance instance) {
        java.util.Set<String> phases = new java.util.TreeSet<>();
        PLANNER.plan(instance.scenario(), instance.options(), (phase, done, total) -> {
            assertThat(done).isBetween(0L, total);
            phases.add(phase);
        });
        assertThat(phases).isSubsetOf("first plan", "improvement", "bottlenecks");
    }
}
