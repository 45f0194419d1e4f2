package org.bulwark.campaign;

import java.util.Objects;

/**
 * Why a scenario cannot be assessed: the scenario's fault, reported as a value (the scenario
 * reader adds file and line; the campaign setup only names the ids involved).
 *
 * @param subject what is wrong, e.g. {@code axis 'pskov-riga'} or {@code objective 'riga'}
 * @param message a sentence naming the nodes or values involved
 * @param hint    what to do about it, starting with "Maybe"; empty when there is nothing to suggest
 */
public record CampaignProblem(String subject, String message, String hint) {
    public CampaignProblem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    @Override
    public String toString() {
        return subject + ": " + message + (hint.isEmpty() ? "" : " " + hint);
    }
}
