package org.bulwark.model;

/** The side a nation is on in a scenario. */
public enum NationRole {
    ALLY, PARTNER, ADVERSARY;

    public boolean isDefender() {
        return this != ADVERSARY;
    }
}
