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
    /** One mode's element. */
    public record Element(Mode mode, double tonnes, String what, String source) {
        public Element {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(source, "source");
            if (!(tonnes > 0) || Double.isInfinite(tonnes)) {
                throw new IllegalArgumentException(mode.label() + " lift element must be a positive number of tonnes, was " + tonnes);
            }
        }
    }

    /**
     * Defaults with their sources: a C-17A sortie (the USAF fact sheet gives a maximum payload of
     * 170,900 lb, 77.5 t), a military train of about 1,200 t (the European 740 m train with about
     * 25 flat wagons of 45-50 t loads, estimate), a large Ro-Ro sailing of about 10,000 t (US MSC LMSR
     * vehicle cargo, estimate from deck area) and a company-sized road march serial of about 500 t
     * (25 vehicles averaging 20 t, estimate). Replace them with {@code lift.yaml}.
     */
    public static final LiftIncrements DEFAULT = new LiftIncrements(Map.of(
            Mode.AIR, new Element(Mode.AIR, 77.5, "C-17A Globemaster III sortie (maximum payload 170,900 lb)",
                    "https://www.af.mil/About-Us/Fact-Sheets/Display/Article/1529726/c-17-globemaster-iii/"),
            Mode.RAIL, new Element(Mode.RAIL, 1200, "military train, 740 m, about 25 loaded flat wagons (estimate)",
                    "estimate: 740 m standard train length (EU TEN-T Regulation 1315/2013 art. 39) x about 48 t per loaded wagon"),
            Mode.SEA, new Element(Mode.SEA, 10000, "large Ro-Ro sailing (US MSC LMSR class, estimate)",
                    "estimate: US Military Sealift Command LMSR, about 380,000 sq ft of vehicle deck"),
            Mode.ROAD, new Element(Mode.ROAD, 500, "company-sized road march serial, about 25 vehicles of 20 t (estimate)",
                    "estimate: march serial of about 25 vehicles (US Army ATP 4-01.45 march planning)")));

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
