package org.bulwark.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bulwark.campaign.CampaignCompilation;
import org.bulwark.campaign.CampaignProblem;
import org.bulwark.campaign.CampaignSetup;
import org.bulwark.model.ReinforcementArrivals;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.model.Scenario;
import org.bulwark.reference.ReferenceData;

/**
 * The flow of {@code assess}, shared by {@code require} and {@code compare}: plan the deployment
 * for the reinforcements' arrivals, then compile the campaign with the bundled parameter defaults;
 * the campaign's problems are printed the way {@code assess} prints them.
 */
final class CampaignLoading {
    private CampaignLoading() {
    }

    /** The compiled campaign, or empty after printing why it cannot be assessed. */
    static Optional<CampaignCompilation.Ready> compile(Scenario scenario, String argument, int threads, PrintWriter err,
                                                      Boolean progress) {
        Deployment deployment = DeployCommand.plan(scenario, PlannerOptions.DEFAULT.withThreads(threads),
                err, progress);
        return compile(scenario, deployment, argument, err);
    }

    /** The campaign of a scenario with a deployment plan already made; empty after printing why it cannot be set up. */
    static Optional<CampaignCompilation.Ready> compile(Scenario scenario, Deployment deployment, String argument,
                                                      PrintWriter err) {
        CampaignCompilation compiled = setup(scenario, deployment);
        if (compiled instanceof CampaignCompilation.Invalid invalid) {
            for (CampaignProblem problem : invalid.problems()) {
                err.println("error: " + problem.subject() + ": " + problem.message());
                if (!problem.hint().isEmpty()) {
                    err.println("    " + problem.hint());
                }
            }
            err.println(ScenarioLoading.plural(invalid.problems().size(), "problem") + " in " + argument
                    + "; the campaign cannot be assessed.");
            return Optional.empty();
        }
        return Optional.of((CampaignCompilation.Ready) compiled);
    }

    /** The campaign with a deployment's arrivals and the bundled parameter defaults. */
    static CampaignCompilation setup(Scenario scenario, Deployment deployment) {
        return CampaignSetup.compile(scenario, deployment.plan().arrivals(),
                ReferenceData.bundled().campaignParameters());
    }
}
