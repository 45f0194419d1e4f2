package org.bulwark.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One engagement between an attacker and a defender, as the historical battle databases describe
 * it (CDB90): each side's strength and weapons, the defender's posture, the terrain, how long it
 * lasted, and — for a battle that was fought — what happened.
 *
 * @param id           a name for people (a battle's name, or a row's id)
 * @param year         when it was fought (the model's fit changes with the era)
 * @param durationDays how long it lasted, more than 0
 * @param observed     what happened, when known (to test the model on it)
 */
public record Engagement(String id, double year, Side attacker, Side defender, Posture posture, Terrain terrain,
                         double durationDays, Optional<Observed> observed) {
    /**
     * The last year the historical battles the engagement model is fitted on cover well (CDB90 has
     * one later battle): the model holds later years at it, and it is the year of an engagement that
     * gives none.
     */
    public static final double LAST_WELL_COVERED_YEAR = 1945;

    public Engagement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attacker, "attacker");
        Objects.requireNonNull(defender, "defender");
        Objects.requireNonNull(posture, "posture");
        Objects.requireNonNull(terrain, "terrain");
        Objects.requireNonNull(observed, "observed");
        Units.requireFinite(year, "year");
        if (!(durationDays > 0) || Double.isInfinite(durationDays)) {
            throw new IllegalArgumentException(id + ": duration must be more than 0 days, was " + durationDays);
        }
    }

    /**
     * One side: personnel, tanks, artillery tubes and close air support sorties flown for it.
     */
    public record Side(double strength, double tanks, double artillery, double airSorties) {
        public Side {
            if (!(strength > 0) || Double.isInfinite(strength)) {
                throw new IllegalArgumentException("strength must be more than 0, was " + strength);
            }
            for (double v : new double[] {tanks, artillery, airSorties}) {
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("tanks, artillery and air sorties must be 0 or more, were "
                            + tanks + ", " + artillery + ", " + airSorties);
                }
            }
        }
    }

    /** What happened: each side's casualties over the engagement, the attacker's advance (km, negative a retreat), the outcome. */
    public record Observed(double attackerCasualties, double defenderCasualties, double advanceKm, Outcome outcome) {
        public Observed {
            Objects.requireNonNull(outcome, "outcome");
            if (!(attackerCasualties >= 0) || !(defenderCasualties >= 0) || !Double.isFinite(advanceKm)) {
                throw new IllegalArgumentException("casualties must be 0 or more and the advance finite");
            }
        }
    }

    /** The defender's posture, in CDB90's codes. */
    public enum Posture {
        HASTY("HD", "hasty defence"),
        PREPARED("PD", "prepared defence"),
        FORTIFIED("FD", "fortified defence"),
        DELAY("DL", "delaying action"),
        WITHDRAWAL("WD", "withdrawal");

        private final String code;
        private final String description;

        Posture(String code, String description) {
            this.code = code;
            this.description = description;
        }

        public String code() {
            return code;
        }

        public String description() {
            return description;
        }

        /** The posture of a code (HD, PD, FD, DL, WD) or word (hasty, prepared, fortified, delay, withdrawal), any case. */
        public static Optional<Posture> ofCode(String code) {
            return byCodeOrName(values(), Posture::code, code);
        }
    }

    /** The ground, in CDB90's first terrain code. */
    public enum Terrain {
        ROLLING("R", "rolling"),
        RUGGED("G", "rugged"),
        FLAT("F", "flat"),
        OTHER("0", "other or not known");

        private final String code;
        private final String description;

        Terrain(String code, String description) {
            this.code = code;
            this.description = description;
        }

        public String code() {
            return code;
        }

        public String description() {
            return description;
        }

        /** The terrain of a code (R, G, F, 0) or word (rolling, rugged, flat, other), any case. */
        public static Optional<Terrain> ofCode(String code) {
            return byCodeOrName(values(), Terrain::code, code);
        }
    }

    /** The constant whose CDB90 code or whose name is {@code text}, any case, surrounding blanks ignored. */
    private static <E extends Enum<E>> Optional<E> byCodeOrName(E[] values, java.util.function.Function<E, String> code,
                                                               String text) {
        String c = text.strip();
        for (E e : values) {
            if (code.apply(e).equalsIgnoreCase(c) || e.name().equalsIgnoreCase(c)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Who won, as CDB90's {@code wina}: 1 the attacker, 0 a draw, -1 the defender. */
    public enum Outcome {
        ATTACKER_WINS(1), DRAW(0), DEFENDER_WINS(-1);

        private final int code;

        Outcome(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Outcome> ofCode(int code) {
            for (Outcome o : values()) {
                if (o.code == code) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
    }
}
