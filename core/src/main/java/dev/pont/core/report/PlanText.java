package dev.pont.core.report;

import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan as a terminal tree in the manner of {@code pulumi preview}: type, name and key inputs,
 * then the count per type, the catalog choices, the deviations and the warnings.
 */
public final class PlanText {
    private PlanText() {}

    public static String render(Plan plan, String targetName) {
        StringBuilder out = new StringBuilder();
        out.append("Previewing stack ").append(plan.stack()).append(" on ").append(targetName)
                .append(" (target ").append(plan.target()).append("): offline, no cloud credentials used\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Type", "Name", "Key inputs"});
        Map<String, List<PlannedResource>> children = new TreeMap<>();
        List<PlannedResource> roots = new ArrayList<>();
        Map<String, PlannedResource> byUrn = plan.index();
        for (PlannedResource r : plan.resources()) {
            if (r.parent() == null || !byUrn.containsKey(r.parent())) {
                roots.add(r);
            } else {
                children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
            }
        }
        roots.sort(ORDER);
        for (PlannedResource root : roots) {
            walk(root, "", "", children, rows);
        }
        int typeWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(4);
        int nameWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(4);
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String line = (i == 0 ? "    " : " +  ") + pad(row[0], typeWidth) + "  " + pad(row[1], nameWidth) + "  " + row[2];
            out.append(line.stripTrailing()).append('\n');
        }
        List<PlannedResource> cloud = plan.cloudResources();
        out.append("\nResources:\n    + ").append(cloud.size()).append(" cloud resources to create, under ")
                .append(plan.components().size()).append(" neutral components\n");
        Map<String, Integer> byType = new TreeMap<>();
        cloud.forEach(r -> byType.merge(r.type(), 1, Integer::sum));
        int width = byType.keySet().stream().mapToInt(String::length).max().orElse(0);
        out.append("\nBy type:\n");
        byType.forEach((type, n) -> out.append("    ").append(pad(type, width)).append("  ").append(n).append('\n'));
        appendChoices(out, plan.choices());
        appendDeviations(out, plan.deviations());
        if (!plan.warnings().isEmpty()) {
            out.append("\nWarnings:\n");
            plan.warnings().forEach(w -> out.append("    ! ").append(w).append('\n'));
        }
        return out.toString();
    }

    static void appendChoices(StringBuilder out, List<CatalogChoice> choices) {
        if (choices.isEmpty()) {
            return;
        }
        out.append("\nCatalog choices (* = entry not verified against the provider):\n");
        int nameWidth = choices.stream().mapToInt(c -> c.resource().length()).max().orElse(0);
        int kindWidth = choices.stream().mapToInt(c -> c.kind().length()).max().orElse(0);
        for (CatalogChoice c : choices) {
            out.append("    ").append(pad(c.resource(), nameWidth)).append("  ").append(pad(c.kind(), kindWidth)).append("  ")
                    .append(c.requested()).append(" -> ").append(c.chosen()).append(c.verified() ? "" : " *");
            if (c.note() != null && !c.note().isEmpty()) {
                out.append("  (").append(c.note()).append(')');
            }
            out.append('\n');
        }
    }

    static void appendDeviations(StringBuilder out, List<Deviation> deviations) {
        out.append("\nDeviations:\n");
        if (deviations.isEmpty()) {
            out.append("    none: every resource is realised as specified\n");
            return;
        }
        for (Deviation d : deviations) {
            out.append("    ").append(d.resource()).append(": ").append(d.grade().wire().toUpperCase(java.util.Locale.ROOT)).append('\n');
            d.reasons().forEach(r -> out.append("        - ").append(r).append('\n'));
        }
    }

    /** Components and stack first, then by type and name, so the tree reads top-down. */
    private static final Comparator<PlannedResource> ORDER = Comparator
            .comparing((PlannedResource r) -> r.providerInstance())
            .thenComparing(PlannedResource::urn);

    private static void walk(PlannedResource r, String indent, String branch, Map<String, List<PlannedResource>> children,
                             List<String[]> rows) {
        rows.add(new String[] {indent + branch + r.type(), r.name(), InputSummary.of(r)});
        List<PlannedResource> kids = new ArrayList<>(children.getOrDefault(r.urn(), List.of()));
        kids.sort(ORDER);
        String childIndent = indent + (branch.isEmpty() ? "" : branch.startsWith("└") ? "   " : "│  ");
        for (int i = 0; i < kids.size(); i++) {
            walk(kids.get(i), childIndent, i == kids.size() - 1 ? "└─ " : "├─ ", children, rows);
        }
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
