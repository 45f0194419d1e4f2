package org.bulwark.bench;

import java.util.concurrent.TimeUnit;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.planner.PriorityListDeploymentPlanner;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The deployment planner on the generated presets at 6-hour steps: the first plan (no
 * improvement, no bottleneck analysis) and the final plan with the default options.
 *
 * <pre>
 * ./mvnw -q -Pbench -pl bulwark-bench -am package -DskipTests
 * java -jar bulwark-bench/target/benchmarks.jar DeploymentPlannerBenchmark -prof gc
 * java -jar bulwark-bench/target/benchmarks.jar DeploymentPlannerBenchmark.firstPlan -p size=large -p threads=2
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class DeploymentPlannerBenchmark {
    @Param({"small", "medium", "large"})
    public String size;

    /** Worker threads (the plan is the same for any number; with two, the first plan searches pairs side by side). */
    @Param({"1", "2"})
    public int threads;

    private Scenario scenario;
    private final PriorityListDeploymentPlanner planner = new PriorityListDeploymentPlanner();

    @Setup
    public void generate() {
        scenario = new ScenarioGenerator().generate(GeneratorSpec.preset(size));
    }

    @Benchmark
    public DeploymentPlan firstPlan() {
        return planner.plan(scenario,
                PlannerOptions.DEFAULT.withImprovementRounds(0).withBottleneckCandidates(0).withThreads(threads),
                ProgressListener.NONE);
    }

    @Benchmark
    public DeploymentPlan finalPlan() {
        return planner.plan(scenario, PlannerOptions.DEFAULT.withThreads(threads), ProgressListener.NONE);
    }
}
