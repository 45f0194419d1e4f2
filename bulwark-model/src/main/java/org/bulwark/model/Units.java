package org.bulwark.model;

/** Checks shared by the model's records (package-private by intent). */
final class Units {
    private Units() {
    }

    static void requireNonNegative(double value, String name) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
        }
    }

    static void requirePositiveOrUnlimited(double value, String name) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be > 0 (or unlimited), was " + value);
        }
    }

    static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
    }
}
