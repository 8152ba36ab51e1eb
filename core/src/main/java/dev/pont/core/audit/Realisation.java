package dev.pont.core.audit;

import dev.pont.core.PontException;
import dev.pont.core.conformance.Assessment;
import dev.pont.core.conformance.Difference;
import dev.pont.core.conformance.Equivalence;
import dev.pont.core.facts.FactExtractor;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.platform.Platform;
import dev.pont.core.platform.Realiser;
import dev.pont.core.platform.StackModel;
import dev.pont.core.preview.Preview;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.Specs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Re-realises inferred specs on a target through its real adapter and grades them with the
 * equivalence engine. Specs identical modulo names (same kind, same values, references to resources of
 * the same shape) are realised once: one representative per shape, plus what it refers to, goes into a
 * stack model previewed offline; every other resource of that shape takes its representative's grade.
 */
final class Realisation {
    /** What one neutral resource becomes on one target. */
    record Outcome(String grade, List<String> reasons, List<String> realisedAs) {
        Outcome {
            reasons = List.copyOf(reasons);
            realisedAs = List.copyOf(realisedAs);
        }
    }

    private final List<Inferred> resources;
    private final Map<String, Inferred> byName = new HashMap<>();
    private final Placement placement;
    private final String stack;

    /** Shape key → representative name; resource name → its shape key. */
    private final Map<String, String> representative = new LinkedHashMap<>();
    private final Map<String, String> shapeOf = new HashMap<>();

    Realisation(String stack, List<Inferred> resources, Placement placement) {
        this.stack = stack;
        this.resources = resources;
        this.placement = placement;
        resources.forEach(r -> byName.put(r.name(), r));
        for (Inferred r : resources) {
            if (r.spec() != null) {
                String key = shape(r);
                shapeOf.put(r.name(), key);
                representative.putIfAbsent(key, r.name());
            }
        }
    }

    /** How many distinct shapes are realised per target. */
    int shapes() {
        return representative.size();
    }

    /** The stack models to preview: the main one, and one per extra audit-log shape (a stack has one audit log). */
    List<StackModel> models() {
        Set<String> wanted = new LinkedHashSet<>();
        List<String> auditLogs = new ArrayList<>();
        for (String name : representative.values()) {
            if (byName.get(name).kind() == ResourceKind.AUDIT_LOG) {
                auditLogs.add(name);
            } else {
                close(name, wanted);
            }
        }
        List<StackModel> models = new ArrayList<>();
        Set<String> main = new LinkedHashSet<>(wanted);
        if (!auditLogs.isEmpty()) {
            main.add(auditLogs.get(0));
        }
        models.add(model(main));
        for (String extra : auditLogs.subList(Math.min(1, auditLogs.size()), auditLogs.size())) {
            models.add(model(Set.of(extra)));
        }
        return models;
    }

    /** A resource and, transitively, what it refers to. */
    private void close(String name, Set<String> into) {
        Inferred r = byName.get(name);
        if (r == null || r.spec() == null || into.contains(name)) {
            return;
        }
        for (Refs.Ref ref : r.spec().references()) {
            close(ref.resource(), into);
        }
        into.add(name);
    }

    private StackModel model(Set<String> names) {
        Platform platform = new Platform(stack, placement, Realiser.NONE);
        for (Inferred r : resources) {
            if (names.contains(r.name())) {
                platform.declare(r.name(), r.spec());
            }
        }
        return platform.model();
    }

    /** Grades every inferred resource on one target, from the previews of {@link #models()}. */
    Map<String, Outcome> grade(AuditTarget target, List<FactExtractor> extractors) {
        Map<String, Outcome> byRepresentative = new HashMap<>();
        for (StackModel model : models()) {
            if (model.declarations().isEmpty()) {
                continue;
            }
            Plan plan;
            try {
                plan = Preview.of(model, target.adapter().get(), target.config());
            } catch (PontException e) {
                for (var d : model.declarations()) {
                    byRepresentative.put(d.name(), new Outcome("unsupported",
                            List.of("the " + target.id() + " adapter refuses it: " + e.getMessage()), List.of()));
                }
                continue;
            }
            Map<String, List<String>> realised = realisedTypes(plan);
            for (Assessment a : Equivalence.assess(plan, extractors)) {
                List<String> reasons = new ArrayList<>(a.declaredReasons());
                for (Difference d : a.differences()) {
                    reasons.add(d.property() + ": asked " + d.intent() + ", gets " + d.fact());
                }
                byRepresentative.put(a.name(), new Outcome(a.reported().wire(), reasons.stream().distinct().toList(),
                        realised.getOrDefault(a.name(), List.of())));
            }
        }
        Map<String, Outcome> out = new TreeMap<>();
        for (Inferred r : resources) {
            if (r.spec() == null) {
                out.put(r.name(), new Outcome("unsupported", List.of("not expressible as a neutral " + r.kind().role() + ": " + r.failure()), List.of()));
            } else {
                String rep = representative.get(shapeOf.get(r.name()));
                Outcome o = byRepresentative.get(rep);
                out.put(r.name(), o == null ? new Outcome("unsupported", List.of("no realisation on " + target.id()), List.of())
                        : rep.equals(r.name()) ? o : new Outcome(o.grade(), renamers.computeIfAbsent(r.name(),
                                k -> renamer(byName.get(rep), r)).apply(o.reasons()), o.realisedAs()));
            }
        }
        return out;
    }

    /**
     * A representative's reasons in the words of another resource of the same shape: the representative's
     * names (its own, those of what it refers to, its keys, subnets, pools) replaced by that resource's.
     */
    private final Map<String, java.util.function.UnaryOperator<List<String>>> renamers = new HashMap<>();

    private static java.util.function.UnaryOperator<List<String>> renamer(Inferred rep, Inferred other) {
        Map<String, String> names = new TreeMap<>(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder()));
        names.put(rep.name(), other.name());
        pair(Specs.toJson(rep.spec()), Specs.toJson(other.spec()), names);
        List<Refs.Ref> a = rep.spec().references();
        List<Refs.Ref> b = other.spec().references();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            names.putIfAbsent(a.get(i).resource(), b.get(i).resource());
        }
        names.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        if (names.isEmpty()) {
            return reasons -> reasons;
        }
        StringBuilder alternation = new StringBuilder();
        names.keySet().forEach(n -> alternation.append(alternation.length() == 0 ? "" : "|").append(java.util.regex.Pattern.quote(n)));
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("(?<![A-Za-z0-9-])(" + alternation + ")(?![A-Za-z0-9-])");
        return reasons -> reasons.stream().map(reason -> pattern.matcher(reason)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(names.get(m.group(1))))).toList();
    }

    /** Strings that differ between two specs of the same shape (names), paired. */
    private static void pair(Object a, Object b, Map<String, String> names) {
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            x.forEach((k, v) -> pair(v, y.get(k), names));
        } else if (a instanceof List<?> x && b instanceof List<?> y) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                pair(x.get(i), y.get(i), names);
            }
        } else if (a instanceof String x && b instanceof String y && !x.equals(y)) {
            names.putIfAbsent(x, y);
        }
    }

    /** The cloud resource types under each component of a plan, by component name. */
    private static Map<String, List<String>> realisedTypes(Plan plan) {
        Map<String, PlannedResource> index = plan.index();
        Map<String, TreeSet<String>> types = new HashMap<>();
        for (PlannedResource r : plan.cloudResources()) {
            plan.component(r, index).ifPresent(c -> types.computeIfAbsent(c.name(), k -> new TreeSet<>()).add(r.type()));
        }
        Map<String, List<String>> out = new HashMap<>();
        types.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    // ---------------------------------------------------------------- shapes

    /** The shape of a resource: kind, spec values without labels or names, and the shapes of what it refers to. */
    private String shape(Inferred r) {
        Map<String, Object> json = new TreeMap<>(Specs.toJson(r.spec()));
        json.remove("labels");
        StringBuilder key = new StringBuilder(r.kind().role()).append('|').append(Json.compact(anonymous(json)));
        for (Refs.Ref ref : r.spec().references()) {
            key.append('|').append(describe(ref));
        }
        return key.toString();
    }

    /** Reference values replaced by placeholders, so that names do not split shapes. */
    @SuppressWarnings("unchecked")
    private static Object anonymous(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, v) -> {
                String key = String.valueOf(k);
                switch (key) {
                    case "encryptionKey", "diskEncryptionKey", "subnet" -> out.put(key, v == null ? null : "ref");
                    case "vault", "network", "configKey" -> out.put(key, "ref");
                    case "volumes" -> out.put(key, v instanceof List<?> l ? l.size() : 0);
                    case "resource" -> out.put(key, "ref");
                    case "name" -> out.put(key, "name");
                    default -> out.put(key, anonymous(v));
                }
            });
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(Realisation::anonymous).toList();
        }
        return value;
    }

    private String describe(Refs.Ref ref) {
        Inferred target = byName.get(ref.resource());
        if (target == null || target.spec() == null) {
            return "missing";
        }
        if (ref instanceof Refs.KeyRef k && target.spec() instanceof KeyVaultSpec vault) {
            return "key:" + vault.key(k.key()).map(key -> Json.compact(anonymous(Json.mapper().convertValue(key, Map.class)))).orElse("?") + ":vault-exposure:" + Json.compact(vault.exposure().publicEndpoint());
        }
        if (ref instanceof Refs.SubnetRef s && target.spec() instanceof NetworkSpec network) {
            return "subnet:" + network.subnet(s.subnet()).map(x -> x.cidr().toString()).orElse("?");
        }
        return "resource:" + target.kind().role() + ":" + shapeOf.getOrDefault(target.name(), "?").hashCode();
    }
}
