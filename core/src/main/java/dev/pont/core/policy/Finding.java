package dev.pont.core.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pont.core.platform.SourceLocation;
import java.util.Comparator;

/**
 * One thing a rule found on one resource. {@code deviation} holds the reasons the adapter declared
 * for it when a declared deviation covers the property at fault (the finding stands: a known gap is
 * still a gap); {@code waiver} is set when a waiver accepts it (then it does not count for the exit
 * code); {@code location} is where the resource is declared, when known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String rule, Severity severity, String resource, String message, String remediation,
                      String deviation, Location location, Waived waived) {

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).thenComparing(Finding::rule)
            .thenComparing(Finding::resource).thenComparing(Finding::message);

    /** A file and line, relative to the repository root or as given on the command line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(String file, Integer line) {
        static Location of(SourceLocation source, String path) {
            return new Location(path, source.line() > 0 ? source.line() : null);
        }
    }

    /** Why a finding is accepted and until when (an ISO date, YYYY-MM-DD). */
    public record Waived(String reason, String expires) {
    }

    public boolean counts() {
        return waived == null && severity == Severity.ERROR;
    }

    Finding at(Location where) {
        return new Finding(rule, severity, resource, message, remediation, deviation, where, waived);
    }

    Finding waivedBy(Waiver w) {
        return new Finding(rule, severity, resource, message, remediation, deviation, location, new Waived(w.reason(), w.expires().toString()));
    }
}
