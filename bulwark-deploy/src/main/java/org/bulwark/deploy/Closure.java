package org.bulwark.deploy;

import java.util.List;
import java.util.Objects;

/**
 * Forces in place in one region over time: the posture from hour 0, then each reinforcement from
 * its in-place hour (closure plus RSOI, {@link Movement#inPlaceHour()}). A step curve; a point holds
 * from its hour until the next.
 */
public record Closure(String region, List<Point> points) {
    public Closure {
        Objects.requireNonNull(region, "region");
        points = List.copyOf(points);
    }

    public record Point(double hour, int units, long personnel, double combatValue) {
    }
}
