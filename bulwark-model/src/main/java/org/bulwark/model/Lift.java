package org.bulwark.model;

/**
 * What a unit needs moved: total weight in tonnes and deck/floor area in square metres.
 */
public record Lift(double tonnes, double squareMetres) {
    public static final Lift ZERO = new Lift(0, 0);

    public Lift {
        if (!(tonnes >= 0) || Double.isInfinite(tonnes)) {
            throw new IllegalArgumentException("lift tonnes must be finite and >= 0, was " + tonnes);
        }
        if (!(squareMetres >= 0) || Double.isInfinite(squareMetres)) {
            throw new IllegalArgumentException("lift square metres must be finite and >= 0, was " + squareMetres);
        }
    }

    public Lift plus(Lift other) {
        return new Lift(tonnes + other.tonnes, squareMetres + other.squareMetres);
    }
}
