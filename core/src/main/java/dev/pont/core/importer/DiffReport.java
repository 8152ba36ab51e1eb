package dev.pont.core.importer;

import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.Secrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link PlanDiff} as JSON (shape in docs/diff.md), text or Markdown. */
public final class DiffReport {
    /** The version of the JSON shape. */
    public static final int VERSION = 1;

    private DiffReport() {}

    public static String json(PlanDiff diff, ImportedPlan a, ImportedPlan b) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", VERSION);
        doc.put("a", side(a));
        doc.put("b", side(b));
        doc.put("matched", diff.matched());
        doc.put("onlyInA", diff.onlyInA());
        doc.put("onlyInB", diff.onlyInB());
        doc.put("warnings", diff.warnings());
        return Json.pretty(doc);
    }

    private static Map<String, Object> side(ImportedPlan p) {
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("stack", p.plan().stack());
        side.put("target", p.plan().target());
        side.put("source", p.format().wire());
        side.put("incomplete", p.incomplete());
        side.put("skipped", p.skipped());
        return side;
    }

    public static String text(PlanDiff diff, ImportedPlan a, ImportedPlan b) {
        StringBuilder out = new StringBuilder();
        out.append("A: ").append(title(a)).append('\n');
        out.append("B: ").append(title(b)).append('\n');
        incomplete(a, "A").ifPresent(line -> out.append(line).append('\n'));
        incomplete(b, "B").ifPresent(line -> out.append(line).append('\n'));
        out.append('\n');
        long differing = diff.matched().stream().filter(PlanDiff.Match::differs).count();
        out.append("Matched: ").append(diff.matched().size()).append(" resource(s), ").append(differing)
                .append(" with differences\n");
        for (PlanDiff.Match m : diff.matched()) {
            if (!m.differs()) {
                continue;
            }
            out.append("  ").append(m.type()).append(' ').append(m.component()).append('\n');
            for (PlanDiff.PropertyDifference d : m.differences()) {
                out.append("    ").append(d.property()).append(": ").append(display(d.a())).append(" -> ").append(display(d.b())).append('\n');
            }
            for (PlanDiff.RawDifference r : m.raw()) {
                out.append("    raw ").append(r.type()).append(' ').append(r.name());
                if (!r.input().isEmpty()) {
                    out.append(' ').append(r.input());
                }
                out.append(": ").append(raw(r.a())).append(" -> ").append(raw(r.b())).append('\n');
            }
        }
        unmatched(out, "Only in A", diff.onlyInA());
        unmatched(out, "Only in B", diff.onlyInB());
        if (!diff.warnings().isEmpty()) {
            out.append("\nWarnings:\n");
            diff.warnings().forEach(w -> out.append("  ").append(w).append('\n'));
        }
        out.append('\n').append(diff.hasDifferences() ? "Result: the plans differ" : "Result: no difference").append('\n');
        return out.toString();
    }

    private static void unmatched(StringBuilder out, String title, List<PlanDiff.Unmatched> list) {
        if (list.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(" (").append(list.size()).append("):\n");
        list.forEach(u -> out.append("  ").append(u.type()).append(' ').append(u.name()).append('\n'));
    }

    public static String markdown(PlanDiff diff, ImportedPlan a, ImportedPlan b) {
        StringBuilder out = new StringBuilder();
        out.append("# Diff\n\n");
        out.append("- **A**: ").append(cell(title(a))).append('\n');
        out.append("- **B**: ").append(cell(title(b))).append("\n");
        incomplete(a, "A").ifPresent(line -> out.append("- **").append(cell(line)).append("**\n"));
        incomplete(b, "B").ifPresent(line -> out.append("- **").append(cell(line)).append("**\n"));
        out.append('\n');
        out.append(diff.hasDifferences() ? "The plans differ.\n" : "No difference.\n");
        if (diff.matched().stream().anyMatch(PlanDiff.Match::differs)) {
            out.append("\n## Differences\n\n| Resource | Property | A | B |\n|---|---|---|---|\n");
            for (PlanDiff.Match m : diff.matched()) {
                String resource = cell(m.type() + " " + m.component());
                for (PlanDiff.PropertyDifference d : m.differences()) {
                    out.append("| ").append(resource).append(" | ").append(cell(d.property())).append(" | ")
                            .append(cell(display(d.a()))).append(" | ").append(cell(display(d.b()))).append(" |\n");
                }
                for (PlanDiff.RawDifference r : m.raw()) {
                    out.append("| ").append(resource).append(" | raw ").append(cell(r.type() + " " + r.name()
                            + (r.input().isEmpty() ? "" : " " + r.input()))).append(" | ").append(cell(raw(r.a())))
                            .append(" | ").append(cell(raw(r.b()))).append(" |\n");
                }
            }
        }
        mdList(out, "Only in A", diff.onlyInA());
        mdList(out, "Only in B", diff.onlyInB());
        if (!diff.warnings().isEmpty()) {
            out.append("\n## Warnings\n\n");
            diff.warnings().forEach(w -> out.append("- ").append(cell(w)).append('\n'));
        }
        return out.toString();
    }

    private static void mdList(StringBuilder out, String title, List<PlanDiff.Unmatched> list) {
        if (list.isEmpty()) {
            return;
        }
        out.append("\n## ").append(title).append("\n\n");
        list.forEach(u -> out.append("- `").append(u.type()).append("` ").append(cell(u.name())).append('\n'));
    }

    /** The line that says a side was imported incomplete: what was skipped is in the warnings. */
    static java.util.Optional<String> incomplete(ImportedPlan p, String side) {
        return p.incomplete() ? java.util.Optional.of(side + " is incomplete: " + p.skipped().size()
                + " part(s) of the file were skipped (see the warnings); the comparison covers the rest")
                : java.util.Optional.empty();
    }

    private static String title(ImportedPlan p) {
        Plan plan = p.plan();
        return "stack " + plan.stack() + ", target " + plan.target() + " (" + p.format().wire() + ")";
    }

    private static String raw(Object value) {
        return value == null ? "absent" : display(value);
    }

    static String display(Object value) {
        if (value == null) {
            return "not stated";
        }
        if (Secrets.isSecret(value)) {
            return "[secret]";
        }
        if (dev.pont.core.plan.Unknowns.isUnknown(value)) {
            return "unknown";
        }
        if (value instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(DiffReport::display).toList()) + "]";
        }
        if (value instanceof Map<?, ?>) {
            return PlanImporter.shorten(Json.mapper().valueToTree(value).toString());
        }
        return PlanImporter.shorten(String.valueOf(value));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
