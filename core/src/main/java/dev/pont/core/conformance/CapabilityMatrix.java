package dev.pont.core.conformance;

import dev.pont.core.plan.Grade;
import java.util.List;

/**
 * The capability matrix: for each reference stack, what every target can do with each neutral
 * resource (the reported grade) and why not (the declared reasons). Generated into
 * {@code docs/capability-matrix.md}; a test keeps it current.
 */
public final class CapabilityMatrix {
    private CapabilityMatrix() {}

    public static String markdown(List<ConformanceReport> reports) {
        StringBuilder out = new StringBuilder("# Capability matrix\n\n")
                .append("Generated from the reference stacks by `CapabilityMatrixTest` (conformance-tests); do not edit by hand.\n")
                .append("Regenerate with `./mvnw test -pl conformance-tests -am -Dpont.golden.update=true`.\n\n")
                .append("Grades: **equivalent** (the facts of the cloud resources match the neutral intent), **degraded** ")
                .append("(realised, but something the spec asked for is lost: reasons below), **unsupported** (the target cannot ")
                .append("realise it). A grade is the worse of what the adapter declared and what the facts show.\n");
        for (ConformanceReport report : reports) {
            out.append("\n## `").append(report.stack()).append("`\n\n| Resource | Kind |");
            report.targets().forEach(t -> out.append(' ').append(t).append(" |"));
            out.append("\n|---|---|");
            report.targets().forEach(t -> out.append("---|"));
            out.append('\n');
            for (ConformanceReport.Row row : report.resources()) {
                out.append("| `").append(row.name()).append("` | ").append(row.type().substring(row.type().lastIndexOf(':') + 1)).append(" |");
                for (String t : report.targets()) {
                    Grade g = row.grades().get(t);
                    out.append(' ').append(g == null ? "-" : g == Grade.EQUIVALENT ? "equivalent" : "**" + g.wire() + "**").append(" |");
                }
                out.append('\n');
            }
            out.append("\n### Why not equivalent\n\n");
            boolean any = false;
            for (ConformanceReport.Row row : report.resources()) {
                for (String t : report.targets()) {
                    List<String> reasons = row.reasons().getOrDefault(t, List.of());
                    for (String r : reasons) {
                        any = true;
                        out.append("- **").append(t).append("**, `").append(row.name()).append("`: ").append(r.replace("\n", " ")).append('\n');
                    }
                }
            }
            if (!any) {
                out.append("Every resource is equivalent on every target.\n");
            }
            long undeclared = report.undeclared();
            if (undeclared > 0) {
                out.append("\n**").append(undeclared).append(" undeclared difference(s)**: see `pont conformance ").append(report.stack())
                        .append("`.\n");
            }
        }
        return out.toString();
    }
}
