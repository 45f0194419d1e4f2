package org.bulwark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bulwark.scenario.ScenarioRead;
import org.bulwark.scenario.ScenarioReader;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.bulwark.scenario.write.ScenarioWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading + validating a generated scenario from disk (files in the OS page cache), warm.
 *
 * <pre>
 * ./mvnw -q -Pbench -pl bulwark-bench -am package -DskipTests
 * java -Xmx1g -jar bulwark-bench/target/benchmarks.jar ScenarioReadBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC"})
public class ScenarioReadBenchmark {
    @Param({"small", "medium", "large"})
    public String size;

    private Path folder;

    @Setup(Level.Trial)
    public void writeInstance() throws IOException {
        folder = Files.createTempDirectory("bulwark-jmh-");
        new ScenarioWriter().write(new ScenarioGenerator().generate(GeneratorSpec.preset(size)), folder, true);
    }

    @Benchmark
    public ScenarioRead readAndValidate() {
        ScenarioRead read = ScenarioReader.read(folder);
        if (!(read instanceof ScenarioRead.Valid)) {
            throw new IllegalStateException("instance " + size + " is invalid: " + read.problems().get(0).format());
        }
        return read;
    }

    @TearDown(Level.Trial)
    public void deleteInstance() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
