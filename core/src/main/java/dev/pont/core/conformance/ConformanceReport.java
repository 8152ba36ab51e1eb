package dev.pont.core.conformance;

import dev.pont.core.plan.Grade;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The equivalence matrix of one stack across targets: rows are neutral resources, columns
 * targets, cells the grade with its reasons; then every difference, declared or not, and the
 * differences between targets on portable properties. Serialised as the JSON report; rendered
 * as text, Markdown, a self-contained HTML page and JUnit XML.
 */
public record ConformanceReport(int version, String stack, List<String> targets, List<Row> resources,
                                List<Equivalence.CrossDifference> crossTarget, int undeclared) {

    public static final int VERSION = 1;

    /** One neutral resource across targets. */
    public record Row(String type, String name, Map<String, Grade> grades, Map<String, List<String>> reasons,
                      List<Difference> differences) {
    }

    public static ConformanceReport of(String stack, List<String> targets, List<Assessment> assessments) {
        Map<String, Row> rows = new LinkedHashMap<>();
        int undeclared = 0;
        for (Assessment a : assessments) {
            Row row = rows.computeIfAbsent(a.type() + "|" + a.name(),
                    k -> new Row(a.type(), a.name(), new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>()));
            row.grades().put(a.target(), a.reported());
            row.reasons().put(a.target(), a.declaredReasons());
            row.differences().addAll(a.differences());
            undeclared += a.undeclared().size();
        }
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(java.util.Comparator.comparing(Row::type).thenComparing(Row::name));
        return new ConformanceReport(VERSION, stack, List.copyOf(targets), sorted, Equivalence.compareTargets(assessments), undeclared);
    }

    public boolean passed() {
        return undeclared == 0;
    }

    public String text() {
        StringBuilder out = new StringBuilder("Conformance of stack ").append(stack).append(" on ").append(String.join(", ", targets))
                .append(" (offline)\n\n");
        int width = Math.max(8, resources.stream().mapToInt(r -> label(r).length()).max().orElse(8));
        out.append("    ").append(pad("Resource", width));
        targets.forEach(t -> out.append("  ").append(pad(t, 12)));
        out.append('\n');
        for (Row row : resources) {
            out.append("    ").append(pad(label(row), width));
            targets.forEach(t -> out.append("  ").append(pad(row.grades().containsKey(t) ? row.grades().get(t).wire() : "-", 12)));
            out.append('\n');
        }
        out.append("\nDifferences (intent -> fact):\n");
        boolean any = false;
        for (Row row : resources) {
            for (Difference d : row.differences()) {
                any = true;
                out.append("    ").append(d.declared() ? "  declared  " : "UNDECLARED  ").append(d.target()).append(' ').append(row.name())
                        .append(' ').append(d.property()).append(": ").append(d.intent()).append(" -> ").append(d.fact()).append('\n');
            }
        }
        if (!any) {
            out.append("    none\n");
        }
        out.append("\nDeclared deviations:\n");
        for (Row row : resources) {
            row.reasons().forEach((t, reasons) -> reasons.forEach(r -> out.append("    ").append(t).append(' ').append(row.name())
                    .append(": ").append(r).append('\n')));
        }
        if (!crossTarget.isEmpty()) {
            out.append("\nBetween targets (portable properties):\n");
            crossTarget.forEach(c -> out.append("    ").append(c.resource()).append(' ').append(c.property()).append(": ")
                    .append(c.values()).append('\n'));
        }
        out.append('\n').append(passed() ? "PASS: every difference is a declared deviation\n"
                : "FAIL: " + undeclared + " undeclared difference(s)\n");
        return out.toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("## Conformance: `").append(stack).append("`\n\n| Resource |");
        targets.forEach(t -> out.append(' ').append(t).append(" |"));
        out.append("\n|---|");
        targets.forEach(t -> out.append("---|"));
        out.append('\n');
        for (Row row : resources) {
            out.append("| `").append(row.name()).append("` (").append(row.type()).append(") |");
            for (String t : targets) {
                Grade g = row.grades().get(t);
                List<String> reasons = row.reasons().getOrDefault(t, List.of());
                out.append(' ').append(g == null ? "-" : g == Grade.EQUIVALENT ? "equivalent" : "**" + g.wire() + "**")
                        .append(reasons.isEmpty() ? "" : ": " + esc(String.join("; ", reasons))).append(" |");
            }
            out.append('\n');
        }
        out.append("\n### Differences\n\n| Target | Resource | Property | Intent | Fact | Declared |\n|---|---|---|---|---|---|\n");
        for (Row row : resources) {
            for (Difference d : row.differences()) {
                out.append("| ").append(d.target()).append(" | `").append(row.name()).append("` | ").append(d.property()).append(" | ")
                        .append(esc(d.intent())).append(" | ").append(esc(d.fact())).append(" | ").append(d.declared() ? "yes" : "**no**").append(" |\n");
            }
        }
        out.append('\n').append(passed() ? "**PASS**: every difference is a declared deviation.\n"
                : "**FAIL**: " + undeclared + " undeclared difference(s).\n");
        return out.toString();
    }

    public String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pont conformance: ")
                .append(h(stack)).append("</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"
                        + ".equivalent{background:#e6f4ea}.degraded{background:#fff4e5}.unsupported{background:#fde8e8}.no{color:#b00;font-weight:bold}</style>"
                        + "</head><body>\n<h1>Conformance of <code>").append(h(stack)).append("</code></h1>\n<p>")
                .append(passed() ? "PASS: every difference is a declared deviation." : "FAIL: " + undeclared + " undeclared difference(s).")
                .append("</p>\n<table><tr><th>Resource</th>");
        targets.forEach(t -> out.append("<th>").append(h(t)).append("</th>"));
        out.append("</tr>\n");
        for (Row row : resources) {
            out.append("<tr><td><code>").append(h(row.name())).append("</code><br><small>").append(h(row.type())).append("</small></td>");
            for (String t : targets) {
                Grade g = row.grades().get(t);
                out.append("<td class=\"").append(g == null ? "" : g.wire()).append("\">").append(g == null ? "-" : g.wire());
                for (String r : row.reasons().getOrDefault(t, List.of())) {
                    out.append("<br><small>").append(h(r)).append("</small>");
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n<h2>Differences</h2>\n<table><tr><th>Target</th><th>Resource</th><th>Property</th><th>Intent</th><th>Fact</th><th>Declared</th></tr>\n");
        for (Row row : resources) {
            for (Difference d : row.differences()) {
                out.append("<tr><td>").append(h(d.target())).append("</td><td>").append(h(row.name())).append("</td><td>").append(h(d.property()))
                        .append("</td><td>").append(h(d.intent())).append("</td><td>").append(h(d.fact())).append("</td><td")
                        .append(d.declared() ? ">yes" : " class=\"no\">no").append("</td></tr>\n");
            }
        }
        out.append("</table>\n</body></html>\n");
        return out.toString();
    }

    /** One test case per resource and target; undeclared differences are failures. */
    public String junit() {
        int cases = 0;
        int failures = 0;
        StringBuilder body = new StringBuilder();
        for (Row row : resources) {
            for (String t : targets) {
                if (!row.grades().containsKey(t)) {
                    continue;
                }
                cases++;
                List<Difference> undeclaredHere = row.differences().stream().filter(d -> d.target().equals(t) && !d.declared()).toList();
                body.append("    <testcase classname=\"pont.conformance.").append(x(t)).append("\" name=\"").append(x(row.name()))
                        .append(" (").append(x(row.type())).append(")\">\n");
                if (!undeclaredHere.isEmpty()) {
                    failures++;
                    body.append("      <failure message=\"").append(undeclaredHere.size()).append(" undeclared difference(s)\">");
                    undeclaredHere.forEach(d -> body.append(x(d.property() + ": intent " + d.intent() + ", fact " + d.fact())).append('\n'));
                    body.append("</failure>\n");
                }
                body.append("      <system-out>grade ").append(row.grades().get(t).wire());
                row.reasons().getOrDefault(t, List.of()).forEach(r -> body.append("; ").append(x(r)));
                body.append("</system-out>\n    </testcase>\n");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n  <testsuite name=\"pont-conformance-" + x(stack)
                + "\" tests=\"" + cases + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\">\n" + body + "  </testsuite>\n</testsuites>\n";
    }

    private static String label(Row row) {
        return row.name() + " (" + row.type().substring(row.type().lastIndexOf(':') + 1) + ")";
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    private static String esc(String s) {
        return s.replace("|", "\\|");
    }

    static String h(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String x(String s) {
        return h(s).replace("'", "&apos;");
    }

    @Override
    public String toString() {
        return "ConformanceReport[" + stack + ", " + targets + ", undeclared=" + undeclared + "]";
    }

    static String lower(Grade g) {
        return g.wire().toLowerCase(Locale.ROOT);
    }
}
