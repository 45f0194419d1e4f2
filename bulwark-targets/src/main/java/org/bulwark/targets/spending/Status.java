package org.bulwark.targets.spending;

/** Where a nation stands against one commitment in the assessed year. */
public enum Status {
    /** The published figure is at or above the target. */
    MET("met"),
    /** Below the target, not yet due, and the trend projected to the due year reaches it. */
    ON_TRACK("on track"),
    /** Below a target already due, or the trend projected to the due year falls short. */
    OFF_TRACK("off track"),
    /** Below the target and no status can be given: no due year, no figure or too few years for a trend. */
    NOT_ASSESSED("not assessed");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** Lower-case words for tables and files: {@code met}, {@code on track}, … */
    public String label() {
        return label;
    }
}
