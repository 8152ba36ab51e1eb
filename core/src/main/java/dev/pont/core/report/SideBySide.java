package dev.pont.core.report;

import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One stack previewed on several targets, summarised per neutral resource: what each cloud gets
 * (its resource types, with counts) and the grade the adapter declared.
 */
public final class SideBySide {

    /** One cell: the grade and the cloud resource types realising the component. */
    public record Cell(Grade grade, List<String> types) {
    }

    /** One row: a neutral resource and its cell per target. */
    public record Row(String component, String name, Map<String, Cell> cells) {
    }

    private SideBySide() {}

    public static List<Row> rows(List<Plan> plans) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Plan plan : plans) {
            Map<String, PlannedResource> index = plan.index();
            Map<String, Grade> grades = new TreeMap<>();
            for (Deviation d : plan.deviations()) {
                grades.put(d.resource(), d.grade());
            }
            for (PlannedResource component : plan.components()) {
                Map<String, Integer> types = new TreeMap<>();
                for (PlannedResource r : plan.cloudResources()) {
                    if (plan.component(r, index).map(c -> c.urn().equals(component.urn())).orElse(false)) {
                        types.merge(shortType(r.type()), 1, Integer::sum);
                    }
                }
                List<String> cell = new ArrayList<>();
                types.forEach((t, n) -> cell.add(n > 1 ? t + " x" + n : t));
                rows.computeIfAbsent(component.type() + "|" + component.name(),
                        k -> new Row(component.type(), component.name(), new LinkedHashMap<>()))
                        .cells().put(plan.target(), new Cell(grades.getOrDefault(component.name(), Grade.EQUIVALENT), cell));
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** {@code azure-native:storage:StorageAccount} → {@code StorageAccount}; keeps the package for S3-on-AWS-provider. */
    static String shortType(String type) {
        String last = type.substring(type.lastIndexOf(':') + 1);
        return type.startsWith("aws:") ? "aws/" + last : last;
    }

    public static String text(List<Plan> plans) {
        List<Row> rows = rows(plans);
        List<String> targets = plans.stream().map(Plan::target).toList();
        StringBuilder out = new StringBuilder("Side by side (")
                .append(plans.isEmpty() ? "" : plans.get(0).stack()).append("):\n\n");
        int nameWidth = Math.max(8, rows.stream().mapToInt(r -> r.name().length() + r.component().length() + 3).max().orElse(8));
        out.append("    ").append(PlanText.pad("Resource", nameWidth));
        targets.forEach(t -> out.append(" | ").append(t));
        out.append('\n');
        for (Row row : rows) {
            out.append("    ").append(PlanText.pad(row.name() + " (" + row.component().substring(row.component().lastIndexOf(':') + 1) + ")", nameWidth));
            for (String t : targets) {
                Cell cell = row.cells().get(t);
                out.append(" | ").append(cell == null ? "-" : cell.grade().wire() + ": " + types(cell));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String types(Cell cell) {
        return cell.types().isEmpty() ? "no cloud resource" : String.join(", ", cell.types());
    }

    public static String markdown(List<Plan> plans) {
        List<String> targets = plans.stream().map(Plan::target).toList();
        StringBuilder out = new StringBuilder("## Side by side\n\n| Resource |");
        targets.forEach(t -> out.append(' ').append(t).append(" |"));
        out.append("\n|---|");
        targets.forEach(t -> out.append("---|"));
        out.append('\n');
        for (Row row : rows(plans)) {
            out.append("| `").append(row.name()).append("` (").append(row.component()).append(") |");
            for (String t : targets) {
                Cell cell = row.cells().get(t);
                out.append(' ').append(cell == null ? "-" : "**" + cell.grade().wire() + "**: " + types(cell)).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
