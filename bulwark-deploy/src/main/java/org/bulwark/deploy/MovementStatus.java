package org.bulwark.deploy;

/** How a reinforcement fared. */
public enum MovementStatus {
    ON_TIME, LATE, UNREACHABLE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
