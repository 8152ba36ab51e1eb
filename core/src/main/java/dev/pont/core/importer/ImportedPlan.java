package dev.pont.core.importer;

import dev.pont.core.plan.Plan;
import java.util.List;

/**
 * A plan read from a file, with the format it was read as and what the importer skipped because it
 * could not place it (a resource whose parent is not in the file). A plan with skipped parts is
 * {@link #incomplete()}; reports say so.
 */
public record ImportedPlan(Plan plan, Format format, List<String> skipped) {
    public ImportedPlan {
        skipped = skipped == null ? List.of() : skipped.stream().sorted().distinct().toList();
    }

    public ImportedPlan(Plan plan, Format format) {
        this(plan, format, List.of());
    }

    public boolean incomplete() {
        return !skipped.isEmpty();
    }
}
