package dev.pont.core.importer;

import dev.pont.core.plan.Plan;

/** A plan read from a file, with the format it was read as. */
public record ImportedPlan(Plan plan, Format format) {
}
