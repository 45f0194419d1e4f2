package org.bulwark.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The size of one lift element per mode — a road march serial, a military train, a sailing, an
 * aircraft sortie — in tonnes, each with what it is and its source. A unit moves through the
 * network as a stream of such elements (docs/deployment-model.md), so a brigade on a rail line
 * pays the line's capacity once, not once per resource it crosses.
 *
 * <p>{@link #DEFAULT} is the bundled reference table {@code lift_increments.csv} (its default
 * row per mode); a scenario may override it with {@code lift.yaml}.
 */
public final class LiftIncrements {
    /**
     * One mode's element: the tonnes it carries when planning ({@code tonnes}) and the heaviest
     * single item it can take ({@code maxItemTonnes}). The two differ for aircraft: a C-17 is planned
     * at 59 t a sortie, yet takes one 62 t tank.
     */
    public record Element(Mode mode, double tonnes, String what, String source, double maxItemTonnes) {
        /** An element that takes any item up to its planning load. */
        public Element(Mode mode, double tonnes, String what, String source) {
            this(mode, tonnes, what, source, tonnes);
        }

        public Element {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(source, "source");
            if (!(tonnes > 0) || Double.isInfinite(tonnes)) {
                throw new IllegalArgumentException(mode.label() + " lift element must be a positive number of tonnes, was " + tonnes);
            }
            if (!(maxItemTonnes > 0) || Double.isInfinite(maxItemTonnes)) {
                throw new IllegalArgumentException(mode.label() + " lift element's heaviest item must be a positive number of tonnes, was "
                        + maxItemTonnes);
            }
        }
    }

    /**
     * The default rows of the bundled reference table {@code lift_increments.csv} (a test holds the
     * two equal), whose rows give every source: a C-17A sortie at its planning payload (AFPAM 10-1403:
     * 65 short tons, 59.0 t; one item up to its 77.5 t maximum payload), a
     * military train (about 1,000 t), an LMSR sailing (about 12,400 t, derived from its vehicle
     * load) and a company march unit (about 350 t, derived).
     */
    public static final LiftIncrements DEFAULT = new LiftIncrements(Map.of(
            Mode.AIR, new Element(Mode.AIR, 59.0, "C-17A Globemaster III sortie at its planning payload (65 short tons)",
                    "lift_increments.csv: AFPAM 10-1403 planning payload (estimate: read from a third party's transcription)",
                    77.5),
            Mode.RAIL, new Element(Mode.RAIL, 1000, "military train: 18 main battle tanks or 60 ammunition containers (DB Cargo)",
                    "lift_increments.csv: DB Cargo freight chief via Augsburger Allgemeine (estimate: payload or gross not stated)"),
            Mode.SEA, new Element(Mode.SEA, 12400, "US MSC LMSR sailing: 58 tanks, 48 other tracked and 900+ wheeled vehicles",
                    "lift_increments.csv: US Military Sealift Command ship capacity (estimate: tonnes derived from vehicle counts)"),
            Mode.ROAD, new Element(Mode.ROAD, 350, "company march unit of 25 wheeled vehicles",
                    "lift_increments.csv (estimate: 25 vehicles of about 14 t)")));

    private final Element[] byMode = new Element[Mode.values().length];

    public LiftIncrements(Map<Mode, Element> elements) {
        Map<Mode, Element> copy = new EnumMap<>(Mode.class);
        copy.putAll(elements);
        for (Mode mode : Mode.values()) {
            Element e = copy.get(mode);
            if (e == null) {
                throw new IllegalArgumentException("no lift element for mode " + mode.label());
            }
            if (e.mode() != mode) {
                throw new IllegalArgumentException("the element for " + mode.label() + " is for " + e.mode().label());
            }
            byMode[mode.ordinal()] = e;
        }
    }

    public Element element(Mode mode) {
        return byMode[mode.ordinal()];
    }

    public double tonnes(Mode mode) {
        return byMode[mode.ordinal()].tonnes();
    }

    /** The heaviest single item one of {@code mode}'s elements takes. */
    public double maxItemTonnes(Mode mode) {
        return byMode[mode.ordinal()].maxItemTonnes();
    }

    /** These increments with {@code mode}'s element replaced. */
    public LiftIncrements with(Element element) {
        Map<Mode, Element> copy = new EnumMap<>(Mode.class);
        for (Element e : byMode) {
            copy.put(e.mode(), e);
        }
        copy.put(element.mode(), element);
        return new LiftIncrements(copy);
    }

    /** Every element at {@code tonnes}: with a tonnage above any unit's, units move whole (store and forward). */
    public static LiftIncrements uniform(double tonnes) {
        Map<Mode, Element> all = new EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            all.put(mode, new Element(mode, tonnes, "uniform element", "test or sensitivity setting"));
        }
        return new LiftIncrements(all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LiftIncrements other && Arrays.equals(byMode, other.byMode);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(byMode);
    }

    @Override
    public String toString() {
        return "LiftIncrements" + Arrays.toString(byMode);
    }
}
