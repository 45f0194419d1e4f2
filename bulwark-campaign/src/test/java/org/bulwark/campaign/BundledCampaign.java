package org.bulwark.campaign;

import java.util.List;
import java.util.Map;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.planner.PriorityListDeploymentPlanner;
import org.bulwark.model.Campaign;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Distribution;
import org.bulwark.model.Scenario;
import org.bulwark.model.ScenarioInput;
import org.bulwark.model.Source;
import org.bulwark.model.TerrainClass;
import org.bulwark.model.Uncertainty;
import org.bulwark.reference.ReferenceData;
import org.bulwark.scenario.BundledScenarios;
import org.bulwark.scenario.ScenarioRead;
import org.bulwark.scenario.ScenarioReader;

/** The bundled eastern-flank-2023 scenario, its deployment plan and compiled campaign, built once. */
final class BundledCampaign {
    static final Scenario SCENARIO = read();
    static final DeploymentPlan PLAN = new PriorityListDeploymentPlanner().plan(SCENARIO);
    static final CampaignModel MODEL = compile(SCENARIO);
    /** The bundled scenario with typical uncertainties declared, so the Monte Carlo has spread to show. */
    static final CampaignModel UNCERTAIN = compile(withCampaign(SCENARIO, new Campaign(30, 1, TerrainClass.MIXED, List.of(),
            Map.of(), List.of(
                    new Uncertainty(ScenarioInput.WARNING_HOURS, new Distribution.Triangular(48, 168, 336), Source.NONE),
                    new Uncertainty(ScenarioInput.ATTACKER_EFFECTIVENESS, new Distribution.LogNormal(1, 0.2), Source.NONE),
                    new Uncertainty(ScenarioInput.DEFENDER_EFFECTIVENESS, new Distribution.LogNormal(1, 0.15), Source.NONE),
                    new Uncertainty(ScenarioInput.ARRIVAL_DELAY_HOURS, new Distribution.Uniform(0, 48), Source.NONE),
                    new Uncertainty(CampaignParameter.ATTRITION_RATE_BY_ATTACKER,
                            new Distribution.Normal(0.001, 0.0003, 0, 1), Source.NONE)),
            Source.NONE)));

    private BundledCampaign() {
    }

    static CampaignModel compile(Scenario scenario) {
        CampaignCompilation compiled = CampaignSetup.compile(scenario, PLAN.arrivals(),
                ReferenceData.bundled().campaignParameters());
        if (compiled instanceof CampaignCompilation.Invalid invalid) {
            throw new IllegalStateException("bundled scenario does not compile: " + invalid.problems());
        }
        return ((CampaignCompilation.Ready) compiled).model();
    }

    static Scenario withCampaign(Scenario s, Campaign campaign) {
        return new Scenario(s.info(), s.nations(), s.unitTypes(), s.units(), s.network(), s.regions(), s.objectives(),
                s.posture(), s.reinforcements(), s.threat(), s.spending(), campaign);
    }

    private static Scenario read() {
        ScenarioRead read = ScenarioReader.read(BundledScenarios.folder("eastern-flank-2023").orElseThrow());
        if (read instanceof ScenarioRead.Valid valid) {
            return valid.scenario();
        }
        throw new IllegalStateException("bundled scenario is invalid: " + read.problems());
    }
}
