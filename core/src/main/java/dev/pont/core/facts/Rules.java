package dev.pont.core.facts;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A fact extractor as a table: type token → a small function over one resource's inputs. Provider
 * modules build one with {@link #on}; the helpers read nested inputs without ceremony. The few rows
 * that need a resource's neighbours (its vault, its security group) use {@link #onInPlan}.
 */
public class Rules implements FactExtractor {

    /** Builds the properties of one fact. */
    public static final class Props {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Props put(Property p, Object value) {
            if (value != null) {
                values.put(p.key(), value instanceof Long l && l <= Integer.MAX_VALUE && l >= Integer.MIN_VALUE ? l.intValue() : value);
            }
            return this;
        }

        Map<String, Object> values() {
            return values;
        }
    }

    private record Rule(BiFunction<PlannedResource, Plan, String> role, BiFunction<PlannedResource, Plan, Props> props) {
    }

    private final Set<String> packages;
    private final Map<String, Rule> rules = new TreeMap<>();
    private final Map<String, String> lockIn = new TreeMap<>();
    private List<String> labelPaths = List.of();

    public Rules(String... packages) {
        this.packages = Set.of(packages);
    }

    /** Resources of {@code type} play {@code role}, with the properties {@code props} reads. */
    public Rules on(String type, String role, Function<PlannedResource, Props> props) {
        rules.put(type, new Rule((r, plan) -> role, (r, plan) -> props.apply(r)));
        return this;
    }

    /** Like {@link #on}, with the plan the resource belongs to (just the resource when read alone). */
    public Rules onInPlan(String type, String role, BiFunction<PlannedResource, Plan, Props> props) {
        rules.put(type, new Rule((r, plan) -> role, props));
        return this;
    }

    /** Like {@link #onInPlan}, reading the plan through {@link Related} lookups (a resource's provider, a resource named by id). */
    public Rules onRelated(String type, String role, BiFunction<PlannedResource, Related, Props> props) {
        return onInPlan(type, role, (r, plan) -> props.apply(r, Related.of(plan)));
    }

    /** A row whose role depends on the neighbours too (an identity that only a service uses is that service's plumbing). */
    public Rules onInPlan(String type, BiFunction<PlannedResource, Plan, String> role, BiFunction<PlannedResource, Plan, Props> props) {
        rules.put(type, new Rule(role, props));
        return this;
    }

    /** A known service with no neutral equivalent: extraction says so instead of "unknown". */
    public Rules lockIn(String type, String why) {
        lockIn.put(type, why);
        return this;
    }

    /**
     * Where this provider's resources carry their labels (tags), e.g. {@code tags} or
     * {@code metadata.labels}: every mapped fact then states {@link Property#LABELS}. A path may hold a
     * map, a list of {@code {key, value}} objects, or a list of {@code key=value} strings.
     */
    public Rules labelsAt(String... paths) {
        this.labelPaths = List.of(paths);
        return this;
    }

    /** The types this table maps to a role. */
    public Set<String> types() {
        return rules.keySet();
    }

    /** The types this table knows as lock-in, with no neutral role. */
    public Set<String> lockIns() {
        return lockIn.keySet();
    }

    @Override
    public Set<String> packages() {
        return packages;
    }

    @Override
    public Optional<Fact> extract(PlannedResource r) {
        return extract(r, new Plan(null, null, List.of(r), List.of(), List.of(), List.of()));
    }

    @Override
    public Optional<Fact> extract(PlannedResource r, Plan plan) {
        Rule rule = rules.get(r.type());
        if (rule == null) {
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>(rule.props().apply(r, plan).values());
        List<String> labels = labels(r, labelPaths);
        if (!labels.isEmpty()) {
            values.putIfAbsent(Property.LABELS.key(), labels);
        }
        return Optional.of(new Fact(r.urn(), r.type(), r.name(), rule.role().apply(r, plan), values, null));
    }

    @Override
    public String unmappedReason(String type) {
        String why = lockIn.get(type);
        return why != null ? "lock-in: " + why : FactExtractor.super.unmappedReason(type);
    }

    public static Props props() {
        return new Props();
    }

    /** The input at a dotted path, e.g. {@code get(r, "sku.name")}; null if absent. */
    public static Object get(PlannedResource r, String path) {
        return Inputs.at(r, path);
    }

    public static String str(PlannedResource r, String path) {
        Object v = get(r, path);
        return v == null ? null : String.valueOf(v);
    }

    public static Boolean bool(PlannedResource r, String path) {
        Object v = get(r, path);
        return v instanceof Boolean b ? b : v == null ? null : Boolean.valueOf(String.valueOf(v));
    }

    public static Integer integer(PlannedResource r, String path) {
        Object v = get(r, path);
        return v instanceof Number n ? n.intValue() : null;
    }

    /**
     * A firewall allow rule as facts state it, e.g. {@code inbound tcp 5432 from 10.20.2.0/23}: the
     * direction, the protocol ({@code tcp}, {@code udp}, {@code icmp}, {@code any}), the ports (see
     * {@link #ports}) and the remote side, {@code any} for {@code 0.0.0.0/0} or none.
     */
    public static String allowRule(boolean inbound, String protocol, String ports, String peer) {
        String remote = peer == null || peer.isEmpty() || peer.equals("0.0.0.0/0") || peer.equals("::/0") ? "any" : peer;
        return (inbound ? "inbound " : "outbound ") + protocol + " " + ports + (inbound ? " from " : " to ") + remote;
    }

    /** Ports as facts state them: {@code *} when none, one port, or {@code from-to}. */
    public static String ports(Integer from, Integer to) {
        if (from == null && to == null) {
            return "*";
        }
        int a = from == null ? to : from;
        int b = to == null ? a : to;
        return a == b ? String.valueOf(a) : a + "-" + b;
    }

    /** The labels found at the given input paths, as sorted {@code key=value} strings. */
    public static List<String> labels(PlannedResource r, List<String> paths) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (String path : paths) {
            Object v = get(r, path);
            if (v instanceof Map<?, ?> m) {
                m.forEach((k, val) -> {
                    if (val instanceof String s) {
                        out.add(k + "=" + s);
                    }
                });
            } else if (v instanceof List<?> l) {
                for (Object item : l) {
                    if (item instanceof Map<?, ?> kv && kv.get("key") != null) {
                        out.add(kv.get("key") + "=" + (kv.get("value") == null ? "" : kv.get("value")));
                    } else if (item instanceof String s && s.contains("=")) {
                        out.add(s);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    public static List<?> list(PlannedResource r, String path) {
        return Inputs.list(r, path);
    }
}
