package org.bulwark.campaign;

import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.PriorityListDeploymentPlanner;
import org.bulwark.model.Scenario;
import org.bulwark.reference.ReferenceData;
import org.bulwark.scenario.BundledScenarios;
import org.bulwark.scenario.ScenarioRead;
import org.bulwark.scenario.ScenarioReader;

/** The bundled eastern-flank-2023 scenario, its deployment plan and compiled campaign, built once. */
final class BundledCampaign {
    static final Scenario SCENARIO = read();
    static final DeploymentPlan PLAN = new PriorityListDeploymentPlanner().plan(SCENARIO);
    static final CampaignModel MODEL = compile(SCENARIO);

    private BundledCampaign() {
    }

    static CampaignModel compile(Scenario scenario) {
        CampaignCompilation compiled = CampaignSetup.compile(scenario, ReinforcementArrivals.of(PLAN),
                ReferenceData.bundled().campaignParameters());
        if (compiled instanceof CampaignCompilation.Invalid invalid) {
            throw new IllegalStateException("bundled scenario does not compile: " + invalid.problems());
        }
        return ((CampaignCompilation.Ready) compiled).model();
    }

    private static Scenario read() {
        ScenarioRead read = ScenarioReader.read(BundledScenarios.folder("eastern-flank-2023").orElseThrow());
        if (read instanceof ScenarioRead.Valid valid) {
            return valid.scenario();
        }
        throw new IllegalStateException("bundled scenario is invalid: " + read.problems());
    }
}
