package org.bulwark.bench;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.bulwark.model.FairShareKey;
import org.bulwark.reference.ReferenceData;
import org.bulwark.targets.apportion.Apportionment;
import org.bulwark.targets.apportion.ApportionmentInput;
import org.bulwark.targets.apportion.BenchmarkInstances;
import org.bulwark.targets.apportion.Participant;
import org.bulwark.targets.apportion.TargetApportioner;
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
 * Apportioning a 5,000-unit requirement over 20 unit types ({@link BenchmarkInstances}, fixed seed):
 * {@code standard} is 32 synthetic nations with caps of 2 × inventory, minimums and host-nation
 * support; {@code uncapped} the same without caps (the most unit arcs); {@code gdp2024} the allies
 * with a 2024 GDP figure in the bundled NATO data (31: Iceland has none) as weights, with caps.
 * {@code warm} is the steady state; {@code cold} is the first apportionment in a fresh JVM,
 * loading OR-Tools' natives included.
 *
 * <pre>
 * ./mvnw -q -Pbench -pl bulwark-bench -am package -DskipTests
 * java -jar bulwark-bench/target/benchmarks.jar TargetApportionmentBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class TargetApportionmentBenchmark {
    @Param({"standard", "uncapped", "gdp2024"})
    public String instance;

    private ApportionmentInput input;

    @Setup
    public void build() {
        ApportionmentInput standard = BenchmarkInstances.standard(BenchmarkInstances.SEED);
        input = switch (instance) {
            case "standard" -> standard;
            case "uncapped" -> new ApportionmentInput(standard.key(), standard.keyYear(), standard.weightUnit(),
                    standard.participants(), standard.requirement(), standard.inventories(), OptionalDouble.empty(),
                    standard.minimums(), standard.hostNationSupport(), standard.excluded());
            case "gdp2024" -> {
                List<Participant> allies = ReferenceData.bundledSpending().series().stream()
                        .filter(r -> r.year() == 2024 && r.gdpUsdBillions().isPresent())
                        .map(r -> new Participant(r.nation(), r.gdpUsdBillions().getAsDouble())).toList();
                yield BenchmarkInstances.of(allies, FairShareKey.GDP, OptionalInt.of(2024),
                        "GDP, billion USD (current prices)", BenchmarkInstances.SEED);
            }
            default -> throw new IllegalArgumentException("unknown instance " + instance);
        };
    }

    @Benchmark
    public Apportionment warm() {
        return TargetApportioner.apportion(input);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 10, jvmArgsAppend = {"-Xmx1g"})
    public Apportionment cold() {
        return TargetApportioner.apportion(input);
    }
}
