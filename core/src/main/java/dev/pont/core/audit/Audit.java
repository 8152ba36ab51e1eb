package dev.pont.core.audit;

import dev.pont.core.PontException;
import dev.pont.core.facts.FactExtractor;
import dev.pont.core.facts.Facts;
import dev.pont.core.importer.ImportedPlan;
import dev.pont.core.importer.PlanImporter;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.platform.Platform;
import dev.pont.core.platform.Realiser;
import dev.pont.core.platform.StackModel;
import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.Specs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reversibility audit: an estate (a plan Pont did not write) read into an inventory, inferred neutral
 * specs re-realised on each target through its adapter and graded, a score per target, export paths for
 * the data, and the actions to reach full reversibility. Adapters, targets and extractors are parameters:
 * core names no provider.
 */
public final class Audit {
    /** Grade values in the score. */
    static final Map<String, Double> VALUES = new LinkedHashMap<>();
    static final int STATEFUL_WEIGHT = 2;
    static final int STATELESS_WEIGHT = 1;
    static final String UNMAPPED = "unmapped";
    /** URNs, names and types longer than this are clipped in reports. */
    static final int CLIP = 512;

    static {
        VALUES.put("equivalent", 1.0);
        VALUES.put("degraded", 0.5);
        VALUES.put("unsupported", 0.0);
        VALUES.put(UNMAPPED, 0.0);
    }

    private Audit() {}

    /** The audit and the inferred neutral model (the one {@code --emit-stack} writes). */
    public record Result(AuditReport report, StackModel model) {
    }

    public static Result run(ImportedPlan estate, String file, List<FactExtractor> extractors, List<AuditTarget> targets) {
        Plan plan = estate.plan();
        if (targets.isEmpty()) {
            throw new PontException("no target to audit against: give --targets, e.g. ovhcloud,outscale,s3ns");
        }
        Facts facts = Facts.of(plan, extractors);
        Inference.Result inferred = Inference.infer(plan, facts);
        String stack = stackName(plan.stack());
        Realisation realisation = new Realisation(stack, inferred.resources(), inferred.placement());
        ExportPaths paths = ExportPaths.standard();

        List<AuditReport.Resource> resources = new ArrayList<>();
        Map<String, PlannedResource> index = plan.index();
        for (Inferred i : inferred.resources()) {
            PlannedResource anchor = index.get(i.anchor());
            resources.add(new AuditReport.Resource(i.name(), i.kind().role(), clip(i.anchor()), clip(anchor.type()),
                    i.members().stream().map(Audit::clip).toList(), i.kind().stateful(),
                    i.spec() == null ? null : Specs.toJson(i.spec()), i.assumed(), i.failure(),
                    i.kind().stateful() ? paths.ofRole(i.kind().role()).orElse(null) : null));
        }
        List<AuditReport.LockIn> lockIns = new ArrayList<>();
        for (InventoryItem item : inferred.inventory()) {
            if (item.unmapped()) {
                var entry = item.category().equals(InventoryItem.LOCK_IN) ? paths.ofLockIn(item.type()) : java.util.Optional.<ExportPaths.LockIn>empty();
                lockIns.add(new AuditReport.LockIn(clip(item.urn()), clip(item.type()), clip(item.name()), item.reason(),
                        entry.map(ExportPaths.LockIn::stateful).orElse(false),
                        entry.map(ExportPaths.LockIn::alternative).orElse(null), entry.map(ExportPaths.LockIn::export).orElse(null)));
            }
        }
        lockIns.sort(Comparator.comparing(AuditReport.LockIn::type).thenComparing(AuditReport.LockIn::name).thenComparing(AuditReport.LockIn::urn));

        Map<String, AuditReport.Target> perTarget = new LinkedHashMap<>();
        for (AuditTarget target : targets) {
            Map<String, Realisation.Outcome> outcomes = realisation.grade(target, extractors);
            perTarget.put(target.id(), target(target.id(), inferred.resources(), index, outcomes, lockIns, resources));
        }

        List<String> warnings = new ArrayList<>(plan.warnings());
        inferred.placementAssumed().forEach(a -> warnings.add("placement: " + a));
        // A lock-in holds data when its service does (export-paths.json): Cosmos DB, Event Hubs, Synapse...
        List<InventoryItem> inventory = inferred.inventory().stream()
                .map(i -> new InventoryItem(clip(i.urn()), clip(i.type()), clip(i.name()), i.role(), i.reason(),
                        i.stateful() || (i.category().equals(InventoryItem.LOCK_IN)
                                && paths.ofLockIn(i.type()).map(ExportPaths.LockIn::stateful).orElse(false)),
                        i.portable(), i.category(), i.resource())).toList();
        AuditReport report = new AuditReport(AuditReport.SCHEMA_VERSION,
                new AuditReport.Source(clip(file), estate.format().wire(), clip(plan.stack()), clip(plan.target()), !estate.incomplete()),
                summary(inventory, resources, realisation.shapes(), lockIns),
                new AuditReport.Scoring(VALUES, STATEFUL_WEIGHT, STATELESS_WEIGHT, definition()),
                warnings.stream().sorted().distinct().toList(), inventory, resources, lockIns, perTarget);
        return new Result(report, model(stack, inferred));
    }

    /** The whole inferred model: every expressible resource in declaration order (a stack keeps one audit log). */
    private static StackModel model(String stack, Inference.Result inferred) {
        Platform platform = new Platform(stack, inferred.placement(), Realiser.NONE);
        boolean auditLog = false;
        for (Inferred i : inferred.resources()) {
            if (i.spec() == null || (i.kind() == ResourceKind.AUDIT_LOG && auditLog)) {
                continue;
            }
            auditLog |= i.kind() == ResourceKind.AUDIT_LOG;
            platform.declare(i.name(), i.spec());
        }
        return platform.model();
    }

    static String stackName(String raw) {
        String name = Inference.uniqueName(raw == null ? "estate" : raw, new java.util.TreeSet<>());
        return name.length() > 30 ? name.substring(0, 30).replaceAll("-$", "") : name;
    }

    private static AuditReport.Target target(String id, List<Inferred> inferred, Map<String, PlannedResource> index,
                                             Map<String, Realisation.Outcome> outcomes, List<AuditReport.LockIn> lockIns,
                                             List<AuditReport.Resource> resources) {
        List<AuditReport.Graded> graded = new ArrayList<>();
        for (Inferred i : inferred) {
            Realisation.Outcome o = outcomes.get(i.name());
            graded.add(new AuditReport.Graded(i.name(), i.kind().role(), clip(index.get(i.anchor()).type()), o.grade(),
                    i.kind().stateful(), weight(i.kind().stateful()), o.reasons(), o.realisedAs()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (AuditReport.LockIn l : lockIns) {
            graded.add(new AuditReport.Graded(lockInKey(l, seen), UNMAPPED, l.type(), UNMAPPED, l.stateful(), weight(l.stateful()),
                    List.of(l.reason() == null ? "no neutral role" : l.reason()), List.of()));
        }
        double sum = 0;
        double weights = 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        VALUES.keySet().forEach(k -> counts.put(k, 0));
        Map<String, String> grades = new TreeMap<>();
        for (AuditReport.Graded g : graded) {
            sum += g.weight() * VALUES.get(g.grade());
            weights += g.weight();
            counts.merge(g.grade(), 1, Integer::sum);
            grades.put(g.resource(), g.grade());
        }
        double score = weights == 0 ? 1.0 : BigDecimal.valueOf(sum / weights).setScale(3, RoundingMode.HALF_UP).doubleValue();
        return new AuditReport.Target(score, counts, grades, graded, Actions.of(id, graded, lockIns, resources));
    }

    /** A lock-in's key in the grades: its name, with its type when two lock-ins share a name. */
    private static String lockInKey(AuditReport.LockIn l, Map<String, Integer> seen) {
        int n = seen.merge(l.name(), 1, Integer::sum);
        return n == 1 ? l.name() : l.name() + " (" + l.type() + (n > 2 ? " #" + n : "") + ")";
    }

    static int weight(boolean stateful) {
        return stateful ? STATEFUL_WEIGHT : STATELESS_WEIGHT;
    }

    private static AuditReport.Summary summary(List<InventoryItem> inventory, List<AuditReport.Resource> resources, int shapes,
                                               List<AuditReport.LockIn> lockIns) {
        int neutral = 0;
        int plumbing = 0;
        int pulumi = 0;
        int components = 0;
        int lock = 0;
        int unknown = 0;
        for (InventoryItem i : inventory) {
            switch (i.category()) {
                case InventoryItem.NEUTRAL -> neutral++;
                case InventoryItem.PLUMBING -> plumbing++;
                case InventoryItem.PULUMI -> pulumi++;
                case InventoryItem.COMPONENT -> components++;
                case InventoryItem.LOCK_IN -> lock++;
                default -> unknown++;
            }
        }
        int stateful = (int) resources.stream().filter(AuditReport.Resource::stateful).count()
                + (int) lockIns.stream().filter(AuditReport.LockIn::stateful).count();
        return new AuditReport.Summary(inventory.size(), neutral + plumbing + lock + unknown, neutral, plumbing, pulumi, components,
                lock, unknown, stateful, resources.size(), shapes, resources.size() + lockIns.size());
    }

    static String definition() {
        return "The score of a target is the weighted mean of the grades of the counted resources: each inferred neutral resource "
                + "(however many cloud resources it was read from) and each estate cloud resource with no neutral equivalent (lock-in or unknown). "
                + "Grades are worth equivalent 1, degraded 0.5, unsupported 0, unmapped 0; a resource that holds data (stateful) weighs "
                + STATEFUL_WEIGHT + ", any other " + STATELESS_WEIGHT + ". Supporting resources (resource groups, private DNS, role assignments, "
                + "network interfaces...), the Pulumi stack, provider instances and components are listed but not counted: the target's adapter "
                + "recreates what they do. 1.0 means every counted resource lands equivalently on the target.";
    }

    /** A value for a report: at most {@value #CLIP} characters, one line. */
    static String clip(String value) {
        if (value == null) {
            return null;
        }
        return value.length() <= CLIP ? value : PlanImporter.shorten(value.substring(0, 80)) + " [" + value.length() + " characters]";
    }
}
