package org.bulwark.bench;

import java.util.concurrent.TimeUnit;
import org.bulwark.deploy.FrontierPoolBound;
import org.bulwark.deploy.PlannerOptions;
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
 * The frontier-pools lower bound ({@code deploy --bound}, {@code bench deploy}) on the generated
 * presets at 6-hour steps, one thread: network, preparation, the units' searches avoiding the land
 * crossings and the OR-Tools transportation solve.
 *
 * <pre>
 * ./mvnw -q -Pbench -pl bulwark-bench -am package -DskipTests
 * java -jar bulwark-bench/target/benchmarks.jar FrontierPoolBoundBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class FrontierPoolBoundBenchmark {
    @Param({"medium", "large"})
    public String size;

    private Scenario scenario;

    @Setup
    public void generate() {
        scenario = new ScenarioGenerator().generate(GeneratorSpec.preset(size));
    }

    @Benchmark
    public double bound() {
        return FrontierPoolBound.compute(scenario, PlannerOptions.DEFAULT).weightedLateHours();
    }
}
