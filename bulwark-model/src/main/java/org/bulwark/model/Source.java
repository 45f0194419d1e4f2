package org.bulwark.model;

import java.util.Objects;

/**
 * Where a number came from: a URL or citation, and whether it is an estimate (secondary,
 * approximate, general knowledge or illustrative). Every fact in Bulwark carries one.
 *
 * @param reference URL or citation text; {@link #UNSTATED} when the file gave none
 * @param estimate  true when the value is not a figure read from the cited source
 */
public record Source(String reference, boolean estimate) {
    public static final String UNSTATED = "(no source stated)";
    /** For data that a user typed into a scenario without a source column. */
    public static final Source NONE = new Source(UNSTATED, true);

    public Source {
        Objects.requireNonNull(reference, "reference");
    }

    public static Source of(String reference, boolean estimate) {
        return reference == null || reference.isBlank() ? NONE : new Source(reference.strip(), estimate);
    }
}
