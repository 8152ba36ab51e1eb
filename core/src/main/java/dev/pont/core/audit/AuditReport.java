package dev.pont.core.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The reversibility audit of an estate, as data: what the JSON report holds (schema version
 * {@link #SCHEMA_VERSION}, documented in docs/audit.md) and what the Markdown, HTML and text reports show.
 */
@JsonPropertyOrder({"schemaVersion", "source", "summary", "scoring", "warnings", "inventory", "resources", "lockIns", "targets"})
public record AuditReport(int schemaVersion, Source source, Summary summary, Scoring scoring, List<String> warnings,
                          List<InventoryItem> inventory, List<Resource> resources, List<LockIn> lockIns,
                          Map<String, Target> targets) {
    public static final int SCHEMA_VERSION = 1;

    /** Where the estate came from. {@code complete} is false when the importer skipped something (see warnings). */
    public record Source(String file, String format, String stack, String pulumiStack, boolean complete) {
    }

    /** Counts over the inventory. */
    public record Summary(int resources, int cloudResources, int neutral, int plumbing, int pulumiInternal, int components,
                          int lockIns, int unknown, int stateful, int inferred, int shapes, int counted) {
    }

    /** How the score is computed, stated in every report. */
    public record Scoring(Map<String, Double> gradeValues, int statefulWeight, int statelessWeight, String definition) {
    }

    /** One inferred neutral resource: its spec, the estate resources it was read from, assumptions and export path. */
    public record Resource(String name, String role, String anchor, String anchorType, List<String> members, boolean stateful,
                           Map<String, Object> spec, List<String> assumed, String failure, ExportPaths.Export export) {
    }

    /** One estate resource with no neutral equivalent: a lock-in service (or an unknown type). */
    public record LockIn(String urn, String type, String name, String reason, boolean stateful, String alternative,
                         ExportPaths.Export export) {
    }

    /** One target: the score, the grade counts, each resource's grade, and the actions to reach full reversibility. */
    public record Target(double score, Map<String, Integer> counts, Map<String, String> grades, List<Graded> resources,
                         List<Action> actions) {
    }

    /** One counted resource on one target. {@code realisedAs} lists the target's cloud resource types. */
    public record Graded(String resource, String role, String estateType, String grade, boolean stateful, int weight,
                         List<String> reasons, List<String> realisedAs) {
    }

    /** One step towards full reversibility, in the order to take them. */
    public record Action(int order, String kind, String resource, String text) {
    }
}
