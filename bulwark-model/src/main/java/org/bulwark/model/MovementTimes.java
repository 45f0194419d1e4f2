package org.bulwark.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * How long movements take beside capacity: the planning speed per mode (for links that give
 * neither a speed nor a transit time), loading and unloading one lift element
 * per mode (a train at a railhead, an aircraft on the ramp, a ship at the berth), and the march
 * day of road columns, which drive only inside a daily window and halt for the rest of the day.
 *
 * <p>Handling hours are a latency per element, not a throughput: a railhead loads trains one
 * behind another at its tonnes per day, and each train takes at least its loading hours from the
 * moment its tonnes are through the railhead. The road window is stateless (the same hours every
 * day, counted from hour 0 of the scenario), so a column's arrival depends only on when it sets
 * off and how many hours it drives, and a later start never arrives earlier.
 *
 * <p>{@link #DEFAULT} is the bundled reference table {@code movement_times.csv} (a test holds the
 * two equal), whose rows give every source; {@link #NONE} leaves all of it out (instant handling,
 * round-the-clock driving), as the model was before these times existed.
 *
 * @param speedKmh             per mode ordinal, the planning speed in km/h where a link gives neither speed nor transit
 * @param loadHours            per mode ordinal ({@link Mode}), hours to load one element once it is through the node
 * @param unloadHours          per mode ordinal, hours to unload one element
 * @param marchStartHour       hour of the day (0 to 24, from hour 0 of the scenario) at which road columns set off
 * @param marchHoursPerDay     driving hours per day (more than 0, at most 24; 24 drives round the clock)
 * @param source               where the figures come from
 */
public record MovementTimes(double[] speedKmh, double[] loadHours, double[] unloadHours, double marchStartHour, double marchHoursPerDay,
                            String source) {

    /**
     * The bundled reference table {@code movement_times.csv} (a test holds the two equal), by mode
     * (road, rail, sea, air): planning speeds 37 km/h (convoy rate of march, FM 11-43 less rest
     * halts), 18 km/h (EU cross-border freight trains, ECA 2016), 30 km/h (16 kn) and 700 km/h;
     * loading and unloading 0.5 h per train (observed unloading; loading not found, assumed equal),
     * 96 h per full sailing (LMSR standard, MSC), 3.25 h per sortie (C-17 ground time, AFPAM
     * 10-1403 example); road columns drive 10 h a day from 06:00 (EU driving-time rules as a civil
     * proxy; the start hour is a convention). Several are estimates: the table's rows say which.
     */
    public static final MovementTimes DEFAULT = new MovementTimes(new double[] {37, 18, 30, 700},
            new double[] {0, 0.5, 96, 3.25}, new double[] {0, 0.5, 96, 3.25}, 6, 10,
            "bulwark reference data, movement_times.csv");

    /**
     * Instant handling and round-the-clock driving at the planning speeds Bulwark used before its
     * movement times were sourced (road 40, rail 50, sea 30, air 700 km/h): the pure transit model.
     */
    public static final MovementTimes NONE = new MovementTimes(new double[] {40, 50, 30, 700}, new double[4],
            new double[4], 0, 24, "none: instant handling, driving round the clock");

    public MovementTimes {
        Objects.requireNonNull(source, "source");
        int modes = Mode.values().length;
        if (speedKmh == null || speedKmh.length != modes) {
            throw new IllegalArgumentException("a planning speed is needed for each of the " + modes + " modes");
        }
        speedKmh = speedKmh.clone();
        if (loadHours == null || loadHours.length != modes || unloadHours == null || unloadHours.length != modes) {
            throw new IllegalArgumentException("load and unload hours are needed for each of the " + modes + " modes");
        }
        loadHours = loadHours.clone();
        unloadHours = unloadHours.clone();
        for (Mode mode : Mode.values()) {
            double v = speedKmh[mode.ordinal()];
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(mode.label() + " planning speed must be more than 0 km/h, was " + v);
            }
            requireHours(loadHours[mode.ordinal()], mode.label() + " load hours");
            requireHours(unloadHours[mode.ordinal()], mode.label() + " unload hours");
        }
        if (!(marchStartHour >= 0 && marchStartHour < 24)) {
            throw new IllegalArgumentException("march start hour must be from 0 to less than 24, was " + marchStartHour);
        }
        if (!(marchHoursPerDay > 0 && marchHoursPerDay <= 24)) {
            throw new IllegalArgumentException("march hours per day must be more than 0 and at most 24, was " + marchHoursPerDay);
        }
    }

    private static void requireHours(double hours, String what) {
        if (!(hours >= 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException(what + " must be a finite number of hours, at least 0, was " + hours);
        }
    }

    /** The planning speed of {@code mode} in km/h. */
    public double speedKmh(Mode mode) {
        return speedKmh[mode.ordinal()];
    }

    @Override
    public double[] speedKmh() {
        return speedKmh.clone();
    }

    public double loadHours(Mode mode) {
        return loadHours[mode.ordinal()];
    }

    public double unloadHours(Mode mode) {
        return unloadHours[mode.ordinal()];
    }

    @Override
    public double[] loadHours() {
        return loadHours.clone();
    }

    @Override
    public double[] unloadHours() {
        return unloadHours.clone();
    }

    /**
     * The handling hours at a node of an element that arrived in elements of {@code inTonnes} by
     * {@code from} (null: it starts there) and leaves as one of {@code outTonnes} by {@code to} (null:
     * it ends there): the unload of the arriving element plus the load of the leaving one. A full
     * element of a mode ({@code increments}) or a larger one — several trains, sorties or sailings
     * handled side by side — takes the mode's hours; a smaller one its share of them (a part load of
     * a ship discharges sooner than a full one). A ship's trains leave once its share is discharged,
     * as its load waited for the trains that filled it, so loading and discharge take the same.
     */
    public double handlingHours(Mode from, Mode to, double inTonnes, double outTonnes, LiftIncrements increments) {
        return (from == null ? 0 : unloadHours(from) * share(inTonnes, increments.tonnes(from)))
                + (to == null ? 0 : loadHours(to) * share(outTonnes, increments.tonnes(to)));
    }

    private static double share(double tonnes, double element) {
        return Math.min(1, tonnes / element);
    }

    /**
     * Hours for personnel to fly {@code km} (great-circle) by charter: the air planning speed plus a
     * sortie's loading and unloading; personnel flying to draw prepositioned equipment.
     */
    public double flightHours(double km) {
        return km / speedKmh(Mode.AIR) + loadHours(Mode.AIR) + unloadHours(Mode.AIR);
    }

    /** Whether columns drive round the clock. */
    public boolean marchesAllDay() {
        return marchHoursPerDay >= 24;
    }

    /**
     * When a road column that sets off at {@code start} has driven {@code drivingHours}: it drives
     * only inside the daily window [{@code marchStartHour}, {@code marchStartHour + marchHoursPerDay})
     * and waits for the next window otherwise. Monotone in {@code start}; at least
     * {@code start + drivingHours}; {@code start} itself when there is nothing to drive.
     */
    public double marchArrival(double start, double drivingHours) {
        if (drivingHours <= 0 || marchHoursPerDay >= 24 || Double.isInfinite(start)) {
            return start + Math.max(drivingHours, 0);
        }
        double h = marchHoursPerDay;
        double day = Math.floor((start - marchStartHour) / 24);
        double windowStart = marchStartHour + 24 * day;
        double t = start;
        if (t >= windowStart + h) {
            windowStart += 24;
            t = windowStart;
        }
        double left = windowStart + h - t;
        if (drivingHours <= left + 1e-9) { // rounding: a drive that ends at the window's close fits
            return t + drivingHours;
        }
        double rest = drivingHours - left;
        double fullDays = Math.max(0, Math.ceil(rest / h - 1e-9) - 1);
        return windowStart + 24 * (fullDays + 1) + (rest - fullDays * h);
    }

    /** Equal when every figure is: the source is what they are said to rest on, not part of the model. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MovementTimes other && Arrays.equals(speedKmh, other.speedKmh)
                && Arrays.equals(loadHours, other.loadHours)
                && Arrays.equals(unloadHours, other.unloadHours) && marchStartHour == other.marchStartHour
                && marchHoursPerDay == other.marchHoursPerDay;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(speedKmh), Arrays.hashCode(loadHours), Arrays.hashCode(unloadHours), marchStartHour, marchHoursPerDay);
    }

    @Override
    public String toString() {
        return "MovementTimes[speed=" + Arrays.toString(speedKmh) + ", load=" + Arrays.toString(loadHours) + ", unload=" + Arrays.toString(unloadHours)
                + ", march " + marchHoursPerDay + " h a day from hour " + marchStartHour + "]";
    }
}
