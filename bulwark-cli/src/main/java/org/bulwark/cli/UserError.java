package org.bulwark.cli;

/**
 * A problem with what the user asked for that a command found after argument parsing
 * (a folder that does not exist, a scenario name nobody bundled). The message is complete:
 * what is wrong and what would be right. Exits with code 2.
 */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message, null, false, false);
    }
}
