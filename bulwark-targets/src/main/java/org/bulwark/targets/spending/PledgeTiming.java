package org.bulwark.targets.spending;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a pledge applies, read from the free-text {@code by_year} column of the pledges table.
 * Every form found in the bundled data has a variant and a sentence saying how it is read:
 * <ul>
 *   <li>{@code 2030} — {@link ByYear}: the share is to be reached in that year;</li>
 *   <li>{@code 2026-2030} — {@link Period}: the share applies in each year of the period, so it is
 *       due in the first year;</li>
 *   <li>{@code annual (minimum)}, {@code permanent (…)} — {@link Standing}: a floor for every year
 *       from the first full year after the announcement;</li>
 *   <li>empty — {@link Undated}: a level without a date, so a status cannot be assessed;</li>
 *   <li>anything else — {@link Unrecognised}: kept as published and not assessed.</li>
 * </ul>
 */
public sealed interface PledgeTiming {

    /** The year the pledged share is due, given the year it was announced (when known). */
    OptionalInt dueYear(OptionalInt announcedYear);

    /** One sentence on how the published text is read. */
    String interpretation();

    /** The {@code by_year} text as published. */
    String text();

    /** Reads a {@code by_year} cell; never fails, unknown forms are {@link Unrecognised}. */
    static PledgeTiming parse(String byYear) {
        Objects.requireNonNull(byYear, "byYear");
        String text = byYear.strip();
        if (text.isEmpty()) {
            return new Undated();
        }
        Matcher single = Forms.YEAR.matcher(text);
        if (single.matches()) {
            return new ByYear(Integer.parseInt(text));
        }
        Matcher range = Forms.RANGE.matcher(text);
        if (range.matches()) {
            int first = Integer.parseInt(range.group(1));
            int last = Integer.parseInt(range.group(2));
            if (first <= last) {
                return new Period(first, last);
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("annual") || lower.startsWith("permanent")) {
            return new Standing(text);
        }
        return new Unrecognised(text);
    }

    /** The share is to be reached in {@code year}. */
    record ByYear(int year) implements PledgeTiming {
        @Override
        public OptionalInt dueYear(OptionalInt announcedYear) {
            return OptionalInt.of(year);
        }

        @Override
        public String interpretation() {
            return "to be reached in " + year;
        }

        @Override
        public String text() {
            return Integer.toString(year);
        }
    }

    /** The share applies in every year from {@code first} to {@code last}; due in {@code first}. */
    record Period(int first, int last) implements PledgeTiming {
        public Period {
            if (first > last) {
                throw new IllegalArgumentException("period " + first + "-" + last + " ends before it starts");
            }
        }

        @Override
        public OptionalInt dueYear(OptionalInt announcedYear) {
            return OptionalInt.of(first);
        }

        @Override
        public String interpretation() {
            return "each year " + first + "-" + last + ", so due in " + first;
        }

        @Override
        public String text() {
            return first + "-" + last;
        }
    }

    /** A floor for every year from the first full year after the announcement. */
    record Standing(String text) implements PledgeTiming {
        public Standing {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public OptionalInt dueYear(OptionalInt announcedYear) {
            return announcedYear.isPresent() ? OptionalInt.of(announcedYear.getAsInt() + 1) : OptionalInt.empty();
        }

        @Override
        public String interpretation() {
            return "a floor every year from the year after its announcement";
        }
    }

    /** No year was given: the level can be compared, a status cannot be assessed. */
    record Undated() implements PledgeTiming {
        @Override
        public OptionalInt dueYear(OptionalInt announcedYear) {
            return OptionalInt.empty();
        }

        @Override
        public String interpretation() {
            return "no year given: compared, not assessed";
        }

        @Override
        public String text() {
            return "";
        }
    }

    /** A form this reader does not know; kept as published and not assessed. */
    record Unrecognised(String text) implements PledgeTiming {
        public Unrecognised {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public OptionalInt dueYear(OptionalInt announcedYear) {
            return OptionalInt.empty();
        }

        @Override
        public String interpretation() {
            return "year not understood: compared, not assessed";
        }
    }

    /** The first four-digit year in an {@code announced} cell ("2023-07-11", "2022-03", "2014"), if any. */
    static OptionalInt announcedYear(String announced) {
        Matcher m = Forms.ANY_YEAR.matcher(Objects.requireNonNull(announced, "announced"));
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group())) : OptionalInt.empty();
    }
}

/** The patterns of {@link PledgeTiming}, compiled once. */
final class Forms {
    static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    static final Pattern RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})");
    static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    private Forms() {
    }
}
