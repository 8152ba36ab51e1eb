package dev.pont.sandbox.probe;

import java.util.Objects;

/**
 * One probe of one neutral resource: what the intent expects and what the endpoint showed
 * (for {@link Outcome#NOT_VERIFIABLE}, why it could not be checked here).
 */
public record ProbeResult(String resource, String service, String probe, Outcome outcome, String expected, String observed) {
    public ProbeResult {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(observed, "observed");
    }

    public static ProbeResult passed(String resource, String service, String probe, String expected, String observed) {
        return new ProbeResult(resource, service, probe, Outcome.PASSED, expected, observed);
    }

    public static ProbeResult failed(String resource, String service, String probe, String expected, String observed) {
        return new ProbeResult(resource, service, probe, Outcome.FAILED, expected, observed);
    }

    public static ProbeResult notVerifiable(String resource, String service, String probe, String expected, String why) {
        return new ProbeResult(resource, service, probe, Outcome.NOT_VERIFIABLE, expected, why);
    }

    /** One line for a terminal: {@code failed  datasets object-store/versioning: expected …; observed …}. */
    public String line() {
        return String.format("%-15s %s %s/%s: expected %s; observed %s", outcome.id(), resource, service, probe, expected, observed);
    }
}
