package org.bulwark.campaign;

import java.util.List;
import java.util.Objects;

/** What {@link CampaignSetup#compile} gives: a model ready to run, or the scenario's problems. */
public sealed interface CampaignCompilation {

    /**
     * A model ready to run.
     *
     * @param notes facts a reader of the results should know, e.g. units that never take part
     */
    record Ready(CampaignModel model, List<String> notes) implements CampaignCompilation {
        public Ready {
            Objects.requireNonNull(model, "model");
            notes = List.copyOf(notes);
        }
    }

    /** The scenario cannot be assessed; every problem found, not just the first. */
    record Invalid(List<CampaignProblem> problems) implements CampaignCompilation {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid compilation needs at least one problem");
            }
        }
    }
}
