package dev.pont.core.policy;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A policy rule over the facts of a plan. Built-in rules implement Pont's requirements
 * ({@link BuiltInRules}); users add their own with {@link #of} and pass them to {@link PolicyCheck}.
 * A rule reads the neutral resources of the plan through its {@link PolicyContext} and returns
 * findings built with {@link PolicyContext#finding}, which applies the profile's severity and the
 * adapter's declared deviations.
 */
public interface Rule {
    Info info();

    List<Finding> evaluate(PolicyContext context);

    /** A rule from its description and a function over the context. */
    static Rule of(Info info, Function<PolicyContext, List<Finding>> body) {
        Objects.requireNonNull(body, "body");
        return new Rule() {
            @Override
            public Info info() {
                return info;
            }

            @Override
            public List<Finding> evaluate(PolicyContext context) {
                return body.apply(context);
            }
        };
    }

    /**
     * What a rule checks and why. {@code id} is kebab-case and unique; {@code severity} applies where no
     * profile sets one; {@code requirement} is the id of the requirement it implements (e.g. CFG-REGION);
     * {@code link} an absolute URI where that requirement is explained.
     */
    record Info(String id, String title, Severity severity, String requirement, String rationale, String remediation, String link) {
        private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");

        public Info {
            Objects.requireNonNull(severity, "severity");
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalArgumentException("rule id '" + id + "' must be kebab-case, e.g. object-store-versioned");
            }
            for (String[] field : new String[][] {{"title", title}, {"requirement", requirement}, {"rationale", rationale},
                    {"remediation", remediation}, {"link", link}}) {
                if (field[1] == null || field[1].isBlank()) {
                    throw new IllegalArgumentException("rule " + id + ": " + field[0] + " is required");
                }
            }
            if (!link.matches("[a-z][a-z0-9+.-]*:.+")) {
                throw new IllegalArgumentException("rule " + id + ": link must be an absolute URI, was " + link);
            }
        }
    }
}
