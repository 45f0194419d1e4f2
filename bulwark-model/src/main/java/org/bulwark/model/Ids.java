package org.bulwark.model;

import java.util.regex.Pattern;

/** The one rule every typed id follows, so files, URLs and CSV cells can carry ids unquoted. */
public final class Ids {
    /** Human-readable form of the rule, used in error messages. */
    public static final String RULE = "use letters, digits, '_', '-' or '.', starting with a letter or digit, at most 64 characters";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");

    private Ids() {
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }
}
