package dev.pont.core.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.pont.core.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a check: the rules that ran and the findings, sorted (errors first, then by rule,
 * resource and message). Rendered as text, JSON (versioned, see docs/policy.md), SARIF 2.1.0 and JUnit XML.
 */
@JsonPropertyOrder({"version", "profile", "target", "stack", "summary", "findings", "rules"})
public record PolicyReport(int version, String stack, String target, String profile, List<Rule.Info> rules, List<Finding> findings) {
    public static final int VERSION = 1;

    /** Error-level findings no waiver accepts: what makes the check fail. */
    public long errors() {
        return findings.stream().filter(Finding::counts).count();
    }

    @JsonIgnore
    public boolean failed() {
        return errors() > 0;
    }

    @com.fasterxml.jackson.annotation.JsonProperty("summary")
    public Map<String, Long> summary() {
        Map<String, Long> s = new LinkedHashMap<>();
        for (Severity sev : Severity.values()) {
            s.put(sev.wire(), findings.stream().filter(f -> f.waived() == null && f.severity() == sev).count());
        }
        s.put("waived", findings.stream().filter(f -> f.waived() != null).count());
        return s;
    }

    public String json() {
        return Json.pretty(this);
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Policy check: profile ").append(profile).append(", stack ").append(stack == null ? "-" : stack)
                .append(", target ").append(target).append('\n');
        Map<String, Long> s = summary();
        out.append(String.format("%d error(s), %d warning(s), %d note(s), %d waived; %d rule(s) run%n%n",
                s.get("error"), s.get("warning"), s.get("note"), s.get("waived"), rules.size()));
        if (findings.isEmpty()) {
            out.append("No findings.\n");
        }
        for (Finding f : findings) {
            out.append(f.waived() != null ? "WAIVED " : "").append(f.severity().wire().toUpperCase(java.util.Locale.ROOT))
                    .append("  ").append(f.rule()).append("  ").append(f.resource());
            if (f.location() != null) {
                out.append("  (").append(f.location().file()).append(f.location().line() == null ? "" : ":" + f.location().line()).append(')');
            }
            out.append("\n    ").append(f.message()).append('\n');
            if (f.deviation() != null) {
                out.append("    declared deviation: ").append(f.deviation()).append('\n');
            }
            if (f.waived() != null) {
                out.append("    waived until ").append(f.waived().expires()).append(": ").append(f.waived().reason()).append('\n');
            }
            out.append("    fix: ").append(f.remediation()).append('\n');
        }
        out.append('\n').append(failed() ? "FAILED: " + errors() + " error(s) not waived\n" : "PASSED: no error-level finding\n");
        return out.toString();
    }

    /** SARIF 2.1.0, as GitHub code scanning takes it: rules with help and helpUri, results with locations. */
    public String sarif() {
        List<Object> sarifRules = new ArrayList<>();
        List<String> ids = rules.stream().map(Rule.Info::id).toList();
        for (Rule.Info r : rules) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", r.id());
            rule.put("name", camel(r.id()));
            rule.put("shortDescription", Map.of("text", r.title()));
            rule.put("fullDescription", Map.of("text", r.rationale()));
            rule.put("help", Map.of("text", r.rationale() + " Fix: " + r.remediation() + " Requirement: " + r.requirement() + ".",
                    "markdown", "**" + r.title() + "** (" + r.requirement() + ")\n\n" + r.rationale() + "\n\n**Fix:** " + r.remediation()));
            rule.put("helpUri", r.link());
            rule.put("defaultConfiguration", Map.of("level", level(r.severity())));
            rule.put("properties", Map.of("requirement", r.requirement(), "tags", List.of("pont", "policy", r.requirement())));
            sarifRules.add(rule);
        }
        List<Object> results = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", f.rule());
            result.put("ruleIndex", ids.indexOf(f.rule()));
            result.put("level", level(f.severity()));
            result.put("message", Map.of("text", f.resource() + ": " + f.message() + (f.deviation() == null ? "" : " (declared deviation: " + f.deviation() + ")")));
            Map<String, Object> location = new LinkedHashMap<>();
            if (f.location() != null) {
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", Map.of("uri", f.location().file(), "uriBaseId", "%SRCROOT%"));
                if (f.location().line() != null) {
                    physical.put("region", Map.of("startLine", f.location().line()));
                }
                location.put("physicalLocation", physical);
            }
            location.put("logicalLocations", List.of(Map.of("name", f.resource(), "kind", "resource")));
            result.put("locations", List.of(location));
            result.put("partialFingerprints", Map.of("pontFinding/v1", f.rule() + "|" + target + "|" + f.resource() + "|" + f.message()));
            if (f.waived() != null) {
                result.put("suppressions", List.of(Map.of("kind", "external", "status", "accepted",
                        "justification", f.waived().reason() + " (expires " + f.waived().expires() + ")")));
            }
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "pont");
        driver.put("informationUri", BuiltInRules.ANSSI);
        driver.put("rules", sarifRules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("automationDetails", Map.of("id", "pont-check/" + profile + "/" + target + "/"));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return Json.pretty(log);
    }

    /** One test case per rule that ran; error-level findings not waived are failures, the rest system-out. */
    public String junit() {
        StringBuilder body = new StringBuilder();
        int failures = 0;
        for (Rule.Info r : rules) {
            List<Finding> mine = findings.stream().filter(f -> f.rule().equals(r.id())).toList();
            List<Finding> failing = mine.stream().filter(Finding::counts).toList();
            body.append("    <testcase classname=\"pont.policy.").append(x(profile)).append("\" name=\"").append(x(r.id()))
                    .append(" (").append(x(r.requirement())).append(")\">\n");
            if (!failing.isEmpty()) {
                failures++;
                body.append("      <failure message=\"").append(failing.size()).append(" error(s)\">");
                failing.forEach(f -> body.append(x(f.resource() + ": " + f.message())).append('\n'));
                body.append("</failure>\n");
            }
            List<Finding> rest = mine.stream().filter(f -> !f.counts()).toList();
            if (!rest.isEmpty()) {
                body.append("      <system-out>");
                rest.forEach(f -> body.append(x((f.waived() != null ? "waived " : "") + f.severity().wire() + " " + f.resource() + ": " + f.message())).append('\n'));
                body.append("</system-out>\n");
            }
            body.append("    </testcase>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n  <testsuite name=\"pont-policy-" + x(profile) + "-" + x(target)
                + "\" tests=\"" + rules.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\">\n" + body
                + "  </testsuite>\n</testsuites>\n";
    }

    static String level(Severity s) {
        return s == Severity.ERROR ? "error" : s == Severity.WARNING ? "warning" : "note";
    }

    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    private static String x(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
