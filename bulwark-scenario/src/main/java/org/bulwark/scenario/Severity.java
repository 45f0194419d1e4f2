package org.bulwark.scenario;

/** An error makes a scenario unusable; a warning is worth reading but does not stop anything. */
public enum Severity {
    ERROR, WARNING
}
