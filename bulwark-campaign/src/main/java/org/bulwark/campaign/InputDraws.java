package org.bulwark.campaign;

import java.util.Arrays;
import org.bulwark.model.CampaignInput;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.ScenarioInput;
import org.bulwark.model.Uncertainty;

/**
 * The inputs of one replication: effective parameters with the uncertain ones replaced by draws,
 * and the scenario inputs (warning, effectiveness, arrival delays). Every draw is the inverse
 * CDF of a counter-based uniform keyed by the input, so replication {@code i} draws the same
 * values in every variant of a scenario. Mutable scratch owned by one worker thread.
 */
final class InputDraws {
    final double[] parameters;
    double warningHours;
    double attackerEffectiveness;
    double defenderEffectiveness;
    /** Arrival delay per defender (0 for the posture). */
    final double[] delays;
    /** The value each uncertainty took (the mean delay for arrival_delay_hours), for rank correlation. */
    final double[] drawn;

    private final CampaignModel model;
    private final int pinned;
    private final double pinnedValue;

    /**
     * @param pinned index of an uncertainty held at {@code pinnedValue} in every replication, or −1
     */
    InputDraws(CampaignModel model, int pinned, double pinnedValue) {
        this.model = model;
        this.parameters = new double[model.parameters.length];
        this.delays = new double[model.defenderIds.length];
        this.drawn = new double[model.uncertainties.length];
        this.pinned = pinned;
        this.pinnedValue = pinnedValue;
    }

    /** Stream id of an input: stable across scenarios, so common random numbers carry over. */
    static long stream(CampaignInput input) {
        return input instanceof CampaignParameter p ? p.ordinal() : 1000L + ((ScenarioInput) input).ordinal();
    }

    void draw(long seed, long replication) {
        System.arraycopy(model.parameters, 0, parameters, 0, parameters.length);
        warningHours = model.warningHours;
        attackerEffectiveness = 1;
        defenderEffectiveness = 1;
        Arrays.fill(delays, 0);
        for (int i = 0; i < model.uncertainties.length; i++) {
            Uncertainty u = model.uncertainties[i];
            if (u.input() == ScenarioInput.ARRIVAL_DELAY_HOURS) {
                drawn[i] = drawDelays(seed, replication, u, i == pinned);
                continue;
            }
            double value = i == pinned ? pinnedValue
                    : Quantiles.of(u.distribution(), RandomStreams.uniform(seed, replication, stream(u.input()), 0));
            drawn[i] = value;
            if (u.input() instanceof CampaignParameter p) {
                parameters[p.ordinal()] = value;
            } else if (u.input() == ScenarioInput.WARNING_HOURS) {
                warningHours = value;
            } else if (u.input() == ScenarioInput.ATTACKER_EFFECTIVENESS) {
                attackerEffectiveness = value;
            } else if (u.input() == ScenarioInput.DEFENDER_EFFECTIVENESS) {
                defenderEffectiveness = value;
            }
        }
    }

    private double drawDelays(long seed, long replication, Uncertainty u, boolean pin) {
        double sum = 0;
        int count = 0;
        for (int d = 0; d < delays.length; d++) {
            if (!model.defenderDelayed[d]) {
                continue;
            }
            delays[d] = pin ? pinnedValue
                    : Quantiles.of(u.distribution(), RandomStreams.uniform(seed, replication, model.defenderStreams[d], 0));
            sum += delays[d];
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }
}
