package dev.pont.core;

/**
 * The one exception for problems a user can fix: bad input, an unknown name, a missing config
 * value. It carries the exit code and a one-line message that says what is wrong and how to fix
 * it. Anything else escaping Pont is a bug.
 */
public class PontException extends RuntimeException {
    public static final int USAGE = 2;
    public static final int FINDINGS = 1;

    private final int exitCode;

    public PontException(String message) {
        this(USAGE, message);
    }

    public PontException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public PontException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
