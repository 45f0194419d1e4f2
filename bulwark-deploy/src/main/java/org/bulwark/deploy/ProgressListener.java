package org.bulwark.deploy;

/** Told how far a long computation has got; the CLI draws a progress bar. Must be cheap. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (phase, done, total) -> { };

    /** {@code done} of {@code total} steps of {@code phase} ("first plan", "improvement", "bottlenecks", "bound"). */
    void progress(String phase, long done, long total);
}
