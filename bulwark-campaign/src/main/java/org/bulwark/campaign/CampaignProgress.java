package org.bulwark.campaign;

/** Hears how far a Monte Carlo run has got. Called from worker threads; implementations must be thread-safe. */
@FunctionalInterface
public interface CampaignProgress {
    CampaignProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} replications (main and tornado runs together) are finished. */
    void advanced(long done, long total);
}
