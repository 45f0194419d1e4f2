package org.bulwark.bench;

import java.util.concurrent.TimeUnit;
import org.bulwark.campaign.CampaignAssessment;
import org.bulwark.campaign.CampaignCompilation;
import org.bulwark.campaign.CampaignModel;
import org.bulwark.campaign.CampaignProgress;
import org.bulwark.campaign.CampaignSetup;
import org.bulwark.campaign.MonteCarloCampaign;
import org.bulwark.campaign.MonteCarloOptions;
import org.bulwark.model.ReinforcementArrivals;
import org.bulwark.deploy.planner.PriorityListDeploymentPlanner;
import org.bulwark.model.Scenario;
import org.bulwark.reference.ReferenceData;
import org.bulwark.scenario.BundledScenarios;
import org.bulwark.scenario.ScenarioRead;
import org.bulwark.scenario.ScenarioReader;
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
 * 10,000 replications of the bundled eastern-flank-2023 campaign (30 days, 1-hour steps), with
 * the arrivals of its deployment plan, on 1 and 2 threads; no tornado runs.
 *
 * <pre>
 * ./mvnw -q -Pbench -pl bulwark-bench -am package -DskipTests
 * java -jar bulwark-bench/target/benchmarks.jar CampaignMonteCarloBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class CampaignMonteCarloBenchmark {
    @Param({"1", "2"})
    public int threads;

    private CampaignModel model;

    @Setup
    public void compile() {
        ScenarioRead read = ScenarioReader.read(BundledScenarios.folder("eastern-flank-2023").orElseThrow());
        Scenario scenario = ((ScenarioRead.Valid) read).scenario();
        CampaignCompilation compiled = CampaignSetup.compile(scenario,
                new PriorityListDeploymentPlanner().plan(scenario).arrivals(),
                ReferenceData.bundled().campaignParameters());
        model = ((CampaignCompilation.Ready) compiled).model();
    }

    @Benchmark
    public CampaignAssessment tenThousandReplications() {
        return MonteCarloCampaign.assess(model, MonteCarloOptions.DEFAULT.withRuns(10_000).withThreads(threads)
                .withSensitivityRuns(0), CampaignProgress.NONE);
    }
}
