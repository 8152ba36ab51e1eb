package dev.pont.core.report;

import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.List;

/** A plan as Markdown for a pull-request comment: one table per neutral component. */
public final class PlanMarkdown {
    private PlanMarkdown() {}

    public static String render(Plan plan, String targetName) {
        StringBuilder out = new StringBuilder();
        out.append("## Pont preview: `").append(plan.stack()).append("` on ").append(targetName).append("\n\n");
        out.append(plan.cloudResources().size()).append(" cloud resources under ").append(plan.components().size())
                .append(" neutral components; ").append(plan.deviations().size()).append(" deviations.\n\n");
        for (PlannedResource component : plan.components()) {
            out.append("### ").append(component.type()).append(" `").append(component.name()).append("`\n\n");
            out.append("| Type | Name | Key inputs |\n|---|---|---|\n");
            for (PlannedResource r : plan.descendants(component.urn())) {
                out.append("| `").append(r.type()).append("` | ").append(cell(r.name())).append(" | ")
                        .append(cell(InputSummary.of(r))).append(" |\n");
            }
            out.append('\n');
        }
        var byUrn = plan.index();
        List<PlannedResource> others = plan.cloudResources().stream()
                .filter(r -> plan.component(r, byUrn).isEmpty()).toList();
        if (!others.isEmpty()) {
            out.append("### Shared resources\n\n| Type | Name | Key inputs |\n|---|---|---|\n");
            others.forEach(r -> out.append("| `").append(r.type()).append("` | ").append(cell(r.name())).append(" | ")
                    .append(cell(InputSummary.of(r))).append(" |\n"));
            out.append('\n');
        }
        if (!plan.choices().isEmpty()) {
            out.append("### Catalog choices\n\n| Resource | Kind | Requested | Chosen | Verified | Note |\n|---|---|---|---|---|---|\n");
            for (CatalogChoice c : plan.choices()) {
                out.append("| ").append(cell(c.resource())).append(" | ").append(c.kind()).append(" | ").append(cell(c.requested()))
                        .append(" | ").append(cell(c.chosen())).append(" | ").append(c.verified() ? "yes" : "**no**").append(" | ")
                        .append(cell(c.note() == null ? "" : c.note())).append(" |\n");
            }
            out.append('\n');
        }
        out.append("### Deviations\n\n");
        if (plan.deviations().isEmpty()) {
            out.append("None: every resource is realised as specified.\n");
        } else {
            out.append("| Resource | Grade | Reasons |\n|---|---|---|\n");
            for (Deviation d : plan.deviations()) {
                out.append("| ").append(cell(d.resource())).append(" | ").append(d.grade().wire()).append(" | ")
                        .append(cell(String.join("; ", d.reasons()))).append(" |\n");
            }
        }
        if (!plan.warnings().isEmpty()) {
            out.append("\n### Warnings\n\n");
            plan.warnings().forEach(w -> out.append("- ").append(cell(w)).append('\n'));
        }
        return out.toString();
    }

    static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
