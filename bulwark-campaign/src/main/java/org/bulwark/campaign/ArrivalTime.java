package org.bulwark.campaign;

import java.util.List;
import java.util.Locale;

/**
 * When an added force is in place: hours after C-day (the decision to deploy) or after D-day
 * (the attack, which moves with the {@code warning_hours} draw).
 *
 * @param hours  hours after the reference day, zero or more
 * @param fromD  true when counted from D-day, false when from C-day
 */
public record ArrivalTime(double hours, boolean fromD) {
    /** In place when the deployment starts: prepared for any attack. */
    public static final ArrivalTime C_DAY = new ArrivalTime(0, false);
    /** In place when the attack starts. */
    public static final ArrivalTime D_DAY = new ArrivalTime(0, true);

    public ArrivalTime {
        if (!(hours >= 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("arrival hours must be finite and >= 0, were " + hours);
        }
    }

    /** In place {@code hours} after D-day. */
    public static ArrivalTime afterD(double hours) {
        return new ArrivalTime(hours, true);
    }

    /** The candidate set of the requirement search: C-day, D-day, D+24 h and D+72 h, earliest first. */
    public static List<ArrivalTime> candidates() {
        return List.of(C_DAY, D_DAY, afterD(24), afterD(72));
    }

    /** "C-day", "D-day", "D+24 h", "C+48 h". */
    public String label() {
        String day = fromD ? "D" : "C";
        return hours == 0 ? day + "-day" : String.format(Locale.ROOT, "%s+%s h", day,
                hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours));
    }

    @Override
    public String toString() {
        return label();
    }
}
