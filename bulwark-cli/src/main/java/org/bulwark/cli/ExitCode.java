package org.bulwark.cli;

/** Process exit codes, the same for every command. */
final class ExitCode {
    /** Done, input valid. */
    static final int OK = 0;
    /** A fault inside Bulwark: a bug to report. */
    static final int INTERNAL = 1;
    /** The user's input (arguments or files) is invalid; the message says what to change. */
    static final int INVALID_INPUT = 2;

    private ExitCode() {
    }
}
